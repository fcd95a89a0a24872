// CustomEmoji: an instance's own emoji, optionally in a category.
#ifndef SOCIAL_CUSTOM_EMOJI_H
#define SOCIAL_CUSTOM_EMOJI_H

#include <assoc/associations.hpp>

namespace social {
struct CustomEmoji;

struct CustomEmojiCategory : assoc::model<CustomEmojiCategory> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<CustomEmoji>("emojis", assoc::foreign_key("category_id"),
                                   assoc::inverse_of("category"),
                                   assoc::dependent("nullify")));
};

struct CustomEmoji : assoc::model<CustomEmoji> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<CustomEmojiCategory>("category", assoc::optional()));
};
} // namespace social

#endif // SOCIAL_CUSTOM_EMOJI_H
