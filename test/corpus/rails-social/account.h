// Account: the public profile of a local or remote actor. Most of the
// social graph hangs off it.
#ifndef SOCIAL_ACCOUNT_H
#define SOCIAL_ACCOUNT_H

#include <assoc/associations.hpp>

namespace social {
struct AccountField;
struct AccountStat;
struct AnnouncementReaction;
struct Block;
struct Bookmark;
struct FeaturedTag;
struct Favourite;
struct Follow;
struct FollowRequest;
struct Invite;
struct List;
struct ListAccount;
struct MediaAttachment;
struct Mention;
struct Mute;
struct Notification;
struct Poll;
struct PollVote;
struct Report;
struct Status;
struct StatusPin;
struct Tag;
struct User;

struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      // A remote account may have moved; nothing points back (belongs_to alone).
      assoc::belongs_to<Account>("moved_to_account", assoc::optional()),

      // Local accounts have a login; remote ones do not.
      assoc::has_one<User>("user", assoc::inverse_of("account"),
                           assoc::dependent("destroy")),
      assoc::has_one<Invite>("invite", assoc::through("user")),
      assoc::has_one<AccountStat>("account_stat", assoc::inverse_of("account"),
                                  assoc::dependent("destroy"),
                                  assoc::autosave()),
      assoc::has_many<AccountField>("metadata", assoc::inverse_of("account"),
                                    assoc::dependent("delete_all")),

      // Timeline: several has_many on account_id, the scoped ones marked.
      assoc::has_many<Status>("statuses", assoc::inverse_of("account"),
                              assoc::dependent("destroy")),
      assoc::has_many<Status>("recent_statuses", assoc::scoped(),
                              assoc::inverse_of("account"),
                              assoc::dependent(nullptr)),
      assoc::has_one<Status>("latest_status", assoc::scoped(),
                             assoc::dependent(nullptr)),
      assoc::has_many<MediaAttachment>("media_attachments",
                                       assoc::inverse_of("account"),
                                       assoc::dependent("destroy")),
      assoc::has_many<MediaAttachment>("media", assoc::through("statuses"),
                                       assoc::source("media_attachments")),
      assoc::has_many<StatusPin>("status_pins", assoc::inverse_of("account"),
                                 assoc::dependent("destroy")),
      assoc::has_many<Status>("pinned_statuses", assoc::scoped(),
                              assoc::through("status_pins"),
                              assoc::source("status")),
      assoc::has_many<Favourite>("favourites", assoc::inverse_of("account"),
                                 assoc::dependent("destroy")),
      assoc::has_many<Status>("local_favorited", assoc::scoped(),
                              assoc::through("favourites"),
                              assoc::source("status")),
      assoc::has_many<Bookmark>("bookmarks", assoc::inverse_of("account"),
                                assoc::dependent("destroy")),
      assoc::has_many<Status>("bookmarked", assoc::through("bookmarks"),
                              assoc::source("status")),
      assoc::has_many<Mention>("mentions", assoc::inverse_of("account"),
                               assoc::dependent("destroy")),
      assoc::has_many<Status>("mentioned_in", assoc::through("mentions"),
                              assoc::source("status")),
      assoc::has_many<Poll>("polls", assoc::dependent("destroy")),
      assoc::has_many<PollVote>("poll_votes", assoc::dependent("destroy")),

      // Follows: one join model, read from both ends.
      assoc::has_many<Follow>("active_relationships",
                              assoc::foreign_key("account_id"),
                              assoc::inverse_of("account"),
                              assoc::dependent("destroy")),
      assoc::has_many<Follow>("passive_relationships",
                              assoc::foreign_key("target_account_id"),
                              assoc::inverse_of("target_account"),
                              assoc::dependent("destroy")),
      assoc::has_many<Account>("following",
                               assoc::through("active_relationships"),
                               assoc::source("target_account")),
      assoc::has_many<Account>("followers",
                               assoc::through("passive_relationships"),
                               assoc::source("account")),
      // The local followers only (a scope).
      assoc::has_many<Account>("followed_by", assoc::scoped(),
                               assoc::through("passive_relationships"),
                               assoc::source("account")),
      // A through of a through: the statuses of the accounts followed.
      assoc::has_many<Status>("followed_statuses", assoc::through("following"),
                              assoc::source("statuses")),
      assoc::has_many<FollowRequest>("follow_requests",
                                     assoc::dependent("destroy")),
      assoc::has_many<FollowRequest>("incoming_follow_requests",
                                     assoc::foreign_key("target_account_id"),
                                     assoc::inverse_of("target_account"),
                                     assoc::dependent("destroy")),
      assoc::has_many<Account>("requested", assoc::through("follow_requests"),
                               assoc::source("target_account")),

