#include "early.h"
