// RUN: %check_assoc_tidy %s assoc-invalid-inverse %t

#include <assoc/associations.hpp>

namespace shop {
struct Order;
struct Account;
struct Address;
struct Part;
struct Picture;
struct Ghost; // Never defined.
struct NotAModel {};

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      // Each side names the other: correct.
      assoc::has_many<Order>("orders", assoc::inverse_of("customer")),
      assoc::has_one<Account>("account", assoc::inverse_of("holder")),
      // A name the target does not have, with ActiveRecord's "did you mean".
      assoc::has_many<Order>("pending_orders", assoc::inverse_of("custmer")),
      // CHECK-NOTES: :[[@LINE-1]]:66: error: has_many 'pending_orders': inverse_of 'custmer' names no association of 'shop::Order' (ActiveRecord raises InverseOfAssociationNotFoundError at first use); did you mean 'customer'? [assoc-invalid-inverse]
      // CHECK-NOTES: :[[@LINE+24]]:8: note: 'shop::Order' is defined here
      // Nothing close enough to suggest.
      assoc::has_many<Order>("old_orders", assoc::inverse_of("purchaser")),
      // CHECK-NOTES: :[[@LINE-1]]:62: error: has_many 'old_orders': inverse_of 'purchaser' names no association of 'shop::Order' (ActiveRecord raises InverseOfAssociationNotFoundError at first use) [assoc-invalid-inverse]
      // CHECK-NOTES: :[[@LINE+20]]:8: note: 'shop::Order' is defined here
      // Targets that are not visible models are not looked into.
      assoc::has_many<Ghost>("ghosts", assoc::inverse_of("anything")),
      assoc::has_many<NotAModel>("others", assoc::inverse_of("anything")),
      assoc::has_many<Address>("addresses", assoc::inverse_of("customer")),
      assoc::belongs_to<Order>("first_order", assoc::optional()),
      // ActiveRecord ignores inverse_of on has_and_belongs_to_many.
      assoc::has_and_belongs_to_many<Order>("tagged_orders",
                                            assoc::inverse_of("tagged_by")),
      // CHECK-NOTES: :[[@LINE-1]]:63: warning: has_and_belongs_to_many 'tagged_orders': inverse_of 'tagged_by' has no effect: ActiveRecord ignores inverse_of on has_and_belongs_to_many [assoc-invalid-inverse]
      assoc::has_and_belongs_to_many<Part>("parts", assoc::inverse_of("customers")),
      // CHECK-NOTES: :[[@LINE-1]]:71: warning: has_and_belongs_to_many 'parts': inverse_of 'customers' has no effect: ActiveRecord ignores inverse_of on has_and_belongs_to_many [assoc-invalid-inverse]
      // That needs nothing from the target.
      assoc::has_and_belongs_to_many<Ghost>("haunts", assoc::inverse_of("haunted")));
  // CHECK-NOTES: :[[@LINE-1]]:73: warning: has_and_belongs_to_many 'haunts': inverse_of 'haunted' has no effect: ActiveRecord ignores inverse_of on has_and_belongs_to_many [assoc-invalid-inverse]
};
// No fix-it: which association was meant is the user's decision.
// CHECK-FIXES: assoc::has_many<Order>("pending_orders", assoc::inverse_of("custmer")),
// CHECK-FIXES: assoc::has_and_belongs_to_many<Part>("parts", assoc::inverse_of("customers")),

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::inverse_of("orders")),
      // The named association exists but points to another model.
      assoc::belongs_to<Customer>("billed_customer", assoc::inverse_of("addresses")),
      // CHECK-NOTES: :[[@LINE-1]]:72: error: belongs_to 'billed_customer': inverse_of 'addresses' names 'shop::Customer::addresses', which points to 'shop::Address', not back to 'shop::Order' [assoc-invalid-inverse]
      // CHECK-NOTES: :[[@LINE-22]]:32: note: 'addresses' is declared here
      // Kinds that cannot be inverses of each other.
      assoc::has_many<Customer>("referrers", assoc::inverse_of("orders")),
      // CHECK-NOTES: :[[@LINE-1]]:64: warning: has_many 'referrers': inverse_of 'orders' names a has_many, which cannot be the inverse of a has_many [assoc-invalid-inverse]
      // CHECK-NOTES: :[[@LINE-39]]:30: note: 'orders' is declared here
      assoc::belongs_to<Customer>("first_buyer", assoc::inverse_of("first_order")),
      // CHECK-NOTES: :[[@LINE-1]]:68: warning: belongs_to 'first_buyer': inverse_of 'first_order' names a belongs_to, which cannot be the inverse of a belongs_to [assoc-invalid-inverse]
      // CHECK-NOTES: :[[@LINE-28]]:32: note: 'first_order' is declared here
      assoc::belongs_to<Customer>("tagger", assoc::inverse_of("tagged_orders")));
  // CHECK-NOTES: :[[@LINE-1]]:63: warning: belongs_to 'tagger': inverse_of 'tagged_orders' names a has_and_belongs_to_many, which cannot be the inverse of a belongs_to [assoc-invalid-inverse]
  // CHECK-NOTES: :[[@LINE-29]]:45: note: 'tagged_orders' is declared here
};

struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("holder", assoc::inverse_of("account")),
      assoc::has_one<Customer>("main_customer", assoc::inverse_of("account")));
  // CHECK-NOTES: :[[@LINE-1]]:67: warning: has_one 'main_customer': inverse_of 'account' names a has_one, which cannot be the inverse of a has_one [assoc-invalid-inverse]
  // CHECK-NOTES: :[[@LINE-52]]:31: note: 'account' is declared here
};

struct Address : assoc::model<Address> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::inverse_of("addresses")));
};

