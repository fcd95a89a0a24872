#include <assoc/associations.hpp>

namespace shop {
struct Ghost; // Declared, never defined anywhere in the program.
struct Shelf : assoc::model<Shelf> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Ghost>("ghosts", assoc::dependent("destroy")));
};
} // namespace shop

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
};
} // namespace good
