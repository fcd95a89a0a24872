#include "order.h"

#include <string>
#include <vector>
#if 0
#include <map>
#endif
