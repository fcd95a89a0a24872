// assoc-missing-inverse: pairing passes run over all the associations
// between two models before the next pass, and the fix-its of one run never
// collide.
// RUN: %check_assoc_tidy %s assoc-missing-inverse %t -- \
// RUN:   --config="{CheckOptions: {assoc-missing-inverse.RequireBelongsToInverse: 'true'}}"

#include <assoc/associations.hpp>

namespace pub {
// (1) A belongs_to already paired by its foreign key is not reused by name:
// edited_books (editor_id) has no belongs_to.
struct Book;
struct Author : assoc::model<Author> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Book>("books"),
      assoc::has_many<Book>("edited_books", assoc::foreign_key("editor_id")));
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: has_many association 'edited_books' of 'pub::Author' has no inverse: 'pub::Book' declares no belongs_to<pub::Author> with foreign key 'editor_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+5]]:42: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+2]]:8: note: 'pub::Book' is defined here; add assoc::belongs_to<pub::Author>("editor")
};
struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author"));
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Author>("author"), assoc::belongs_to<pub::Author>("editor"));{{$}}

// (2) The same, the has_many with the other key declared first: pairing by
// inverse_of and foreign key comes before pairing by name.
struct Page;
struct Writer : assoc::model<Writer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Page>("edited_pages", assoc::foreign_key("editor_id")),
      // CHECK-NOTES: :[[@LINE-1]]:29: warning: has_many association 'edited_pages' of 'pub::Writer' has no inverse: 'pub::Page' declares no belongs_to<pub::Writer> with foreign key 'editor_id' [assoc-missing-inverse]
      // CHECK-NOTES: :[[@LINE+6]]:42: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE+3]]:8: note: 'pub::Page' is defined here; add assoc::belongs_to<pub::Writer>("editor")
      assoc::has_many<Page>("pages"));
};
struct Page : assoc::model<Page> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Writer>("writer"));
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Writer>("writer"), assoc::belongs_to<pub::Writer>("editor"));{{$}}

// (3) A belongs_to paired by inverse_of is not reused by name either.
struct Post;
struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Post>("posts", assoc::inverse_of("user")),
      assoc::has_many<Post>("drafts", assoc::foreign_key("drafter_id")));
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: has_many association 'drafts' of 'pub::User' has no inverse: 'pub::Post' declares no belongs_to<pub::User> with foreign key 'drafter_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+5]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+2]]:8: note: 'pub::Post' is defined here; add assoc::belongs_to<pub::User>("drafter")
};
struct Post : assoc::model<Post> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user"));
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<User>("user"), assoc::belongs_to<pub::User>("drafter"));{{$}}

// (4) Two additions to one empty declare(): one fix-it adds both, with the
// comma between them (two would each need to know whether a comma goes
// first); the second finding points to it.
struct Crate;
struct Depot : assoc::model<Depot> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Crate>("crates"),
      // CHECK-NOTES: :[[@LINE-1]]:30: warning: has_many association 'crates' of 'pub::Depot' has no inverse: 'pub::Crate' declares no belongs_to<pub::Depot> with foreign key 'depot_id' [assoc-missing-inverse]
      // CHECK-NOTES: :[[@LINE+7]]:90: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE+6]]:8: note: 'pub::Crate' is defined here; add assoc::belongs_to<pub::Depot>("depot")
      assoc::has_many<Crate>("stored_crates", assoc::foreign_key("store_id")));
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: has_many association 'stored_crates' of 'pub::Depot' has no inverse: 'pub::Crate' declares no belongs_to<pub::Depot> with foreign key 'store_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+3]]:8: note: 'pub::Crate' is defined here; add assoc::belongs_to<pub::Depot>("store")
  // CHECK-NOTES: :[[@LINE-7]]:30: note: the fix-it for 'crates' adds this one too
};
struct Crate : assoc::model<Crate> { static constexpr auto associations = assoc::declare(); };
// CHECK-FIXES: {{^}}struct Crate : assoc::model<Crate> { static constexpr auto associations = assoc::declare(assoc::belongs_to<pub::Depot>("depot"), assoc::belongs_to<pub::Depot>("store")); };{{$}}
} // namespace pub

// (5) Two fix-its of one run must not add the same name twice to one model:
// the second "shelves" would replace the first in ActiveRecord. (Shelf is
// declared before Library, so that Library's declaration may name it.)
namespace lib {
struct Shelf;
struct Library : assoc::model<Library> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Library>("annex_of", assoc::foreign_key("parent_id")),
      assoc::belongs_to<Library>("parent", assoc::optional()));
};
struct Shelf : assoc::model<Shelf> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Library>("library"),
      // CHECK-NOTES: :[[@LINE-1]]:34: warning: belongs_to association 'library' of 'lib::Shelf' has no inverse: 'lib::Library' declares no has_many or has_one<lib::Shelf> with foreign key 'library_id' [assoc-missing-inverse]
      // CHECK-NOTES: :[[@LINE-6]]:62: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE-10]]:8: note: 'lib::Library' is defined here; add assoc::has_many<lib::Shelf>("shelves")
      assoc::belongs_to<Library>("annex", assoc::foreign_key("annex_library_id")));
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: belongs_to association 'annex' of 'lib::Shelf' has no inverse: 'lib::Library' declares no has_many or has_one<lib::Shelf> with foreign key 'annex_library_id' [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE-13]]:8: note: 'lib::Library' is defined here{{$}}
};
// As for a name Library already has, the later one gets no fix-it.
// CHECK-FIXES: {{^}}      assoc::belongs_to<Library>("parent", assoc::optional()), assoc::has_many<lib::Shelf>("shelves"));{{$}}
} // namespace lib

// (6) The habtm fix-it swaps the two keys: the other side's foreign_key is
// this side's association_foreign_key, and the reverse.
namespace hr {
struct Part;
struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Part>("parts", assoc::join_table("kits"),
                                           assoc::foreign_key("kit_id"),
                                           assoc::association_foreign_key("component_id")));
  // CHECK-NOTES: :[[@LINE-3]]:44: warning: has_and_belongs_to_many association 'parts' of 'hr::Assembly' has no inverse: 'hr::Part' declares no has_and_belongs_to_many<hr::Assembly> [assoc-missing-inverse]
  // CHECK-NOTES: :[[@LINE+3]]:88: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+2]]:8: note: 'hr::Part' is defined here; add assoc::has_and_belongs_to_many<hr::Assembly>("assemblies", assoc::join_table("kits"), assoc::foreign_key("component_id"), assoc::association_foreign_key("kit_id"))
};
struct Part : assoc::model<Part> { static constexpr auto associations = assoc::declare(); };
// CHECK-FIXES: {{^}}struct Part : assoc::model<Part> { static constexpr auto associations = assoc::declare(assoc::has_and_belongs_to_many<hr::Assembly>("assemblies", assoc::join_table("kits"), assoc::foreign_key("component_id"), assoc::association_foreign_key("kit_id"))); };{{$}}
} // namespace hr
