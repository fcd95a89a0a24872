// RUN: %check_assoc_tidy %s assoc-belongs-to-dependent %t -- \
// RUN:   --config="{CheckOptions: {Acronyms: 'RESTful'}}"
// RUN: %check_assoc_tidy --check-suffix=STRICT %s assoc-belongs-to-dependent %t -- \
// RUN:   --config="{CheckOptions: {assoc-belongs-to-dependent.StrictMode: 'true', assoc-belongs-to-dependent.Acronyms: 'RESTful'}}"

// `dependent` on a belongs_to destroys (or deletes) the parent with the
// child. The ActiveRecord docs warn against it when the parent has_many of
// the child: the siblings are left behind (activerecord-semantics.md, f).
// That is a warning, with a note at the has_many and a fix-it that removes
// the option. With StrictMode (STRICT), every other valid dependent on a
// belongs_to is flagged too, with the has_one back if there is one.

#include <assoc/associations.hpp>

// Each valid value, the target has_many back on the same key. The fix-it
// removes the option with the comma before it, wherever it is.
namespace has_many_back {
struct Order;
struct Invoice;
struct Payment;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"),
      assoc::has_many<Invoice>("invoices"),
      assoc::has_many<Payment>("payments"));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::dependent("destroy")));
  // CHECK-NOTES: :[[@LINE-1]]:64: warning: dependent: 'destroy' on belongs_to 'customer' destroys the 'has_many_back::Customer' when an 'has_many_back::Order' is destroyed, orphaning the other 'has_many_back::Order' records of its has_many 'orders' [assoc-belongs-to-dependent]
  // CHECK-NOTES: :[[@LINE-2]]:45: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-9]]:30: note: 'has_many_back::Customer' has_many 'orders' here
  // CHECK-NOTES-STRICT: :[[@LINE-4]]:64: warning: dependent: 'destroy' on belongs_to 'customer' destroys the 'has_many_back::Customer' when an 'has_many_back::Order' is destroyed, orphaning the other 'has_many_back::Order' records of its has_many 'orders' [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-5]]:45: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE-12]]:30: note: 'has_many_back::Customer' has_many 'orders' here
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Customer>("customer"));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Customer>("customer"));{{$}}
struct Invoice : assoc::model<Invoice> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::dependent("delete"),
                                  assoc::touch()));
  // CHECK-NOTES: :[[@LINE-2]]:64: warning: dependent: 'delete' on belongs_to 'customer' deletes the 'has_many_back::Customer' when an 'has_many_back::Invoice' is destroyed, orphaning the other 'has_many_back::Invoice' records of its has_many 'invoices' [assoc-belongs-to-dependent]
  // CHECK-NOTES: :[[@LINE-3]]:45: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-21]]:32: note: 'has_many_back::Customer' has_many 'invoices' here
  // CHECK-NOTES-STRICT: :[[@LINE-5]]:64: warning: dependent: 'delete' on belongs_to 'customer' deletes the 'has_many_back::Customer' when an 'has_many_back::Invoice' is destroyed, orphaning the other 'has_many_back::Invoice' records of its has_many 'invoices' [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-6]]:45: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE-24]]:32: note: 'has_many_back::Customer' has_many 'invoices' here
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Customer>("customer",{{$}}
// CHECK-FIXES-NEXT: {{^}}                                  assoc::touch()));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Customer>("customer",{{$}}
// CHECK-FIXES-STRICT-NEXT: {{^}}                                  assoc::touch()));{{$}}
struct Payment : assoc::model<Payment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer", assoc::touch(),
                                  assoc::dependent("destroy_async")));
  // CHECK-NOTES: :[[@LINE-1]]:52: warning: dependent: 'destroy_async' on belongs_to 'customer' destroys the 'has_many_back::Customer' when a 'has_many_back::Payment' is destroyed, orphaning the other 'has_many_back::Payment' records of its has_many 'payments' [assoc-belongs-to-dependent]
  // CHECK-NOTES: :[[@LINE-3]]:61: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-35]]:32: note: 'has_many_back::Customer' has_many 'payments' here
  // CHECK-NOTES-STRICT: :[[@LINE-4]]:52: warning: dependent: 'destroy_async' on belongs_to 'customer' destroys the 'has_many_back::Customer' when a 'has_many_back::Payment' is destroyed, orphaning the other 'has_many_back::Payment' records of its has_many 'payments' [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-6]]:61: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE-38]]:32: note: 'has_many_back::Customer' has_many 'payments' here
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Customer>("customer", assoc::touch()));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Customer>("customer", assoc::touch()));{{$}}
} // namespace has_many_back

