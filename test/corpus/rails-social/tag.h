// Tag: a hashtag. FeaturedTag: a tag shown on a profile. TagUsage: one
// day's usage counts of a tag.
#ifndef SOCIAL_TAG_H
#define SOCIAL_TAG_H

#include <assoc/associations.hpp>

namespace social {
struct Account;
struct FeaturedTag;
struct Status;
struct TagUsage;

struct Tag : assoc::model<Tag> {
  static constexpr auto associations = assoc::declare(
      // Join table statuses_tags, derived by both sides.
      assoc::has_and_belongs_to_many<Status>("statuses"),
      // Join table named on both sides (Account::followed_tags).
      assoc::has_and_belongs_to_many<Account>(
          "followers", assoc::join_table("tag_follows"),
          assoc::association_foreign_key("account_id")),
      assoc::has_many<FeaturedTag>("featured_tags", assoc::inverse_of("tag"),
                                   assoc::dependent("destroy")),
      assoc::has_many<TagUsage>("usage_data", assoc::inverse_of("tag"),
                                assoc::dependent("delete_all")));
};

struct FeaturedTag : assoc::model<FeaturedTag> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::inverse_of("featured_tags")),
      assoc::belongs_to<Tag>("tag", assoc::inverse_of("featured_tags")));
};

struct TagUsage : assoc::model<TagUsage> {
  static constexpr const char *table_name = "tag_usage_days";
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Tag>("tag", assoc::inverse_of("usage_data")));
};
} // namespace social

#endif // SOCIAL_TAG_H
