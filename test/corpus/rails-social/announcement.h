// Announcement: a banner from the admins. AnnouncementReaction: an
// account's emoji reaction to it.
#ifndef SOCIAL_ANNOUNCEMENT_H
#define SOCIAL_ANNOUNCEMENT_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct AnnouncementReaction;
struct CustomEmoji;

struct Announcement : assoc::model<Announcement> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<AnnouncementReaction>("reactions",
                                            assoc::inverse_of("announcement"),
                                            assoc::dependent("destroy")));
};

struct AnnouncementReaction : assoc::model<AnnouncementReaction> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Announcement>("announcement",
                                      assoc::inverse_of("reactions")),
      assoc::belongs_to<CustomEmoji>("custom_emoji", assoc::optional()));
};
} // namespace social

#endif // SOCIAL_ANNOUNCEMENT_H
