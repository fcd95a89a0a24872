// RUN: %check_assoc_tidy %s assoc-join-table-name %t
// RUN: %check_assoc_tidy --check-suffix=CONVENTIONAL %s assoc-join-table-name %t -- \
// RUN:   --config="{CheckOptions: {assoc-join-table-name.RequireConventionalName: 'true'}}"
// RUN: %check_assoc_tidy --check-suffix=JOIN-MODELS %s assoc-join-table-name %t -- \
// RUN:   --config="{CheckOptions: {assoc-join-table-name.CheckThroughJoinModels: 'true'}}"

// The join table of a has_and_belongs_to_many (activerecord-semantics.md, b):
// the owner's and the target's real table names, in byte order, a shared
// prefix ending in '_' written once. With RequireConventionalName
// (CONVENTIONAL) every explicit join_table that is not that name is flagged
// too; with CheckThroughJoinModels (JOIN-MODELS) the join model of a
// has_many :through is checked as well. Everything else is the same in the
// three runs.
//
// Tables are global: namespaces do not enter them, so two namespaces whose
// habtm use the same join table would share it. Each case below uses join
// tables of its own.

#include <assoc/associations.hpp>

// ActiveRecord's derived name: no join_table needed, and a join_table that
// spells the derived name is fine too.
namespace derived {
struct Project;
struct Developer : assoc::model<Developer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Project>("projects"));
};
struct Project : assoc::model<Project> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Developer>(
          "developers", assoc::join_table("developers_projects")));
};
} // namespace derived

// '_' sorts before 's': paper_boxes + papers -> paper_boxes_papers.
namespace paper_quirk {
struct Paper;
struct PaperBox : assoc::model<PaperBox> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Paper>("papers"));
};
struct Paper : assoc::model<Paper> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<PaperBox>(
          "paper_boxes", assoc::join_table("paper_boxes_papers")));
};
} // namespace paper_quirk

// A shared prefix is written once: catalog_categories + catalog_products ->
// catalog_categories_products. The tables come from table_name.
namespace catalog_quirk {
struct Product;
struct Category : assoc::model<Category> {
  static constexpr const char *table_name = "catalog_categories";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Product>("products"));
};
struct Product : assoc::model<Product> {
  static constexpr const char *table_name = "catalog_products";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Category>(
          "categories", assoc::join_table("catalog_categories_products")));
};
} // namespace catalog_quirk

// A self-join with both keys on people_people. Its mirror image (the keys
// swapped) is the same relation seen from the other end: no sharing.
namespace self_join {
struct Person : assoc::model<Person> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Person>(
          "friends", assoc::foreign_key("person_id"),
          assoc::association_foreign_key("friend_id")),
      assoc::has_and_belongs_to_many<Person>(
          "friend_of", assoc::foreign_key("friend_id"),
          assoc::association_foreign_key("person_id")));
};
} // namespace self_join

// The two tables in the wrong order, on both sides: the sides agree with
// each other, not with ActiveRecord's spelling. The fix-it writes it.
namespace misordered {
struct Part;
struct Assembly : assoc::model<Assembly> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Part>(
          "parts", assoc::join_table("parts_assemblies")));
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: join table 'parts_assemblies' of has_and_belongs_to_many 'parts' of 'misordered::Assembly' is not ActiveRecord's spelling of tables 'assemblies' and 'parts': the default is 'assemblies_parts' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:38: warning: join table 'parts_assemblies' of has_and_belongs_to_many 'parts' of 'misordered::Assembly' is not ActiveRecord's spelling of tables 'assemblies' and 'parts': the default is 'assemblies_parts' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:38: warning: join table 'parts_assemblies' of has_and_belongs_to_many 'parts' of 'misordered::Assembly' is not ActiveRecord's spelling of tables 'assemblies' and 'parts': the default is 'assemblies_parts' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:38: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          "parts", assoc::join_table("assemblies_parts")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "parts", assoc::join_table("assemblies_parts")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          "parts", assoc::join_table("assemblies_parts")));{{$}}
struct Part : assoc::model<Part> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Assembly>(
          "assemblies", assoc::join_table("parts_assemblies")));
  // CHECK-NOTES: :[[@LINE-1]]:43: warning: join table 'parts_assemblies' of has_and_belongs_to_many 'assemblies' of 'misordered::Part' is not ActiveRecord's spelling of tables 'assemblies' and 'parts': the default is 'assemblies_parts' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:43: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:43: warning: join table 'parts_assemblies' of has_and_belongs_to_many 'assemblies' of 'misordered::Part' is not ActiveRecord's spelling of tables 'assemblies' and 'parts': the default is 'assemblies_parts' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:43: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:43: warning: join table 'parts_assemblies' of has_and_belongs_to_many 'assemblies' of 'misordered::Part' is not ActiveRecord's spelling of tables 'assemblies' and 'parts': the default is 'assemblies_parts' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:43: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          "assemblies", assoc::join_table("assemblies_parts")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "assemblies", assoc::join_table("assemblies_parts")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          "assemblies", assoc::join_table("assemblies_parts")));{{$}}
} // namespace misordered

