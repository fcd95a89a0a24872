// RUN: %check_assoc_tidy %s assoc-missing-inverse %t -- \
// RUN:   --config="{CheckOptions: {assoc-missing-inverse.RequireBelongsToInverse: 'true'}}"
// RUN: %check_assoc_tidy --check-suffix=NOBT %s assoc-missing-inverse %t

// Every association is declared on both models (the Rails guide's
// bi-directional associations). With RequireBelongsToInverse on, a
// belongs_to needs a has_many/has_one back too; by default (NOBT) it does
// not, and the rest is unchanged.

#include <assoc/associations.hpp>

namespace billing {
struct Invoice;
}

namespace shop {
struct Order;
struct Review;
struct Product; // Never defined.
struct Ghost;   // Never defined.
struct NotAModel {};

// Both sides declared: each has_* pairs with the belongs_to that has its
// foreign key, customer_id; several has_* may read that one column.
// Targets that are not visible models are not checked, either way.
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"),
      assoc::has_many<Order>("recent_orders"),
      assoc::has_one<Order>("latest_order"),
      assoc::has_many<billing::Invoice>("invoices"),
      assoc::has_many<Ghost>("ghosts"),
      assoc::has_one<Ghost>("ghost"),
      assoc::has_and_belongs_to_many<Ghost>("haunts"),
      assoc::has_many<NotAModel>("others"),
      assoc::has_many<Review>("reviews"));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: has_many association 'reviews' of 'shop::Customer' has no inverse: 'shop::Review' declares no belongs_to<shop::Customer> with foreign key 'customer_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+18]]:60: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+15]]:8: note: 'shop::Review' is defined here; add assoc::belongs_to<shop::Customer>("customer")
  // CHECK-NOTES-NOBT: :[[@LINE-4]]:31: warning: has_many association 'reviews' of 'shop::Customer' has no inverse: 'shop::Review' declares no belongs_to<shop::Customer> with foreign key 'customer_id' [assoc-missing-inverse]
  // CHECK-NOTES-NOBT: :[[@LINE+15]]:60: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-NOBT: :[[@LINE+12]]:8: note: 'shop::Review' is defined here; add assoc::belongs_to<shop::Customer>("customer")
};

struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"),
      assoc::belongs_to<Ghost>("ghost"),
      assoc::belongs_to<NotAModel>("other"));
};

// A belongs_to to another model is no inverse. The fix-it appends the
// missing declaration to the other model's declare(...).
struct Review : assoc::model<Review> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Product>("product", assoc::touch()));
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Product>("product", assoc::touch()), assoc::belongs_to<shop::Customer>("customer"));{{$}}
// CHECK-FIXES-NOBT: {{^}}      assoc::belongs_to<Product>("product", assoc::touch()), assoc::belongs_to<shop::Customer>("customer"));{{$}}

// has_one pairs the same way; a belongs_to with a foreign_key pairs by it.
struct Account;
struct Supplier : assoc::model<Supplier> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Account>("account"),
      assoc::has_many<Account>("accounts_payable", assoc::foreign_key("vendor_id")));
};
struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Supplier>("supplier"),
      assoc::belongs_to<Supplier>("payee", assoc::foreign_key("vendor_id")));
};

// inverse_of pairs two sides whose keys differ, from either side. A missing
// inverse_of target is added under that name, with the has_*'s key.
struct Entry;
struct Blog : assoc::model<Blog> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Entry>("entries", assoc::inverse_of("journal")),
      assoc::has_many<Entry>("posts"),
      assoc::has_many<Entry>("drafts", assoc::inverse_of("draft_blog")));
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: has_many association 'drafts' of 'shop::Blog' has no inverse: 'shop::Entry' declares no belongs_to<shop::Blog> with foreign key 'blog_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+9]]:68: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+5]]:8: note: 'shop::Entry' is defined here; add assoc::belongs_to<shop::Blog>("draft_blog", assoc::foreign_key("blog_id"))
  // CHECK-NOTES-NOBT: :[[@LINE-4]]:30: warning: has_many association 'drafts' of 'shop::Blog' has no inverse: 'shop::Entry' declares no belongs_to<shop::Blog> with foreign key 'blog_id' [assoc-missing-inverse]
  // CHECK-NOTES-NOBT: :[[@LINE+6]]:68: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-NOBT: :[[@LINE+2]]:8: note: 'shop::Entry' is defined here; add assoc::belongs_to<shop::Blog>("draft_blog", assoc::foreign_key("blog_id"))
};
struct Entry : assoc::model<Entry> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Blog>("journal"),
      assoc::belongs_to<Blog>("weblog", assoc::inverse_of("posts")));
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Blog>("weblog", assoc::inverse_of("posts")), assoc::belongs_to<shop::Blog>("draft_blog", assoc::foreign_key("blog_id")));{{$}}