// A has_one and a has_many back: the has_many is the one that orphans, and
// the note shows it although the has_one comes first.
namespace both_back {
struct Post;
struct Blog : assoc::model<Blog> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Post>("featured_post"), assoc::has_many<Post>("posts"));
};
struct Post : assoc::model<Post> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Blog>("blog", assoc::dependent("destroy")));
  // CHECK-NOTES: :[[@LINE-1]]:56: warning: dependent: 'destroy' on belongs_to 'blog' destroys the 'both_back::Blog' when a 'both_back::Post' is destroyed, orphaning the other 'both_back::Post' records of its has_many 'posts' [assoc-belongs-to-dependent]
  // CHECK-NOTES: :[[@LINE-2]]:37: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-7]]:68: note: 'both_back::Blog' has_many 'posts' here
  // CHECK-NOTES-STRICT: :[[@LINE-4]]:56: warning: dependent: 'destroy' on belongs_to 'blog' destroys the 'both_back::Blog' when a 'both_back::Post' is destroyed, orphaning the other 'both_back::Post' records of its has_many 'posts' [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-5]]:37: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE-10]]:68: note: 'both_back::Blog' has_many 'posts' here
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Blog>("blog"));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Blog>("blog"));{{$}}
} // namespace both_back

// Only a has_one back: the parent goes with its only child, which the docs
// allow. Silent unless StrictMode.
namespace has_one_back {
struct Account;
struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Account>("account"));
};
struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Supplier>("supplier", assoc::dependent("destroy")));
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:64: warning: dependent: 'destroy' on belongs_to 'supplier' destroys the 'has_one_back::Supplier' when an 'has_one_back::Account' is destroyed, which has_one 'account' of it: the parent goes with its only child (StrictMode) [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-2]]:45: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE-7]]:31: note: 'has_one_back::Supplier' has_one 'account' here
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Supplier>("supplier", assoc::dependent("destroy")));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Supplier>("supplier"));{{$}}
} // namespace has_one_back

// Nothing back: silent unless StrictMode. A target that is only declared
// here has nothing visible back either.
namespace nothing_back {
struct Publisher; // Never defined.
struct Author : assoc::model<Author> {
  static constexpr auto associations = assoc::declare();
};
struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author", assoc::dependent("destroy_async")),
      // CHECK-NOTES-STRICT: :[[@LINE-1]]:60: warning: dependent: 'destroy_async' on belongs_to 'author' destroys the 'nothing_back::Author' when a 'nothing_back::Book' is destroyed (StrictMode) [assoc-belongs-to-dependent]
      // CHECK-NOTES-STRICT: :[[@LINE-2]]:41: note: FIX-IT applied suggested code changes
      assoc::belongs_to<Publisher>("publisher", assoc::dependent("delete")));
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:66: warning: dependent: 'delete' on belongs_to 'publisher' deletes the 'nothing_back::Publisher' when a 'nothing_back::Book' is destroyed (StrictMode) [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-2]]:47: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Author>("author", assoc::dependent("destroy_async")),{{$}}
// CHECK-FIXES: {{^}}      assoc::belongs_to<Publisher>("publisher", assoc::dependent("delete")));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Author>("author"),{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Publisher>("publisher"));{{$}}
} // namespace nothing_back

