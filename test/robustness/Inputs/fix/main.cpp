#include "real/crlf.h"
#include "real/private.h"
#include "link.h"
