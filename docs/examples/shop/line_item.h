//===- line_item.h - Shop example: LineItem -------------------------------===//

#ifndef SHOP_LINE_ITEM_H
#define SHOP_LINE_ITEM_H

#include <assoc/associations.hpp>

namespace shop {
struct Order;
struct Product;

struct LineItem : assoc::model<LineItem> {
  static constexpr auto associations = assoc::declare(
      // Mistake: Order has no `line_item`; its association is `line_items`.
      assoc::belongs_to<Order>("order", assoc::inverse_of("line_item")),
      // Mistake: destroying one line item would destroy the product, which
      // other line items (Product has_many line_items) still point at.
      assoc::belongs_to<Product>("product", assoc::dependent("destroy")));
};

} // namespace shop

#endif // SHOP_LINE_ITEM_H
