// RUN: %check_assoc_tidy %s assoc-duplicate-association %t
// RUN: %check_assoc_tidy %s assoc-duplicate-association %t -- -- -std=c++20

#include <assoc/associations.hpp>

namespace shop {
struct Order;
struct Account;
struct Tag;

// A conflicting repeat: ActiveRecord keeps the second, dropping `dependent`.
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")),
      assoc::has_one<Account>("account"),
      assoc::has_many<Order>("orders"));
  // CHECK-MESSAGES: :[[@LINE-1]]:30: error: association 'orders' is declared again in 'shop::Customer'; ActiveRecord silently keeps only the last declaration [assoc-duplicate-association]
  // CHECK-MESSAGES: :[[@LINE-4]]:30: note: 'orders' was first declared here
};
// Different declarations: no fix, the choice is the user's.
// CHECK-FIXES: assoc::has_many<Order>("orders", assoc::dependent("destroy")),
// CHECK-FIXES-NEXT: assoc::has_one<Account>("account"),
// CHECK-FIXES-NEXT: assoc::has_many<Order>("orders"));

// An identical, adjacent repeat is removed by the fix.
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::touch()),
      assoc::belongs_to<Customer>("customer", assoc::touch()));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: error: association 'customer' is declared again in 'shop::Order'; the repeated declaration is redundant [assoc-duplicate-association]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: 'customer' was first declared here
};
// CHECK-FIXES: struct Order : assoc::model<Order> {
// CHECK-FIXES-NEXT: static constexpr auto associations = assoc::declare(
// CHECK-FIXES-NEXT: assoc::belongs_to<Customer>("customer", assoc::touch()));

// The kind does not matter: one name is one association.
struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"),
      assoc::has_one<Customer>("customer"));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: error: association 'customer' is declared again in 'shop::Account'
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: 'customer' was first declared here
};

// Three declarations of one name: each repeat is reported once.
struct Tag : assoc::model<Tag> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Order>("orders"),
      assoc::has_and_belongs_to_many<Order>("orders", assoc::join_table("x")),
      // CHECK-MESSAGES: :[[@LINE-1]]:45: error: association 'orders' is declared again in 'shop::Tag'
      // CHECK-MESSAGES: :[[@LINE-3]]:45: note: 'orders' was first declared here
      assoc::has_and_belongs_to_many<Order>("orders", assoc::join_table("y")));
  // CHECK-MESSAGES: :[[@LINE-1]]:45: error: association 'orders' is declared again in 'shop::Tag'
  // CHECK-MESSAGES: :[[@LINE-6]]:45: note: 'orders' was first declared here
};

// Names are compared after evaluation: a constant and a macro name the same
// association as a literal. No fix-it touches them.
constexpr const char *ReviewsName = "reviews";
#define REVIEWS "reviews"
struct Review;
struct Product : assoc::model<Product> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Review>("reviews"),
      assoc::has_many<Review>(ReviewsName),
      // CHECK-MESSAGES: :[[@LINE-1]]:31: error: association 'reviews' is declared again in 'shop::Product'; the repeated declaration is redundant
      // CHECK-MESSAGES: :[[@LINE-3]]:31: note: 'reviews' was first declared here
      assoc::has_many<Review>(REVIEWS));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: association 'reviews' is declared again in 'shop::Product'; the repeated declaration is redundant
};
// CHECK-FIXES: assoc::has_many<Review>(ReviewsName),
// CHECK-FIXES: assoc::has_many<Review>(REVIEWS));
struct Review : assoc::model<Review> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Product>("product"));
};

// The same name in two models is two associations.
struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Order>("orders"));
};

// Nested models are models.
struct Catalog {
  struct Entry : assoc::model<Entry> {
    static constexpr auto associations = assoc::declare(
        assoc::belongs_to<Product>("product"),
        assoc::belongs_to<Product>("product", assoc::optional()));
    // CHECK-MESSAGES: :[[@LINE-1]]:36: error: association 'product' is declared again in 'shop::Catalog::Entry'
    // CHECK-MESSAGES: :[[@LINE-3]]:36: note: 'product' was first declared here
  };
};

// Instantiated class templates are models too.
template <class T> struct Versioned : assoc::model<Versioned<T>> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<T>("versions"), assoc::has_many<T>("versions"));
  // CHECK-MESSAGES: :[[@LINE-1]]:58: error: association 'versions' is declared again in 'shop::Versioned<shop::Order>'; the repeated declaration is redundant
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: 'versions' was first declared here
};
inline constexpr auto VersionedOrders = Versioned<Order>::associations.size();
} // namespace shop

// A class that is not a model is not checked, even with assoc calls in it.
struct NotAModel {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<shop::Order>("orders"), assoc::has_many<shop::Order>("orders"));
};


// NOLINT silences an assoc error too (clang-tidy itself only lets it
// silence warnings), and a silenced finding's fix-it is not applied.
namespace quiet {
struct Item;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items"),
      assoc::has_many<Item>("items")); // NOLINT(assoc-duplicate-association)
};
struct Wishlist : assoc::model<Wishlist> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items"),
      // NOLINTNEXTLINE(assoc-*)
      assoc::has_many<Item>("items"));
};
// NOLINTBEGIN(assoc-duplicate-association)
struct Basket : assoc::model<Basket> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items"), assoc::has_many<Item>("items"));
};
// NOLINTEND(assoc-duplicate-association)
// A NOLINT for another check does not silence this one.
struct Bag : assoc::model<Bag> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items"), assoc::has_many<Item>("items")); // NOLINT(assoc-other)
  // CHECK-MESSAGES: :[[@LINE-1]]:61: error: association 'items' is declared again in 'quiet::Bag'
};
// CHECK-FIXES: assoc::has_many<Item>("items")); // NOLINT(assoc-duplicate-association)
// CHECK-FIXES: assoc::has_many<Item>("items"), assoc::has_many<Item>("items"));
} // namespace quiet
