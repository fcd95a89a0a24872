// 17 options on one association (a dependent and 16 validate): the
// vocabulary's static_assert (16 at most) and a compile error, exit 1,
// never a crash; 16 are fine. The well-formed models are still checked.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK,PLUGIN --implicit-check-not='[assoc-'
//
// The static_assert is in the header, at its own line; the line of the
// association that broke it is given by the compiler's notes, which only the
// plugin prints (a known problem of the standalone driver, see the report of
// issue #11).
// CHECK-DAG: associations.hpp:{{[0-9]+}}:{{[0-9]+}}: error: static assertion failed due to requirement 'sizeof...(Options) <= max_options': assoc: too many options on one association [clang-diagnostic-error]
// PLUGIN-DAG: seventeen-options.cpp:[[@LINE+9]]:14: note: in instantiation of function template specialization 'assoc::has_many<opts::Item,

#include <assoc/associations.hpp>

namespace opts {
struct Item;
struct TooMany : assoc::model<TooMany> {
  static constexpr auto associations = assoc::declare(
  // CHECK-DAG: seventeen-options.cpp:[[@LINE-1]]:25: error: constexpr variable 'associations' must be initialized by a constant expression [clang-diagnostic-error]
      assoc::has_many<Item>(
          "items", assoc::dependent("destroy"),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate()));
};
struct Sixteen : assoc::model<Sixteen> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>(
          "items",
          // CHECK-DAG: seventeen-options.cpp:[[@LINE-1]]:11: warning: has_many 'items' has no dependent option: destroying a 'opts::Sixteen' leaves its 'items' rows pointing at nothing [assoc-missing-dependent]
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate(),
          assoc::validate()));
};
} // namespace opts

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK-DAG: seventeen-options.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 2 assoc findings in 1 file.
// PLUGIN: Found compiler error(s).
