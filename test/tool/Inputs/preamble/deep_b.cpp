#include "deep.h"

std::map<std::string, int> Counts;
