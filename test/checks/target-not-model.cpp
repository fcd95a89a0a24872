// RUN: %check_assoc_tidy %s assoc-target-not-model %t

// An association's target must be a model. A complete class that is not
// one (no assoc::model base) is an error in every unit; a target that is
// only forward-declared is left alone here (another unit may define it):
// only the whole-program driver over a whole database can say it is
// defined nowhere (test/tool/compile-database.test).

#include <assoc/associations.hpp>

namespace plain {
struct Address {}; // Not a model.
struct Order;      // Declared only: silent in one unit.
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Address>("addresses", assoc::dependent("destroy")),
      // CHECK-MESSAGES: :[[@LINE-1]]:32: error: has_many 'addresses' of 'plain::Customer' targets 'plain::Address', which is not a model (it does not derive from assoc::model): ActiveRecord fails at first use, with no class to load [assoc-target-not-model]
      assoc::has_many<Order>("orders", assoc::dependent("destroy")),
      assoc::belongs_to<int>("number"));
  // CHECK-MESSAGES: :[[@LINE-1]]:30: error: belongs_to 'number' of 'plain::Customer' targets 'int', which is not a model (it does not derive from assoc::model): ActiveRecord fails at first use, with no class to load [assoc-target-not-model]
};
} // namespace plain

// Polymorphic targets and models (also through single-table inheritance)
// are fine.
namespace fine {
struct Vehicle : assoc::model<Vehicle> {};
struct Car : Vehicle {};
struct Picture : assoc::model<Picture> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("imageable"),
      assoc::belongs_to<Car>("car"));
};
} // namespace fine
