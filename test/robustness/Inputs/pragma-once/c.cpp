#include "models.h"
#include "models.h"

int c_unit() { return 0; }
