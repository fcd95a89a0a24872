// Follow and FollowRequest: self-referential joins between accounts.
#ifndef SOCIAL_FOLLOW_H
#define SOCIAL_FOLLOW_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct ListAccount;
struct Notification;

struct Follow : assoc::model<Follow> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account",
                                 assoc::counter_cache("following_count")),
      assoc::belongs_to<Account>("target_account",
                                 assoc::counter_cache("followers_count")),
      assoc::has_one<Notification>("notification", assoc::as("activity"),
                                   assoc::dependent("destroy")),
      assoc::has_many<ListAccount>("list_accounts", assoc::inverse_of("follow"),
                                   assoc::dependent("destroy")));
};

struct FollowRequest : assoc::model<FollowRequest> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Account>("target_account"),
      assoc::has_one<Notification>("notification", assoc::as("activity"),
                                   assoc::dependent("destroy")));
};
} // namespace social

#endif // SOCIAL_FOLLOW_H
