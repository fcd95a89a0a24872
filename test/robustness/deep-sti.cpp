// Deep inheritance: five levels of single-table inheritance. Every level is
// a model, on the table of the root ("vehicles", with its "type" column);
// associations declared at any level are checked, and a belongs_to to a
// subclass is a belongs_to to a model.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'
// RUN: %assoc_tidy --dump-model=json %s -- -std=c++17 -I%assoc_include | FileCheck %s --check-prefix=JSON
// RUN: %assoc_tidy --emit-schema=sql %s -- -std=c++17 -I%assoc_include | FileCheck %s --check-prefix=SQL

#include <assoc/associations.hpp>

namespace sti {
struct Wheel;
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Wheel>("wheels", assoc::dependent("destroy")));
};
struct Car : Vehicle {};
struct SportsCar : Car {};
struct RaceCar : SportsCar {};
struct FormulaOne : RaceCar {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Wheel>("spare_wheel", assoc::dependent("destroy")));
  // CHECK: deep-sti.cpp:[[@LINE-1]]:30: warning: has_many association 'spare_wheel' should be plural: 'spare_wheels' [assoc-association-naming]
};
struct Wheel : assoc::model<Wheel> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Vehicle>("vehicle"),
      assoc::belongs_to<FormulaOne>("formula_one"));
};
} // namespace sti
// JSON:      "name": "sti::Vehicle",
// JSON-NEXT: "library": "assoc",
// JSON-NEXT: "table": "vehicles",
// JSON-NEXT: "base": null,
// JSON:      "name": "sti::Car",
// JSON-NEXT: "library": "assoc",
// JSON-NEXT: "table": "vehicles",
// JSON-NEXT: "base": "sti::Vehicle",
// JSON:      "name": "sti::SportsCar",
// JSON-NEXT: "library": "assoc",
// JSON-NEXT: "table": "vehicles",
// JSON-NEXT: "base": "sti::Car",
// JSON:      "name": "sti::RaceCar",
// JSON-NEXT: "library": "assoc",
// JSON-NEXT: "table": "vehicles",
// JSON-NEXT: "base": "sti::SportsCar",
// JSON:      "name": "sti::FormulaOne",
// JSON-NEXT: "library": "assoc",
// JSON-NEXT: "table": "vehicles",
// JSON-NEXT: "base": "sti::RaceCar",
// SQL:      CREATE TABLE "vehicles" (
// SQL-NEXT:   "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
// SQL-NEXT:   "type" varchar
// SQL-NEXT: );
// SQL-NOT: CREATE TABLE "cars"
// SQL-NOT: CREATE TABLE "formula_ones"
// SQL:      CREATE TABLE "wheels" (

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: deep-sti.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 2 assoc findings in 1 file.
