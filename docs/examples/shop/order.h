//===- order.h - Shop example: Order --------------------------------------===//

#ifndef SHOP_ORDER_H
#define SHOP_ORDER_H

#include <assoc/associations.hpp>

namespace shop {
struct Address;
struct Customer;
struct LineItem;
struct Product;

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::inverse_of("orders")),
      // Mistake: a belongs_to takes a singular name: `shipping_address`.
      assoc::belongs_to<Address>("shipping_addresses"),
      assoc::has_many<LineItem>("line_items", assoc::dependent("destroy"),
                                assoc::inverse_of("order")),
      assoc::has_many<Product>("products", assoc::through("line_items")),
      // Mistake: `line_items` again, now with another dependent. Which one
      // wins is an accident of order (in Ruby the later one, silently).
      assoc::has_many<LineItem>("line_items", assoc::dependent("delete_all")));
};

} // namespace shop

#endif // SHOP_ORDER_H
