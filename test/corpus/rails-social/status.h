// Status: a post. Replies and reblogs are statuses too (self-joins on
// in_reply_to_id and reblog_of_id).
#ifndef SOCIAL_STATUS_H
#define SOCIAL_STATUS_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct Bookmark;
struct Conversation;
struct Favourite;
struct MediaAttachment;
struct Mention;
struct Notification;
struct OauthApplication;
struct Poll;
struct PreviewCard;
struct StatusEdit;
struct StatusPin;
struct Tag;

struct Status : assoc::model<Status> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("statuses")),
      assoc::belongs_to<Account>("in_reply_to_account", assoc::optional()),
      assoc::belongs_to<Status>("thread", assoc::foreign_key("in_reply_to_id"),
                                assoc::inverse_of("replies"),
                                assoc::optional()),
      assoc::belongs_to<Status>("reblog", assoc::foreign_key("reblog_of_id"),
                                assoc::inverse_of("reblogs"),
                                assoc::optional()),
      assoc::belongs_to<Conversation>("conversation", assoc::optional()),
      assoc::belongs_to<OauthApplication>("application", assoc::optional()),
      // The poll is also read through poll_id, for preloading.
      assoc::belongs_to<Poll>("preloadable_poll", assoc::foreign_key("poll_id"),
                              assoc::optional()),

      // Replies stay when their thread goes: dependent: nil on purpose.
      assoc::has_many<Status>("replies", assoc::foreign_key("in_reply_to_id"),
                              assoc::inverse_of("thread"),
                              assoc::dependent(nullptr)),
      assoc::has_many<Status>("reblogs", assoc::foreign_key("reblog_of_id"),
                              assoc::inverse_of("reblog"),
                              assoc::dependent("destroy")),
      assoc::has_many<Favourite>("favourites", assoc::inverse_of("status"),
                                 assoc::dependent("destroy")),
      assoc::has_many<Account>("favourited_by", assoc::through("favourites"),
                               assoc::source("account")),
      assoc::has_many<Bookmark>("bookmarks", assoc::inverse_of("status"),
                                assoc::dependent("destroy")),
      assoc::has_many<Mention>("mentions", assoc::inverse_of("status"),
                               assoc::dependent("destroy")),
      assoc::has_many<Account>("mentioned_accounts", assoc::through("mentions"),
                               assoc::source("account")),
      assoc::has_many<MediaAttachment>("media_attachments",
                                       assoc::inverse_of("status"),
                                       assoc::dependent("nullify")),
      assoc::has_many<StatusEdit>("edits", assoc::inverse_of("status"),
                                  assoc::dependent("delete_all")),
      assoc::has_many<StatusPin>("pins", assoc::inverse_of("status"),
                                 assoc::dependent("destroy")),
      assoc::has_many<Notification>("notifications", assoc::as("activity"),
                                    assoc::dependent("destroy")),
      assoc::has_one<Poll>("poll", assoc::inverse_of("status"),
                           assoc::dependent("destroy")),
      assoc::has_and_belongs_to_many<Tag>("tags"),
      assoc::has_and_belongs_to_many<PreviewCard>("preview_cards"));
};

// An earlier version of a status, kept when it is edited.
struct StatusEdit : assoc::model<StatusEdit> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Status>("status", assoc::inverse_of("edits")),
      assoc::belongs_to<Account>("account", assoc::optional()));
};
} // namespace social

#endif // SOCIAL_STATUS_H