// The paper_boxes quirk got wrong: papers_paper_boxes, with the tables from
// table_name. One-sided: the fix-it writes paper_boxes_papers.
namespace misordered_quirk {
struct Sheet : assoc::model<Sheet> {
  static constexpr const char *table_name = "papers";
  static constexpr auto associations = assoc::declare();
};
struct Carton : assoc::model<Carton> {
  static constexpr const char *table_name = "paper_boxes";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Sheet>(
          "sheets", assoc::join_table("papers_paper_boxes")));
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: join table 'papers_paper_boxes' of has_and_belongs_to_many 'sheets' of 'misordered_quirk::Carton' is not ActiveRecord's spelling of tables 'paper_boxes' and 'papers': the default is 'paper_boxes_papers' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:39: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:39: warning: join table 'papers_paper_boxes' of has_and_belongs_to_many 'sheets' of 'misordered_quirk::Carton' is not ActiveRecord's spelling of tables 'paper_boxes' and 'papers': the default is 'paper_boxes_papers' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:39: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:39: warning: join table 'papers_paper_boxes' of has_and_belongs_to_many 'sheets' of 'misordered_quirk::Carton' is not ActiveRecord's spelling of tables 'paper_boxes' and 'papers': the default is 'paper_boxes_papers' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:39: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          "sheets", assoc::join_table("paper_boxes_papers")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "sheets", assoc::join_table("paper_boxes_papers")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          "sheets", assoc::join_table("paper_boxes_papers")));{{$}}
} // namespace misordered_quirk

// The shared prefix written twice, on both sides: the fix-it writes it once.
namespace unabbreviated {
struct Product;
struct Category : assoc::model<Category> {
  static constexpr const char *table_name = "catalog_categories";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Product>(
          "products",
          assoc::join_table("catalog_categories_catalog_products")));
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: join table 'catalog_categories_catalog_products' of has_and_belongs_to_many 'products' of 'unabbreviated::Category' is not ActiveRecord's spelling of tables 'catalog_categories' and 'catalog_products': the default is 'catalog_categories_products' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:29: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:29: warning: join table 'catalog_categories_catalog_products' of has_and_belongs_to_many 'products' of 'unabbreviated::Category' is not ActiveRecord's spelling of tables 'catalog_categories' and 'catalog_products': the default is 'catalog_categories_products' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:29: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:29: warning: join table 'catalog_categories_catalog_products' of has_and_belongs_to_many 'products' of 'unabbreviated::Category' is not ActiveRecord's spelling of tables 'catalog_categories' and 'catalog_products': the default is 'catalog_categories_products' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:29: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          assoc::join_table("catalog_categories_products")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          assoc::join_table("catalog_categories_products")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          assoc::join_table("catalog_categories_products")));{{$}}
struct Product : assoc::model<Product> {
  static constexpr const char *table_name = "catalog_products";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Category>(
          "categories",
          assoc::join_table("catalog_categories_catalog_products")));
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: join table 'catalog_categories_catalog_products' of has_and_belongs_to_many 'categories' of 'unabbreviated::Product' is not ActiveRecord's spelling of tables 'catalog_categories' and 'catalog_products': the default is 'catalog_categories_products' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:29: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:29: warning: join table 'catalog_categories_catalog_products' of has_and_belongs_to_many 'categories' of 'unabbreviated::Product' is not ActiveRecord's spelling of tables 'catalog_categories' and 'catalog_products': the default is 'catalog_categories_products' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:29: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:29: warning: join table 'catalog_categories_catalog_products' of has_and_belongs_to_many 'categories' of 'unabbreviated::Product' is not ActiveRecord's spelling of tables 'catalog_categories' and 'catalog_products': the default is 'catalog_categories_products' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:29: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          assoc::join_table("catalog_categories_products")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          assoc::join_table("catalog_categories_products")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          assoc::join_table("catalog_categories_products")));{{$}}
} // namespace unabbreviated

