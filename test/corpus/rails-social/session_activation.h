// SessionActivation: one signed-in browser of a user, and its token.
#ifndef SOCIAL_SESSION_ACTIVATION_H
#define SOCIAL_SESSION_ACTIVATION_H

#include <assoc/associations.hpp>

namespace social {
struct AccessToken;
struct User;

struct SessionActivation : assoc::model<SessionActivation> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user"),
      // The token is this session's alone: no other row shares it.
      assoc::belongs_to<AccessToken>("access_token",
                                     assoc::dependent("destroy"),
                                     assoc::optional()));
};
} // namespace social

#endif // SOCIAL_SESSION_ACTIVATION_H
