// Two `associations` members in one model: a compile error (duplicate
// member), exit 1; the broken model is left out (the compiler marks it
// invalid), and the well-formed models are still checked.
//
// Not covered here: a second declare() kept in a member with another name
// (`more_associations`) is silently not read (see the report of issue #11).
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK,PLUGIN --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace twice {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items", assoc::dependent("destroy")));
  static constexpr auto associations = assoc::declare(
  // CHECK: associations-twice.cpp:[[@LINE-1]]:25: error: duplicate member 'associations' [clang-diagnostic-error]
  // PLUGIN: associations-twice.cpp:[[@LINE-4]]:25: note: previous declaration is here
      assoc::has_many<Item>("item", assoc::dependent("destroy")));
};
} // namespace twice

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: associations-twice.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 1 assoc finding in 1 file.
// PLUGIN: Found compiler error(s).
