// The social graph: follows, blocks, mutes, lists and notifications.
#include "follow.h"
#include "block.h"
#include "list.h"
#include "notification.h"
