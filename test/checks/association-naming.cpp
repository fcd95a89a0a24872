// RUN: %check_assoc_tidy %s assoc-association-naming %t
// RUN: %check_assoc_tidy --check-suffix=CUSTOM %s assoc-association-naming %t -- \
// RUN:   --config="{CheckOptions: {assoc-association-naming.Irregulars: 'cactus:cacti', assoc-association-naming.IgnoredNames: 'legacy_.*;odd_ones'}}"
// Custom inflections given globally apply to the check as well.
// RUN: %check_assoc_tidy --check-suffix=CUSTOM %s assoc-association-naming %t -- \
// RUN:   --config="{CheckOptions: {Irregulars: 'cactus:cacti', assoc-association-naming.IgnoredNames: 'legacy_.*;odd_ones'}}"

#include <assoc/associations.hpp>

namespace shop {
struct Order;
struct Account;
struct Address;
struct Part;
struct LineItem;
struct Product;
struct Cactus;

// Each kind, with the wrong number.
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order"),
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
      assoc::has_one<Account>("accounts"),
      // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: has_one association 'accounts' should be singular: 'account'
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:31: warning: has_one association 'accounts' should be singular: 'account'
      assoc::has_many<Product>("products", assoc::through("order")));
};
// The rename reaches the through() that names the association.
// CHECK-FIXES: assoc::has_many<Order>("orders"),
// CHECK-FIXES: assoc::has_one<Account>("account"),
// CHECK-FIXES: assoc::has_many<Product>("products", assoc::through("orders")));

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customers", assoc::inverse_of("order")),
      // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: belongs_to association 'customers' should be singular: 'customer'
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:35: warning: belongs_to association 'customers' should be singular: 'customer'
      assoc::has_many<LineItem>("lineItems"),
      // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: has_many association 'lineItems' should be snake_case: 'line_items'
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:33: warning: has_many association 'lineItems' should be snake_case: 'line_items'
      assoc::has_many<Product>("products", assoc::through("lineItems"),
                               assoc::source("products")));
};
// The inverse_of in Order names Customer's `order`: renamed too.
// CHECK-FIXES: assoc::belongs_to<Customer>("customer", assoc::inverse_of("orders")),
// CHECK-FIXES: assoc::has_many<LineItem>("line_items"),
// CHECK-FIXES: assoc::has_many<Product>("products", assoc::through("line_items"),

struct LineItem : assoc::model<LineItem> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Order>("order"),
      assoc::belongs_to<Product>("products"));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: belongs_to association 'products' should be singular: 'product'
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:34: warning: belongs_to association 'products' should be singular: 'product'
};
// Order's source("products") names this association: renamed with it.
// CHECK-FIXES: assoc::source("product")));
// CHECK-FIXES: assoc::belongs_to<Product>("product"));

struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Part>("part"),
      // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: has_and_belongs_to_many association 'part' should be plural: 'parts'
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:44: warning: has_and_belongs_to_many association 'part' should be plural: 'parts'
      assoc::has_many<LineItem>("line_items"),
      assoc::has_many<Order>("orders", assoc::through("line_items")));
};
// CHECK-FIXES: assoc::has_and_belongs_to_many<Part>("parts"),

struct Part : assoc::model<Part> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Product>("products"));
};

// A polymorphic belongs_to renamed: the as() that names it follows.
struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageables"));
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: belongs_to association 'imageables' should be singular: 'imageable'
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:60: warning: belongs_to association 'imageables' should be singular: 'imageable'
};
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageables")),
      assoc::belongs_to<Employee>("manager", assoc::optional()),
      assoc::has_many<Employee>("subordinates", assoc::foreign_key("manager_id")));
};
// CHECK-FIXES: assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
// CHECK-FIXES: assoc::has_many<Picture>("pictures", assoc::as("imageable")),

// Names that are not literals: a note, and no fix.
constexpr const char *AddressName = "addresses";
#define SHIPPING "shipping_addresses"
struct Shipment : assoc::model<Shipment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Address>(AddressName),
      // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: belongs_to association 'addresses' should be singular: 'address'
      // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the name comes from a constant; rename it where it is defined
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:34: warning: belongs_to association 'addresses' should be singular: 'address'
      assoc::belongs_to<Address>(SHIPPING));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: belongs_to association 'shipping_addresses' should be singular: 'shipping_address'
  // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the name comes from a macro; rename it where it is defined
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:34: warning: belongs_to association 'shipping_addresses' should be singular: 'shipping_address'
};
// CHECK-FIXES: assoc::belongs_to<Address>(AddressName),
// CHECK-FIXES: assoc::belongs_to<Address>(SHIPPING));

// A reference that is not a literal blocks the rename: it would break.
constexpr const char *ThroughName = "visit";
struct Visit;
struct Clinic : assoc::model<Clinic> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Visit>("visit"),
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: has_many association 'visit' should be plural: 'visits'
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:30: warning: has_many association 'visit' should be plural: 'visits'
      assoc::has_many<Order>("orders", assoc::through(ThroughName)));
};
// CHECK-FIXES: assoc::has_many<Visit>("visit"),

// Uncountables, irregulars and ActiveSupport's quirks, as ActiveSupport has them.
struct Warehouse : assoc::model<Warehouse> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Part>("equipment"),
      assoc::has_one<Part>("equipment_information"),
      assoc::has_many<Part>("people"),
      assoc::belongs_to<Part>("status"),
      assoc::has_many<Part>("octopi"),
      assoc::belongs_to<Cactus>("cactus"),
      // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: belongs_to association 'cactus' should be singular: 'cactu'
      assoc::has_many<Part>("legacy_item"),
      // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: has_many association 'legacy_item' should be plural: 'legacy_items'
      assoc::has_one<Part>("odd_ones"));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: has_one association 'odd_ones' should be singular: 'odd_one'
};
} // namespace shop
