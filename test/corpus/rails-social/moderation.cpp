// Moderation: reports and the moderators who handle them.
#include "report.h"
#include "user.h"
