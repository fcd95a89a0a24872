#include "shop.h"

#include <string>
#include <vector>

std::vector<std::string> names() { return {"orders"}; }
