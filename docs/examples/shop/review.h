//===- review.h - Shop example: Review ------------------------------------===//
//
// A review belongs to a product and keeps products.reviews_count current.
//
//===----------------------------------------------------------------------===//

#ifndef SHOP_REVIEW_H
#define SHOP_REVIEW_H

#include <assoc/associations.hpp>

namespace shop {
struct Product;

struct Review : assoc::model<Review> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Product>("product", assoc::counter_cache()));
};

} // namespace shop

#endif // SHOP_REVIEW_H
