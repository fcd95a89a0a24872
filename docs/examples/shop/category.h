//===- category.h - Shop example: Category --------------------------------===//
//
// Categories nest (a self-join on parent_id) and share products with
// has_and_belongs_to_many.
//
//===----------------------------------------------------------------------===//

#ifndef SHOP_CATEGORY_H
#define SHOP_CATEGORY_H

#include <assoc/associations.hpp>

namespace shop {
struct Picture;
struct Product;

struct Category : assoc::model<Category> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Category>("parent", assoc::optional(),
                                  assoc::inverse_of("subcategories")),
      assoc::has_many<Category>("subcategories",
                                assoc::foreign_key("parent_id"),
                                assoc::inverse_of("parent"),
                                assoc::dependent("destroy")),
      // Mistake: the join table's two names are in the wrong order. The
      // conventional name, which Product's side uses, is categories_products.
      assoc::has_and_belongs_to_many<Product>(
          "products", assoc::join_table("products_categories")),
      // Mistake: no polymorphic belongs_to is called `image`; Picture's is
      // `imageable`.
      assoc::has_one<Picture>("banner", assoc::as("image"),
                              assoc::dependent("destroy")));
};

} // namespace shop

#endif // SHOP_CATEGORY_H
