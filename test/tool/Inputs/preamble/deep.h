// A project header that reaches the standard library through another one,
// as real projects do: the .cpp files that include it name no system
// header themselves.
#ifndef DEEP_H
#define DEEP_H
#include "common.h"
#include <assoc/associations.hpp>

namespace shop {
struct Invoice;
struct Ledger : assoc::model<Ledger> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Invoice>("invoice"));
};
} // namespace shop
#endif
