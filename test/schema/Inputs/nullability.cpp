// Keys whose nullability the declarations constrain.
#include <assoc/associations.hpp>

namespace billing {
struct Comment;
struct Invoice;
struct Order;

struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("nullify")),
      assoc::has_many<Invoice>("invoices", assoc::dependent("destroy")));
};

// Customer nullifies orders.customer_id: it must be nullable.
struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer", assoc::optional()));
};

// Required: invoices.customer_id may be NOT NULL (a suggestion, off by
// default, says it should be).
struct Invoice : assoc::model<Invoice> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

struct Post : assoc::model<Post> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Comment>("comments", assoc::dependent("destroy")));
};

// Optional: comments.post_id must be nullable.
struct Comment : assoc::model<Comment> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Post>("post", assoc::optional()));
};
} // namespace billing
