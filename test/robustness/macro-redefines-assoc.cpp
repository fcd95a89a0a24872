// Macros that redefine `assoc` after the vocabulary is included: a macro
// `assoc` that points at a user's own look-alike namespace (its classes are
// not models: the vocabulary is matched by its fully qualified names, so
// they are silent), and a macro alias `ASSOC` for the real namespace (read
// as usual, the name written through a macro).
//
// Not covered here, because it is a known problem: `#define assoc other`
// *before* the include renames the vocabulary itself, and then nothing is
// read and nothing said (see the report of issue #11).
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace mine {
namespace assoc {
template <class T> struct model {};
template <class T> constexpr int has_many(const char *) { return 0; }
template <class... A> constexpr int declare(A...) { return 0; }
} // namespace assoc
} // namespace mine

#define assoc mine::assoc
struct Fake : assoc::model<Fake> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Fake>("fake"));
};
#undef assoc

#define ASSOC ::assoc
#define OWNS(T, n) ASSOC::has_many<T>(n, ASSOC::dependent("destroy"))
namespace aliased {
struct Item;
struct Cart : ASSOC::model<Cart> {
  static constexpr auto associations = ASSOC::declare(OWNS(Item, "items"));
};
struct Bag : ASSOC::model<Bag> {
  static constexpr auto associations =
      ASSOC::declare(ASSOC::has_many<Item>("item", ASSOC::dependent("destroy")));
  // CHECK: macro-redefines-assoc.cpp:[[@LINE-1]]:44: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
};
struct Item : ASSOC::model<Item> {
  static constexpr auto associations = ASSOC::declare(
      ASSOC::belongs_to<Cart>("cart"), ASSOC::belongs_to<Bag>("bag"));
};
} // namespace aliased

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: macro-redefines-assoc.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 2 assoc findings in 1 file.
