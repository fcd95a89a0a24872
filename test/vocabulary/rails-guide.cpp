// RUN: %gxx -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// RUN: %gxx -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// RUN: %clangxx -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// RUN: %clangxx -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// Correct models: no assoc check may fire on them (standalone and plugin),
// except the policy check assoc-missing-dependent: the sources leave most
// dependent options out.
// RUN: %check_assoc_tidy %s 'assoc-*,-assoc-missing-dependent' %t

//===- rails-guide.cpp - The Rails associations guide, in assoc -----------===//
//
// Every model of the Rails guide (shared/reference/rails-guide-associations.md)
// written with the assoc vocabulary, one namespace per example, each
// association declared on both sides as ActiveRecord wants it.
//
// Two jobs:
//  - the header must compile this with g++ and clang++, C++17 and C++20,
//    warnings as errors, and store what was written (the static_asserts);
//  - the linter's no-false-positive corpus: every declaration here is
//    correct, so no assoc-* check may report anything in this file.
//
// Translation rules:
//  - `class_name: "X"` is the template argument; there is no option for it.
//  - Scopes (`-> { where ... }`), callbacks (`before_add:`), extensions
//    (`do ... end`) and `readonly:` have no counterpart and are left out.
//  - Where the guide shows only one side, the other side is added so that
//    the pair is complete; such additions say so.
//  - Where the guide's own example is wrong, it is fixed and the comment says
//    how (the guide's mistakes belong in the linter's positive tests).
//
//===----------------------------------------------------------------------===//

#include <assoc/associations.hpp>

#include "Inputs/declaration_checks.h"

#include <cstddef>

using assoc::kind;
using assoc::option_key;

//===----------------------------------------------------------------------===//
// 1 Why Associations? (also 2.1 belongs_to, 2.3 has_many, 3.3.1)
//===----------------------------------------------------------------------===//

namespace guide_orders {
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

static_assert(decltype(Customer::associations)::size() == 1);
static_assert(decltype(Order::associations)::size() == 1);
static_assert(check::declares(Customer::associations, kind::has_many,
                              "orders"));
static_assert(check::optionCount(Customer::associations, "orders") == 1);
static_assert(check::optionIs(Customer::associations, "orders",
                              option_key::dependent, "destroy"));
static_assert(check::declares(Order::associations, kind::belongs_to,
                              "customer"));
static_assert(check::optionCount(Order::associations, "customer") == 0);
} // namespace guide_orders

//===----------------------------------------------------------------------===//
// 2.4 The has_many :through Association
//===----------------------------------------------------------------------===//

namespace guide_appointments {
struct Appointment;
struct Patient;

struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("appointments")));
};

struct Appointment : assoc::model<Appointment> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Physician>("physician"),
                     assoc::belongs_to<Patient>("patient"));
};

struct Patient : assoc::model<Patient> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Physician>("physicians",
                                 assoc::through("appointments")));
};

static_assert(decltype(Physician::associations)::size() == 2);
static_assert(decltype(Appointment::associations)::size() == 2);
static_assert(decltype(Patient::associations)::size() == 2);
static_assert(check::wellFormed(Physician::associations));
static_assert(check::wellFormed(Patient::associations));
static_assert(check::optionIs(Physician::associations, "patients",
                              option_key::through, "appointments"));
// The through model has the source each side needs.
static_assert(check::declares(Appointment::associations, kind::belongs_to,
                              "patient"));
static_assert(check::declares(Appointment::associations, kind::belongs_to,
                              "physician"));
static_assert(Physician::associations[1].kind() == kind::has_many);
} // namespace guide_appointments

//===----------------------------------------------------------------------===//
// 2.4 Shortcuts through nested has_many (a has_many :through a has_many)
//===----------------------------------------------------------------------===//

namespace guide_documents {
struct Section;
struct Paragraph;

struct Document : assoc::model<Document> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Section>("sections"),
      assoc::has_many<Paragraph>("paragraphs", assoc::through("sections")));
};

struct Section : assoc::model<Section> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Document>("document"),
                     assoc::has_many<Paragraph>("paragraphs"));
};

