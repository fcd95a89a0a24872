// RUN: %check_assoc_tidy %s assoc-through-chain %t
// RUN: %check_assoc_tidy %s assoc-through-chain %t -- -- -std=c++20
// A custom inflection changes which source the singular name finds.
// RUN: %check_assoc_tidy --check-suffix=CUSTOM %s assoc-through-chain %t -- \
// RUN:   --config="{CheckOptions: {assoc-through-chain.Irregulars: 'cactus:cacti'}}"

#include <assoc/associations.hpp>

//===----------------------------------------------------------------------===//
// Chains that resolve: nothing to say.
//===----------------------------------------------------------------------===//

// Nested has_many :through (the guide's Document/Section/Paragraph): the
// source is found by the plural name; a through of a through; a has_one
// through a belongs_to whose source is a belongs_to.
namespace nested {
struct Section;
struct Paragraph;
struct Sentence;

struct Document : assoc::model<Document> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Section>("sections"),
      assoc::has_many<Paragraph>("paragraphs", assoc::through("sections")),
      assoc::has_many<Sentence>("sentences", assoc::through("paragraphs")));
};

struct Section : assoc::model<Section> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Document>("document"),
                     assoc::has_many<Paragraph>("paragraphs"));
};

struct Paragraph : assoc::model<Paragraph> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Section>("section"),
      assoc::has_one<Document>("document", assoc::through("section")),
      assoc::has_many<Sentence>("sentences"));
};

struct Sentence : assoc::model<Sentence> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Paragraph>("paragraph"));
};
} // namespace nested

// has_one :through a has_one (the guide's Supplier/Account/AccountHistory),
// and has_many :through a has_many whose source is found by the singular
// name (the guide's Physician/Appointment/Patient), irregular plural
// (people -> person) and uncountable (equipment) included.
namespace guide {
struct Account;
struct AccountHistory;
struct Appointment;
struct Patient;
struct Person;
struct Reading;

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

struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("appointments")),
      assoc::has_many<Patient>("equipment", assoc::through("appointments")));
};

struct Appointment : assoc::model<Appointment> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Physician>("physician"),
                     assoc::belongs_to<Patient>("patient"),
                     assoc::has_many<Patient>("equipment"));
};

struct Patient : assoc::model<Patient> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Physician>("physicians",
                                 assoc::through("appointments")));
};

struct Article : assoc::model<Article> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Reading>("readings"),
      assoc::has_many<Person>("people", assoc::through("readings")));
};

struct Reading : assoc::model<Reading> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Person>("person"),
                     assoc::belongs_to<Article>("article"));
};

struct Person : assoc::model<Person> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Reading>("readings"));
};
} // namespace guide

// source + source_type on a polymorphic source.
namespace tagging {
struct Tagging;
struct Product;

struct Tag : assoc::model<Tag> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Tagging>("taggings"),
      assoc::has_many<Product>("products", assoc::through("taggings"),
                               assoc::source("taggable"),
                               assoc::source_type("Product")));
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
} // namespace tagging

//===----------------------------------------------------------------------===//
// One case per rule, in ActiveRecord's order.
//===----------------------------------------------------------------------===//

namespace broken {
struct Appointment;
struct Patient;
struct Picture;

// 1. through: names no association of the model.
struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("apointments")),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: has_many 'patients' of 'broken::Physician': through 'apointments' names no association of 'broken::Physician' (HasManyThroughAssociationNotFoundError); did you mean 'appointments'? [assoc-through-chain]
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:32: error: has_many 'patients' of 'broken::Physician': through 'apointments' names no association of 'broken::Physician' (HasManyThroughAssociationNotFoundError); did you mean 'appointments'? [assoc-through-chain]
      assoc::has_one<Patient>("patient", assoc::through("visit")));
  // CHECK-NOTES: :[[@LINE-1]]:31: error: has_one 'patient' of 'broken::Physician': through 'visit' names no association of 'broken::Physician' (HasManyThroughAssociationNotFoundError) [assoc-through-chain]
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:31: error: has_one 'patient' of 'broken::Physician': through 'visit' names no association of 'broken::Physician' (HasManyThroughAssociationNotFoundError) [assoc-through-chain]
};

