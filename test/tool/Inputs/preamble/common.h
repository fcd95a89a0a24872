#ifndef COMMON_H
#define COMMON_H
#include <map>
#include <string>
#include <vector>
#endif
