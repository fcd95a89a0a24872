// The Rails guide's examples, correct: no assoc check says anything.
// RUN: %check_assoc_tidy %s 'assoc-*,-assoc-missing-dependent' %t
//
// Each macro breaks exactly one side of one example; exactly the expected
// diagnostics appear, and nothing else (-implicit-check-not). The cases
// that remove or rename a has_many side turn RequireBelongsToInverse on:
// by default a belongs_to alone is not reported.
//
// RUN: %check_assoc_tidy --check-suffix=NO-BELONGS-TO %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DNO_BELONGS_TO
// RUN: %check_assoc_tidy --check-suffix=NO-HAS-MANY %s 'assoc-*,-assoc-missing-dependent' %t -- --config="{CheckOptions: {assoc-missing-inverse.RequireBelongsToInverse: 'true'}}" -- -DNO_HAS_MANY
// RUN: %check_assoc_tidy --check-suffix=PLURAL-BELONGS-TO %s 'assoc-*,-assoc-missing-dependent' %t -- --config="{CheckOptions: {assoc-missing-inverse.RequireBelongsToInverse: 'true'}}" -- -DPLURAL_BELONGS_TO
// RUN: %check_assoc_tidy --check-suffix=WRONG-INVERSE %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DWRONG_INVERSE
// RUN: %check_assoc_tidy --check-suffix=TWICE %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DTWICE
//
// RUN: %check_assoc_tidy --check-suffix=THROUGH-FIRST %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DTHROUGH_FIRST
// RUN: %check_assoc_tidy --check-suffix=NO-SOURCE %s 'assoc-*,-assoc-missing-dependent' %t -- --config="{CheckOptions: {assoc-missing-inverse.RequireBelongsToInverse: 'true'}}" -- -DNO_SOURCE
// RUN: %check_assoc_tidy --check-suffix=HAS-MANY-ACCOUNTS %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DHAS_MANY_ACCOUNTS
//
// RUN: %check_assoc_tidy --check-suffix=NO-PATIENT %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DNO_PATIENT
// RUN: %check_assoc_tidy --check-suffix=THROUGH-TYPO %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DTHROUGH_TYPO
//
// RUN: %check_assoc_tidy --check-suffix=AS-TYPO %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DAS_TYPO
// RUN: %check_assoc_tidy --check-suffix=NO-IMAGEABLE %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DNO_IMAGEABLE
// No as: names the polymorphic belongs_to any more: only the whole program
// can know that, so one file stays silent.
// RUN: %check_assoc_tidy %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DNO_AS
//
// RUN: %check_assoc_tidy --check-suffix=NO-FOREIGN-KEY %s 'assoc-*,-assoc-missing-dependent' %t -- --config="{CheckOptions: {assoc-missing-inverse.RequireBelongsToInverse: 'true'}}" -- -DNO_FOREIGN_KEY
// RUN: %check_assoc_tidy --check-suffix=NO-MANAGER %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DNO_MANAGER
//
// RUN: %check_assoc_tidy --check-suffix=NO-PART-HABTM %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DNO_PART_HABTM
// RUN: %check_assoc_tidy --check-suffix=SINGULAR-HABTM %s 'assoc-*,-assoc-missing-dependent' %t -- -- -DSINGULAR_HABTM

// Translations as in test/vocabulary/rails-guide.cpp.

#include <assoc/associations.hpp>

//===----------------------------------------------------------------------===//
// 1 / 2.1 / 2.3: Customer has_many orders, Order belongs_to customer.
//===----------------------------------------------------------------------===//

