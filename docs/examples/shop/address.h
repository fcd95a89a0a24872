//===- address.h - Shop example: Address ----------------------------------===//

#ifndef SHOP_ADDRESS_H
#define SHOP_ADDRESS_H

#include <assoc/associations.hpp>

namespace shop {
struct Customer;

struct Address : assoc::model<Address> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

} // namespace shop

#endif // SHOP_ADDRESS_H
