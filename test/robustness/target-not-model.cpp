// An association to a type that is not a model: a plain class, an enum, a
// pointer, void, a class that is a model's unrelated namesake. Each is an
// assoc-target-not-model error (ActiveRecord would fail at first use), in
// the standalone driver and in the plugin; exit 1.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace notmodel {
struct Address {};
enum class Color { red };
struct Person : assoc::model<Person> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Address>("addresses", assoc::dependent("destroy")),
      // CHECK: target-not-model.cpp:[[@LINE-1]]:32: error: has_many 'addresses' of 'notmodel::Person' targets 'notmodel::Address', which is not a model (it does not derive from assoc::model): ActiveRecord fails at first use, with no class to load [assoc-target-not-model]
      assoc::belongs_to<Color>("color"),
      // CHECK: target-not-model.cpp:[[@LINE-1]]:32: error: belongs_to 'color' of 'notmodel::Person' targets 'notmodel::Color', which is not a model {{.*}} [assoc-target-not-model]
      assoc::has_one<Person *>("pointer", assoc::dependent("destroy")),
      // CHECK: target-not-model.cpp:[[@LINE-1]]:32: error: has_one 'pointer' of 'notmodel::Person' targets 'notmodel::Person *', which is not a model {{.*}} [assoc-target-not-model]
      assoc::has_many<void>("voids", assoc::dependent("destroy")));
      // CHECK: target-not-model.cpp:[[@LINE-1]]:29: error: has_many 'voids' of 'notmodel::Person' targets 'void', which is not a model {{.*}} [assoc-target-not-model]
};
} // namespace notmodel

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: target-not-model.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 5 assoc findings in 1 file.