// On a polymorphic belongs_to, ActiveRecord looks the inverse up on each
// record's class: it cannot be checked against one model.
struct Picture : assoc::model<Picture> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("imageable",
                                            assoc::inverse_of("pictures")));
  // CHECK-NOTES: :[[@LINE-1]]:63: warning: belongs_to 'imageable': inverse_of 'pictures' cannot be checked here: on a polymorphic belongs_to ActiveRecord looks it up on each record's class, at first use [assoc-invalid-inverse]
};

// Two sides whose explicit inverse_of disagree: each side that names the
// other is told, once.
struct Entry;
struct Blog : assoc::model<Blog> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Entry>("entries", assoc::inverse_of("blog")),
      // CHECK-NOTES: :[[@LINE-1]]:59: warning: has_many 'entries': inverse_of 'blog' disagrees with 'blog', whose inverse_of is 'posts' [assoc-invalid-inverse]
      // CHECK-NOTES: :[[@LINE+5]]:31: note: 'blog' is declared here
      assoc::has_many<Entry>("posts"));
};
struct Entry : assoc::model<Entry> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Blog>("blog", assoc::inverse_of("posts")));
};

// Self-joins.
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Employee>("subordinates", assoc::foreign_key("manager_id"),
                                assoc::inverse_of("manager")),
      assoc::belongs_to<Employee>("manager", assoc::optional(),
                                  assoc::inverse_of("subordinates")),
      assoc::has_many<Employee>("reports", assoc::foreign_key("manager_id"),
                                assoc::inverse_of("manager")),
      // CHECK-NOTES: :[[@LINE-1]]:51: warning: has_many 'reports': inverse_of 'manager' disagrees with 'manager', whose inverse_of is 'subordinates' [assoc-invalid-inverse]
      // CHECK-NOTES: :[[@LINE-5]]:35: note: 'manager' is declared here
      // An association cannot be its own inverse.
      assoc::belongs_to<Employee>("mentor", assoc::optional(),
                                  assoc::inverse_of("mentor")));
  // CHECK-NOTES: :[[@LINE-1]]:53: warning: belongs_to 'mentor': inverse_of 'mentor' names a belongs_to, which cannot be the inverse of a belongs_to [assoc-invalid-inverse]
  // CHECK-NOTES: :[[@LINE-3]]:35: note: 'mentor' is declared here
};

// Several associations between the same two models: each inverse_of names
// the association with the same key.
struct Book;
struct Author : assoc::model<Author> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Book>("books", assoc::inverse_of("author")),
      assoc::has_many<Book>("edited_books", assoc::foreign_key("editor_id"),
                            assoc::inverse_of("editor")));
};
struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author", assoc::inverse_of("books")),
      assoc::belongs_to<Author>("editor", assoc::inverse_of("edited_books")));
};

// Crossed: the editor side names the columnist's own association.
struct Issue;
struct Columnist : assoc::model<Columnist> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Issue>("issues", assoc::inverse_of("columnist")),
      assoc::has_many<Issue>("edited_issues", assoc::foreign_key("editor_id"),
                             assoc::inverse_of("editor")));
  // CHECK-NOTES: :[[@LINE-1]]:48: warning: has_many 'edited_issues': inverse_of 'editor' disagrees with 'editor', whose inverse_of is 'issues' [assoc-invalid-inverse]
  // CHECK-NOTES: :[[@LINE+5]]:36: note: 'editor' is declared here
};
struct Issue : assoc::model<Issue> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Columnist>("columnist", assoc::inverse_of("issues")),
      assoc::belongs_to<Columnist>("editor", assoc::inverse_of("issues")));
  // CHECK-NOTES: :[[@LINE-1]]:64: warning: belongs_to 'editor': inverse_of 'issues' disagrees with 'issues', whose inverse_of is 'columnist' [assoc-invalid-inverse]
  // CHECK-NOTES: :[[@LINE-11]]:30: note: 'issues' is declared here
};

// Single-table inheritance: a subclass has its parent's associations, and
// is pointed back to by an association to its parent.
struct Car;
struct Vehicle;
struct Garage : assoc::model<Garage> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Car>("cars", assoc::inverse_of("garage")),
      assoc::has_many<Vehicle>("vehicles"),
      assoc::has_many<Car>("parked_cars", assoc::inverse_of("garaje")));
  // CHECK-NOTES: :[[@LINE-1]]:61: error: has_many 'parked_cars': inverse_of 'garaje' names no association of 'shop::Car' (ActiveRecord raises InverseOfAssociationNotFoundError at first use); did you mean 'garage'? [assoc-invalid-inverse]
  // CHECK-NOTES: :[[@LINE+6]]:8: note: 'shop::Car' is defined here
};
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Garage>("garage"));
};
struct Car : Vehicle {};
struct SportsCar : Vehicle {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Garage>("showroom", assoc::inverse_of("vehicles")));
};
} // namespace shop

// Models in other namespaces: an association of the same class name in
// another namespace is not the one that points back.
namespace legacy {
struct Ticket;
}
namespace support {
struct Ticket;
struct Agent : assoc::model<Agent> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Ticket>("tickets", assoc::inverse_of("agent")));
};
struct Ticket : assoc::model<Ticket> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Agent>("agent", assoc::inverse_of("tickets")));
};
} // namespace support
namespace legacy {
struct Ticket : assoc::model<Ticket> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<support::Agent>("agent", assoc::inverse_of("tickets")));
  // CHECK-NOTES: :[[@LINE-1]]:68: error: belongs_to 'agent': inverse_of 'tickets' names 'support::Agent::tickets', which points to 'support::Ticket', not back to 'legacy::Ticket' [assoc-invalid-inverse]
  // CHECK-NOTES: :[[@LINE-12]]:31: note: 'tickets' is declared here
};
} // namespace legacy
