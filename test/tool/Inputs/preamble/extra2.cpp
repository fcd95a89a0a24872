// The model header is named by a macro: the plan made before the parse
// cannot follow it, so these units choose their preamble as they come.
#define ORDER_HEADER "order.h"
#include ORDER_HEADER

#include <vector>