namespace guide_orders {
struct Order;

struct Customer : assoc::model<Customer> {
#if defined(NO_HAS_MANY)
  static constexpr auto associations = assoc::declare();
#elif defined(WRONG_INVERSE)
  static constexpr auto associations = assoc::declare(assoc::has_many<Order>(
      "orders", assoc::dependent("destroy"), assoc::inverse_of("customers")));
  // CHECK-MESSAGES-WRONG-INVERSE: :[[@LINE-1]]:64: error: has_many 'orders': inverse_of 'customers' names no association of 'guide_orders::Order' (ActiveRecord raises InverseOfAssociationNotFoundError at first use); did you mean 'customer'? [assoc-invalid-inverse]
#elif defined(TWICE)
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")),
      assoc::has_many<Order>("orders"));
  // CHECK-MESSAGES-TWICE: :[[@LINE-1]]:30: error: association 'orders' is declared again in 'guide_orders::Customer'; ActiveRecord silently keeps only the last declaration [assoc-duplicate-association]
#else
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")));
  // CHECK-MESSAGES-NO-BELONGS-TO: :[[@LINE-1]]:30: warning: has_many association 'orders' of 'guide_orders::Customer' has no inverse: 'guide_orders::Order' declares no belongs_to<guide_orders::Customer> with foreign key 'customer_id' [assoc-missing-inverse]
  // CHECK-MESSAGES-PLURAL-BELONGS-TO: :[[@LINE-2]]:30: warning: has_many association 'orders' of 'guide_orders::Customer' has no inverse: 'guide_orders::Order' declares no belongs_to<guide_orders::Customer> with foreign key 'customer_id' [assoc-missing-inverse]
#endif
};

struct Order : assoc::model<Order> {
#if defined(NO_BELONGS_TO)
  static constexpr auto associations = assoc::declare();
  // CHECK-FIXES-NO-BELONGS-TO: static constexpr auto associations = assoc::declare(assoc::belongs_to<guide_orders::Customer>("customer"));
#elif defined(PLURAL_BELONGS_TO)
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customers"));
  // CHECK-MESSAGES-PLURAL-BELONGS-TO: :[[@LINE-1]]:50: warning: belongs_to association 'customers' should be singular: 'customer' [assoc-association-naming]
  // CHECK-MESSAGES-PLURAL-BELONGS-TO: :[[@LINE-2]]:50: warning: belongs_to association 'customers' of 'guide_orders::Order' has no inverse: 'guide_orders::Customer' declares no has_many or has_one<guide_orders::Order> with foreign key 'customers_id' [assoc-missing-inverse]
#else
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
  // CHECK-MESSAGES-NO-HAS-MANY: :[[@LINE-1]]:50: warning: belongs_to association 'customer' of 'guide_orders::Order' has no inverse: 'guide_orders::Customer' declares no has_many or has_one<guide_orders::Order> with foreign key 'customer_id' [assoc-missing-inverse]
#endif
};
} // namespace guide_orders

//===----------------------------------------------------------------------===//
// 2.5 has_one :through: Supplier -> Account -> AccountHistory.
//===----------------------------------------------------------------------===//

namespace guide_account_history {
struct Account;
struct AccountHistory;

struct Supplier : assoc::model<Supplier> {
#if defined(THROUGH_FIRST)
  static constexpr auto associations = assoc::declare(
      assoc::has_one<AccountHistory>("account_history",
                                     assoc::through("account")),
      // CHECK-MESSAGES-THROUGH-FIRST: :[[@LINE-2]]:38: error: has_one 'account_history' of 'guide_account_history::Supplier': through 'account' is declared after the association that uses it (HasManyThroughOrderError) [assoc-through-chain]
      assoc::has_one<Account>("account"));
#elif defined(HAS_MANY_ACCOUNTS)
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Account>("accounts"),
      assoc::has_one<AccountHistory>("account_history",
                                     assoc::through("accounts")));
  // CHECK-MESSAGES-HAS-MANY-ACCOUNTS: :[[@LINE-2]]:38: error: has_one 'account_history' of 'guide_account_history::Supplier': a has_one cannot go through the collection 'accounts' (HasOneThroughCantAssociateThroughCollection) [assoc-through-chain]
#else
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Account>("account"),
      assoc::has_one<AccountHistory>("account_history",
                                     assoc::through("account")));
  // CHECK-MESSAGES-NO-SOURCE: :[[@LINE-2]]:38: error: has_one 'account_history' of 'guide_account_history::Supplier': no source association 'account_history' in 'guide_account_history::Account'; name one with source(...) (HasManyThroughSourceAssociationNotFoundError) [assoc-through-chain]
