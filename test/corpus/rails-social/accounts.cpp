// Accounts and logins: the models the sign-up and settings code uses.
#include "account.h"
#include "account_stat.h"
#include "user.h"
#include "invite.h"
#include "backup.h"
#include "session_activation.h"
#include "oauth.h"
#include "setting.h"
