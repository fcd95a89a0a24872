// Six examples of the Rails associations guide
// (shared/reference/rails-guide-associations.md), copied from
// test/vocabulary/rails-guide.cpp, one namespace each. Namespaces do not
// enter table names: where two examples would share a table, one says
// table_name (2.9's Employee, whose table the guide never creates, so that
// 2.10's 'employees' is the self-join's). guide.sql holds the schema the
// guide's own migrations create for them.
#include <assoc/associations.hpp>

// 1 Why Associations?
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
} // namespace guide_orders

// 2.4 The has_many :through Association
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
} // namespace guide_appointments

// 2.5 The has_one :through Association (also 2.2 has_one)
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
} // namespace guide_account_history

// 2.6 The has_and_belongs_to_many Association
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
} // namespace guide_assemblies

// 2.9 Polymorphic Associations
namespace guide_pictures {
struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};

struct Employee : assoc::model<Employee> {
  // Not in the guide: 2.10's Employee has the table 'employees'.
  static constexpr const char *table_name = "imageable_employees";
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};

struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};
} // namespace guide_pictures

// 2.10 Self Joins
namespace guide_self_join {
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Employee>("subordinates",
                                assoc::foreign_key("manager_id")),
      assoc::belongs_to<Employee>("manager", assoc::optional()));
};
} // namespace guide_self_join
