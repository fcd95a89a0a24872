#pragma once
#include <assoc/associations.hpp>

struct Customer;
struct Order : assoc::model<Order> {
#if SHOP_WITH_ORDERS
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
#endif
};