// Added: the reverse shortcut, a has_one :through a belongs_to whose source
// is a belongs_to. Not in the guide; valid ActiveRecord.
struct Paragraph : assoc::model<Paragraph> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Section>("section"),
                     assoc::has_one<Document>("document",
                                              assoc::through("section")));
};

static_assert(decltype(Document::associations)::size() == 2);
static_assert(decltype(Section::associations)::size() == 2);
static_assert(decltype(Paragraph::associations)::size() == 2);
static_assert(check::wellFormed(Document::associations));
static_assert(check::wellFormed(Paragraph::associations));
static_assert(check::declares(Section::associations, kind::has_many,
                              "paragraphs"));
static_assert(check::declares(Section::associations, kind::belongs_to,
                              "document"));
static_assert(check::declares(Paragraph::associations, kind::has_one,
                              "document"));
} // namespace guide_documents

//===----------------------------------------------------------------------===//
// 2.5 The has_one :through Association (also 2.2 has_one, 2.7)
//===----------------------------------------------------------------------===//

namespace guide_account_history {
struct Account;
struct AccountHistory;

struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Account>("account"),
      assoc::has_one<AccountHistory>("account_history",
                                     assoc::through("account")));
};

struct Account : assoc::model<Account> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Supplier>("supplier"),
                     assoc::has_one<AccountHistory>("account_history"));
};

struct AccountHistory : assoc::model<AccountHistory> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Account>("account"));
};

static_assert(decltype(Supplier::associations)::size() == 2);
static_assert(decltype(Account::associations)::size() == 2);
static_assert(decltype(AccountHistory::associations)::size() == 1);
static_assert(check::wellFormed(Supplier::associations));
static_assert(check::declares(Supplier::associations, kind::has_one,
                              "account_history"));
static_assert(check::optionIs(Supplier::associations, "account_history",
                              option_key::through, "account"));
static_assert(check::declares(Account::associations, kind::has_one,
                              "account_history"));
} // namespace guide_account_history

//===----------------------------------------------------------------------===//
// 2.6 The has_and_belongs_to_many Association (also 2.8, 3.3.2)
//===----------------------------------------------------------------------===//

// Join table by convention: assemblies_parts, with assembly_id and part_id.
namespace guide_assemblies {
struct Part;

struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Part>("parts"));
};

struct Part : assoc::model<Part> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Assembly>("assemblies"));
};

static_assert(decltype(Assembly::associations)::size() == 1);
static_assert(decltype(Part::associations)::size() == 1);
static_assert(check::declares(Assembly::associations,
                              kind::has_and_belongs_to_many, "parts"));
static_assert(check::declares(Part::associations,
                              kind::has_and_belongs_to_many, "assemblies"));
static_assert(check::optionCount(Part::associations, "assemblies") == 0);
} // namespace guide_assemblies

//===----------------------------------------------------------------------===//
// 2.8 Choosing Between has_many :through and has_and_belongs_to_many
//===----------------------------------------------------------------------===//

namespace guide_manifests {
struct Manifest;
struct Part;

struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Manifest>("manifests"),
      assoc::has_many<Part>("parts", assoc::through("manifests")));
};

struct Manifest : assoc::model<Manifest> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Assembly>("assembly"),
                     assoc::belongs_to<Part>("part"));
};

struct Part : assoc::model<Part> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Manifest>("manifests"),
      assoc::has_many<Assembly>("assemblies", assoc::through("manifests")));
};

static_assert(decltype(Assembly::associations)::size() == 2);
static_assert(decltype(Manifest::associations)::size() == 2);
static_assert(decltype(Part::associations)::size() == 2);
static_assert(check::wellFormed(Assembly::associations));
static_assert(check::wellFormed(Part::associations));
static_assert(check::declares(Manifest::associations, kind::belongs_to,
                              "assembly"));
static_assert(check::declares(Manifest::associations, kind::belongs_to,
                              "part"));
} // namespace guide_manifests

//===----------------------------------------------------------------------===//
// 2.9 Polymorphic Associations
//===----------------------------------------------------------------------===//

namespace guide_pictures {
struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};

struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};

struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};

static_assert(decltype(Picture::associations)::size() == 1);
static_assert(check::declares(Picture::associations, kind::belongs_to,
                              "imageable"));
