// Models nested in classes in nested namespaces, two levels deep: found,
// named by their full qualified names, and checked.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace outer::inner {
struct Item;
struct Holder {
  struct Cart : assoc::model<Cart> {
    static constexpr auto associations = assoc::declare(
        assoc::has_many<Item>("items", assoc::dependent("destroy")));
  };
  struct Deeper {
    struct Box : assoc::model<Box> {
      static constexpr auto associations = assoc::declare(
          assoc::has_one<Cart>("carts", assoc::dependent("destroy")));
      // CHECK: nested-class-namespace.cpp:[[@LINE-1]]:32: warning: has_one association 'carts' should be singular: 'cart' [assoc-association-naming]
      // CHECK: nested-class-namespace.cpp:[[@LINE-2]]:32: warning: has_one association 'carts' of 'outer::inner::Holder::Deeper::Box' has no inverse: 'outer::inner::Holder::Cart' declares no belongs_to<outer::inner::Holder::Deeper::Box> with foreign key 'box_id' [assoc-missing-inverse]
    };
  };
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Holder::Cart>("cart"));
};
} // namespace outer::inner

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: nested-class-namespace.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 3 assoc findings in 1 file.