// With no foreign key in common, the belongs_to named after the owner is
// the inverse.
struct Logo;
struct Brand : assoc::model<Brand> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Logo>("logo", assoc::foreign_key("maker_id")));
};
struct Logo : assoc::model<Logo> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Brand>("brand", assoc::optional()));
};

// The fix-it names the belongs_to after the foreign key, or after the owner
// (with the key) when the key is not `<name>_id`.
struct Banner;
struct Poster;
struct Studio : assoc::model<Studio> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Banner>("banner", assoc::foreign_key("maker_id")),
      // CHECK-NOTES: :[[@LINE-1]]:30: warning: has_one association 'banner' of 'shop::Studio' has no inverse: 'shop::Banner' declares no belongs_to<shop::Studio> with foreign key 'maker_id' [assoc-missing-inverse]
      // CHECK-NOTES: :[[@LINE+15]]:51: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE+12]]:8: note: 'shop::Banner' is defined here; add assoc::belongs_to<shop::Studio>("maker")
      // CHECK-NOTES-NOBT: :[[@LINE-4]]:30: warning: has_one association 'banner' of 'shop::Studio' has no inverse: 'shop::Banner' declares no belongs_to<shop::Studio> with foreign key 'maker_id' [assoc-missing-inverse]
      // CHECK-NOTES-NOBT: :[[@LINE+12]]:51: note: FIX-IT applied suggested code changes
      // CHECK-NOTES-NOBT: :[[@LINE+9]]:8: note: 'shop::Banner' is defined here; add assoc::belongs_to<shop::Studio>("maker")
      assoc::has_many<Poster>("posters", assoc::foreign_key("legacy_studio")));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: has_many association 'posters' of 'shop::Studio' has no inverse: 'shop::Poster' declares no belongs_to<shop::Studio> with foreign key 'legacy_studio' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+12]]:51: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+9]]:8: note: 'shop::Poster' is defined here; add assoc::belongs_to<shop::Studio>("studio", assoc::foreign_key("legacy_studio"))
  // CHECK-NOTES-NOBT: :[[@LINE-4]]:31: warning: has_many association 'posters' of 'shop::Studio' has no inverse: 'shop::Poster' declares no belongs_to<shop::Studio> with foreign key 'legacy_studio' [assoc-missing-inverse]
  // CHECK-NOTES-NOBT: :[[@LINE+9]]:51: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-NOBT: :[[@LINE+6]]:8: note: 'shop::Poster' is defined here; add assoc::belongs_to<shop::Studio>("studio", assoc::foreign_key("legacy_studio"))
};
struct Banner : assoc::model<Banner> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Product>("banner_product"));
};
struct Poster : assoc::model<Poster> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Product>("poster_product"));
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Product>("banner_product"), assoc::belongs_to<shop::Studio>("maker"));{{$}}
// CHECK-FIXES: {{^}}      assoc::belongs_to<Product>("poster_product"), assoc::belongs_to<shop::Studio>("studio", assoc::foreign_key("legacy_studio")));{{$}}

// A belongs_to with no has_many/has_one back. The fix-it adds a has_many
// named after the owner, with the belongs_to's key unless it is the
// default one.
struct Comment;
struct Post : assoc::model<Post> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Comment>("remarks"));
};
struct Comment : assoc::model<Comment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Post>("post"),
      assoc::belongs_to<Post>("reply_to", assoc::optional()));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: belongs_to association 'reply_to' of 'shop::Comment' has no inverse: 'shop::Post' declares no has_many or has_one<shop::Comment> with foreign key 'reply_to_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-7]]:42: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-10]]:8: note: 'shop::Post' is defined here; add assoc::has_many<shop::Comment>("comments", assoc::foreign_key("reply_to_id"))
};
// CHECK-FIXES: {{^}}      assoc::has_many<Comment>("remarks"), assoc::has_many<shop::Comment>("comments", assoc::foreign_key("reply_to_id")));{{$}}
// CHECK-FIXES-NOBT: {{^}}      assoc::has_many<Comment>("remarks"));{{$}}

