// A name that is not a constant expression (a call to a function that is
// not constexpr, a variable that is not constexpr): the compiler says the
// initializer is not a constant, exit 1; the association is not read (its
// name is unknown), and the well-formed models are still checked.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK,PLUGIN --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace broken {
struct Item;
const char *runtime_name();
extern const char *some_name;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
  // CHECK: non-constant-name.cpp:[[@LINE-1]]:25: error: constexpr variable 'associations' must be initialized by a constant expression [clang-diagnostic-error]
      assoc::has_many<Item>(runtime_name(), assoc::dependent("destroy")));
  // PLUGIN: non-constant-name.cpp:[[@LINE-1]]:29: note: non-constexpr function 'runtime_name' cannot be used in a constant expression
};
struct Bag : assoc::model<Bag> {
  static constexpr auto associations = assoc::declare(
  // CHECK: non-constant-name.cpp:[[@LINE-1]]:25: error: constexpr variable 'associations' must be initialized by a constant expression [clang-diagnostic-error]
      assoc::has_many<Item>(some_name, assoc::dependent("destroy")));
  // PLUGIN: non-constant-name.cpp:[[@LINE-1]]:29: note: read of non-constexpr variable 'some_name' is not allowed in a constant expression
};
} // namespace broken

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: non-constant-name.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 1 assoc finding in 1 file.
// PLUGIN: Found compiler error(s).
