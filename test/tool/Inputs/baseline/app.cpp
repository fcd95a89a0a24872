#include "models.h"
int main() { return 0; }
