// declare() with no associations, and a model with no associations member
// at all: both are models with nothing declared; no finding, no crash. The
// model that targets them is still checked against them.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'
// RUN: %assoc_tidy --dump-model=json %s -- -std=c++17 -I%assoc_include | FileCheck %s --check-prefix=JSON

#include <assoc/associations.hpp>

namespace empty {
struct Lonely : assoc::model<Lonely> {
  static constexpr auto associations = assoc::declare();
};
struct Bare : assoc::model<Bare> {};
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Lonely>("lonelies", assoc::dependent("destroy")));
  // CHECK: empty-declare.cpp:[[@LINE-1]]:31: warning: has_many association 'lonelies' of 'empty::Owner' has no inverse: 'empty::Lonely' declares no belongs_to<empty::Owner> with foreign key 'owner_id' [assoc-missing-inverse]
};
} // namespace empty
// JSON: "name": "empty::Lonely",
// JSON: "associations": []{{$}}
// JSON: "name": "empty::Bare",
// JSON: "associations": []{{$}}

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: empty-declare.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 2 assoc findings in 1 file.
