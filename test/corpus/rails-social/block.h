// Block and Mute: one account hides another.
#ifndef SOCIAL_BLOCK_H
#define SOCIAL_BLOCK_H

#include <assoc/associations.hpp>

namespace social {
struct Account;

struct Block : assoc::model<Block> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Account>("target_account"));
};

struct Mute : assoc::model<Mute> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Account>("target_account"));
};
} // namespace social

#endif // SOCIAL_BLOCK_H
