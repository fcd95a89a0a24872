// Names and options computed by constexpr functions: read from the
// evaluated value, reported at the call, with a note and no fix-it.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace cfn {
constexpr const char *pick(bool Many) { return Many ? "lines" : "line"; }
constexpr const char *policy(int Level) {
  return Level == 0 ? "destroy" : Level == 1 ? "nullify" : "destroyed";
}
struct Line;
struct Sheet : assoc::model<Sheet> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Line>(pick(false), assoc::dependent(policy(0))),
      // CHECK: constexpr-function-names.cpp:[[@LINE-1]]:29: warning: has_many association 'line' should be plural: 'lines' [assoc-association-naming]
      // CHECK: constexpr-function-names.cpp:[[@LINE-2]]:29: note: the name comes from a constant; rename it where it is defined
      assoc::has_many<Line>(pick(true), assoc::dependent(policy(2))));
      // CHECK: constexpr-function-names.cpp:[[@LINE-1]]:58: error: dependent: 'destroyed' is not valid on has_many 'lines'; {{.*}} [assoc-invalid-option]
};
struct Line : assoc::model<Line> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Sheet>("sheet"));
};
} // namespace cfn

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: constexpr-function-names.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 3 assoc findings in 1 file.
