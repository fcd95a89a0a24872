// A model deriving from assoc::model of another class (a copy-paste slip in
// the CRTP argument). The vocabulary ignores the argument, and so does
// assoc-tidy: the class is a model under its own name, and is checked as
// one; the class named in the argument is not made a model by it. No
// crash, no confusion between the two.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'
// RUN: %assoc_tidy --dump-model=json %s -- -std=c++17 -I%assoc_include | FileCheck %s --check-prefix=JSON

#include <assoc/associations.hpp>

namespace crtp {
struct Item;
struct Cart {}; // Not a model: Basket's base names it, nothing more.
struct Basket : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("item", assoc::dependent("destroy")));
  // CHECK: crtp-other-class.cpp:[[@LINE-1]]:29: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
};
struct Trolley : assoc::model<Basket> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items", assoc::dependent("destroy")));
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Basket>("basket"), assoc::belongs_to<Trolley>("trolley"),
      assoc::belongs_to<Cart>("cart"));
  // CHECK: crtp-other-class.cpp:[[@LINE-1]]:31: error: belongs_to 'cart' of 'crtp::Item' targets 'crtp::Cart', which is not a model {{.*}} [assoc-target-not-model]
};
} // namespace crtp
// JSON: "name": "crtp::Basket",
// JSON-NEXT: "library": "assoc",
// JSON-NEXT: "table": "baskets",
// JSON-NEXT: "base": null,
// JSON: "name": "crtp::Trolley",
// JSON-NEXT: "library": "assoc",
// JSON-NEXT: "table": "trolleys",
// JSON-NEXT: "base": null,

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: crtp-other-class.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 3 assoc findings in 1 file.