// A has_many back on another column is another relation: Customer's orders
// read customer_id, and the referrer is in referrer_id. Silent unless
// StrictMode, which finds nothing back.
namespace other_key {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"),
      assoc::belongs_to<Customer>("referrer", assoc::dependent("destroy")));
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:64: warning: dependent: 'destroy' on belongs_to 'referrer' destroys the 'other_key::Customer' when an 'other_key::Order' is destroyed (StrictMode) [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-2]]:45: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Customer>("referrer", assoc::dependent("destroy")));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Customer>("referrer"));{{$}}
} // namespace other_key

// The has_many that reads the belongs_to's column by foreign_key, or that
// inverse_of pairs with it from either side, is its other side.
namespace paired {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("referrals", assoc::foreign_key("referrer_id")),
      assoc::has_many<Order>("sponsored_orders", assoc::inverse_of("sponsor")),
      assoc::has_many<Order>("backed_orders"));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("referrer", assoc::dependent("destroy")),
      // CHECK-NOTES: :[[@LINE-1]]:64: warning: dependent: 'destroy' on belongs_to 'referrer' destroys the 'paired::Customer' when an 'paired::Order' is destroyed, orphaning the other 'paired::Order' records of its has_many 'referrals' [assoc-belongs-to-dependent]
      // CHECK-NOTES: :[[@LINE-2]]:45: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE-9]]:30: note: 'paired::Customer' has_many 'referrals' here
      // CHECK-NOTES-STRICT: :[[@LINE-4]]:64: warning: dependent: 'destroy' on belongs_to 'referrer' destroys the 'paired::Customer' when an 'paired::Order' is destroyed, orphaning the other 'paired::Order' records of its has_many 'referrals' [assoc-belongs-to-dependent]
      // CHECK-NOTES-STRICT: :[[@LINE-5]]:45: note: FIX-IT applied suggested code changes
      // CHECK-NOTES-STRICT: :[[@LINE-12]]:30: note: 'paired::Customer' has_many 'referrals' here
      assoc::belongs_to<Customer>("sponsor", assoc::dependent("destroy")),
      // CHECK-NOTES: :[[@LINE-1]]:63: warning: dependent: 'destroy' on belongs_to 'sponsor' destroys the 'paired::Customer' when an 'paired::Order' is destroyed, orphaning the other 'paired::Order' records of its has_many 'sponsored_orders' [assoc-belongs-to-dependent]
      // CHECK-NOTES: :[[@LINE-2]]:44: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE-15]]:30: note: 'paired::Customer' has_many 'sponsored_orders' here
      // CHECK-NOTES-STRICT: :[[@LINE-4]]:63: warning: dependent: 'destroy' on belongs_to 'sponsor' destroys the 'paired::Customer' when an 'paired::Order' is destroyed, orphaning the other 'paired::Order' records of its has_many 'sponsored_orders' [assoc-belongs-to-dependent]
      // CHECK-NOTES-STRICT: :[[@LINE-5]]:44: note: FIX-IT applied suggested code changes
      // CHECK-NOTES-STRICT: :[[@LINE-18]]:30: note: 'paired::Customer' has_many 'sponsored_orders' here
      assoc::belongs_to<Customer>("backer", assoc::dependent("destroy"),
                                  assoc::inverse_of("backed_orders")));
  // CHECK-NOTES: :[[@LINE-2]]:62: warning: dependent: 'destroy' on belongs_to 'backer' destroys the 'paired::Customer' when an 'paired::Order' is destroyed, orphaning the other 'paired::Order' records of its has_many 'backed_orders' [assoc-belongs-to-dependent]
  // CHECK-NOTES: :[[@LINE-3]]:43: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-22]]:30: note: 'paired::Customer' has_many 'backed_orders' here
  // CHECK-NOTES-STRICT: :[[@LINE-5]]:62: warning: dependent: 'destroy' on belongs_to 'backer' destroys the 'paired::Customer' when an 'paired::Order' is destroyed, orphaning the other 'paired::Order' records of its has_many 'backed_orders' [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-6]]:43: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE-25]]:30: note: 'paired::Customer' has_many 'backed_orders' here
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Customer>("referrer"),{{$}}
// CHECK-FIXES: {{^}}      assoc::belongs_to<Customer>("sponsor"),{{$}}
// CHECK-FIXES: {{^}}      assoc::belongs_to<Customer>("backer",{{$}}
// CHECK-FIXES-NEXT: {{^}}                                  assoc::inverse_of("backed_orders")));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Customer>("referrer"),{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Customer>("sponsor"),{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Customer>("backer",{{$}}
// CHECK-FIXES-STRICT-NEXT: {{^}}                                  assoc::inverse_of("backed_orders")));{{$}}
} // namespace paired