// The two tables in the wrong order with the shared prefix written once:
// store_shelves_items for store_items + store_shelves. Made of the two
// tables only, so a misspelling of store_items_shelves as well: warning and
// fix-it, on both sides (they agree with each other).
namespace reversed_prefix {
struct Item;
struct Shelf : assoc::model<Shelf> {
  static constexpr const char *table_name = "store_shelves";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Item>(
          "items", assoc::join_table("store_shelves_items")));
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: join table 'store_shelves_items' of has_and_belongs_to_many 'items' of 'reversed_prefix::Shelf' is not ActiveRecord's spelling of tables 'store_items' and 'store_shelves': the default is 'store_items_shelves' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:38: warning: join table 'store_shelves_items' of has_and_belongs_to_many 'items' of 'reversed_prefix::Shelf' is not ActiveRecord's spelling of tables 'store_items' and 'store_shelves': the default is 'store_items_shelves' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:38: warning: join table 'store_shelves_items' of has_and_belongs_to_many 'items' of 'reversed_prefix::Shelf' is not ActiveRecord's spelling of tables 'store_items' and 'store_shelves': the default is 'store_items_shelves' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:38: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          "items", assoc::join_table("store_items_shelves")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "items", assoc::join_table("store_items_shelves")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          "items", assoc::join_table("store_items_shelves")));{{$}}
struct Item : assoc::model<Item> {
  static constexpr const char *table_name = "store_items";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Shelf>(
          "shelves", assoc::join_table("store_shelves_items")));
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: join table 'store_shelves_items' of has_and_belongs_to_many 'shelves' of 'reversed_prefix::Item' is not ActiveRecord's spelling of tables 'store_items' and 'store_shelves': the default is 'store_items_shelves' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:40: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:40: warning: join table 'store_shelves_items' of has_and_belongs_to_many 'shelves' of 'reversed_prefix::Item' is not ActiveRecord's spelling of tables 'store_items' and 'store_shelves': the default is 'store_items_shelves' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:40: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:40: warning: join table 'store_shelves_items' of has_and_belongs_to_many 'shelves' of 'reversed_prefix::Item' is not ActiveRecord's spelling of tables 'store_items' and 'store_shelves': the default is 'store_items_shelves' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:40: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          "shelves", assoc::join_table("store_items_shelves")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "shelves", assoc::join_table("store_items_shelves")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          "shelves", assoc::join_table("store_items_shelves")));{{$}}
} // namespace reversed_prefix

// The wrong order on one side only, the other side derived: the sides are
// on different tables too. Only the error is reported, and it carries the
// fix-it that brings them together (no separate wrong-order warning).
namespace half_misordered {
struct Tool;
struct Mechanic : assoc::model<Mechanic> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Tool>(
          "tools", assoc::join_table("tools_mechanics")));
  // CHECK-NOTES: :[[@LINE-1]]:38: error: has_and_belongs_to_many 'tools' of 'half_misordered::Mechanic' uses join table 'tools_mechanics' (declared) but its other side uses 'mechanics_tools': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE+13]]:48: note: has_and_belongs_to_many 'mechanics' of 'half_misordered::Tool' uses 'mechanics_tools' (derived from tables 'tools' and 'mechanics')
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:38: error: has_and_belongs_to_many 'tools' of 'half_misordered::Mechanic' uses join table 'tools_mechanics' (declared) but its other side uses 'mechanics_tools': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-5]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE+10]]:48: note: has_and_belongs_to_many 'mechanics' of 'half_misordered::Tool' uses 'mechanics_tools' (derived from tables 'tools' and 'mechanics')
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-7]]:38: error: has_and_belongs_to_many 'tools' of 'half_misordered::Mechanic' uses join table 'tools_mechanics' (declared) but its other side uses 'mechanics_tools': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-8]]:38: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE+7]]:48: note: has_and_belongs_to_many 'mechanics' of 'half_misordered::Tool' uses 'mechanics_tools' (derived from tables 'tools' and 'mechanics')
};
// CHECK-FIXES: {{^}}          "tools", assoc::join_table("mechanics_tools")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "tools", assoc::join_table("mechanics_tools")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          "tools", assoc::join_table("mechanics_tools")));{{$}}
struct Tool : assoc::model<Tool> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Mechanic>("mechanics"));
};
} // namespace half_misordered

