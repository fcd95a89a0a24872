#include "models.h"
#include "models.h"

int a_unit() { return 0; }