// Polymorphic: the other side is any model's has_many as: the interface. A
// has_one as: it is silent unless StrictMode.
namespace polymorphic {
struct Picture : assoc::model<Picture> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("imageable",
                                            assoc::dependent("destroy")));
  // CHECK-NOTES: :[[@LINE-1]]:62: warning: dependent: 'destroy' on belongs_to 'imageable' destroys the 'imageable' when a 'polymorphic::Picture' is destroyed, orphaning the other 'polymorphic::Picture' records of its has_many 'pictures' [assoc-belongs-to-dependent]
  // CHECK-NOTES: :[[@LINE-3]]:56: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+9]]:32: note: 'polymorphic::Employee' has_many 'pictures' here
  // CHECK-NOTES-STRICT: :[[@LINE-4]]:62: warning: dependent: 'destroy' on belongs_to 'imageable' destroys the 'imageable' when a 'polymorphic::Picture' is destroyed, orphaning the other 'polymorphic::Picture' records of its has_many 'pictures' [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-6]]:56: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE+6]]:32: note: 'polymorphic::Employee' has_many 'pictures' here
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<assoc::polymorphic>("imageable"));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<assoc::polymorphic>("imageable"));{{$}}
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};
struct Attachment : assoc::model<Attachment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("attachable",
                                            assoc::dependent("destroy")));
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:62: warning: dependent: 'destroy' on belongs_to 'attachable' destroys the 'attachable' when an 'polymorphic::Attachment' is destroyed, which has_one 'attachment' of it: the parent goes with its only child (StrictMode) [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-3]]:57: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-STRICT: :[[@LINE+6]]:34: note: 'polymorphic::Message' has_one 'attachment' here
};
// CHECK-FIXES: {{^}}                                            assoc::dependent("destroy")));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<assoc::polymorphic>("attachable"));{{$}}
struct Message : assoc::model<Message> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Attachment>("attachment", assoc::as("attachable")));
};
} // namespace polymorphic

// A value ActiveRecord rejects on a belongs_to is assoc-invalid-option's,
// in either mode.
namespace invalid {
struct Item;
struct Shelf : assoc::model<Shelf> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item>("items"));
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Shelf>("shelf", assoc::dependent("nullify")),
      assoc::belongs_to<Shelf>("spare_shelf", assoc::dependent("delete_all")));
};
} // namespace invalid

// A has_many of the owner and dependent on the has_many side is the normal
// way round: nothing to say.
namespace normal {
struct Line;
struct Cart : assoc::model<Cart> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Line>("lines", assoc::dependent("destroy")));
};
struct Line : assoc::model<Line> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Cart>("cart"));
};
} // namespace normal

// Single-table inheritance: Car inherits Vehicle's has_many 'orders', whose
// key ActiveRecord derives from the declaring class, Vehicle: vehicle_id,
// also when read through Car. So belongs_to<Car>("vehicle") is its other
// side (the note names Vehicle, where it is declared), and
// belongs_to<Car>("car"), on car_id, has nothing back.
namespace sti {
struct Order;
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"));
};
struct Car : Vehicle {};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Car>("vehicle", assoc::dependent("destroy")),
      // CHECK-NOTES: :[[@LINE-1]]:58: warning: dependent: 'destroy' on belongs_to 'vehicle' destroys the 'sti::Car' when an 'sti::Order' is destroyed, orphaning the other 'sti::Order' records of its has_many 'orders' [assoc-belongs-to-dependent]
      // CHECK-NOTES: :[[@LINE-2]]:39: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE-8]]:30: note: 'sti::Vehicle' has_many 'orders' here
      // CHECK-NOTES-STRICT: :[[@LINE-4]]:58: warning: dependent: 'destroy' on belongs_to 'vehicle' destroys the 'sti::Car' when an 'sti::Order' is destroyed, orphaning the other 'sti::Order' records of its has_many 'orders' [assoc-belongs-to-dependent]
      // CHECK-NOTES-STRICT: :[[@LINE-5]]:39: note: FIX-IT applied suggested code changes
      // CHECK-NOTES-STRICT: :[[@LINE-11]]:30: note: 'sti::Vehicle' has_many 'orders' here
      assoc::belongs_to<Car>("car", assoc::dependent("destroy")));
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:54: warning: dependent: 'destroy' on belongs_to 'car' destroys the 'sti::Car' when an 'sti::Order' is destroyed (StrictMode) [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-2]]:35: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Car>("vehicle"),{{$}}
// CHECK-FIXES: {{^}}      assoc::belongs_to<Car>("car", assoc::dependent("destroy")));{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Car>("vehicle"),{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<Car>("car"));{{$}}
} // namespace sti

