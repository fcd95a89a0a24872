// AccountStat: counters kept out of the accounts table; AccountField: the
// profile's key/value metadata.
#ifndef SOCIAL_ACCOUNT_STAT_H
#define SOCIAL_ACCOUNT_STAT_H

#include <assoc/associations.hpp>

namespace social {
struct Account;

struct AccountStat : assoc::model<AccountStat> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("account_stat"),
                                 assoc::touch()));
};

struct AccountField : assoc::model<AccountField> {
  static constexpr const char *table_name = "account_profile_fields";
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("metadata")));
};
} // namespace social

#endif // SOCIAL_ACCOUNT_STAT_H