#endif
};

struct Account : assoc::model<Account> {
#if defined(NO_SOURCE)
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Supplier>("supplier"));
#else
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Supplier>("supplier"),
                     assoc::has_one<AccountHistory>("account_history"));
#endif
};

struct AccountHistory : assoc::model<AccountHistory> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Account>("account"));
  // CHECK-MESSAGES-NO-SOURCE: :[[@LINE-1]]:49: warning: belongs_to association 'account' of 'guide_account_history::AccountHistory' has no inverse: 'guide_account_history::Account' declares no has_many or has_one<guide_account_history::AccountHistory> with foreign key 'account_id' [assoc-missing-inverse]
};
} // namespace guide_account_history

//===----------------------------------------------------------------------===//
// 2.4 has_many :through: Physician -> Appointment -> Patient.
//===----------------------------------------------------------------------===//

namespace guide_appointments {
struct Appointment;
struct Patient;

struct Physician : assoc::model<Physician> {
#if defined(THROUGH_TYPO)
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("appointment")));
  // CHECK-MESSAGES-THROUGH-TYPO: :[[@LINE-1]]:32: error: has_many 'patients' of 'guide_appointments::Physician': through 'appointment' names no association of 'guide_appointments::Physician' (HasManyThroughAssociationNotFoundError); did you mean 'appointments'? [assoc-through-chain]
#else
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("appointments")));
  // CHECK-MESSAGES-NO-PATIENT: :[[@LINE-1]]:32: error: has_many 'patients' of 'guide_appointments::Physician': no source association 'patient' or 'patients' in 'guide_appointments::Appointment'; name one with source(...) (HasManyThroughSourceAssociationNotFoundError) [assoc-through-chain]
#endif
};

struct Appointment : assoc::model<Appointment> {
#if defined(NO_PATIENT)
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Physician>("physician"));
#else
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Physician>("physician"),
                     assoc::belongs_to<Patient>("patient"));
#endif
};

struct Patient : assoc::model<Patient> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      // CHECK-MESSAGES-NO-PATIENT: :[[@LINE-1]]:36: warning: has_many association 'appointments' of 'guide_appointments::Patient' has no inverse: 'guide_appointments::Appointment' declares no belongs_to<guide_appointments::Patient> with foreign key 'patient_id' [assoc-missing-inverse]
      assoc::has_many<Physician>("physicians",
                                 assoc::through("appointments")));
};
} // namespace guide_appointments

//===----------------------------------------------------------------------===//
// 2.9 Polymorphic: Picture belongs_to imageable; Employee and Product have
// pictures as imageable.
//===----------------------------------------------------------------------===//

namespace guide_pictures {
struct Picture : assoc::model<Picture> {
#if defined(NO_IMAGEABLE)
  static constexpr auto associations = assoc::declare();
#else
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
#endif
};

// NO_AS: the polymorphic belongs_to is named by no as: in this file; only a
// whole-program run can know that no other file names it.
struct Employee : assoc::model<Employee> {
#if defined(NO_AS)
  static constexpr auto associations = assoc::declare();
#elif defined(AS_TYPO)
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imagable")));
  // CHECK-MESSAGES-AS-TYPO: :[[@LINE-1]]:54: error: has_many 'pictures': as: 'imagable' names no polymorphic belongs_to of 'guide_pictures::Picture' (ActiveRecord would read columns 'imagable_id' and 'imagable_type'); did you mean 'imageable'? [assoc-polymorphic-pairing]
#else
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
  // CHECK-MESSAGES-NO-IMAGEABLE: :[[@LINE-1]]:54: error: has_many 'pictures': as: 'imageable' names no polymorphic belongs_to of 'guide_pictures::Picture' (ActiveRecord would read columns 'imageable_id' and 'imageable_type') [assoc-polymorphic-pairing]
#endif
};

struct Product : assoc::model<Product> {
#if defined(NO_AS)
  static constexpr auto associations = assoc::declare();
#else
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
  // CHECK-MESSAGES-NO-IMAGEABLE: :[[@LINE-1]]:54: error: has_many 'pictures': as: 'imageable' names no polymorphic belongs_to of 'guide_pictures::Picture' (ActiveRecord would read columns 'imageable_id' and 'imageable_type') [assoc-polymorphic-pairing]
#endif
};
} // namespace guide_pictures

