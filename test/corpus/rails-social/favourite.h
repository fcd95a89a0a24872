// Favourite and Bookmark: an account's marks on a status.
#ifndef SOCIAL_FAVOURITE_H
#define SOCIAL_FAVOURITE_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Notification;
struct Status;

struct Favourite : assoc::model<Favourite> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("favourites")),
      assoc::belongs_to<Status>("status", assoc::inverse_of("favourites"),
                                assoc::counter_cache("favourites_count")),
      assoc::has_one<Notification>("notification", assoc::as("activity"),
                                   assoc::dependent("destroy")));
};

struct Bookmark : assoc::model<Bookmark> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("bookmarks")),
      assoc::belongs_to<Status>("status", assoc::inverse_of("bookmarks"),
                                assoc::touch()));
};
} // namespace social

#endif // SOCIAL_FAVOURITE_H
