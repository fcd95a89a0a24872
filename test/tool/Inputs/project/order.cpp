#include "line_item.h"

int orderCount() { return 1; }