// 2. The through association is a polymorphic belongs_to.
struct Comment : assoc::model<Comment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("commentable"),
      assoc::has_many<Picture>("pictures", assoc::through("commentable")),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: has_many 'pictures' of 'broken::Comment': through 'commentable' is a polymorphic belongs_to (HasManyThroughAssociationPolymorphicThroughError) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE-3]]:45: note: 'commentable' is declared here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:32: error: has_many 'pictures' of 'broken::Comment': through 'commentable' is a polymorphic belongs_to (HasManyThroughAssociationPolymorphicThroughError)
      assoc::has_one<Picture>("picture", assoc::through("commentable")));
  // CHECK-NOTES: :[[@LINE-1]]:31: error: has_one 'picture' of 'broken::Comment': through 'commentable' is a polymorphic belongs_to (HasOneAssociationPolymorphicThroughError) [assoc-through-chain]
  // CHECK-NOTES: :[[@LINE-7]]:45: note: 'commentable' is declared here
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:31: error: has_one 'picture' of 'broken::Comment': through 'commentable' is a polymorphic belongs_to (HasOneAssociationPolymorphicThroughError)
};

struct Appointment : assoc::model<Appointment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Physician>("physician"),
      assoc::belongs_to<Patient>("patient"),
      assoc::has_many<Patient>("patients"),
      assoc::belongs_to<assoc::polymorphic>("billable"),
      assoc::has_many<Picture>("pictures"));
};

// 3. No source association on the through model: the one source(...)
//    names, or else the singular or the plural name; or both of those.
struct Clinic : assoc::model<Clinic> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("clients", assoc::through("appointments"),
                               assoc::source("patinet")),
      // CHECK-NOTES: :[[@LINE-2]]:32: error: has_many 'clients' of 'broken::Clinic': no source association 'patinet' in 'broken::Appointment' (HasManyThroughSourceAssociationNotFoundError); did you mean 'patient'? [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE-17]]:8: note: 'broken::Appointment' is defined here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-4]]:32: error: has_many 'clients' of 'broken::Clinic': no source association 'patinet' in 'broken::Appointment' (HasManyThroughSourceAssociationNotFoundError); did you mean 'patient'?
      assoc::has_many<Patient>("customers", assoc::through("appointments")),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: has_many 'customers' of 'broken::Clinic': no source association 'customer' or 'customers' in 'broken::Appointment'; name one with source(...) (HasManyThroughSourceAssociationNotFoundError) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE-21]]:8: note: 'broken::Appointment' is defined here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:32: error: has_many 'customers' of 'broken::Clinic': no source association 'customer' or 'customers' in 'broken::Appointment'; name one with source(...) (HasManyThroughSourceAssociationNotFoundError)
      assoc::has_many<Patient>("patients", assoc::through("appointments")));
  // CHECK-NOTES: :[[@LINE-1]]:32: error: has_many 'patients' of 'broken::Clinic': both 'patient' and 'patients' of 'broken::Appointment' could be the source; name one with source(...) (AmbiguousSourceReflectionForThroughAssociation) [assoc-through-chain]
  // CHECK-NOTES: :[[@LINE-22]]:34: note: 'patient' is declared here
  // CHECK-NOTES: :[[@LINE-22]]:32: note: 'patients' is declared here
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-4]]:32: error: has_many 'patients' of 'broken::Clinic': both 'patient' and 'patients' of 'broken::Appointment' could be the source; name one with source(...) (AmbiguousSourceReflectionForThroughAssociation)
};