static_assert(check::optionIs(Employee::associations, "pictures",
                              option_key::as, "imageable"));
static_assert(check::optionIs(Product::associations, "pictures",
                              option_key::as, "imageable"));
} // namespace guide_pictures

//===----------------------------------------------------------------------===//
// 2.10 Self Joins
//===----------------------------------------------------------------------===//

// has_many needs foreign_key: its default would be employee_id. belongs_to
// :manager already defaults to manager_id. `optional` as in the current
// guide: the top manager has none (belongs_to is required by default since
// Rails 5).
namespace guide_self_join {
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Employee>("subordinates",
                                assoc::foreign_key("manager_id")),
      assoc::belongs_to<Employee>("manager", assoc::optional()));
};

static_assert(decltype(Employee::associations)::size() == 2);
static_assert(check::declares(Employee::associations, kind::has_many,
                              "subordinates"));
static_assert(check::optionIs(Employee::associations, "subordinates",
                              option_key::foreign_key, "manager_id"));
static_assert(check::declares(Employee::associations, kind::belongs_to,
                              "manager"));
static_assert(check::flagIs(Employee::associations, "manager",
                            option_key::optional, true));
} // namespace guide_self_join

//===----------------------------------------------------------------------===//
// 3.4 Controlling Association Scope: models in different modules
//===----------------------------------------------------------------------===//

// The guide's working version, with class_name across modules; here the
// target type says it. Namespaces do not enter the table names (suppliers,
// accounts) nor the key (supplier_id).
namespace guide_module_scope::my_application {
namespace billing {
struct Account;
} // namespace billing

namespace business {
struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations =
      assoc::declare(assoc::has_one<billing::Account>("account"));
};
} // namespace business

namespace billing {
struct Account : assoc::model<Account> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<business::Supplier>("supplier"));
};
} // namespace billing

static_assert(check::declares(business::Supplier::associations,
                              kind::has_one, "account"));
static_assert(check::declares(billing::Account::associations,
                              kind::belongs_to, "supplier"));
} // namespace guide_module_scope::my_application

//===----------------------------------------------------------------------===//
// 3.5 Bi-directional Associations (also 4.1.2.6, 4.3.2.6)
//===----------------------------------------------------------------------===//

namespace guide_inverse_of {
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::inverse_of("customer")));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::inverse_of("orders")));
};

static_assert(check::inverseIn(Customer::associations, "orders",
                               Order::associations));
static_assert(check::inverseIn(Order::associations, "customer",
                               Customer::associations));
} // namespace guide_inverse_of

//===----------------------------------------------------------------------===//
// 4.1.2 Options for belongs_to
//===----------------------------------------------------------------------===//

// The guide opens 4.1.2 with `belongs_to :customer, dependent: :destroy,
// counter_cache: true` and then warns against exactly that (dependent on a
// belongs_to whose target has_many it). That line is a linter positive, so
// only its counter_cache half is here.

// 4.1.2.2 :class_name with 4.1.2.5 :foreign_key. The guide's 4.1.2.2 alone
// (class_name without foreign_key) would read customer_id while
// Patron has_many :orders writes patron_id; 4.1.2.5 is the consistent form.
// Neither side can find the other automatically (foreign_key, and the name
// `customer` is not `patron`), hence inverse_of on both.
namespace guide_class_name {
struct Order;

struct Patron : assoc::model<Patron> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::inverse_of("customer")));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Patron>("customer", assoc::foreign_key("patron_id"),
                                assoc::inverse_of("orders")));
};

static_assert(check::optionIs(Order::associations, "customer",
                              option_key::foreign_key, "patron_id"));
static_assert(check::inverseIn(Order::associations, "customer",
                               Patron::associations));
static_assert(check::inverseIn(Patron::associations, "orders",
                               Order::associations));
} // namespace guide_class_name

// 4.1.2.3 :counter_cache (counter_cache: true -> customers.orders_count).
namespace guide_counter_cache {
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Order>("orders"));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::counter_cache()));
};

static_assert(check::flagIs(Order::associations, "customer",
                            option_key::counter_cache, true));
} // namespace guide_counter_cache

