// Names in CamelCase, in capitals, with a hyphen: assoc-association-naming
// says they should be snake_case (and singular or plural), with the fix.
//
// Not covered here, because they are known problems (see the report of
// issue #11): names with spaces ("line items", silent), with surrounding
// blanks or control characters (nonsense suggestions, and --fix writes a raw
// newline into the string literal), with an embedded NUL (read up to it).
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'
// RUN: cp %s %t.cpp
// RUN: %assoc_tidy --fix %t.cpp -- -std=c++17 -I%assoc_include > %t.fix 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.cpp --check-prefix=FIXED
// RUN: %clangxx -std=c++17 -fsyntax-only -I%assoc_include %t.cpp

#include <assoc/associations.hpp>

namespace upper {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("LineItems", assoc::dependent("destroy")),
      // CHECK: uppercase-names.cpp:[[@LINE-1]]:29: warning: has_many association 'LineItems' should be snake_case: 'line_items' [assoc-association-naming]
      // FIXED: assoc::has_many<Item>("line_items", assoc::dependent("destroy")),
      assoc::has_many<Item>("ITEMS", assoc::dependent("destroy")),
      // CHECK: uppercase-names.cpp:[[@LINE-1]]:29: warning: has_many association 'ITEMS' should be snake_case: 'items' [assoc-association-naming]
      // FIXED: assoc::has_many<Item>("items", assoc::dependent("destroy")),
      assoc::has_one<Item>("Item-Link", assoc::dependent("destroy")));
      // CHECK: uppercase-names.cpp:[[@LINE-1]]:28: warning: has_one association 'Item-Link' should be snake_case: 'item_link' [assoc-association-naming]
      // FIXED: assoc::has_one<Item>("item_link", assoc::dependent("destroy")));
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Cart>("cart"));
};
} // namespace upper

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: uppercase-names.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
  // FIXED: assoc::has_many<Order>("orders", assoc::dependent("destroy")));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 4 assoc findings in 1 file.
