// C++20: a consteval name, a constrained class template model, a defaulted
// operator<=> member, and a u8 literal as a name (char8_t in C++20: the
// compiler rejects it, exit 1). The well-formed models are still checked.
//
// RUN: %assoc_tidy %s -- -std=c++20 -I%assoc_include > %t.out 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++20 -I%assoc_include > %t.plugin 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK --implicit-check-not='[assoc-'

#include <assoc/associations.hpp>
#include <compare>
#include <concepts>

namespace cxx20 {
consteval const char *name_of(int N) { return N == 1 ? "line" : "lines"; }
template <class T>
concept Model = std::derived_from<T, assoc::model<T>>;
struct Line;
template <class T>
  requires std::same_as<T, Line>
struct Sheet : assoc::model<Sheet<T>> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<T>(name_of(1), assoc::dependent("destroy")));
  // CHECK: cxx20.cpp:[[@LINE-1]]:26: warning: has_many association 'line' should be plural: 'lines' [assoc-association-naming]
};
template struct Sheet<Line>;
struct Line : assoc::model<Line> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Sheet<Line>>("sheet"));
};
static_assert(Model<Line>);
struct Pad : assoc::model<Pad> {
  auto operator<=>(const Pad &) const = default;
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Line>(u8"lines"));
  // CHECK: cxx20.cpp:[[@LINE-1]]:7: error: no matching function for call to 'has_many' [clang-diagnostic-error]
};
} // namespace cxx20

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: cxx20.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 2 assoc findings in 1 file.
