// Selects the old std::string before the standard headers are included:
// a shared parse of them would declare the other one.
#ifndef EARLY_H
#define EARLY_H
#define _GLIBCXX_USE_CXX11_ABI 0
#include "deep.h"
#endif
