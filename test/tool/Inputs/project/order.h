#pragma once
#include <assoc/associations.hpp>

namespace shop {
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<struct LineItem>("line_item", assoc::dependent("destroy")));
};
} // namespace shop
