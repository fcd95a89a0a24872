#pragma once
#include <assoc/associations.hpp>

namespace shop {
struct Order;

// Order's header never includes this one, nor this one Order's: only the
// whole program sees both sides.
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")));
};
} // namespace shop