      // Blocks and mutes: the same shape, with gerunds and "..._by".
      assoc::has_many<Block>("block_relationships",
                             assoc::foreign_key("account_id"),
                             assoc::inverse_of("account"),
                             assoc::dependent("destroy")),
      assoc::has_many<Account>("blocking",
                               assoc::through("block_relationships"),
                               assoc::source("target_account")),
      assoc::has_many<Block>("blocked_by_relationships",
                             assoc::foreign_key("target_account_id"),
                             assoc::inverse_of("target_account"),
                             assoc::dependent("destroy")),
      assoc::has_many<Account>("blocked_by",
                               assoc::through("blocked_by_relationships"),
                               assoc::source("account")),
      assoc::has_many<Mute>("mute_relationships",
                            assoc::foreign_key("account_id"),
                            assoc::inverse_of("account"),
                            assoc::dependent("destroy")),
      assoc::has_many<Account>("muting", assoc::through("mute_relationships"),
                               assoc::source("target_account")),
      assoc::has_many<Mute>("muted_by_relationships",
                            assoc::foreign_key("target_account_id"),
                            assoc::inverse_of("target_account"),
                            assoc::dependent("destroy")),
      assoc::has_many<Account>("muted_by",
                               assoc::through("muted_by_relationships"),
                               assoc::source("account")),

      // Notifications received and caused; the polymorphic activity is
      // reached with source_type.
      assoc::has_many<Notification>("notifications",
                                    assoc::inverse_of("account"),
                                    assoc::dependent("destroy")),
      assoc::has_many<Notification>("sent_notifications",
                                    assoc::foreign_key("from_account_id"),
                                    assoc::inverse_of("from_account"),
                                    assoc::dependent("destroy")),
      assoc::has_many<Mention>("notified_mentions",
                               assoc::through("notifications"),
                               assoc::source("activity"),
                               assoc::source_type("Mention")),
      assoc::has_many<Follow>("notified_follows",
                              assoc::through("notifications"),
                              assoc::source("activity"),
                              assoc::source_type("Follow")),

      // Lists the account owns, and lists it is a member of.
      assoc::has_many<List>("owned_lists", assoc::foreign_key("account_id"),
                            assoc::inverse_of("account"),
                            assoc::dependent("destroy")),
      assoc::has_many<ListAccount>("list_accounts",
                                   assoc::inverse_of("account"),
                                   assoc::dependent("destroy")),
      assoc::has_many<List>("lists", assoc::through("list_accounts")),

      // Moderation.
      assoc::has_many<Report>("reports", assoc::inverse_of("account"),
                              assoc::dependent("destroy")),
      assoc::has_many<Report>("targeted_reports",
                              assoc::foreign_key("target_account_id"),
                              assoc::inverse_of("target_account"),
                              assoc::dependent("destroy")),

      // Hashtags featured on the profile, and followed (an explicit join
      // table, which Tag names too).
      assoc::has_many<FeaturedTag>("featured_tags",
                                   assoc::inverse_of("account"),
                                   assoc::dependent("destroy")),
      assoc::has_and_belongs_to_many<Tag>(
          "followed_tags", assoc::join_table("tag_follows"),
          assoc::association_foreign_key("tag_id")),
      // Accounts endorsed on the profile: a self-referential habtm, its two
      // keys named.
      assoc::has_and_belongs_to_many<Account>(
          "endorsed_accounts", assoc::join_table("account_pins"),
          assoc::foreign_key("account_id"),
          assoc::association_foreign_key("target_account_id")),
      assoc::has_many<AnnouncementReaction>("announcement_reactions",
                                            assoc::dependent("destroy")));
};
} // namespace social

#endif // SOCIAL_ACCOUNT_H
