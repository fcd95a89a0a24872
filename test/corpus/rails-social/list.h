// List: an account's hand-picked timeline. ListAccount: one member of it,
// kept while the owner follows the member.
#ifndef SOCIAL_LIST_H
#define SOCIAL_LIST_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Follow;
struct ListAccount;
struct Status;

struct List : assoc::model<List> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("owned_lists")),
      assoc::has_many<ListAccount>("list_accounts", assoc::inverse_of("list"),
                                   assoc::dependent("delete_all")),
      assoc::has_many<Account>("accounts", assoc::through("list_accounts")),
      // A through whose through is a through.
      assoc::has_many<Status>("statuses", assoc::through("accounts")));
};

struct ListAccount : assoc::model<ListAccount> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<List>("list"),
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Follow>("follow", assoc::optional()));
};
} // namespace social

#endif // SOCIAL_LIST_H
