// C++14 (and C++11): the header is C++17 (inline variables, fold
// expressions), but it does not refuse older modes. Clang and GCC accept
// it there as an extension, with -Wc++17-extensions warnings that clang-tidy
// does not show, so the models are read and checked as in C++17; with
// -pedantic-errors the compiler rejects the header, and the run reports the
// errors (exit 1) without crashing.
//
// RUN: %assoc_tidy %s -- -std=c++14 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[assoc-' --implicit-check-not=error:
// RUN: %assoc_tidy %s -- -std=c++11 -I%assoc_include > %t.out11 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out11 --implicit-check-not='[assoc-' --implicit-check-not=error:
// RUN: %clangxx -std=c++14 -fsyntax-only -I%assoc_include %s 2>&1 | FileCheck %s --check-prefix=EXT
// RUN: %assoc_tidy %s -- -std=c++14 -pedantic-errors -I%assoc_include > %t.pedantic 2>&1; test $? -eq 1
// RUN: FileCheck %s --input-file=%t.pedantic --check-prefix=PEDANTIC
// EXT: warning: inline variables are a C++17 extension [-Wc++17-extensions]
// PEDANTIC: associations.hpp:{{[0-9]+}}:{{[0-9]+}}: error: inline variables are a C++17 extension [clang-diagnostic-error]

#include <assoc/associations.hpp>

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: cxx14.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// CHECK: 1 assoc finding in 1 file.
