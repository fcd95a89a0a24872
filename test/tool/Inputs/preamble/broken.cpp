#include "shop.h"

#include <string>
#include <vector>

std::string Label = undeclared_name;
