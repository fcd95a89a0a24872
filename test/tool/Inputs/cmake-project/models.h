#pragma once
#include <assoc/associations.hpp>

struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
};
