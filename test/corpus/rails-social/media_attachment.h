// MediaAttachment: an uploaded file, attached to a status once posted.
#ifndef SOCIAL_MEDIA_ATTACHMENT_H
#define SOCIAL_MEDIA_ATTACHMENT_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Status;

struct MediaAttachment : assoc::model<MediaAttachment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account",
                                 assoc::inverse_of("media_attachments"),
                                 assoc::optional()),
      assoc::belongs_to<Status>("status",
                                assoc::inverse_of("media_attachments"),
                                assoc::optional()));
};
} // namespace social

#endif // SOCIAL_MEDIA_ATTACHMENT_H
