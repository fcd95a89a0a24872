#include "models.h"
#include "models.h"

int b_unit() { return 0; }