// A name of the application's own on both sides: the sides agree, and
// nothing is wrong unless the convention is required.
namespace custom {
struct Group;
struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Group>(
          "groups", assoc::join_table("memberships")));
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-1]]:39: warning: join table 'memberships' of has_and_belongs_to_many 'groups' of 'custom::User' is not the conventional name for tables 'groups' and 'users': the default is 'groups_users' (names in byte order, a shared prefix written once) [assoc-join-table-name]
};
struct Group : assoc::model<Group> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<User>(
          "users", assoc::join_table("memberships")));
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-1]]:38: warning: join table 'memberships' of has_and_belongs_to_many 'users' of 'custom::Group' is not the conventional name for tables 'groups' and 'users': the default is 'groups_users' (names in byte order, a shared prefix written once) [assoc-join-table-name]
};
// No fix-it: the table is the application's.
// CHECK-FIXES-CONVENTIONAL: {{^}}          "groups", assoc::join_table("memberships")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "users", assoc::join_table("memberships")));{{$}}
} // namespace custom

// The two sides on different tables: the error is at the side that left
// the convention, the note at the other.
namespace disagree {
struct Course;
struct Student : assoc::model<Student> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Course>("courses"));
};
struct Course : assoc::model<Course> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Student>(
          "students", assoc::join_table("enrollments")));
  // CHECK-NOTES: :[[@LINE-1]]:41: error: has_and_belongs_to_many 'students' of 'disagree::Course' uses join table 'enrollments' (declared) but its other side uses 'courses_students': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-7]]:46: note: has_and_belongs_to_many 'courses' of 'disagree::Student' uses 'courses_students' (derived from tables 'students' and 'courses')
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:41: error: has_and_belongs_to_many 'students' of 'disagree::Course' uses join table 'enrollments' (declared) but its other side uses 'courses_students': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-9]]:46: note: has_and_belongs_to_many 'courses' of 'disagree::Student' uses 'courses_students' (derived from tables 'students' and 'courses')
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-5]]:41: warning: join table 'enrollments' of has_and_belongs_to_many 'students' of 'disagree::Course' is not the conventional name for tables 'courses' and 'students': the default is 'courses_students' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:41: error: has_and_belongs_to_many 'students' of 'disagree::Course' uses join table 'enrollments' (declared) but its other side uses 'courses_students': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-12]]:46: note: has_and_belongs_to_many 'courses' of 'disagree::Student' uses 'courses_students' (derived from tables 'students' and 'courses')
};
} // namespace disagree

// Two relations on one table, as the Rails docs' Developer projects and
// special_projects (class_name "Project"): both derive managers_teams. The
// side that points back pairs with the first; the second is another
// relation.
namespace shared {
struct Team;
struct Manager : assoc::model<Manager> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Team>("teams"),
      assoc::has_and_belongs_to_many<Team>("special_teams"));
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: has_and_belongs_to_many 'special_teams' of 'shared::Manager' shares join table 'managers_teams' with has_and_belongs_to_many 'teams' of 'shared::Manager', another relation: each would see the other's rows [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-3]]:44: note: has_and_belongs_to_many 'teams' of 'shared::Manager' uses 'managers_teams' here
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:44: warning: has_and_belongs_to_many 'special_teams' of 'shared::Manager' shares join table 'managers_teams' with has_and_belongs_to_many 'teams' of 'shared::Manager', another relation: each would see the other's rows [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-5]]:44: note: has_and_belongs_to_many 'teams' of 'shared::Manager' uses 'managers_teams' here
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:44: warning: has_and_belongs_to_many 'special_teams' of 'shared::Manager' shares join table 'managers_teams' with has_and_belongs_to_many 'teams' of 'shared::Manager', another relation: each would see the other's rows [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-7]]:44: note: has_and_belongs_to_many 'teams' of 'shared::Manager' uses 'managers_teams' here
};
struct Team : assoc::model<Team> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Manager>("managers"));
};
} // namespace shared