// No declare(...) to append to: reported, with no fix-it.
struct Room : assoc::model<Room> {};
struct Lamp : assoc::model<Lamp> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Room>("room"));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: belongs_to association 'room' of 'shop::Lamp' has no inverse: 'shop::Room' declares no has_many or has_one<shop::Lamp> with foreign key 'room_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-5]]:8: note: 'shop::Room' is defined here; add assoc::has_many<shop::Lamp>("lamps")
};
// CHECK-FIXES: {{^}}struct Room : assoc::model<Room> {};{{$}}

// Self-joins: the foreign keys pair subordinates with manager and mentee
// with mentor.
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Employee>("subordinates", assoc::foreign_key("manager_id")),
      assoc::belongs_to<Employee>("manager", assoc::optional()),
      assoc::has_one<Employee>("mentee", assoc::foreign_key("mentor_id")),
      assoc::belongs_to<Employee>("mentor", assoc::optional()));
};

// Without the foreign key, subordinates uses person_id: neither side
// pairs, and the two fix-its add both missing declarations.
struct Person : assoc::model<Person> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Person>("subordinates"),
      // CHECK-NOTES: :[[@LINE-1]]:31: warning: has_many association 'subordinates' of 'shop::Person' has no inverse: 'shop::Person' declares no belongs_to<shop::Person> with foreign key 'person_id' [assoc-missing-inverse]
      // CHECK-NOTES: :[[@LINE+5]]:62: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE-5]]:8: note: 'shop::Person' is defined here; add assoc::belongs_to<shop::Person>("person")
      // CHECK-NOTES-NOBT: :[[@LINE-4]]:31: warning: has_many association 'subordinates' of 'shop::Person' has no inverse: 'shop::Person' declares no belongs_to<shop::Person> with foreign key 'person_id' [assoc-missing-inverse]
      // CHECK-NOTES-NOBT: :[[@LINE+2]]:62: note: FIX-IT applied suggested code changes
      // CHECK-NOTES-NOBT: :[[@LINE-8]]:8: note: 'shop::Person' is defined here; add assoc::belongs_to<shop::Person>("person")
      assoc::belongs_to<Person>("manager", assoc::optional()));
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: belongs_to association 'manager' of 'shop::Person' has no inverse: 'shop::Person' declares no has_many or has_one<shop::Person> with foreign key 'manager_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-11]]:8: note: 'shop::Person' is defined here; add assoc::has_many<shop::Person>("people", assoc::foreign_key("manager_id"))
  // CHECK-NOTES: :[[@LINE-10]]:31: note: the fix-it for 'subordinates' adds this one too
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Person>("manager", assoc::optional()), assoc::belongs_to<shop::Person>("person"), assoc::has_many<shop::Person>("people", assoc::foreign_key("manager_id")));{{$}}
// CHECK-FIXES-NOBT: {{^}}      assoc::belongs_to<Person>("manager", assoc::optional()), assoc::belongs_to<shop::Person>("person"));{{$}}

// Several associations between two models pair one to one: the reviews
// have no belongs_to with their key, and the writer's is not theirs.
struct Article;
struct Journalist : assoc::model<Journalist> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Article>("articles", assoc::foreign_key("writer_id")),
      assoc::has_many<Article>("reviews", assoc::foreign_key("reviewer_id")));
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: has_many association 'reviews' of 'shop::Journalist' has no inverse: 'shop::Article' declares no belongs_to<shop::Journalist> with foreign key 'reviewer_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+8]]:46: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+5]]:8: note: 'shop::Article' is defined here; add assoc::belongs_to<shop::Journalist>("reviewer")
  // CHECK-NOTES-NOBT: :[[@LINE-4]]:32: warning: has_many association 'reviews' of 'shop::Journalist' has no inverse: 'shop::Article' declares no belongs_to<shop::Journalist> with foreign key 'reviewer_id' [assoc-missing-inverse]
  // CHECK-NOTES-NOBT: :[[@LINE+5]]:46: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-NOBT: :[[@LINE+2]]:8: note: 'shop::Article' is defined here; add assoc::belongs_to<shop::Journalist>("reviewer")
};
struct Article : assoc::model<Article> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Journalist>("writer"));
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Journalist>("writer"), assoc::belongs_to<shop::Journalist>("reviewer"));{{$}}

