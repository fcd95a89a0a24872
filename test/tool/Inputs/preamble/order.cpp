#include "order.h"
#include "shop.h"

#include <string>
#include <vector>

namespace shop {
// A model in the unit's own file, after the standard headers.
struct Refund : assoc::model<Refund> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Order>("orders"));
};
} // namespace shop
