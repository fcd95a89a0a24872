// PreviewCard: the link preview shown under statuses that link a page.
#ifndef SOCIAL_PREVIEW_CARD_H
#define SOCIAL_PREVIEW_CARD_H

#include <assoc/associations.hpp>

namespace social {
struct Status;

struct PreviewCard : assoc::model<PreviewCard> {
  static constexpr auto associations = assoc::declare(
      // Join table preview_cards_statuses, derived by both sides.
      assoc::has_and_belongs_to_many<Status>("statuses"));
};
} // namespace social

#endif // SOCIAL_PREVIEW_CARD_H