// Author and editor, each with its key on both sides: all paired.
struct Book;
struct Author : assoc::model<Author> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Book>("books"),
      assoc::has_many<Book>("edited_books", assoc::foreign_key("editor_id")));
};
struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author"),
      assoc::belongs_to<Author>("editor"));
};

// has_many/has_one through and has_many as pair with no belongs_to; a
// polymorphic belongs_to has no single model to look in.
struct Patient;
struct Appointment;
struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};
struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("appointments")),
      assoc::has_one<Patient>("first_patient", assoc::through("appointments")),
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};
struct Appointment : assoc::model<Appointment> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Physician>("physician"),
      assoc::belongs_to<Patient>("patient"));
};
struct Patient : assoc::model<Patient> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"));
};
// An as: that names a plain belongs_to back is a has_many back to it
// (ActiveRecord pairs them; the wrong kind is assoc-polymorphic-pairing's).
struct Memo;
struct Clerk : assoc::model<Clerk> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Memo>("memos", assoc::as("writer")));
};
struct Memo : assoc::model<Memo> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Clerk>("writer"));
};

// has_and_belongs_to_many needs a has_and_belongs_to_many back; a
// self-referential one is its own.
struct Part;
struct Tag;
struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Part>("parts"),
      assoc::has_and_belongs_to_many<Assembly>("subassemblies",
                                               assoc::join_table("nestings"),
                                               assoc::foreign_key("parent_id"),
                                               assoc::association_foreign_key("child_id")));
};
struct Part : assoc::model<Part> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Assembly>("assemblies"));
};
// One to another model is no inverse. The fix-it keeps the join table.
struct Tag : assoc::model<Tag> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Part>("parts", assoc::join_table("part_labels")));
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: has_and_belongs_to_many association 'parts' of 'shop::Tag' has no inverse: 'shop::Part' declares no has_and_belongs_to_many<shop::Tag> [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-7]]:61: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-10]]:8: note: 'shop::Part' is defined here; add assoc::has_and_belongs_to_many<shop::Tag>("tags", assoc::join_table("part_labels"))
  // CHECK-NOTES-NOBT: :[[@LINE-4]]:44: warning: has_and_belongs_to_many association 'parts' of 'shop::Tag' has no inverse: 'shop::Part' declares no has_and_belongs_to_many<shop::Tag> [assoc-missing-inverse]
  // CHECK-NOTES-NOBT: :[[@LINE-10]]:61: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-NOBT: :[[@LINE-13]]:8: note: 'shop::Part' is defined here; add assoc::has_and_belongs_to_many<shop::Tag>("tags", assoc::join_table("part_labels"))
};
// CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Assembly>("assemblies"), assoc::has_and_belongs_to_many<shop::Tag>("tags", assoc::join_table("part_labels")));{{$}}
} // namespace shop

