// Notification: something happened to an account. What happened is the
// polymorphic activity (a Follow, a Favourite, a Mention, a Status...).
#ifndef SOCIAL_NOTIFICATION_H
#define SOCIAL_NOTIFICATION_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Favourite;
struct Follow;
struct Mention;
struct Status;

struct Notification : assoc::model<Notification> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("notifications"),
                                 assoc::optional()),
      assoc::belongs_to<Account>("from_account",
                                 assoc::inverse_of("sent_notifications"),
                                 assoc::optional()),
      assoc::belongs_to<assoc::polymorphic>("activity", assoc::optional()),
      // The same activity_id, typed, for joins and preloading.
      assoc::belongs_to<Mention>("mention", assoc::foreign_key("activity_id"),
                                 assoc::optional()),
      assoc::belongs_to<Favourite>("favourite", assoc::foreign_key("activity_id"),
                                   assoc::optional()),
      assoc::belongs_to<Follow>("follow", assoc::foreign_key("activity_id"),
                                assoc::optional()),
      assoc::has_one<Status>("mentioned_status", assoc::through("mention"),
                             assoc::source("status")),
      assoc::has_one<Account>("follower", assoc::through("follow"),
                              assoc::source("account")));
};
} // namespace social

#endif // SOCIAL_NOTIFICATION_H
