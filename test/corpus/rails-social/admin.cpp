// Instance administration: announcements and custom emoji.
#include "announcement.h"
#include "custom_emoji.h"
