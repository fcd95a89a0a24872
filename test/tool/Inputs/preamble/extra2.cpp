#include "order.h"

#include <vector>
