//===- customer.h - Shop example: Customer --------------------------------===//

#ifndef SHOP_CUSTOMER_H
#define SHOP_CUSTOMER_H

#include <assoc/associations.hpp>

namespace shop {
struct Address;
struct Order;
struct Picture;
struct Product;
struct Review;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("restrict_with_error"),
                             assoc::inverse_of("customer")),
      // Mistake: Order has no association named `purchased_products` or
      // `purchased_product`; the path continues through Order's `products`,
      // so this needs source("products").
      assoc::has_many<Product>("purchased_products", assoc::through("orders")),
      // Mistake: a has_many takes a plural name: `addresses`.
      assoc::has_many<Address>("address", assoc::dependent("destroy")),
      // Mistake: Review has no belongs_to Customer (no reviews.customer_id),
      // so nothing comes back from a review to its customer.
      assoc::has_many<Review>("reviews", assoc::dependent("destroy")),
      // Mistake: delete_all is a has_many value; a has_one takes delete.
      assoc::has_one<Picture>("avatar", assoc::as("imageable"),
                              assoc::dependent("delete_all")));
};

} // namespace shop

#endif // SHOP_CUSTOMER_H