// 4.1.2.3 :counter_cache with a column name.
namespace guide_counter_cache_column {
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Order>("orders"));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer",
                                  assoc::counter_cache("count_of_orders")));
};

static_assert(check::optionIs(Order::associations, "customer",
                              option_key::counter_cache, "count_of_orders"));
} // namespace guide_counter_cache_column

// 4.1.2.1 :autosave, 4.1.2.8 :touch, 4.1.2.9 :validate. The vocabulary's
// touch is a flag, so `touch: :orders_updated_at` has no counterpart.
namespace guide_belongs_to_flags {
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Order>("orders"));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::touch(),
                                  assoc::autosave(), assoc::validate()));
};

static_assert(check::optionCount(Order::associations, "customer") == 3);
static_assert(check::flagIs(Order::associations, "customer",
                            option_key::touch, true));
static_assert(check::flagIs(Order::associations, "customer",
                            option_key::autosave, true));
static_assert(check::flagIs(Order::associations, "customer",
                            option_key::validate, true));
} // namespace guide_belongs_to_flags

//===----------------------------------------------------------------------===//
// 4.2.2 Options for has_one
//===----------------------------------------------------------------------===//

// 4.2.2 / 4.2.2.3 :class_name "Billing" with dependent: :nullify.
namespace guide_has_one_class_name {
struct Billing;

struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Billing>("account", assoc::dependent("nullify")));
};

// Added: the other side. The key is supplier_id either way.
struct Billing : assoc::model<Billing> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Supplier>("supplier"));
};

static_assert(check::optionIs(Supplier::associations, "account",
                              option_key::dependent, "nullify"));
static_assert(check::declares(Billing::associations, kind::belongs_to,
                              "supplier"));
} // namespace guide_has_one_class_name

// 4.2.2.5 :foreign_key "supp_id": both sides must name it.
namespace guide_has_one_foreign_key {
struct Account;

struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Account>("account", assoc::foreign_key("supp_id")));
};

struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Supplier>("supplier", assoc::foreign_key("supp_id")));
};

static_assert(check::optionIs(Supplier::associations, "account",
                              option_key::foreign_key, "supp_id"));
static_assert(check::optionIs(Account::associations, "supplier",
                              option_key::foreign_key, "supp_id"));
} // namespace guide_has_one_foreign_key

// 4.2.2.6 :inverse_of between has_one and belongs_to.
namespace guide_has_one_inverse_of {
struct Account;

struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Account>("account", assoc::inverse_of("supplier")));
};

struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Supplier>("supplier", assoc::inverse_of("account")));
};

static_assert(check::inverseIn(Supplier::associations, "account",
                               Account::associations));
static_assert(check::inverseIn(Account::associations, "supplier",
                               Supplier::associations));
} // namespace guide_has_one_inverse_of

// 4.2.3.2 includes: an Account with two belongs_to.
namespace guide_representatives {
struct Account;

struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations =
      assoc::declare(assoc::has_one<Account>("account"));
};

struct Representative : assoc::model<Representative> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Account>("accounts"));
};

struct Account : assoc::model<Account> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Supplier>("supplier"),
                     assoc::belongs_to<Representative>("representative"));
};

static_assert(decltype(Account::associations)::size() == 2);
static_assert(check::wellFormed(Account::associations));
} // namespace guide_representatives

//===----------------------------------------------------------------------===//
// 4.3.2 Options for has_many
//===----------------------------------------------------------------------===//

// 4.3.2: the guide writes `validate: :false`, a truthy Symbol in Ruby; the
// intent is false.
namespace guide_has_many_options {
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(assoc::has_many<Order>(
      "orders", assoc::dependent("delete_all"), assoc::validate(false)));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

static_assert(check::optionIs(Customer::associations, "orders",
                              option_key::dependent, "delete_all"));
static_assert(check::flagIs(Customer::associations, "orders",
                            option_key::validate, false));
} // namespace guide_has_many_options

// 4.3.2.3 :class_name "Transaction".
namespace guide_has_many_class_name {
struct Transaction;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Transaction>("orders"));
};

// Added: the other side (transactions.customer_id).
struct Transaction : assoc::model<Transaction> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

static_assert(check::declares(Customer::associations, kind::has_many,
                              "orders"));
