#include <assoc/associations.hpp>

namespace shop {
struct Ghost;
struct Wall : assoc::model<Wall> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Ghost>("ghost", assoc::dependent("destroy")));
};
} // namespace shop

namespace good {
struct Customer;
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good