// Self-referential, the two key columns one column: neither key given
// (node_id twice), or the one given equal to the other's default. One key
// that differs from the other's default already tells the ends apart:
// silent.
namespace self_no_keys {
struct Node : assoc::model<Node> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Node>("neighbours"));
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: self-referential has_and_belongs_to_many 'neighbours' of 'self_no_keys::Node' uses column 'node_id' of 'nodes_nodes' for both ends; declare foreign_key and association_foreign_key with two different columns [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-2]]:44: warning: self-referential has_and_belongs_to_many 'neighbours' of 'self_no_keys::Node' uses column 'node_id' of 'nodes_nodes' for both ends; declare foreign_key and association_foreign_key with two different columns [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-3]]:44: warning: self-referential has_and_belongs_to_many 'neighbours' of 'self_no_keys::Node' uses column 'node_id' of 'nodes_nodes' for both ends; declare foreign_key and association_foreign_key with two different columns [assoc-join-table-name]
};
} // namespace self_no_keys
namespace self_one_key {
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Employee>(
          "mentors", assoc::foreign_key("mentee_id")));
};
struct Account : assoc::model<Account> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Account>(
          "linked_accounts", assoc::association_foreign_key("account_id")));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: self-referential has_and_belongs_to_many 'linked_accounts' of 'self_one_key::Account' uses column 'account_id' of 'accounts_accounts' for both ends; declare foreign_key and association_foreign_key with two different columns [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-2]]:11: warning: self-referential has_and_belongs_to_many 'linked_accounts' of 'self_one_key::Account' uses column 'account_id' of 'accounts_accounts' for both ends; declare foreign_key and association_foreign_key with two different columns [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-3]]:11: warning: self-referential has_and_belongs_to_many 'linked_accounts' of 'self_one_key::Account' uses column 'account_id' of 'accounts_accounts' for both ends; declare foreign_key and association_foreign_key with two different columns [assoc-join-table-name]
};
} // namespace self_one_key

// NOLINT silences the warning.
namespace quiet {
struct Tree : assoc::model<Tree> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Tree>("grafts")); // NOLINT(assoc-join-table-name)
};
} // namespace quiet

// table_name changes the derived name: clients live in 'customers', so the
// join table is agents_customers, and patrons in 'guests'.
namespace renamed {
struct Agent;
struct Client : assoc::model<Client> {
  static constexpr const char *table_name = "customers";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Agent>("agents"));
};
struct Agent : assoc::model<Agent> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Client>(
          "clients", assoc::join_table("agents_customers")));
};
struct Hotel;
struct Patron : assoc::model<Patron> {
  static constexpr const char *table_name = "guests";
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Hotel>("hotels"));
};
struct Hotel : assoc::model<Hotel> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Patron>(
          "patrons", assoc::join_table("hotels_patrons")));
  // CHECK-NOTES: :[[@LINE-1]]:40: error: has_and_belongs_to_many 'patrons' of 'renamed::Hotel' uses join table 'hotels_patrons' (declared) but its other side uses 'guests_hotels': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-7]]:45: note: has_and_belongs_to_many 'hotels' of 'renamed::Patron' uses 'guests_hotels' (derived from tables 'guests' and 'hotels')
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:40: error: has_and_belongs_to_many 'patrons' of 'renamed::Hotel' uses join table 'hotels_patrons' (declared) but its other side uses 'guests_hotels': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-9]]:45: note: has_and_belongs_to_many 'hotels' of 'renamed::Patron' uses 'guests_hotels' (derived from tables 'guests' and 'hotels')
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-5]]:40: warning: join table 'hotels_patrons' of has_and_belongs_to_many 'patrons' of 'renamed::Hotel' is not the conventional name for tables 'guests' and 'hotels': the default is 'guests_hotels' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:40: error: has_and_belongs_to_many 'patrons' of 'renamed::Hotel' uses join table 'hotels_patrons' (declared) but its other side uses 'guests_hotels': each side would read and write its own table [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-12]]:45: note: has_and_belongs_to_many 'hotels' of 'renamed::Patron' uses 'guests_hotels' (derived from tables 'guests' and 'hotels')
};
} // namespace renamed

