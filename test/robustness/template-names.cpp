// Names built by templates: a variable template, a static member of a class
// template, and a class template model whose names depend on its argument.
// Each instantiation is read with its own values.
//
// Not covered here, because it is a known problem: an association returned
// by a constexpr helper function (`declare(many_of<Sheet, Line>())`) is not
// read at all (see the report of issue #11).
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>

namespace tmpl {
struct Line;
struct Cell;
template <class T> struct names;
template <> struct names<Line> { static constexpr const char *many = "line"; };
template <> struct names<Cell> { static constexpr const char *many = "cells"; };
template <class T> inline constexpr const char *plural = names<T>::many;

struct Pad : assoc::model<Pad> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Line>(plural<Line>, assoc::dependent("destroy")),
      // CHECK: template-names.cpp:[[@LINE-1]]:29: warning: has_many association 'line' should be plural: 'lines' [assoc-association-naming]
      // CHECK: template-names.cpp:[[@LINE-2]]:29: note: the name comes from a constant; rename it where it is defined
      assoc::has_many<Cell>(names<Cell>::many, assoc::dependent("destroy")));
};

template <class T> struct Grid : assoc::model<Grid<T>> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<T>(names<T>::many, assoc::dependent("destroy")));
  // CHECK: template-names.cpp:[[@LINE-1]]:26: warning: has_many association 'line' should be plural: 'lines' [assoc-association-naming]
  // CHECK: template-names.cpp:[[@LINE-2]]:26: note: the name comes from a constant; rename it where it is defined
};
template struct Grid<Line>;
template struct Grid<Cell>;

struct Line : assoc::model<Line> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Pad>("pad"), assoc::belongs_to<Grid<Line>>("grid"));
};
struct Cell : assoc::model<Cell> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Pad>("pad"), assoc::belongs_to<Grid<Cell>>("grid"));
};
} // namespace tmpl

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: template-names.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 3 assoc findings in 1 file.
