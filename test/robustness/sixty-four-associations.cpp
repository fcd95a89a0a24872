// A declare() with 64 associations (no limit on their number): every one
// is read, in order; the one singular name among them is reported, and the
// well-formed model after it still is.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK --implicit-check-not='[assoc-'
// RUN: %assoc_tidy --dump-model=json %s -- -std=c++17 -I%assoc_include > %t.json
// RUN: %python -c "import json, sys; m = [m for m in json.load(open(sys.argv[1]))['models'] if m['name'] == 'many::Orchard'][0]; print(len(m['associations']), m['associations'][0]['name'], m['associations'][63]['name'])" %t.json | FileCheck %s --check-prefix=COUNT
// COUNT: 64 red_apples gold_raisin

#include <assoc/associations.hpp>

namespace many {
struct Orchard;
struct Fruit : assoc::model<Fruit> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Orchard>("orchard"));
};
struct Orchard : assoc::model<Orchard> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Fruit>("red_apples", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_berries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_cherries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_dates", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_figs", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_grapes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_kiwis", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_lemons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_limes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_mangos", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_melons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_olives", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_pears", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_plums", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_quinces", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("red_raisins", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_apples", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_berries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_cherries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_dates", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_figs", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_grapes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_kiwis", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_lemons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_limes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_mangos", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_melons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_olives", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_pears", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_plums", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_quinces", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("green_raisins", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_apples", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_berries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_cherries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_dates", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_figs", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_grapes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_kiwis", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_lemons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_limes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_mangos", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_melons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_olives", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_pears", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_plums", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_quinces", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("blue_raisins", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_apples", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_berries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_cherries", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_dates", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_figs", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_grapes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_kiwis", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_lemons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_limes", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_mangos", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_melons", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_olives", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_pears", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_plums", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_quinces", assoc::dependent("destroy")),
      assoc::has_many<Fruit>("gold_raisin", assoc::dependent("destroy")));
  // CHECK: sixty-four-associations.cpp:[[@LINE-1]]:30: warning: has_many association 'gold_raisin' should be plural: 'gold_raisins' [assoc-association-naming]
};
} // namespace many

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: sixty-four-associations.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 2 assoc findings in 1 file.