// 4. source_type on a source that is not polymorphic.
// 5. A polymorphic source without source_type.
struct Hospital : assoc::model<Hospital> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("appointments"),
                               assoc::source("patient"),
                               assoc::source_type("Patient")),
      // CHECK-NOTES: :[[@LINE-3]]:32: error: has_many 'patients' of 'broken::Hospital': source_type is given but the source 'patient' is not polymorphic (HasManyThroughAssociationPointlessSourceTypeError) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE-36]]:34: note: 'patient' is declared here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-5]]:32: error: has_many 'patients' of 'broken::Hospital': source_type is given but the source 'patient' is not polymorphic (HasManyThroughAssociationPointlessSourceTypeError)
      assoc::has_many<Patient>("billables", assoc::through("appointments")));
  // CHECK-NOTES: :[[@LINE-1]]:32: error: has_many 'billables' of 'broken::Hospital': the source 'billable' is a polymorphic belongs_to; name the class with source_type(...) (HasManyThroughAssociationPolymorphicSourceError) [assoc-through-chain]
  // CHECK-NOTES: :[[@LINE-38]]:45: note: 'billable' is declared here
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:32: error: has_many 'billables' of 'broken::Hospital': the source 'billable' is a polymorphic belongs_to; name the class with source_type(...) (HasManyThroughAssociationPolymorphicSourceError)
};

// 6. A has_one through a collection.
// 7. The through association declared after the association that uses it.
struct Ward : assoc::model<Ward> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Patient>("patients", assoc::through("bookings"),
                               assoc::source("patient")),
      // CHECK-NOTES: :[[@LINE-2]]:32: error: has_many 'patients' of 'broken::Ward': through 'bookings' is declared after the association that uses it (HasManyThroughOrderError) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE+7]]:36: note: 'bookings' is declared here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-4]]:32: error: has_many 'patients' of 'broken::Ward': through 'bookings' is declared after the association that uses it (HasManyThroughOrderError)
      assoc::has_many<Appointment>("appointments"),
      assoc::has_one<Patient>("patient", assoc::through("appointments")),
      // CHECK-NOTES: :[[@LINE-1]]:31: error: has_one 'patient' of 'broken::Ward': a has_one cannot go through the collection 'appointments' (HasOneThroughCantAssociateThroughCollection) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE-3]]:36: note: 'appointments' is declared here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:31: error: has_one 'patient' of 'broken::Ward': a has_one cannot go through the collection 'appointments' (HasOneThroughCantAssociateThroughCollection)
      assoc::has_many<Appointment>("bookings"));
};

// One error per association, the first ActiveRecord raises: a has_one
// through a collection declared later is reported as the former; a
// pointless source_type before either; a missing source before all three.
struct Ward2 : assoc::model<Ward2> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Patient>("patient", assoc::through("bookings")),
      // CHECK-NOTES: :[[@LINE-1]]:31: error: has_one 'patient' of 'broken::Ward2': a has_one cannot go through the collection 'bookings' (HasOneThroughCantAssociateThroughCollection) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE+14]]:36: note: 'bookings' is declared here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:31: error: has_one 'patient' of 'broken::Ward2': a has_one cannot go through the collection 'bookings' (HasOneThroughCantAssociateThroughCollection)
      assoc::has_one<Patient>("main_patient", assoc::through("bookings"),
                              assoc::source("patient"),
                              assoc::source_type("Patient")),
      // CHECK-NOTES: :[[@LINE-3]]:31: error: has_one 'main_patient' of 'broken::Ward2': source_type is given but the source 'patient' is not polymorphic (HasManyThroughAssociationPointlessSourceTypeError) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE-74]]:34: note: 'patient' is declared here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-5]]:31: error: has_one 'main_patient' of 'broken::Ward2': source_type is given but the source 'patient' is not polymorphic (HasManyThroughAssociationPointlessSourceTypeError)
      assoc::has_one<Patient>("doctor", assoc::through("bookings"),
                              assoc::source("doctor"),
                              assoc::source_type("Patient")),
      // CHECK-NOTES: :[[@LINE-3]]:31: error: has_one 'doctor' of 'broken::Ward2': no source association 'doctor' in 'broken::Appointment' (HasManyThroughSourceAssociationNotFoundError) [assoc-through-chain]
      // CHECK-NOTES: :[[@LINE-83]]:8: note: 'broken::Appointment' is defined here
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-5]]:31: error: has_one 'doctor' of 'broken::Ward2': no source association 'doctor' in 'broken::Appointment' (HasManyThroughSourceAssociationNotFoundError)
      assoc::has_many<Appointment>("bookings"));
};
} // namespace broken

//===----------------------------------------------------------------------===//
// A through model that is only forward-declared: what needs only the owner
// is checked, the rest cannot be known and is not guessed.
//===----------------------------------------------------------------------===//

