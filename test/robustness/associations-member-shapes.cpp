// `associations` members of the wrong shape: an int, a non-static member, a
// static const defined out of line, a declare() of options (the
// vocabulary's static_assert), a parenthesized declare(), an inline static
// const. None crashes; what is a declaration is read, wherever it is
// initialized, and the well-formed models are still checked.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace shapes {
struct Item;
struct AnInt : assoc::model<AnInt> {
  static constexpr int associations = 3;
};
struct NonStatic : assoc::model<NonStatic> {
  const char *associations = "items";
};
struct OutOfLine : assoc::model<OutOfLine> {
  static const assoc::declaration<1> associations;
};
const assoc::declaration<1> OutOfLine::associations =
    assoc::declare(assoc::has_many<Item>("item", assoc::dependent("destroy")));
// CHECK-DAG: associations-member-shapes.cpp:[[@LINE-1]]:42: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
struct Options : assoc::model<Options> {
  static constexpr auto associations = assoc::declare(assoc::dependent("destroy"));
  // CHECK-DAG: associations-member-shapes.cpp:[[@LINE-1]]:25: error: constexpr variable 'associations' must be initialized by a constant expression [clang-diagnostic-error]
};
// CHECK-DAG: associations.hpp:{{[0-9]+}}:{{[0-9]+}}: error: static assertion failed due to requirement 'detail::is_association<assoc::option>::value': assoc::declare takes associations such as assoc::has_many<Order>("orders") [clang-diagnostic-error]
struct Wrapped : assoc::model<Wrapped> {
  static constexpr auto associations = (assoc::declare(
      assoc::has_many<Item>("item", assoc::dependent("destroy"))));
  // CHECK-DAG: associations-member-shapes.cpp:[[@LINE-1]]:29: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
};
struct InlineConst : assoc::model<InlineConst> {
  static inline const auto associations = assoc::declare(
      assoc::has_many<Item>("item", assoc::dependent("destroy")));
  // CHECK-DAG: associations-member-shapes.cpp:[[@LINE-1]]:29: warning: has_many association 'item' should be plural: 'items' [assoc-association-naming]
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<OutOfLine>("out_of_line"),
      assoc::belongs_to<Wrapped>("wrapped"),
      assoc::belongs_to<InlineConst>("inline_const"));
};
} // namespace shapes

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK-DAG: associations-member-shapes.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 4 assoc findings in 1 file.