static_assert(check::declares(Transaction::associations, kind::belongs_to,
                              "customer"));
} // namespace guide_has_many_class_name

// 4.3.2.5 :foreign_key "cust_id": both sides must name it.
namespace guide_has_many_foreign_key {
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::foreign_key("cust_id")));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::foreign_key("cust_id")));
};

static_assert(check::optionIs(Customer::associations, "orders",
                              option_key::foreign_key, "cust_id"));
static_assert(check::optionIs(Order::associations, "customer",
                              option_key::foreign_key, "cust_id"));
} // namespace guide_has_many_foreign_key

// 4.3.2.7 :primary_key "guid": todos.user_id holds users.guid, so the
// belongs_to side must read the same primary key.
namespace guide_has_many_primary_key {
struct Todo;

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Todo>("todos", assoc::primary_key("guid")));
};

struct Todo : assoc::model<Todo> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user", assoc::primary_key("guid")));
};

static_assert(check::optionIs(User::associations, "todos",
                              option_key::primary_key, "guid"));
static_assert(check::optionIs(Todo::associations, "user",
                              option_key::primary_key, "guid"));
} // namespace guide_has_many_primary_key

//===----------------------------------------------------------------------===//
// 4.3.3 Scopes for has_many (also 4.1.3.2 includes)
//===----------------------------------------------------------------------===//

// Several has_many to one target (orders, confirmed_orders, recent_orders,
// all customer_id, all paired with Order's one belongs_to), and a
// has_many :through a has_many (4.3.3.3 group).
namespace guide_has_many_scopes {
struct Order;
struct LineItem;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"),
      assoc::has_many<Order>("confirmed_orders"),
      assoc::has_many<Order>("recent_orders"),
      assoc::has_many<LineItem>("line_items", assoc::through("orders")));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"),
                     assoc::has_many<LineItem>("line_items"));
};

struct LineItem : assoc::model<LineItem> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Order>("order"));
};

static_assert(decltype(Customer::associations)::size() == 4);
static_assert(check::wellFormed(Customer::associations));
static_assert(check::declares(Customer::associations, kind::has_many,
                              "confirmed_orders"));
static_assert(check::declares(Customer::associations, kind::has_many,
                              "recent_orders"));
static_assert(check::optionIs(Customer::associations, "line_items",
                              option_key::through, "orders"));
static_assert(check::declares(Order::associations, kind::has_many,
                              "line_items"));
} // namespace guide_has_many_scopes

// 4.3.3.10 distinct. Person's table is `people`; Article reaches Person
// through readings (source `person`, the singular of `people`).
namespace guide_readings {
struct Reading;
struct Article;

struct Person : assoc::model<Person> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Reading>("readings"),
      assoc::has_many<Article>("articles", assoc::through("readings")));
};

struct Reading : assoc::model<Reading> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Person>("person"),
                     assoc::belongs_to<Article>("article"));
};

// Added: the other side.
struct Article : assoc::model<Article> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Reading>("readings"),
      assoc::has_many<Person>("people", assoc::through("readings")));
};

static_assert(check::wellFormed(Person::associations));
static_assert(check::wellFormed(Article::associations));
static_assert(check::declares(Reading::associations, kind::belongs_to,
                              "person"));
static_assert(check::declares(Article::associations, kind::has_many,
                              "people"));
} // namespace guide_readings

//===----------------------------------------------------------------------===//
// 4.4.2 Options for has_and_belongs_to_many
//===----------------------------------------------------------------------===//

// 4.4.2: the guide's `class Parts` is a typo for Part; `readonly: true` is
// a scope now and has no counterpart.
namespace guide_habtm_autosave {
struct Assembly;

struct Part : assoc::model<Part> {
  static constexpr auto associations = assoc::declare(
      // Every guide example is its own namespace, but namespaces do not
      // enter table names: this pair and 4.3's share assemblies_parts.
      // NOLINTNEXTLINE(assoc-join-table-name)
      assoc::has_and_belongs_to_many<Assembly>("assemblies",
                                               assoc::autosave()));
};

struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Part>("parts"));
};

static_assert(check::flagIs(Part::associations, "assemblies",
                            option_key::autosave, true));
} // namespace guide_habtm_autosave

