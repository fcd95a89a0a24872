#include <assoc/associations.hpp>

// Non-ASCII identifiers (C++ allows them since C++11, clang since 3.3) and
// non-ASCII names.
namespace café {
struct Ñandú;
struct Zoológico : assoc::model<Zoológico> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Ñandú>("ñandús", assoc::dependent("destroy")),
      assoc::has_many<Ñandú>("ñandú_único", assoc::dependent("destroy")));
};
struct Ñandú : assoc::model<Ñandú> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Zoológico>("zoológico"));
};
} // namespace café

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good
