// StatusPin: a status pinned to its author's profile.
#ifndef SOCIAL_STATUS_PIN_H
#define SOCIAL_STATUS_PIN_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Favourite;
struct Status;

struct StatusPin : assoc::model<StatusPin> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("status_pins")),
      assoc::belongs_to<Status>("status", assoc::inverse_of("pins")),
      // A through a belongs_to, to a has_many of its target.
      assoc::has_many<Favourite>("favourites", assoc::through("status")));
};
} // namespace social

#endif // SOCIAL_STATUS_PIN_H