// dependent(nullptr) is Ruby's `dependent: nil`: nothing is destroyed, so
// nothing to say, in either mode.
namespace null_value {
struct Reply;
struct Topic : assoc::model<Topic> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Reply>("replies"));
};
struct Reply : assoc::model<Reply> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Topic>("topic", assoc::dependent(nullptr)));
};
} // namespace null_value

// Custom inflections are read (Acronyms 'RESTful', given globally and for
// the check): RESTfulService's has_many reads restful_service_id, not
// ActiveSupport's default res_tful_service_id. So "restful_service" is its
// other side, and "res_tful_service" has nothing back.
namespace inflections {
struct Call;
struct RESTfulService : assoc::model<RESTfulService> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Call>("calls"));
};
struct Call : assoc::model<Call> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<RESTfulService>("restful_service",
                                        assoc::dependent("destroy")),
      // CHECK-NOTES: :[[@LINE-1]]:58: warning: dependent: 'destroy' on belongs_to 'restful_service' destroys the 'inflections::RESTfulService' when a 'inflections::Call' is destroyed, orphaning the other 'inflections::Call' records of its has_many 'calls' [assoc-belongs-to-dependent]
      // CHECK-NOTES: :[[@LINE-3]]:58: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE-8]]:29: note: 'inflections::RESTfulService' has_many 'calls' here
      // CHECK-NOTES-STRICT: :[[@LINE-4]]:58: warning: dependent: 'destroy' on belongs_to 'restful_service' destroys the 'inflections::RESTfulService' when a 'inflections::Call' is destroyed, orphaning the other 'inflections::Call' records of its has_many 'calls' [assoc-belongs-to-dependent]
      // CHECK-NOTES-STRICT: :[[@LINE-6]]:58: note: FIX-IT applied suggested code changes
      // CHECK-NOTES-STRICT: :[[@LINE-11]]:29: note: 'inflections::RESTfulService' has_many 'calls' here
      assoc::belongs_to<RESTfulService>("res_tful_service",
                                        assoc::dependent("destroy")));
  // CHECK-NOTES-STRICT: :[[@LINE-1]]:58: warning: dependent: 'destroy' on belongs_to 'res_tful_service' destroys the 'inflections::RESTfulService' when a 'inflections::Call' is destroyed (StrictMode) [assoc-belongs-to-dependent]
  // CHECK-NOTES-STRICT: :[[@LINE-3]]:59: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<RESTfulService>("restful_service"),{{$}}
// CHECK-FIXES: {{^}}      assoc::belongs_to<RESTfulService>("res_tful_service",{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<RESTfulService>("restful_service"),{{$}}
// CHECK-FIXES-STRICT: {{^}}      assoc::belongs_to<RESTfulService>("res_tful_service"));{{$}}
} // namespace inflections

// NOLINT silences the warning.
namespace quiet {
struct Comment;
struct Article : assoc::model<Article> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Comment>("comments"));
};
struct Comment : assoc::model<Comment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Article>("article", assoc::dependent("destroy"))); // NOLINT(assoc-belongs-to-dependent)
};
} // namespace quiet