// Single-table inheritance: a subclass lives in its root's table, so Truck's
// habtm derives lorries_ports, and a habtm to a Van uses 'wagons'.
namespace sti {
struct Port;
struct Lorry : assoc::model<Lorry> {
  static constexpr auto associations = assoc::declare();
};
struct Truck : Lorry {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Port>("ports"));
};
struct Port : assoc::model<Port> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Truck>("trucks"));
};
struct Wagon : assoc::model<Wagon> {
  static constexpr auto associations = assoc::declare();
};
struct Van : Wagon {};
struct Dock : assoc::model<Dock> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Van>(
          "vans", assoc::join_table("wagons_docks")));
  // CHECK-NOTES: :[[@LINE-1]]:37: warning: join table 'wagons_docks' of has_and_belongs_to_many 'vans' of 'sti::Dock' is not ActiveRecord's spelling of tables 'docks' and 'wagons': the default is 'docks_wagons' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES: :[[@LINE-2]]:37: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-3]]:37: warning: join table 'wagons_docks' of has_and_belongs_to_many 'vans' of 'sti::Dock' is not ActiveRecord's spelling of tables 'docks' and 'wagons': the default is 'docks_wagons' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-CONVENTIONAL: :[[@LINE-4]]:37: note: FIX-IT applied suggested code changes
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-5]]:37: warning: join table 'wagons_docks' of has_and_belongs_to_many 'vans' of 'sti::Dock' is not ActiveRecord's spelling of tables 'docks' and 'wagons': the default is 'docks_wagons' (names in byte order, a shared prefix written once) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-6]]:37: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}          "vans", assoc::join_table("docks_wagons")));{{$}}
// CHECK-FIXES-CONVENTIONAL: {{^}}          "vans", assoc::join_table("docks_wagons")));{{$}}
// CHECK-FIXES-JOIN-MODELS: {{^}}          "vans", assoc::join_table("docks_wagons")));{{$}}
} // namespace sti

// Sides pair across single-table inheritance whichever of them names the
// subclass, and whichever is declared first: Vehicle habtm garages and
// Garage habtm cars (Car : Vehicle) both use garages_vehicles, one relation,
// not two sharing a table. Here the base's side comes first...
namespace sti_base_first {
struct Garage;
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Garage>("garages"));
};
struct Car : Vehicle {};
struct Garage : assoc::model<Garage> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Car>("cars"));
};
} // namespace sti_base_first

// ...and here the side naming the subclass (Robot : Machine, on
// machines_workshops).
namespace sti_subclass_first {
struct Robot;
struct Workshop : assoc::model<Workshop> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Robot>("robots"));
};
struct Machine : assoc::model<Machine> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Workshop>("workshops"));
};
struct Robot : Machine {};
} // namespace sti_subclass_first

// Join models of has_many :through, checked with CheckThroughJoinModels
// only. The Sinatra lesson's user_items (owner singular first) and a
// habtm-style authors_books are join-table names; the Rails guide's
// appointments is not.
namespace sinatra {
struct UserItem;
struct Item;
struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<UserItem>("user_items"),
      assoc::has_many<Item>("items", assoc::through("user_items")));
};
struct Item : assoc::model<Item> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<UserItem>("user_items"),
      assoc::has_many<User>("users", assoc::through("user_items")));
};
struct UserItem : assoc::model<UserItem> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<User>("user"), assoc::belongs_to<Item>("item"));
};
} // namespace sinatra

namespace habtm_style {
struct AuthorsBook;
struct Book;
struct Author : assoc::model<Author> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<AuthorsBook>("authors_books"),
      assoc::has_many<Book>("books", assoc::through("authors_books")));
};
struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<AuthorsBook>("authors_books"),
      assoc::has_many<Author>("authors", assoc::through("authors_books")));
};
struct AuthorsBook : assoc::model<AuthorsBook> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author"), assoc::belongs_to<Book>("book"));
};
} // namespace habtm_style

// Reported once, at the join model, although both ends go through it.
namespace guide {
struct Appointment;
struct Patient;
struct Physician : assoc::model<Physician> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Patient>("patients", assoc::through("appointments")));
};
struct Appointment : assoc::model<Appointment> {
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-1]]:8: warning: join model 'guide::Appointment' has table 'appointments'; a join model of 'physicians' and 'patients' is named 'patients_physicians', 'physician_patients' or 'patient_physicians' (CheckThroughJoinModels) [assoc-join-table-name]
  // CHECK-NOTES-JOIN-MODELS: :[[@LINE-4]]:59: note: has_many 'patients' of 'guide::Physician' goes through it here
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Physician>("physician"),
      assoc::belongs_to<Patient>("patient"));
};
struct Patient : assoc::model<Patient> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Appointment>("appointments"),
      assoc::has_many<Physician>("physicians", assoc::through("appointments")));
};
} // namespace guide
