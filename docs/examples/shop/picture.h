//===- picture.h - Shop example: Picture ----------------------------------===//
//
// A picture belongs to whatever shows it: a product's photos, a customer's
// avatar. Owners point here with `as("imageable")`.
//
//===----------------------------------------------------------------------===//

#ifndef SHOP_PICTURE_H
#define SHOP_PICTURE_H

#include <assoc/associations.hpp>

namespace shop {

struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};

} // namespace shop

#endif // SHOP_PICTURE_H
