// Models inside `extern "C++"` blocks and declarations, next to an
// `extern "C"` block holding a plain struct: linkage specifications are
// walked like namespaces.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

extern "C++" {
namespace linkage {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("item", assoc::dependent("destroy")));
  // CHECK: extern-cxx.cpp:[[@LINE-1]]:29: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
};
} // namespace linkage
}
extern "C++" struct Lone : assoc::model<Lone> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<linkage::Cart>("carts", assoc::dependent("destroy")));
  // CHECK: extern-cxx.cpp:[[@LINE-1]]:37: warning: has_one association 'carts' should be singular: 'cart' [assoc-association-naming]
  // CHECK: extern-cxx.cpp:[[@LINE-2]]:37: warning: has_one association 'carts' of 'Lone' has no inverse: {{.*}} [assoc-missing-inverse]
};
extern "C" {
struct CStyle { int x; };
}
extern "C++" {
extern "C++" {
namespace linkage {
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Cart>("cart"), assoc::belongs_to<CStyle>("c_style"));
  // CHECK: extern-cxx.cpp:[[@LINE-1]]:66: error: belongs_to 'c_style' of 'linkage::Item' targets 'CStyle', which is not a model {{.*}} [assoc-target-not-model]
};
} // namespace linkage
}
}

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: extern-cxx.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 5 assoc findings in 1 file.