// 4.4.2.3 :class_name "Gadget". The join table comes from the two classes'
// tables, not from the association name: gadgets_parts, with part_id and
// gadget_id.
namespace guide_habtm_class_name {
struct Gadget;

struct Part : assoc::model<Part> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Gadget>("assemblies"));
};

// Added: the other side.
struct Gadget : assoc::model<Gadget> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Part>("parts"));
};

static_assert(check::declares(Part::associations,
                              kind::has_and_belongs_to_many, "assemblies"));
static_assert(check::declares(Gadget::associations,
                              kind::has_and_belongs_to_many, "parts"));
} // namespace guide_habtm_class_name

// 4.4.2.1 / 4.4.2.4 a many-to-many self-join: one declaration is both sides
// (join table users_users, this_user_id -> other_user_id). Both keys are
// needed: by default both would be user_id.
namespace guide_habtm_self_join {
struct User : assoc::model<User> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<User>(
          "friends", assoc::foreign_key("this_user_id"),
          assoc::association_foreign_key("other_user_id")));
};

static_assert(decltype(User::associations)::size() == 1);
static_assert(check::optionIs(User::associations, "friends",
                              option_key::foreign_key, "this_user_id"));
static_assert(check::optionIs(User::associations, "friends",
                              option_key::association_foreign_key,
                              "other_user_id"));
} // namespace guide_habtm_self_join

//===----------------------------------------------------------------------===//
// 4.6 Association Extensions (the extension itself has no counterpart)
//===----------------------------------------------------------------------===//

namespace guide_extensions {
struct Order;
struct Delivery;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Order>("orders"));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Delivery>("deliveries"));
};

// Added: the other side (deliveries.supplier_id).
struct Delivery : assoc::model<Delivery> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Supplier>("supplier"));
};

static_assert(check::declares(Supplier::associations, kind::has_many,
                              "deliveries"));
static_assert(check::declares(Delivery::associations, kind::belongs_to,
                              "supplier"));
} // namespace guide_extensions

//===----------------------------------------------------------------------===//
// 4.2.2.8-9, 4.3.2.8-9 :source and :source_type
//===----------------------------------------------------------------------===//

// The guide describes source/source_type without code; this is the usual
// example: a has_many :through a polymorphic belongs_to needs source_type
// (ActiveRecord raises HasManyThroughAssociationPolymorphicSourceError
// without it), and source because `products` is not the source's name.
namespace guide_source_type {
struct Tagging;
struct Product;
struct Article;

struct Tag : assoc::model<Tag> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Tagging>("taggings", assoc::dependent("destroy")),
      assoc::has_many<Product>("products", assoc::through("taggings"),
                               assoc::source("taggable"),
                               assoc::source_type("Product")),
      assoc::has_many<Article>("articles", assoc::through("taggings"),
                               assoc::source("taggable"),
                               assoc::source_type("Article")));
};

struct Tagging : assoc::model<Tagging> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Tag>("tag"),
                     assoc::belongs_to<assoc::polymorphic>("taggable"));
};

struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Tagging>("taggings", assoc::as("taggable")),
      assoc::has_many<Tag>("tags", assoc::through("taggings")));
};

struct Article : assoc::model<Article> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Tagging>("taggings", assoc::as("taggable")),
      assoc::has_many<Tag>("tags", assoc::through("taggings")));
};

static_assert(decltype(Tag::associations)::size() == 3);
static_assert(check::wellFormed(Tag::associations));
static_assert(check::wellFormed(Product::associations));
static_assert(check::wellFormed(Article::associations));
static_assert(check::optionCount(Tag::associations, "products") == 3);
static_assert(check::optionIs(Tag::associations, "products",
                              option_key::source, "taggable"));
static_assert(check::optionIs(Tag::associations, "products",
                              option_key::source_type, "Product"));
static_assert(check::optionIs(Tag::associations, "articles",
                              option_key::source_type, "Article"));
static_assert(check::declares(Tagging::associations, kind::belongs_to,
                              "taggable"));
static_assert(check::optionIs(Product::associations, "taggings",
                              option_key::as, "taggable"));
} // namespace guide_source_type
