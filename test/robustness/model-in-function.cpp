// Models inside functions and lambdas are not models (a local class cannot
// hold the static `associations` member): silent, even when a declare() in
// the body is wrong, and the well-formed models are still checked. The local
// static member is a compiler error that only the plugin reports: the
// standalone driver skips function bodies (docs/whole-program.md), so it
// neither sees that error nor counts it in its exit code.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-' --implicit-check-not=error:
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK,PLUGIN --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace fn {
struct Item;
void f() {
  struct Local : assoc::model<Local> {
    static constexpr int associations = 0;
    // PLUGIN: model-in-function.cpp:[[@LINE-1]]:26: error: static data member 'associations' not allowed in local struct 'Local' [clang-diagnostic-error]
  };
  struct Local2 : assoc::model<Local2> {};
  constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("item", assoc::dependent("bogus")));
  (void)associations;
}
inline auto lambda = [] {
  struct InLambda : assoc::model<InLambda> {};
  return assoc::declare(assoc::has_many<InLambda>("in_lambda"));
};
} // namespace fn

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: model-in-function.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 1 assoc finding in 1 file.
