#ifndef ORDER_H
#define ORDER_H
#include <assoc/associations.hpp>

namespace shop {
struct Customer;
struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customers"));
};
} // namespace shop
#endif
