// RUN: %check_assoc_tidy %s 'assoc-*' %t

// The options that say what Rails code means on purpose, where a default
// check would otherwise report it: inverse_of(false) and inverse_of(nullptr)
// (no inverse), dependent(nullptr) (no dependent), scoped() (a scope), and
// the deliberate English of a through association's name. Every check runs;
// each finding below is the one that shows an option's limit.

#include <assoc/associations.hpp>

namespace intent {
struct Account;
struct AuditEvent;
struct Follow;
struct Order;
struct Tag;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      // AuditEvent has no belongs_to back, on purpose: nothing reported.
      assoc::has_many<AuditEvent>("audit_events", assoc::inverse_of(false),
                                  assoc::dependent(nullptr)),
      // Ruby's inverse_of: nil is inverse_of: false.
      assoc::has_one<AuditEvent>("last_audit_event",
                                 assoc::inverse_of(nullptr),
                                 assoc::dependent(nullptr)),
      // The plain collection and a scoped one share Order's belongs_to,
      // whose inverse_of names the plain one: the idiom.
      assoc::has_many<Order>("orders", assoc::inverse_of("customer"),
                             assoc::dependent("destroy")),
      assoc::has_many<Order>("open_orders", assoc::scoped(),
                             assoc::inverse_of("customer"),
                             assoc::dependent(nullptr)),
      // Unscoped, the same declaration disagrees with the belongs_to.
      assoc::has_many<Order>("closed_orders", assoc::inverse_of("customer"),
                             assoc::dependent(nullptr)),
      // CHECK-MESSAGES: :[[@LINE-2]]:65: warning: has_many 'closed_orders': inverse_of 'customer' disagrees with 'customer', whose inverse_of is 'orders' [assoc-invalid-inverse]
      // `true` is no name: ActiveRecord looks for an association 'true'.
      assoc::has_many<Order>("old_orders", assoc::inverse_of(true),
                             assoc::dependent(nullptr)),
      // CHECK-MESSAGES: :[[@LINE-2]]:62: error: has_many 'old_orders': inverse_of(true) names no association: ActiveRecord looks for one named 'true' and raises InverseOfAssociationNotFoundError at first use; name the inverse, or write inverse_of(false) for none [assoc-invalid-inverse]
      // ActiveRecord ignores inverse_of on a habtm, false included: its
      // other side is still missing.
      assoc::has_and_belongs_to_many<Tag>("tags", assoc::inverse_of(false)));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: has_and_belongs_to_many association 'tags' of 'intent::Customer' has no inverse: 'intent::Tag' declares no has_and_belongs_to_many<intent::Customer> [assoc-missing-inverse]
  // CHECK-MESSAGES: :[[@LINE-2]]:51: warning: has_and_belongs_to_many 'tags' ignores option 'inverse_of': ActiveRecord drops it without a word [assoc-invalid-option]
  // CHECK-MESSAGES: :[[@LINE-3]]:69: warning: has_and_belongs_to_many 'tags': inverse_of(false) has no effect: ActiveRecord ignores inverse_of on has_and_belongs_to_many [assoc-invalid-inverse]
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::inverse_of("orders")));
};

struct AuditEvent : assoc::model<AuditEvent> {
  static constexpr auto associations = assoc::declare();
};

struct Tag : assoc::model<Tag> {
  static constexpr auto associations = assoc::declare();
};

struct Writer : assoc::model<Writer> {
  static constexpr auto associations = assoc::declare(
      // `writings` reads writer_id; Book's `writer` uses author_id. They
      // pair only by the owner's name, ActiveRecord's automatic inverse...
      assoc::has_many<struct Book>("writings", assoc::dependent("destroy")),
      // ...which a scope stops (6.1): this one has no belongs_to back.
      assoc::has_many<struct Book>("drafts", assoc::scoped(),
                                   assoc::dependent("destroy")));
  // CHECK-MESSAGES: :[[@LINE-2]]:36: warning: has_many association 'drafts' of 'intent::Writer' has no inverse: 'intent::Book' declares no belongs_to<intent::Writer> with foreign key 'writer_id' [assoc-missing-inverse]
};

struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Writer>("writer", assoc::foreign_key("author_id")));
};

struct Follow : assoc::model<Follow> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account"),
      assoc::belongs_to<Account>("target_account"));
};

struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Follow>("active_relationships",
                              assoc::foreign_key("account_id"),
                              assoc::dependent("destroy")),
      assoc::has_many<Follow>("passive_relationships",
                              assoc::foreign_key("target_account_id"),
                              assoc::dependent("destroy")),
      // Deliberate English: a gerund and a prepositional phrase.
      assoc::has_many<Account>("following",
                               assoc::through("active_relationships"),
                               assoc::source("target_account")),
      assoc::has_many<Account>("followed_by",
                               assoc::through("passive_relationships"),
                               assoc::source("account")),
      // Not a through: an -ing noun takes the plural.
      assoc::has_many<Follow>("setting", assoc::dependent("destroy"),
                              assoc::foreign_key("account_id")),
      // CHECK-MESSAGES: :[[@LINE-2]]:31: warning: has_many association 'setting' should be plural: 'settings' [assoc-association-naming]
      // A mass noun has no number.
      assoc::has_one<AuditEvent>("data", assoc::inverse_of(false),
                                 assoc::dependent(nullptr)));
};
} // namespace intent
