// Names built by macros: stringified, concatenated, and a whole association
// written by a macro. The name is read from the expansion; the finding says
// where the name comes from, and has no fix-it (the text to change is in
// the macro).
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

#define NAME(x) #x
#define PLURAL(x) x "s"
#define OWNED(T, n) assoc::has_many<T>(#n, assoc::dependent("destroy"))

namespace macros {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>(NAME(item), assoc::dependent("destroy")),
      // CHECK: macro-names.cpp:[[@LINE-1]]:29: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
      // CHECK-NEXT: {{^}}   [[@LINE-2]] |
      // CHECK-NEXT: {{^}}      |                             ^
      // CHECK-NEXT: macro-names.cpp:[[@LINE-4]]:29: note: the name comes from a macro; rename it where it is defined
      assoc::has_many<Item>(PLURAL("widget"), assoc::dependent("destroy")),
      OWNED(Item, thing));
      // CHECK: macro-names.cpp:[[@LINE-1]]:7: warning: has_many association 'thing' should be plural: 'things' [assoc-association-naming]
      // CHECK: macro-names.cpp:[[@LINE-2]]:7: note: the name comes from a macro; rename it where it is defined
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Cart>("cart"));
};
} // namespace macros

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: macro-names.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 3 assoc findings in 1 file.