namespace unseen {
struct Membership; // defined in another translation unit
struct Group;
struct NotAModel {};

struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Membership>("memberships"),
      assoc::has_many<Group>("groups", assoc::through("memberships")),
      assoc::has_many<Group>("teams", assoc::through("memberships"),
                             assoc::source_type("Group")),
      assoc::has_many<Group>("clubs", assoc::through("membership")),
      // CHECK-NOTES: :[[@LINE-1]]:30: error: has_many 'clubs' of 'unseen::User': through 'membership' names no association of 'unseen::User' (HasManyThroughAssociationNotFoundError); did you mean 'memberships'? [assoc-through-chain]
      // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:30: error: has_many 'clubs' of 'unseen::User': through 'membership' names no association of 'unseen::User' (HasManyThroughAssociationNotFoundError); did you mean 'memberships'?
      assoc::has_one<NotAModel>("profile"),
      assoc::has_many<Group>("circles", assoc::through("profile")));
};
} // namespace unseen

//===----------------------------------------------------------------------===//
// Inflections decide the singular name tried first.
//===----------------------------------------------------------------------===//

namespace garden {
struct Pot;
struct Cactus;

struct Greenhouse : assoc::model<Greenhouse> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Pot>("pots"),
      assoc::has_many<Cactus>("cacti", assoc::through("pots")));
  // CHECK-NOTES: :[[@LINE-1]]:31: error: has_many 'cacti' of 'garden::Greenhouse': no source association 'cacti' in 'garden::Pot'; name one with source(...) (HasManyThroughSourceAssociationNotFoundError) [assoc-through-chain]
  // CHECK-NOTES: :[[@LINE+2]]:8: note: 'garden::Pot' is defined here
};
struct Pot : assoc::model<Pot> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Greenhouse>("greenhouse"),
      assoc::belongs_to<Cactus>("cactus"));
};
} // namespace garden

//===----------------------------------------------------------------------===//
// Single-table inheritance: a subclass has its parent's associations.
//===----------------------------------------------------------------------===//

namespace sti {
struct Owner;
struct Car;

struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Owner>("owner"),
      assoc::belongs_to<assoc::polymorphic>("insurable"));
};
struct Car : Vehicle {};

// The source is inherited by the through model.
struct Garage : assoc::model<Garage> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Car>("cars"),
      assoc::has_many<Owner>("owners", assoc::through("cars")),
      assoc::has_many<Owner>("insurers", assoc::through("cars"),
                             assoc::source("insurable"),
                             assoc::source_type("Owner")),
      assoc::has_many<Owner>("payers", assoc::through("cars"),
                             assoc::source("insurable")));
  // CHECK-NOTES: :[[@LINE-2]]:30: error: has_many 'payers' of 'sti::Garage': the source 'insurable' is a polymorphic belongs_to; name the class with source_type(...) (HasManyThroughAssociationPolymorphicSourceError) [assoc-through-chain]
  // CHECK-NOTES: :[[@LINE-15]]:45: note: 'insurable' is declared here
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-4]]:30: error: has_many 'payers' of 'sti::Garage': the source 'insurable' is a polymorphic belongs_to; name the class with source_type(...) (HasManyThroughAssociationPolymorphicSourceError)
};

// The through association may be the parent's; a misspelt one is guessed
// among the inherited names too.
struct BigGarage : Garage {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Owner>("drivers", assoc::through("car")));
  // CHECK-NOTES: :[[@LINE-1]]:30: error: has_many 'drivers' of 'sti::BigGarage': through 'car' names no association of 'sti::BigGarage' (HasManyThroughAssociationNotFoundError); did you mean 'cars'? [assoc-through-chain]
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:30: error: has_many 'drivers' of 'sti::BigGarage': through 'car' names no association of 'sti::BigGarage' (HasManyThroughAssociationNotFoundError); did you mean 'cars'?
};

struct Owner : assoc::model<Owner> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Vehicle>("vehicles"));
};
} // namespace sti

// NOLINT silences the error.
namespace quiet {
struct Appointment;
struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Appointment>("patients", assoc::through("apointments"))); // NOLINT(assoc-through-chain)
};
} // namespace quiet
