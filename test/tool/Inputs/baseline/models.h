// Models with findings that a baseline records: two of one message on one
// association (the entry's count is 2), an error, and warnings.
#include <assoc/associations.hpp>

struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")),
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customers"));
};
