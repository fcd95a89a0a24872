// Conversation: groups the statuses of one thread of direct messages.
#ifndef SOCIAL_CONVERSATION_H
#define SOCIAL_CONVERSATION_H

#include <assoc/associations.hpp>

namespace social {
struct Status;

struct Conversation : assoc::model<Conversation> {
  static constexpr auto associations = assoc::declare(
      // Statuses outlive their conversation: dependent: nil on purpose.
      assoc::has_many<Status>("statuses", assoc::dependent(nullptr)));
};
} // namespace social

#endif // SOCIAL_CONVERSATION_H
