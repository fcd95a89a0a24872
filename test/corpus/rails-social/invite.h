// Invite: a sign-up link a user hands out; counts its uses.
#ifndef SOCIAL_INVITE_H
#define SOCIAL_INVITE_H

#include <assoc/associations.hpp>

namespace social {
struct User;

struct Invite : assoc::model<Invite> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user", assoc::inverse_of("invites")),
      assoc::has_many<User>("users", assoc::inverse_of("invite"),
                            assoc::dependent("nullify")));
};
} // namespace social

#endif // SOCIAL_INVITE_H
