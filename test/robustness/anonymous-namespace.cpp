// Models in an anonymous namespace, at file scope and inside a named
// namespace: found and checked, named without the anonymous scope.
//
// Two units of one program with different models of one name in their
// anonymous namespaces are two classes: merged, they are two models and no
// assoc-model-conflict (Wt's own SqliteTest.C and DboTest.C do this).
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'
// RUN: sed 's/("item",/("lines",/' %s > %t.other.cpp
// RUN: not %assoc_tidy %s %t.other.cpp -- -std=c++17 -I%assoc_include 2>&1 | FileCheck %s --check-prefix=TWO
// TWO-NOT: assoc-model-conflict
// TWO: {{[0-9]+}} assoc findings in 2 files.

#include <assoc/associations.hpp>

namespace {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("item", assoc::dependent("destroy")));
  // CHECK: anonymous-namespace.cpp:[[@LINE-1]]:29: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Cart>("cart"));
};
} // namespace

namespace named {
namespace {
struct Box : assoc::model<Box> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Cart>("cart", assoc::dependent("bogus")));
  // CHECK: anonymous-namespace.cpp:[[@LINE-1]]:28: warning: has_one association 'cart' of 'named::Box' has no inverse: 'Cart' declares no belongs_to<named::Box> with foreign key 'box_id' [assoc-missing-inverse]
  // CHECK: anonymous-namespace.cpp:[[@LINE-2]]:53: error: dependent: 'bogus' is not valid on has_one 'cart'; {{.*}} [assoc-invalid-option]
};
} // namespace
} // namespace named

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: anonymous-namespace.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 4 assoc findings in 1 file.
