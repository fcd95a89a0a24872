//===- product.h - Shop example: Product ----------------------------------===//

#ifndef SHOP_PRODUCT_H
#define SHOP_PRODUCT_H

#include <assoc/associations.hpp>

namespace shop {
struct Category;
struct LineItem;
struct Order;
struct Picture;
struct Review;

struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<LineItem>("line_items",
                                assoc::dependent("restrict_with_exception")),
      assoc::has_many<Order>("orders", assoc::through("line_items")),
      assoc::has_many<Review>("reviews", assoc::dependent("destroy")),
      // Mistake: no dependent, so destroying a product leaves its pictures
      // behind, pointing at a product that is gone.
      assoc::has_many<Picture>("pictures", assoc::as("imageable")),
      assoc::has_and_belongs_to_many<Category>("categories"),
      // Mistake: `reviews` is declared a second time, identically.
      assoc::has_many<Review>("reviews", assoc::dependent("destroy")));
};

} // namespace shop

#endif // SHOP_PRODUCT_H
