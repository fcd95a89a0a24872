#pragma once
#include "order.h"

namespace shop {
struct LineItem : assoc::model<LineItem> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Order>("order"));
};

#ifdef SHOP_WITH_NOTES
struct Note : assoc::model<Note> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Order>("order"));
};
#else
struct Note : assoc::model<Note> {
  static constexpr auto associations = assoc::declare();
};
#endif
} // namespace shop
