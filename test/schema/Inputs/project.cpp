// A small shop: one of each kind of association the schema derives from.
#include <assoc/associations.hpp>

namespace shop {
struct Account;
struct LineItem;
struct Order;
struct Part;
struct Picture;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")),
      assoc::has_one<Account>("account", assoc::dependent("destroy")),
      assoc::has_many<Picture>("pictures", assoc::as("imageable"),
                               assoc::dependent("destroy")),
      assoc::has_many<LineItem>("line_items", assoc::through("orders")));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"),
      assoc::has_many<LineItem>("line_items", assoc::dependent("destroy")));
};

// Single-table inheritance: rush orders live in 'orders', told apart by
// its 'type' column.
struct RushOrder : Order {};

struct LineItem : assoc::model<LineItem> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Order>("order"));
};

struct Account : assoc::model<Account> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};

struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Part>("parts"));
};

struct Part : assoc::model<Part> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Assembly>("assemblies"));
};
} // namespace shop