// A has_and_belongs_to_many and a belongs_to are no inverses of each other.
// An empty declare() gets the declaration without a comma.
namespace archive {
struct Drawer;
struct Folder;
struct Cabinet : assoc::model<Cabinet> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Drawer>("compartments"));
  // CHECK-NOTES: :[[@LINE-1]]:46: warning: has_and_belongs_to_many association 'compartments' of 'archive::Cabinet' has no inverse: 'archive::Drawer' declares no has_and_belongs_to_many<archive::Cabinet> [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+8]]:44: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+5]]:8: note: 'archive::Drawer' is defined here; add assoc::has_and_belongs_to_many<archive::Cabinet>("cabinets")
  // CHECK-NOTES-NOBT: :[[@LINE-4]]:46: warning: has_and_belongs_to_many association 'compartments' of 'archive::Cabinet' has no inverse: 'archive::Drawer' declares no has_and_belongs_to_many<archive::Cabinet> [assoc-missing-inverse]
  // CHECK-NOTES-NOBT: :[[@LINE+5]]:44: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-NOBT: :[[@LINE+2]]:8: note: 'archive::Drawer' is defined here; add assoc::has_and_belongs_to_many<archive::Cabinet>("cabinets")
};
struct Drawer : assoc::model<Drawer> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Cabinet>("cabinet"));
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: belongs_to association 'cabinet' of 'archive::Drawer' has no inverse: 'archive::Cabinet' declares no has_many or has_one<archive::Drawer> with foreign key 'cabinet_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-12]]:61: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-15]]:8: note: 'archive::Cabinet' is defined here; add assoc::has_many<archive::Drawer>("drawers")
};
// CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Drawer>("compartments"), assoc::has_many<archive::Drawer>("drawers"));{{$}}
// CHECK-FIXES: {{^}}      assoc::belongs_to<Cabinet>("cabinet"), assoc::has_and_belongs_to_many<archive::Cabinet>("cabinets"));{{$}}
// CHECK-FIXES-NOBT: {{^}}      assoc::has_and_belongs_to_many<Drawer>("compartments"));{{$}}
// CHECK-FIXES-NOBT: {{^}}      assoc::belongs_to<Cabinet>("cabinet"), assoc::has_and_belongs_to_many<archive::Cabinet>("cabinets"));{{$}}
struct Box : assoc::model<Box> {
  static constexpr auto associations = assoc::declare();
};
struct Folder : assoc::model<Folder> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Box>("boxes"));
  // CHECK-NOTES: :[[@LINE-1]]:43: warning: has_and_belongs_to_many association 'boxes' of 'archive::Folder' has no inverse: 'archive::Box' declares no has_and_belongs_to_many<archive::Folder> [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-6]]:55: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-8]]:8: note: 'archive::Box' is defined here; add assoc::has_and_belongs_to_many<archive::Folder>("folders")
  // CHECK-NOTES-NOBT: :[[@LINE-4]]:43: warning: has_and_belongs_to_many association 'boxes' of 'archive::Folder' has no inverse: 'archive::Box' declares no has_and_belongs_to_many<archive::Folder> [assoc-missing-inverse]
  // CHECK-NOTES-NOBT: :[[@LINE-9]]:55: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-NOBT: :[[@LINE-11]]:8: note: 'archive::Box' is defined here; add assoc::has_and_belongs_to_many<archive::Folder>("folders")
};
// CHECK-FIXES: {{^}}  static constexpr auto associations = assoc::declare(assoc::has_and_belongs_to_many<archive::Folder>("folders"));{{$}}
// CHECK-FIXES-NOBT: {{^}}  static constexpr auto associations = assoc::declare(assoc::has_and_belongs_to_many<archive::Folder>("folders"));{{$}}
} // namespace archive

// Models in other namespaces pair by their qualified names, and the
// fix-it spells the name in full.
namespace billing {
struct Invoice : assoc::model<Invoice> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<shop::Customer>("customer"));
};
} // namespace billing
namespace legacy {
struct Ticket;
}
namespace support {
struct Ticket;
struct Agent : assoc::model<Agent> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Ticket>("support_tickets"));
};
struct Ticket : assoc::model<Ticket> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Agent>("agent"));
};
} // namespace support
namespace legacy {
// Not the support::Ticket that support::Agent has many of.
struct Ticket : assoc::model<Ticket> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<support::Agent>("agent"));
  // CHECK-NOTES: :[[@LINE-1]]:56: warning: belongs_to association 'agent' of 'legacy::Ticket' has no inverse: 'support::Agent' declares no has_many or has_one<legacy::Ticket> with foreign key 'agent_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-13]]:49: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-16]]:8: note: 'support::Agent' is defined here; add assoc::has_many<legacy::Ticket>("tickets")
};
} // namespace legacy
// CHECK-FIXES: {{^}}      assoc::has_many<Ticket>("support_tickets"), assoc::has_many<legacy::Ticket>("tickets"));{{$}}
