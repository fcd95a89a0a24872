// `through` chains that loop (a through b, b through a, and one through
// itself): the chain is followed without hanging (timeout 60 turns a hang
// into exit 124), and each is an assoc-through-chain error naming what
// ActiveRecord raises.
//
// RUN: timeout 60 %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace cyc {
struct Node;
struct Graph : assoc::model<Graph> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Node>("nodes", assoc::through("edges")),
      // CHECK: through-cycle.cpp:[[@LINE-1]]:29: error: has_many 'nodes' of 'cyc::Graph': no source association 'node' or 'nodes' in 'cyc::Node'; name one with source(...) (HasManyThroughSourceAssociationNotFoundError) [assoc-through-chain]
      assoc::has_many<Node>("edges", assoc::through("nodes")),
      // CHECK: through-cycle.cpp:[[@LINE-1]]:29: error: has_many 'edges' of 'cyc::Graph': no source association 'edge' or 'edges' in 'cyc::Node'; {{.*}} [assoc-through-chain]
      assoc::has_many<Node>("selves", assoc::through("selves")));
      // CHECK: through-cycle.cpp:[[@LINE-1]]:29: error: has_many 'selves' of 'cyc::Graph': no source association 'self' or 'selves' in 'cyc::Node'; {{.*}} [assoc-through-chain]
};
struct Node : assoc::model<Node> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Graph>("graph")); // Alone: not reported by default.
};
} // namespace cyc

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: through-cycle.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 4 assoc findings in 1 file.
