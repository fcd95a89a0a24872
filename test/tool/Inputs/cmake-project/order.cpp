#include "order.h"
int orders() { return 2; }
