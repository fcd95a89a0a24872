// OauthApplication and AccessToken: the OAuth provider's tables
// (Doorkeeper's table names, not the derived ones).
#ifndef SOCIAL_OAUTH_H
#define SOCIAL_OAUTH_H

#include <assoc/associations.hpp>

namespace social {
struct AccessToken;

struct OauthApplication : assoc::model<OauthApplication> {
  static constexpr const char *table_name = "oauth_applications";
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("owner", assoc::optional()),
      assoc::has_many<AccessToken>("access_tokens",
                                   assoc::foreign_key("application_id"),
                                   assoc::inverse_of("application"),
                                   assoc::dependent("delete_all")));
};

struct AccessToken : assoc::model<AccessToken> {
  static constexpr const char *table_name = "oauth_access_tokens";
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<OauthApplication>("application",
                                          assoc::inverse_of("access_tokens"),
                                          assoc::optional()));
};
} // namespace social

#endif // SOCIAL_OAUTH_H
