// A syntax error inside declare(...): the compiler's errors, exit 1, and the
// well-formed models of the file (before and after) are still checked.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK,PLUGIN --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace before {
struct Line;
struct Sheet : assoc::model<Sheet> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Line>("line", assoc::dependent("destroy")));
  // CHECK-DAG: syntax-error-in-declare.cpp:[[@LINE-1]]:29: warning: has_many association 'line' should be plural: 'lines' [assoc-association-naming]
};
struct Line : assoc::model<Line> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Sheet>("sheet"));
};
} // namespace before

namespace broken {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items", assoc::dependent("destroy"),),
      // CHECK-DAG: syntax-error-in-declare.cpp:[[@LINE-1]]:66: error: expected expression [clang-diagnostic-error]
      assoc::has_many<Item>("items" assoc::dependent("destroy")));
      // CHECK-DAG: syntax-error-in-declare.cpp:[[@LINE-1]]:37: error: expected ')' [clang-diagnostic-error]
};
} // namespace broken

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK-DAG: syntax-error-in-declare.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 2 assoc findings in 1 file.
// PLUGIN: Found compiler error(s).
