// An unterminated string as a name, and an unterminated raw string that
// runs to the end of the file: the compiler's errors, exit 1, never a crash.
// Everything after the first broken line is swallowed by the compiler's
// recovery (it is inside the broken class), so the well-formed models come
// first, and are still checked.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK,PLUGIN --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: unterminated-string-name.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: unterminated-string-name.cpp:[[@LINE+5]]:25: error: declaration of variable 'associations' with deduced type 'const auto' requires an initializer [clang-diagnostic-error]
// CHECK: unterminated-string-name.cpp:[[@LINE+5]]:29: error: expected expression [clang-diagnostic-error]
namespace broken {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items));
};
// CHECK: unterminated-string-name.cpp:[[@LINE+3]]:29: error: raw string missing terminating delimiter )" [clang-diagnostic-error]
struct Bag : assoc::model<Bag> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>(R"(items, assoc::dependent("destroy")));
// TIDY: 1 assoc finding in 1 file.
// PLUGIN: Found compiler error(s).
