#include <assoc/associations.hpp>
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")),
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
