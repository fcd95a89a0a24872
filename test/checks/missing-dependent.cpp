// RUN: %check_assoc_tidy %s assoc-missing-dependent %t

// A policy check, as rubocop-rails' HasManyOrHasOneDependent: every has_many
// and has_one says what happens to its rows when the owner is destroyed.
// A :through association is exempt (its rows are the join model's, whose
// own has_many carries the policy), and so are belongs_to and
// has_and_belongs_to_many (which always deletes its join rows).

#include <assoc/associations.hpp>

// No dependent: a warning at the name, for each kind, as: included.
namespace missing {
struct Order;
struct Account;
struct Picture;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"),
      // CHECK-NOTES: :[[@LINE-1]]:30: warning: has_many 'orders' has no dependent option: destroying a 'missing::Customer' leaves its 'orders' rows pointing at nothing [assoc-missing-dependent]
      assoc::has_one<Account>("account", assoc::inverse_of("customer")),
      // CHECK-NOTES: :[[@LINE-1]]:31: warning: has_one 'account' has no dependent option: destroying a 'missing::Customer' leaves the 'account' row pointing at nothing [assoc-missing-dependent]
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: has_many 'pictures' has no dependent option: destroying a 'missing::Customer' leaves its 'pictures' rows pointing at nothing [assoc-missing-dependent]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
struct Picture : assoc::model<Picture> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("imageable"));
};
} // namespace missing

// Any dependent is a policy, whatever its value: a value ActiveRecord
// rejects is assoc-invalid-option's business.
namespace declared {
struct Order;
struct Account;
struct Note;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")),
      assoc::has_many<Order>("archived_orders", assoc::dependent("nullify")),
      assoc::has_many<Order>("locked_orders",
                             assoc::dependent("restrict_with_error")),
      assoc::has_one<Account>("account", assoc::dependent("delete")),
      assoc::has_one<Account>("backup_account",
                              assoc::dependent("restrict_with_exception")),
      assoc::has_many<Note>("notes", assoc::dependent("delete")));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
struct Note : assoc::model<Note> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace declared

// :through associations are exempt, has_many and has_one; the has_many
// they go through is not.
namespace through {
struct Appointment;
struct Patient;
struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      // CHECK-NOTES: :[[@LINE-1]]:36: warning: has_many 'appointments' has no dependent option: destroying a 'through::Physician' leaves its 'appointments' rows pointing at nothing [assoc-missing-dependent]
      assoc::has_many<Patient>("patients", assoc::through("appointments")),
      assoc::has_one<Patient>("first_patient", assoc::through("appointments")));
};
struct Appointment : assoc::model<Appointment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Physician>("physician"),
      assoc::belongs_to<Patient>("patient"));
};
struct Patient : assoc::model<Patient> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments", assoc::dependent("destroy")),
      assoc::has_many<Physician>("physicians", assoc::through("appointments")));
};
} // namespace through

// belongs_to and has_and_belongs_to_many never need one.
namespace other_kinds {
struct Part;
struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Part>("parts"),
      assoc::belongs_to<Assembly>("parent", assoc::optional()));
};
struct Part : assoc::model<Part> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Assembly>("assemblies"));
};
} // namespace other_kinds

// Single-table inheritance: a subclass inherits the has_many; it is
// reported once, where it is declared.
namespace sti {
struct Ticket;
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Ticket>("tickets"));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: has_many 'tickets' has no dependent option: destroying a 'sti::Vehicle' leaves its 'tickets' rows pointing at nothing [assoc-missing-dependent]
};
struct Car : Vehicle {};
struct Ticket : assoc::model<Ticket> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Vehicle>("vehicle"));
};
} // namespace sti

// dependent(nullptr) is Ruby's `dependent: nil`, "nothing, on purpose"
// (rubocop-rails accepts it): a policy, so not reported.
namespace null_value {
struct Review;
struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Review>("reviews", assoc::dependent(nullptr)));
};
struct Review : assoc::model<Review> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Product>("product"));
};
} // namespace null_value

// The article follows the class name's first letter, not the namespace's:
// "an 'billing::Invoice'".
namespace billing {
struct Line;
struct Invoice : assoc::model<Invoice> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Line>("lines"));
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: has_many 'lines' has no dependent option: destroying an 'billing::Invoice' leaves its 'lines' rows pointing at nothing [assoc-missing-dependent]
};
struct Line : assoc::model<Line> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Invoice>("invoice"));
};
} // namespace billing

// NOLINT silences the warning.
namespace quiet {
struct Line;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Line>("lines")); // NOLINT(assoc-missing-dependent)
};
struct Line : assoc::model<Line> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Cart>("cart"));
};
} // namespace quiet
