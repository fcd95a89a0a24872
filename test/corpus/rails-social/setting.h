// Setting: a key/value preference of anything (rails-settings style: the
// polymorphic thing).
#ifndef SOCIAL_SETTING_H
#define SOCIAL_SETTING_H

#include <assoc/associations.hpp>

namespace social {
struct Setting : assoc::model<Setting> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("thing", assoc::optional()));
};
} // namespace social

#endif // SOCIAL_SETTING_H
