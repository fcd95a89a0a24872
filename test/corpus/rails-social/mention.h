// Mention: a status names an account.
#ifndef SOCIAL_MENTION_H
#define SOCIAL_MENTION_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Notification;
struct Status;

struct Mention : assoc::model<Mention> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("mentions")),
      assoc::belongs_to<Status>("status", assoc::inverse_of("mentions")),
      assoc::has_one<Notification>("notification", assoc::as("activity"),
                                   assoc::dependent("destroy")));
};
} // namespace social

#endif // SOCIAL_MENTION_H
