#include <assoc/associations.hpp>

struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")),
      assoc::has_many<Order>("orders", assoc::dependent("destroy")));
};
