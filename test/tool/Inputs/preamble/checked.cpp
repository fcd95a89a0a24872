// Configures <cassert> and the library: parsed as written.
#define NDEBUG
#include "shop.h"

#include <string>
#include <vector>
