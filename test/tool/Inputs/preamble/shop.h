#ifndef SHOP_H
#define SHOP_H
#include <assoc/associations.hpp>

namespace shop {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Order>("orders"));
};
} // namespace shop
#endif
