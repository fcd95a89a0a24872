// User: the login of a local account. Moderator is a User (single-table
// inheritance: one users table, a type column).
#ifndef SOCIAL_USER_H
#define SOCIAL_USER_H

#include <assoc/associations.hpp>

namespace social {
struct AccessToken;
struct Account;
struct Backup;
struct Invite;
struct OauthApplication;
struct Report;
struct ReportNote;
struct SessionActivation;
struct Setting;

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("user"),
                                 assoc::autosave()),
      assoc::belongs_to<Invite>("invite", assoc::inverse_of("users"),
                                assoc::counter_cache("uses"),
                                assoc::optional()),
      assoc::belongs_to<OauthApplication>("created_by_application",
                                          assoc::optional()),
      assoc::has_many<OauthApplication>("applications", assoc::as("owner"),
                                        assoc::dependent("destroy")),
      // Doorkeeper's tokens keep resource_owner_id as a plain column: no
      // belongs_to :user on purpose.
      assoc::has_many<AccessToken>("access_tokens",
                                   assoc::foreign_key("resource_owner_id"),
                                   assoc::inverse_of(false),
                                   assoc::dependent("delete_all")),
      assoc::has_many<SessionActivation>("session_activations",
                                         assoc::dependent("destroy")),
      assoc::has_many<Invite>("invites", assoc::inverse_of("user"),
                              assoc::dependent("nullify")),
      assoc::has_many<Backup>("backups", assoc::inverse_of("user"),
                              assoc::dependent("destroy")),
      assoc::has_many<Setting>("settings", assoc::as("thing"),
                               assoc::dependent("delete_all")));
};

struct Moderator : User {
  static constexpr auto associations = assoc::declare(
      // Settings only moderators have, on the same polymorphic thing.
      assoc::has_many<Setting>("moderation_settings", assoc::scoped(),
                               assoc::as("thing"), assoc::dependent("delete_all")),
      assoc::has_many<ReportNote>("report_notes",
                                  assoc::inverse_of("moderator"),
                                  assoc::dependent("destroy")),
      // Pairs with Report's belongs_to to the base class User.
      assoc::has_many<Report>("assigned_reports",
                              assoc::foreign_key("assigned_user_id"),
                              assoc::inverse_of("assigned_user"),
                              assoc::dependent(nullptr)));
};
} // namespace social

#endif // SOCIAL_USER_H