//===----------------------------------------------------------------------===//
// 2.10 Self join: Employee has_many subordinates, belongs_to manager.
//===----------------------------------------------------------------------===//

namespace guide_self_join {
struct Employee : assoc::model<Employee> {
#if defined(NO_FOREIGN_KEY)
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Employee>("subordinates"),
      // CHECK-MESSAGES-NO-FOREIGN-KEY: :[[@LINE-1]]:33: warning: has_many association 'subordinates' of 'guide_self_join::Employee' has no inverse: 'guide_self_join::Employee' declares no belongs_to<guide_self_join::Employee> with foreign key 'employee_id' [assoc-missing-inverse]
      assoc::belongs_to<Employee>("manager", assoc::optional()));
  // CHECK-MESSAGES-NO-FOREIGN-KEY: :[[@LINE-1]]:35: warning: belongs_to association 'manager' of 'guide_self_join::Employee' has no inverse: 'guide_self_join::Employee' declares no has_many or has_one<guide_self_join::Employee> with foreign key 'manager_id' [assoc-missing-inverse]
#elif defined(NO_MANAGER)
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Employee>("subordinates",
                                assoc::foreign_key("manager_id")));
  // CHECK-MESSAGES-NO-MANAGER: :[[@LINE-2]]:33: warning: has_many association 'subordinates' of 'guide_self_join::Employee' has no inverse: 'guide_self_join::Employee' declares no belongs_to<guide_self_join::Employee> with foreign key 'manager_id' [assoc-missing-inverse]
  // CHECK-FIXES-NO-MANAGER: assoc::foreign_key("manager_id")), assoc::belongs_to<guide_self_join::Employee>("manager"));
#else
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Employee>("subordinates",
                                assoc::foreign_key("manager_id")),
      assoc::belongs_to<Employee>("manager", assoc::optional()));
#endif
};
} // namespace guide_self_join

//===----------------------------------------------------------------------===//
// 2.6 has_and_belongs_to_many: Assembly and Part.
//===----------------------------------------------------------------------===//

namespace guide_assemblies {
struct Part;

struct Assembly : assoc::model<Assembly> {
#if defined(SINGULAR_HABTM)
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Part>("part"));
  // CHECK-MESSAGES-SINGULAR-HABTM: :[[@LINE-1]]:59: warning: has_and_belongs_to_many association 'part' should be plural: 'parts' [assoc-association-naming]
  // CHECK-FIXES-SINGULAR-HABTM: assoc::declare(assoc::has_and_belongs_to_many<Part>("parts"));
#else
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Part>("parts"));
  // CHECK-MESSAGES-NO-PART-HABTM: :[[@LINE-1]]:59: warning: has_and_belongs_to_many association 'parts' of 'guide_assemblies::Assembly' has no inverse: 'guide_assemblies::Part' declares no has_and_belongs_to_many<guide_assemblies::Assembly> [assoc-missing-inverse]
#endif
};

struct Part : assoc::model<Part> {
#if defined(NO_PART_HABTM)
  static constexpr auto associations = assoc::declare();
  // CHECK-FIXES-NO-PART-HABTM: static constexpr auto associations = assoc::declare(assoc::has_and_belongs_to_many<guide_assemblies::Assembly>("assemblies"));
#else
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Assembly>("assemblies"));
#endif
};
} // namespace guide_assemblies
