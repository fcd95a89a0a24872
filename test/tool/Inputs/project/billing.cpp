#include "line_item.h"

int invoiceCount() { return 2; }
