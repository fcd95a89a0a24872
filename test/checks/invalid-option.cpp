// The dependent: x kind matrix, the option keys and the reserved names below were each checked against ActiveRecord 6.1.7 itself.
// RUN: %check_assoc_tidy %s assoc-invalid-option %t -- \
// RUN:   --config="{CheckOptions: {Irregulars: 'save:savings'}}"
// RUN: %check_assoc_tidy %s assoc-invalid-option %t -- \
// RUN:   --config="{CheckOptions: {assoc-invalid-option.Irregulars: 'save:savings'}}" -- -std=c++20

// What ActiveRecord rejects, or silently drops, when the class loads: a
// dependent: value the kind does not know, an option key the kind does not
// take, a polymorphic target on a has_*, a name that collides with a method.
// Any diagnostic not written here fails the test, so each valid combination
// below is also checked to draw nothing. Each case has its own namespace.
// Both runs configure one custom inflection (globally, then for the check),
// which only the custom_inflections case depends on.

#include <assoc/associations.hpp>

// belongs_to takes destroy, delete and destroy_async: it removes the one
// record it points to. The has_many spelling delete_all means delete, and
// nullify or restrict_* belong on the other side, which holds the records.
namespace dependent_belongs_to {
struct Account;
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account_destroy", assoc::dependent("destroy")),
      assoc::belongs_to<Account>("account_delete", assoc::dependent("delete")),
      assoc::belongs_to<Account>("account_delete_all", assoc::dependent("delete_all")),
      // CHECK-NOTES: :[[@LINE-1]]:73: error: dependent: 'delete_all' is not valid on belongs_to 'account_delete_all'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads; did you mean 'delete'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:73: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account_delete_all", assoc::dependent("delete")),{{$}}
      assoc::belongs_to<Account>("account_nullify", assoc::dependent("nullify")),
      // CHECK-NOTES: :[[@LINE-1]]:70: error: dependent: 'nullify' is not valid on belongs_to 'account_nullify'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads (a belongs_to cannot nullify or restrict: put the option on the has_many/has_one side) [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account_nullify", assoc::dependent("nullify")),{{$}}
      assoc::belongs_to<Account>("account_restrict_with_error", assoc::dependent("restrict_with_error")),
      // CHECK-NOTES: :[[@LINE-1]]:82: error: dependent: 'restrict_with_error' is not valid on belongs_to 'account_restrict_with_error'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads (a belongs_to cannot nullify or restrict: put the option on the has_many/has_one side) [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account_restrict_with_error", assoc::dependent("restrict_with_error")),{{$}}
      assoc::belongs_to<Account>("account_restrict_with_exception", assoc::dependent("restrict_with_exception")),
      // CHECK-NOTES: :[[@LINE-1]]:86: error: dependent: 'restrict_with_exception' is not valid on belongs_to 'account_restrict_with_exception'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads (a belongs_to cannot nullify or restrict: put the option on the has_many/has_one side) [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account_restrict_with_exception", assoc::dependent("restrict_with_exception")),{{$}}
      assoc::belongs_to<Account>("account_destroy_async", assoc::dependent("destroy_async")),
      assoc::belongs_to<Account>("account_restrict", assoc::dependent("restrict")),
      // CHECK-NOTES: :[[@LINE-1]]:71: error: dependent: 'restrict' is not valid on belongs_to 'account_restrict'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads (a belongs_to cannot nullify or restrict: put the option on the has_many/has_one side) [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account_restrict", assoc::dependent("restrict")),{{$}}
      assoc::belongs_to<Account>("account_destory", assoc::dependent("destory")),
      // CHECK-NOTES: :[[@LINE-1]]:70: error: dependent: 'destory' is not valid on belongs_to 'account_destory'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads; did you mean 'destroy'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:70: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account_destory", assoc::dependent("destroy")),{{$}}
      assoc::belongs_to<Account>("account_empty", assoc::dependent("")));
  // CHECK-NOTES: :[[@LINE-1]]:68: error: dependent: '' is not valid on belongs_to 'account_empty'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads [assoc-invalid-option]
  // CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account_empty", assoc::dependent("")));{{$}}
};
} // namespace dependent_belongs_to

// has_one takes every value but delete_all: it has one record to delete.
// The restrict of Rails 3 is gone; restrict_with_exception is what it did.
namespace dependent_has_one {
struct Profile;
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Profile>("profile_destroy", assoc::dependent("destroy")),
      assoc::has_one<Profile>("profile_delete", assoc::dependent("delete")),
      assoc::has_one<Profile>("profile_delete_all", assoc::dependent("delete_all")),
      // CHECK-NOTES: :[[@LINE-1]]:70: error: dependent: 'delete_all' is not valid on has_one 'profile_delete_all'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; did you mean 'delete'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:70: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Profile>("profile_delete_all", assoc::dependent("delete")),{{$}}
      assoc::has_one<Profile>("profile_nullify", assoc::dependent("nullify")),
      assoc::has_one<Profile>("profile_restrict_with_error", assoc::dependent("restrict_with_error")),
      assoc::has_one<Profile>("profile_restrict_with_exception", assoc::dependent("restrict_with_exception")),
      assoc::has_one<Profile>("profile_destroy_async", assoc::dependent("destroy_async")),
      assoc::has_one<Profile>("profile_restrict", assoc::dependent("restrict")),
      // CHECK-NOTES: :[[@LINE-1]]:68: error: dependent: 'restrict' is not valid on has_one 'profile_restrict'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; did you mean 'restrict_with_exception'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:68: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Profile>("profile_restrict", assoc::dependent("restrict_with_exception")),{{$}}
      assoc::has_one<Profile>("profile_destory", assoc::dependent("destory")),
      // CHECK-NOTES: :[[@LINE-1]]:67: error: dependent: 'destory' is not valid on has_one 'profile_destory'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; did you mean 'destroy'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:67: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Profile>("profile_destory", assoc::dependent("destroy")),{{$}}
      assoc::has_one<Profile>("profile_empty", assoc::dependent("")));
  // CHECK-NOTES: :[[@LINE-1]]:65: error: dependent: '' is not valid on has_one 'profile_empty'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads [assoc-invalid-option]
  // CHECK-FIXES: {{^}}      assoc::has_one<Profile>("profile_empty", assoc::dependent("")));{{$}}
};
} // namespace dependent_has_one

// has_many takes every value but delete: delete_all removes the records
// with one statement.
namespace dependent_has_many {
struct Order;
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders_destroy", assoc::dependent("destroy")),
      assoc::has_many<Order>("orders_delete", assoc::dependent("delete")),
      // CHECK-NOTES: :[[@LINE-1]]:64: error: dependent: 'delete' is not valid on has_many 'orders_delete'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads; did you mean 'delete_all'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:64: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_many<Order>("orders_delete", assoc::dependent("delete_all")),{{$}}
      assoc::has_many<Order>("orders_delete_all", assoc::dependent("delete_all")),
      assoc::has_many<Order>("orders_nullify", assoc::dependent("nullify")),
      assoc::has_many<Order>("orders_restrict_with_error", assoc::dependent("restrict_with_error")),
      assoc::has_many<Order>("orders_restrict_with_exception", assoc::dependent("restrict_with_exception")),
      assoc::has_many<Order>("orders_destroy_async", assoc::dependent("destroy_async")),
      assoc::has_many<Order>("orders_restrict", assoc::dependent("restrict")),
      // CHECK-NOTES: :[[@LINE-1]]:66: error: dependent: 'restrict' is not valid on has_many 'orders_restrict'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads; did you mean 'restrict_with_exception'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:66: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_many<Order>("orders_restrict", assoc::dependent("restrict_with_exception")),{{$}}
      assoc::has_many<Order>("orders_destory", assoc::dependent("destory")),
      // CHECK-NOTES: :[[@LINE-1]]:65: error: dependent: 'destory' is not valid on has_many 'orders_destory'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads; did you mean 'destroy'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:65: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_many<Order>("orders_destory", assoc::dependent("destroy")),{{$}}
      assoc::has_many<Order>("orders_empty", assoc::dependent("")));
  // CHECK-NOTES: :[[@LINE-1]]:63: error: dependent: '' is not valid on has_many 'orders_empty'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads [assoc-invalid-option]
  // CHECK-FIXES: {{^}}      assoc::has_many<Order>("orders_empty", assoc::dependent("")));{{$}}
};
} // namespace dependent_has_many

// has_and_belongs_to_many validates no key, so any value, even one no other
// kind accepts, is dropped: the join rows go with the owner whatever it says.
namespace dependent_habtm {
struct Tag;
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Tag>("tags_destroy", assoc::dependent("destroy")),
      // CHECK-NOTES: :[[@LINE-1]]:59: warning: has_and_belongs_to_many 'tags_destroy' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:57: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_destroy"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_delete", assoc::dependent("delete")),
      // CHECK-NOTES: :[[@LINE-1]]:58: warning: has_and_belongs_to_many 'tags_delete' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:56: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_delete"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_delete_all", assoc::dependent("delete_all")),
      // CHECK-NOTES: :[[@LINE-1]]:62: warning: has_and_belongs_to_many 'tags_delete_all' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:60: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_delete_all"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_nullify", assoc::dependent("nullify")),
      // CHECK-NOTES: :[[@LINE-1]]:59: warning: has_and_belongs_to_many 'tags_nullify' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:57: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_nullify"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_restrict_with_error", assoc::dependent("restrict_with_error")),
      // CHECK-NOTES: :[[@LINE-1]]:71: warning: has_and_belongs_to_many 'tags_restrict_with_error' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:69: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_restrict_with_error"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_restrict_with_exception", assoc::dependent("restrict_with_exception")),
      // CHECK-NOTES: :[[@LINE-1]]:75: warning: has_and_belongs_to_many 'tags_restrict_with_exception' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:73: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_restrict_with_exception"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_destroy_async", assoc::dependent("destroy_async")),
      // CHECK-NOTES: :[[@LINE-1]]:65: warning: has_and_belongs_to_many 'tags_destroy_async' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:63: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_destroy_async"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_restrict", assoc::dependent("restrict")),
      // CHECK-NOTES: :[[@LINE-1]]:60: warning: has_and_belongs_to_many 'tags_restrict' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:58: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_restrict"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_destory", assoc::dependent("destory")),
      // CHECK-NOTES: :[[@LINE-1]]:59: warning: has_and_belongs_to_many 'tags_destory' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:57: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_destory"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("tags_empty", assoc::dependent("")));
  // CHECK-NOTES: :[[@LINE-1]]:57: warning: has_and_belongs_to_many 'tags_empty' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-2]]:55: note: FIX-IT applied suggested code changes
  // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("tags_empty"));{{$}}
};
} // namespace dependent_habtm

// A has_one through validates the value as a has_one does, then registers
// no callback for it: a valid value does nothing and can go.
namespace dependent_has_one_through {
struct Club;
struct Membership;
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Membership>("membership"),
      assoc::has_one<Club>("club_destroy", assoc::through("membership"), assoc::dependent("destroy")),
      // CHECK-NOTES: :[[@LINE-1]]:91: warning: dependent: 'destroy' on has_one 'club_destroy' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:72: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_destroy", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_delete", assoc::through("membership"), assoc::dependent("delete")),
      // CHECK-NOTES: :[[@LINE-1]]:90: warning: dependent: 'delete' on has_one 'club_delete' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:71: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_delete", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_delete_all", assoc::through("membership"), assoc::dependent("delete_all")),
      // CHECK-NOTES: :[[@LINE-1]]:94: error: dependent: 'delete_all' is not valid on has_one 'club_delete_all'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; on a has_one through no value does anything: remove it [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:75: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_delete_all", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_nullify", assoc::through("membership"), assoc::dependent("nullify")),
      // CHECK-NOTES: :[[@LINE-1]]:91: warning: dependent: 'nullify' on has_one 'club_nullify' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:72: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_nullify", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_restrict_with_error", assoc::through("membership"), assoc::dependent("restrict_with_error")),
      // CHECK-NOTES: :[[@LINE-1]]:103: warning: dependent: 'restrict_with_error' on has_one 'club_restrict_with_error' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:84: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_restrict_with_error", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_restrict_with_exception", assoc::through("membership"), assoc::dependent("restrict_with_exception")),
      // CHECK-NOTES: :[[@LINE-1]]:107: warning: dependent: 'restrict_with_exception' on has_one 'club_restrict_with_exception' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:88: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_restrict_with_exception", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_destroy_async", assoc::through("membership"), assoc::dependent("destroy_async")),
      // CHECK-NOTES: :[[@LINE-1]]:97: warning: dependent: 'destroy_async' on has_one 'club_destroy_async' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:78: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_destroy_async", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_restrict", assoc::through("membership"), assoc::dependent("restrict")),
      // CHECK-NOTES: :[[@LINE-1]]:92: error: dependent: 'restrict' is not valid on has_one 'club_restrict'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; on a has_one through no value does anything: remove it [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:73: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_restrict", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_destory", assoc::through("membership"), assoc::dependent("destory")),
      // CHECK-NOTES: :[[@LINE-1]]:91: error: dependent: 'destory' is not valid on has_one 'club_destory'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; on a has_one through no value does anything: remove it [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:72: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_destory", assoc::through("membership")),{{$}}
      assoc::has_one<Club>("club_empty", assoc::through("membership"), assoc::dependent("")));
  // CHECK-NOTES: :[[@LINE-1]]:89: error: dependent: '' is not valid on has_one 'club_empty'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; on a has_one through no value does anything: remove it [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-2]]:70: note: FIX-IT applied suggested code changes
  // CHECK-FIXES: {{^}}      assoc::has_one<Club>("club_empty", assoc::through("membership")));{{$}}
};
} // namespace dependent_has_one_through

// A has_many through validates the value as a has_many does, and deletes
// the join records with it.
namespace dependent_has_many_through {
struct Club;
struct Membership;
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Membership>("memberships"),
      assoc::has_many<Club>("clubs_destroy", assoc::through("memberships"), assoc::dependent("destroy")),
      assoc::has_many<Club>("clubs_delete", assoc::through("memberships"), assoc::dependent("delete")),
      // CHECK-NOTES: :[[@LINE-1]]:93: error: dependent: 'delete' is not valid on has_many 'clubs_delete'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads; did you mean 'delete_all'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:93: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_many<Club>("clubs_delete", assoc::through("memberships"), assoc::dependent("delete_all")),{{$}}
      assoc::has_many<Club>("clubs_delete_all", assoc::through("memberships"), assoc::dependent("delete_all")),
      assoc::has_many<Club>("clubs_nullify", assoc::through("memberships"), assoc::dependent("nullify")),
      assoc::has_many<Club>("clubs_restrict_with_error", assoc::through("memberships"), assoc::dependent("restrict_with_error")),
      assoc::has_many<Club>("clubs_restrict_with_exception", assoc::through("memberships"), assoc::dependent("restrict_with_exception")),
      assoc::has_many<Club>("clubs_destroy_async", assoc::through("memberships"), assoc::dependent("destroy_async")),
      assoc::has_many<Club>("clubs_restrict", assoc::through("memberships"), assoc::dependent("restrict")),
      // CHECK-NOTES: :[[@LINE-1]]:95: error: dependent: 'restrict' is not valid on has_many 'clubs_restrict'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads; did you mean 'restrict_with_exception'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:95: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_many<Club>("clubs_restrict", assoc::through("memberships"), assoc::dependent("restrict_with_exception")),{{$}}
      assoc::has_many<Club>("clubs_destory", assoc::through("memberships"), assoc::dependent("destory")),
      // CHECK-NOTES: :[[@LINE-1]]:94: error: dependent: 'destory' is not valid on has_many 'clubs_destory'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads; did you mean 'destroy'? [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:94: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_many<Club>("clubs_destory", assoc::through("memberships"), assoc::dependent("destroy")),{{$}}
      assoc::has_many<Club>("clubs_empty", assoc::through("memberships"), assoc::dependent("")));
  // CHECK-NOTES: :[[@LINE-1]]:92: error: dependent: '' is not valid on has_many 'clubs_empty'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads [assoc-invalid-option]
  // CHECK-FIXES: {{^}}      assoc::has_many<Club>("clubs_empty", assoc::through("memberships"), assoc::dependent("")));{{$}}
};
} // namespace dependent_has_many_through

// Where dependent: stands among the options of a has_one through does not
// matter: it still does nothing, and its removal takes the comma before it.
namespace through_order {
struct Club;
struct Membership;
struct Member : assoc::model<Member> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Membership>("membership"),
      assoc::has_one<Club>("club", assoc::dependent("destroy"), assoc::through("membership")));
  // CHECK-NOTES: :[[@LINE-1]]:53: warning: dependent: 'destroy' on has_one 'club' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-2]]:34: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}      assoc::has_one<Club>("club", assoc::through("membership")));{{$}}
} // namespace through_order

// belongs_to takes the singular keys (required, touch) and its own
// (optional, counter_cache); the has_* keys are unknown to it.
namespace keys_belongs_to {
struct Account;
struct Invoice : assoc::model<Invoice> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::foreign_key("account_id"),
                                 assoc::primary_key("id"),
                                 assoc::inverse_of("invoices"),
                                 assoc::dependent("destroy"), assoc::optional(),
                                 assoc::counter_cache(), assoc::touch(),
                                 assoc::autosave(), assoc::validate(false)),
      assoc::belongs_to<Account>("payer", assoc::required(),
                                 assoc::counter_cache("paid_invoices_count")),
      assoc::belongs_to<Account>("payee", assoc::through("accounts")),
      // CHECK-NOTES: :[[@LINE-1]]:43: error: belongs_to 'payee' does not accept option 'through'; ActiveRecord raises ArgumentError (Unknown key: :through) when the class loads [assoc-invalid-option]
      assoc::belongs_to<Account>("issuer", assoc::as("issuable")),
      // CHECK-NOTES: :[[@LINE-1]]:44: error: belongs_to 'issuer' does not accept option 'as'; ActiveRecord raises ArgumentError (Unknown key: :as) when the class loads [assoc-invalid-option]
      assoc::belongs_to<Account>("auditor", assoc::join_table("audits")),
      // CHECK-NOTES: :[[@LINE-1]]:45: error: belongs_to 'auditor' does not accept option 'join_table'; ActiveRecord raises ArgumentError (Unknown key: :join_table) when the class loads [assoc-invalid-option]
      assoc::belongs_to<Account>("approver", assoc::association_foreign_key("approver_id")),
      // CHECK-NOTES: :[[@LINE-1]]:46: error: belongs_to 'approver' does not accept option 'association_foreign_key'; ActiveRecord raises ArgumentError (Unknown key: :association_foreign_key) when the class loads [assoc-invalid-option]
      assoc::belongs_to<Account>("sender", assoc::source("account")),
      // CHECK-NOTES: :[[@LINE-1]]:44: error: belongs_to 'sender' does not accept option 'source'; ActiveRecord raises ArgumentError (Unknown key: :source) when the class loads [assoc-invalid-option]
      assoc::belongs_to<Account>("receiver", assoc::source_type("Account")));
  // CHECK-NOTES: :[[@LINE-1]]:46: error: belongs_to 'receiver' does not accept option 'source_type'; ActiveRecord raises ArgumentError (Unknown key: :source_type) when the class loads [assoc-invalid-option]
};
// No fix-it: whether the key or the kind is wrong is the user's decision.
// CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("payee", assoc::through("accounts")),{{$}}
} // namespace keys_belongs_to

// has_one takes the singular keys, as, and through with source and
// source_type; optional and counter_cache are belongs_to's, join_table and
// association_foreign_key habtm's. A flag is checked by its key, so
// optional(false) is as unknown as optional().
namespace keys_has_one {
struct Account;
struct Avatar;
struct Membership;
struct Club;
struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Account>("account", assoc::foreign_key("owner_id"),
                              assoc::primary_key("id"),
                              assoc::inverse_of("owner"),
                              assoc::dependent("destroy"), assoc::required(),
                              assoc::touch(), assoc::autosave(),
                              assoc::validate()),
      assoc::has_one<Avatar>("avatar", assoc::as("imageable"), assoc::touch(false)),
      assoc::has_one<Membership>("membership"),
      assoc::has_one<Club>("club", assoc::through("membership"),
                           assoc::source("club"), assoc::source_type("Club")),
      assoc::has_one<Account>("backup_account", assoc::optional()),
      // CHECK-NOTES: :[[@LINE-1]]:49: error: has_one 'backup_account' does not accept option 'optional'; ActiveRecord raises ArgumentError (Unknown key: :optional) when the class loads [assoc-invalid-option]
      assoc::has_one<Account>("spare_account", assoc::optional(false)),
      // CHECK-NOTES: :[[@LINE-1]]:48: error: has_one 'spare_account' does not accept option 'optional'; ActiveRecord raises ArgumentError (Unknown key: :optional) when the class loads [assoc-invalid-option]
      assoc::has_one<Account>("main_account", assoc::counter_cache()),
      // CHECK-NOTES: :[[@LINE-1]]:47: error: has_one 'main_account' does not accept option 'counter_cache'; ActiveRecord raises ArgumentError (Unknown key: :counter_cache) when the class loads [assoc-invalid-option]
      assoc::has_one<Account>("old_account", assoc::counter_cache("accounts_count")),
      // CHECK-NOTES: :[[@LINE-1]]:46: error: has_one 'old_account' does not accept option 'counter_cache'; ActiveRecord raises ArgumentError (Unknown key: :counter_cache) when the class loads [assoc-invalid-option]
      assoc::has_one<Account>("shared_account", assoc::join_table("accounts_users")),
      // CHECK-NOTES: :[[@LINE-1]]:49: error: has_one 'shared_account' does not accept option 'join_table'; ActiveRecord raises ArgumentError (Unknown key: :join_table) when the class loads [assoc-invalid-option]
      assoc::has_one<Account>("linked_account", assoc::association_foreign_key("account_id")),
      // CHECK-NOTES: :[[@LINE-1]]:49: error: has_one 'linked_account' does not accept option 'association_foreign_key'; ActiveRecord raises ArgumentError (Unknown key: :association_foreign_key) when the class loads [assoc-invalid-option]
      assoc::has_one<Club>("home_club", assoc::source("club")),
      // CHECK-NOTES: :[[@LINE-1]]:41: error: has_one 'home_club' does not accept option 'source' without 'through'; ActiveRecord raises ArgumentError (Unknown key: :source) when the class loads [assoc-invalid-option]
      assoc::has_one<Club>("away_club", assoc::source_type("Club")));
  // CHECK-NOTES: :[[@LINE-1]]:41: error: has_one 'away_club' does not accept option 'source_type' without 'through'; ActiveRecord raises ArgumentError (Unknown key: :source_type) when the class loads [assoc-invalid-option]
};
} // namespace keys_has_one

// has_many takes the collection keys, join_table (a leftover of habtm) and
// counter_cache, as, and through with source and source_type; the
// singular keys are unknown to it, with any value. counter_cache() without
// a column is accepted, but ActiveRecord 6.1 reads it as a column named
// 'true' on a has_many: a warning; a named column is fine.
namespace keys_has_many {
struct Order;
struct Picture;
struct Subscription;
struct Magazine;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::foreign_key("buyer_id"),
                             assoc::primary_key("id"),
                             assoc::inverse_of("buyer"),
                             assoc::dependent("destroy"),
                             assoc::counter_cache("orders_count"),
                             assoc::autosave(), assoc::validate()),
      assoc::has_many<Order>("archived_orders", assoc::join_table("archives"),
                             assoc::counter_cache()),
      // CHECK-NOTES: :[[@LINE-1]]:30: warning: counter_cache() on has_many 'archived_orders' makes ActiveRecord 6.1 read a column named 'true'; name the column, counter_cache("archived_orders_count") [assoc-invalid-option]
      assoc::has_many<Picture>("pictures", assoc::as("imageable")),
      assoc::has_many<Subscription>("subscriptions"),
      assoc::has_many<Magazine>("magazines", assoc::through("subscriptions"),
                                assoc::source("magazine"),
                                assoc::source_type("Magazine")),
      // Where through is written makes no difference.
      assoc::has_many<Magazine>("journals", assoc::source("magazine"),
                                assoc::through("subscriptions")),
      assoc::has_many<Order>("open_orders", assoc::optional()),
      // CHECK-NOTES: :[[@LINE-1]]:45: error: has_many 'open_orders' does not accept option 'optional'; ActiveRecord raises ArgumentError (Unknown key: :optional) when the class loads [assoc-invalid-option]
      assoc::has_many<Order>("paid_orders", assoc::required()),
      // CHECK-NOTES: :[[@LINE-1]]:45: error: has_many 'paid_orders' does not accept option 'required'; ActiveRecord raises ArgumentError (Unknown key: :required) when the class loads [assoc-invalid-option]
      assoc::has_many<Order>("recent_orders", assoc::touch()),
      // CHECK-NOTES: :[[@LINE-1]]:47: error: has_many 'recent_orders' does not accept option 'touch'; ActiveRecord raises ArgumentError (Unknown key: :touch) when the class loads [assoc-invalid-option]
      assoc::has_many<Order>("old_orders", assoc::touch(false)),
      // CHECK-NOTES: :[[@LINE-1]]:44: error: has_many 'old_orders' does not accept option 'touch'; ActiveRecord raises ArgumentError (Unknown key: :touch) when the class loads [assoc-invalid-option]
      assoc::has_many<Order>("split_orders", assoc::association_foreign_key("order_id")),
      // CHECK-NOTES: :[[@LINE-1]]:46: error: has_many 'split_orders' does not accept option 'association_foreign_key'; ActiveRecord raises ArgumentError (Unknown key: :association_foreign_key) when the class loads [assoc-invalid-option]
      assoc::has_many<Magazine>("periodicals", assoc::source("magazine")),
      // CHECK-NOTES: :[[@LINE-1]]:48: error: has_many 'periodicals' does not accept option 'source' without 'through'; ActiveRecord raises ArgumentError (Unknown key: :source) when the class loads [assoc-invalid-option]
      assoc::has_many<Magazine>("gazettes", assoc::source_type("Magazine")));
  // CHECK-NOTES: :[[@LINE-1]]:45: error: has_many 'gazettes' does not accept option 'source_type' without 'through'; ActiveRecord raises ArgumentError (Unknown key: :source_type) when the class loads [assoc-invalid-option]
};
} // namespace keys_has_many

// has_and_belongs_to_many validates no key: it uses join_table, foreign_key,
// association_foreign_key, validate and autosave, and drops every other one
// without a word. The fix-it removes the ignored option with the comma
// before it.
namespace keys_habtm {
struct Tag;
struct Post : assoc::model<Post> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Tag>("tags", assoc::join_table("posts_tags"),
                                          assoc::foreign_key("post_id"),
                                          assoc::association_foreign_key("tag_id"),
                                          assoc::validate(false), assoc::autosave()),
      assoc::has_and_belongs_to_many<Tag>("labels", assoc::inverse_of("posts")),
      // CHECK-NOTES: :[[@LINE-1]]:53: warning: has_and_belongs_to_many 'labels' ignores option 'inverse_of': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:51: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("labels"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("topics", assoc::through("taggings")),
      // CHECK-NOTES: :[[@LINE-1]]:53: warning: has_and_belongs_to_many 'topics' ignores option 'through': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:51: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("topics"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("keywords", assoc::primary_key("uuid")),
      // CHECK-NOTES: :[[@LINE-1]]:55: warning: has_and_belongs_to_many 'keywords' ignores option 'primary_key': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:53: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("keywords"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("badges", assoc::optional()),
      // CHECK-NOTES: :[[@LINE-1]]:53: warning: has_and_belongs_to_many 'badges' ignores option 'optional': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:51: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("badges"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("seals", assoc::required()),
      // CHECK-NOTES: :[[@LINE-1]]:52: warning: has_and_belongs_to_many 'seals' ignores option 'required': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:50: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("seals"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("flags", assoc::touch()),
      // CHECK-NOTES: :[[@LINE-1]]:52: warning: has_and_belongs_to_many 'flags' ignores option 'touch': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:50: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("flags"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("stickers", assoc::counter_cache("stickers_count")),
      // CHECK-NOTES: :[[@LINE-1]]:55: warning: has_and_belongs_to_many 'stickers' ignores option 'counter_cache': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:53: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("stickers"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("pins", assoc::as("pinnable")),
      // CHECK-NOTES: :[[@LINE-1]]:51: warning: has_and_belongs_to_many 'pins' ignores option 'as': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:49: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("pins"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("marks", assoc::source("tag")),
      // CHECK-NOTES: :[[@LINE-1]]:52: warning: has_and_belongs_to_many 'marks' ignores option 'source': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:50: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("marks"),{{$}}
      assoc::has_and_belongs_to_many<Tag>("stamps", assoc::source_type("Tag")),
      // CHECK-NOTES: :[[@LINE-1]]:53: warning: has_and_belongs_to_many 'stamps' ignores option 'source_type': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:51: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("stamps"),{{$}}
      // Between two kept options: the options around it stay.
      assoc::has_and_belongs_to_many<Tag>("categories", assoc::join_table("categorizations"), assoc::inverse_of("posts"), assoc::foreign_key("post_id")),
      // CHECK-NOTES: :[[@LINE-1]]:95: warning: has_and_belongs_to_many 'categories' ignores option 'inverse_of': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:93: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("categories", assoc::join_table("categorizations"), assoc::foreign_key("post_id")),{{$}}
      // Two in a row, the second one last: both go.
      assoc::has_and_belongs_to_many<Tag>("genres", assoc::validate(), assoc::inverse_of("posts"), assoc::touch()),
      // CHECK-NOTES: :[[@LINE-1]]:72: warning: has_and_belongs_to_many 'genres' ignores option 'inverse_of': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:70: note: FIX-IT applied suggested code changes
      // CHECK-NOTES: :[[@LINE-3]]:100: warning: has_and_belongs_to_many 'genres' ignores option 'touch': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-4]]:98: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("genres", assoc::validate()),{{$}}
      // Over two lines: the line break before the option goes with it.
      assoc::has_and_belongs_to_many<Tag>("series", assoc::join_table("posts_series"),
                                          assoc::dependent("destroy")));
  // CHECK-NOTES: :[[@LINE-1]]:43: warning: has_and_belongs_to_many 'series' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-3]]:86: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Tag>("series", assoc::join_table("posts_series")));{{$}}
} // namespace keys_habtm

// A polymorphic target is a belongs_to's alone: a has_many or has_one is
// rejected, a habtm takes its class from its name whatever the target.
namespace polymorphic_target {
struct Picture : assoc::model<Picture> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("imageable", assoc::touch(),
                                            assoc::optional()));
};
struct Employee : assoc::model<Employee> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Picture>("pictures", assoc::as("imageable")),
      assoc::has_many<assoc::polymorphic>("photos"),
      // CHECK-NOTES: :[[@LINE-1]]:7: error: has_many 'photos' cannot be polymorphic; only a belongs_to can, and ActiveRecord raises ArgumentError (Unknown key: :polymorphic) when the class loads; use as: on this side [assoc-invalid-option]
      assoc::has_one<assoc::polymorphic>("avatar"),
      // CHECK-NOTES: :[[@LINE-1]]:7: error: has_one 'avatar' cannot be polymorphic; only a belongs_to can, and ActiveRecord raises ArgumentError (Unknown key: :polymorphic) when the class loads; use as: on this side [assoc-invalid-option]
      // With as: already written, the target model is what is missing.
      assoc::has_many<assoc::polymorphic>("images", assoc::as("imageable")),
      // CHECK-NOTES: :[[@LINE-1]]:7: error: has_many 'images' cannot be polymorphic; only a belongs_to can, and ActiveRecord raises ArgumentError (Unknown key: :polymorphic) when the class loads; name the target model, as: already pairs it with the polymorphic side [assoc-invalid-option]
      assoc::has_and_belongs_to_many<assoc::polymorphic>("albums"));
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: has_and_belongs_to_many 'albums' ignores 'polymorphic': ActiveRecord derives its class from the name [assoc-invalid-option]
};
// No fix-it: the target class is for the user to name.
// CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<assoc::polymorphic>("albums"));{{$}}
} // namespace polymorphic_target

// A name that is already a method of every ActiveRecord model
// (dangerous_attribute_method?) is rejected, whatever the kind; a name
// close to one is not.
namespace reserved_names {
struct Entry;
struct Ledger : assoc::model<Ledger> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Entry>("errors"),
      // CHECK-NOTES: :[[@LINE-1]]:30: error: has_many 'errors' collides with the method 'errors' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::belongs_to<Entry>("transaction"),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: belongs_to 'transaction' collides with the method 'transaction' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_one<Entry>("save"),
      // CHECK-NOTES: :[[@LINE-1]]:29: error: has_one 'save' collides with the method 'save' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_one<Entry>("destroy"),
      // CHECK-NOTES: :[[@LINE-1]]:29: error: has_one 'destroy' collides with the method 'destroy' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::belongs_to<Entry>("reload"),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: belongs_to 'reload' collides with the method 'reload' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_many<Entry>("attributes"),
      // CHECK-NOTES: :[[@LINE-1]]:30: error: has_many 'attributes' collides with the method 'attributes' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::belongs_to<Entry>("id"),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: belongs_to 'id' collides with the method 'id' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_and_belongs_to_many<Entry>("changes"),
      // CHECK-NOTES: :[[@LINE-1]]:45: error: has_and_belongs_to_many 'changes' collides with the method 'changes' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_many<Entry>("transactions"),
      assoc::has_many<Entry>("saves"),
      assoc::belongs_to<Entry>("type"));
};
// A habtm also builds a join model that belongs_to the singular of its
// name: a plural whose singular is such a method is rejected there. Only a
// habtm: has_many 'saves' above builds no such belongs_to.
struct Journal : assoc::model<Journal> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Entry>("touches"),
      // CHECK-NOTES: :[[@LINE-1]]:45: error: has_and_belongs_to_many 'touches': its join model declares belongs_to 'touch', which collides with the method 'touch' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_and_belongs_to_many<Entry>("reloads"),
      // CHECK-NOTES: :[[@LINE-1]]:45: error: has_and_belongs_to_many 'reloads': its join model declares belongs_to 'reload', which collides with the method 'reload' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_and_belongs_to_many<Entry>("entries"));
};
} // namespace reserved_names

// The singular comes from the inflections, custom ones included: with the
// irregular save:savings of the RUN lines, the join model of 'savings'
// belongs_to 'save'. (ActiveSupport alone singularizes it to 'saving',
// which is no method.)
namespace custom_inflections {
struct Account;
struct Bank : assoc::model<Bank> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<Account>("savings"));
  // CHECK-NOTES: :[[@LINE-1]]:47: error: has_and_belongs_to_many 'savings': its join model declares belongs_to 'save', which collides with the method 'save' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
};
} // namespace custom_inflections

// A member of the model's class has the name the association's accessor
// would take: a data member, a member function or template, a nested type or
// alias, a static member.
namespace class_members {
struct Author;
struct Review;
struct Cover;
struct Publisher;
struct Chapter;
struct Tag;
struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author"),
      // CHECK-NOTES: :[[@LINE-1]]:33: error: belongs_to 'author' collides with the member 'author' of 'class_members::Book': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE+22]]:7: note: 'author' is declared here
      assoc::has_many<Review>("reviews"),
      // CHECK-NOTES: :[[@LINE-1]]:31: error: has_many 'reviews' collides with the member 'reviews' of 'class_members::Book': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE+20]]:7: note: 'reviews' is declared here
      assoc::has_one<Cover>("cover"),
      // CHECK-NOTES: :[[@LINE-1]]:29: error: has_one 'cover' collides with the member 'cover' of 'class_members::Book': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE+18]]:10: note: 'cover' is declared here
      assoc::belongs_to<Publisher>("publisher"),
      // CHECK-NOTES: :[[@LINE-1]]:36: error: belongs_to 'publisher' collides with the member 'publisher' of 'class_members::Book': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE+16]]:14: note: 'publisher' is declared here
      assoc::has_many<Chapter>("chapters"),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: has_many 'chapters' collides with the member 'chapters' of 'class_members::Book': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE+14]]:9: note: 'chapters' is declared here
      assoc::has_many<Tag>("tags"),
      // CHECK-NOTES: :[[@LINE-1]]:28: error: has_many 'tags' collides with the member 'tags' of 'class_members::Book': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE+12]]:27: note: 'tags' is declared here
      // Also a member: ActiveRecord's own collision is the one reported.
      assoc::has_many<Review>("save"),
      // CHECK-NOTES: :[[@LINE-1]]:31: error: has_many 'save' collides with the method 'save' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      // A member with another name is no collision.
      assoc::has_many<Review>("ratings"));

  int author = 0;
  int reviews() const;
  struct cover {};
  static int publisher;
  using chapters = int;
  template <class T> void tags(T);
  void save();
  int rating = 0;
};
} // namespace class_members

// The model's own table_name and associations are members like any other.
namespace own_members {
struct Row;
struct Sheet : assoc::model<Sheet> {
  static constexpr const char *table_name = "spreadsheets";
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Row>("table_name"),
      // CHECK-NOTES: :[[@LINE-1]]:28: error: has_many 'table_name' collides with the member 'table_name' of 'own_members::Sheet': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-4]]:32: note: 'table_name' is declared here
      assoc::has_many<Row>("associations"));
  // CHECK-NOTES: :[[@LINE-1]]:28: error: has_many 'associations' collides with the member 'associations' of 'own_members::Sheet': the association's accessor and the member cannot both exist [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-6]]:25: note: 'associations' is declared here
};
} // namespace own_members

// Members of a plain (non-model) base class, a mixin, are the model's
// members too, and so are the enumerators of an unscoped enum nested in
// it; a scoped enum's enumerators are not.
namespace mixins {
struct Label;
struct Audit;
struct Stamp;
struct Printable {
  void label() const;
};
struct Document : Printable, assoc::model<Document> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Label>("label"),
      // CHECK-NOTES: :[[@LINE-1]]:32: error: belongs_to 'label' collides with the member 'label' of 'mixins::Document': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-6]]:8: note: 'label' is declared here
      assoc::has_many<Audit>("audit"),
      // CHECK-NOTES: :[[@LINE-1]]:30: error: has_many 'audit' collides with the member 'audit' of 'mixins::Document': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE+3]]:22: note: 'audit' is declared here
      assoc::has_one<Stamp>("stamp"));

  enum Kind { draft, audit };
  enum class Seal { stamp };
};
} // namespace mixins

// Single-table inheritance: a subclass's associations collide with the
// members of its base models too, and the message names the base model
// that declares the member. A base model's own association is reported
// once, not again for each subclass. The other way round, a subclass's
// member named like an association it inherits is reported at the member,
// with a note at the association.
namespace sti {
struct Garage;
struct Driver;
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Garage>("garage", assoc::dependent("delete_all")));
  // CHECK-NOTES: :[[@LINE-1]]:60: error: dependent: 'delete_all' is not valid on belongs_to 'garage'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads; did you mean 'delete'? [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-2]]:60: note: FIX-IT applied suggested code changes
  int wheels = 4;
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Garage>("garage", assoc::dependent("delete")));{{$}}
struct Car : Vehicle {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Driver>("wheels"),
      // CHECK-NOTES: :[[@LINE-1]]:31: error: has_many 'wheels' collides with the member 'wheels' of 'sti::Vehicle': the association's accessor and the member cannot both exist [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-7]]:7: note: 'wheels' is declared here
      assoc::has_many<Driver>("drivers", assoc::optional()));
  // CHECK-NOTES: :[[@LINE-1]]:42: error: has_many 'drivers' does not accept option 'optional'; ActiveRecord raises ArgumentError (Unknown key: :optional) when the class loads [assoc-invalid-option]
};
struct Truck : Vehicle {};
struct Van : Vehicle {
  int garage = 0;
  // CHECK-NOTES: :[[@LINE-1]]:7: error: member 'garage' of 'sti::Van' collides with the belongs_to 'garage' it inherits: the association's accessor and the member cannot both exist [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-18]]:33: note: belongs_to 'garage' is declared here
};
} // namespace sti

// A repeated key is a repeated Ruby hash key: the last one is the option,
// the earlier ones are never seen. Valid last: silent; invalid last: the
// error is on it.
namespace repeated_keys {
struct Profile;
struct User : assoc::model<User> {
  static constexpr auto associations = assoc::declare(
      assoc::has_one<Profile>("profile", assoc::dependent("delete_all"),
                              assoc::dependent("destroy")),
      assoc::has_one<Profile>("backup_profile", assoc::dependent("destroy"),
                              assoc::dependent("delete_all")));
  // CHECK-NOTES: :[[@LINE-1]]:48: error: dependent: 'delete_all' is not valid on has_one 'backup_profile'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; did you mean 'delete'? [assoc-invalid-option]
  // CHECK-NOTES: :[[@LINE-2]]:48: note: FIX-IT applied suggested code changes
};
// CHECK-FIXES: {{^}}      assoc::has_one<Profile>("profile", assoc::dependent("delete_all"),{{$}}
// CHECK-FIXES: {{^}}                              assoc::dependent("delete")));{{$}}
} // namespace repeated_keys

// dependent(nullptr) is Ruby's `dependent: nil`, which ActiveRecord never
// validates: no value is invalid, on any kind, through included.
namespace null_dependent {
struct Account;
struct Membership;
struct Club;
struct Owner : assoc::model<Owner> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::dependent(nullptr)),
      assoc::has_one<Account>("backup_account", assoc::dependent(nullptr)),
      assoc::has_many<Account>("accounts", assoc::dependent(nullptr)),
      assoc::has_one<Membership>("membership"),
      assoc::has_one<Club>("club", assoc::through("membership"),
                           assoc::dependent(nullptr)));
};
} // namespace null_dependent

// Values and options that are not written as literals at the call are
// evaluated and diagnosed where they are used. A value is only replaced
// where it is a literal. Removing a whole option needs no value, but is
// only offered when the option and its association are written at the
// call: out of a macro (ASSOC_OPTS, ASSOC_HABTM) the text at hand is the
// macro's use, which may hold more than the option.
namespace spelled {
#define ASSOC_TYPO "destory"
#define ASSOC_DELETE_ALL assoc::dependent("delete_all")
#define ASSOC_RESERVED "errors"
#define ASSOC_ORDERS(Name) assoc::has_many<Order>(Name, assoc::dependent("delete"))
#define ASSOC_OPTS assoc::inverse_of("members")
#define ASSOC_HABTM(Name, ...) assoc::has_and_belongs_to_many<Club>(Name, __VA_ARGS__)
constexpr const char *Cascade = "delete_all";
constexpr const char *Nullify = "nullify";
constexpr const char *Through = "membership";
struct Club;
struct Card;
struct Badge;
struct Order;
struct Membership;
struct Member : assoc::model<Member> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Club>("club", assoc::dependent(ASSOC_TYPO)),
      // CHECK-NOTES: :[[@LINE-1]]:56: error: dependent: 'destory' is not valid on belongs_to 'club'; ActiveRecord accepts destroy, delete or destroy_async and raises ArgumentError when the class loads; did you mean 'destroy'? [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::belongs_to<Club>("club", assoc::dependent(ASSOC_TYPO)),{{$}}
      assoc::has_one<Card>("card", assoc::dependent(Cascade)),
      // CHECK-NOTES: :[[@LINE-1]]:53: error: dependent: 'delete_all' is not valid on has_one 'card'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; did you mean 'delete'? [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::has_one<Card>("card", assoc::dependent(Cascade)),{{$}}
      assoc::has_one<Badge>("badge", ASSOC_DELETE_ALL),
      // CHECK-NOTES: :[[@LINE-1]]:38: error: dependent: 'delete_all' is not valid on has_one 'badge'; ActiveRecord accepts destroy, destroy_async, delete, nullify, restrict_with_error or restrict_with_exception and raises ArgumentError when the class loads; did you mean 'delete'? [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::has_one<Badge>("badge", ASSOC_DELETE_ALL),{{$}}
      ASSOC_ORDERS("orders"),
      // CHECK-NOTES: :[[@LINE-1]]:7: error: dependent: 'delete' is not valid on has_many 'orders'; ActiveRecord accepts destroy, delete_all, nullify, restrict_with_error, restrict_with_exception or destroy_async and raises ArgumentError when the class loads; did you mean 'delete_all'? [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      ASSOC_ORDERS("orders"),{{$}}
      assoc::has_many<Club>(ASSOC_RESERVED),
      // CHECK-NOTES: :[[@LINE-1]]:29: error: has_many 'errors' collides with the method 'errors' every ActiveRecord model has; ActiveRecord raises ArgumentError when the class loads [assoc-invalid-option]
      assoc::has_one<Membership>("membership"),
      assoc::has_one<Club>("home_club", assoc::through(Through), assoc::dependent(Nullify)),
      // CHECK-NOTES: :[[@LINE-1]]:83: warning: dependent: 'nullify' on has_one 'home_club' through 'membership' does nothing: ActiveRecord registers no callback for a has_one through [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:64: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_one<Club>("home_club", assoc::through(Through)),{{$}}
      assoc::has_and_belongs_to_many<Club>("clubs", assoc::dependent(Nullify)),
      // CHECK-NOTES: :[[@LINE-1]]:53: warning: has_and_belongs_to_many 'clubs' ignores option 'dependent': its join rows are always deleted with the owner, and the associated records never are [assoc-invalid-option]
      // CHECK-NOTES: :[[@LINE-2]]:51: note: FIX-IT applied suggested code changes
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Club>("clubs"),{{$}}
      assoc::has_and_belongs_to_many<Club>("guilds", ASSOC_OPTS),
      // CHECK-NOTES: :[[@LINE-1]]:54: warning: has_and_belongs_to_many 'guilds' ignores option 'inverse_of': ActiveRecord drops it without a word [assoc-invalid-option]
      // CHECK-FIXES: {{^}}      assoc::has_and_belongs_to_many<Club>("guilds", ASSOC_OPTS),{{$}}
      ASSOC_HABTM("societies", assoc::inverse_of("members")));
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: has_and_belongs_to_many 'societies' ignores option 'inverse_of': ActiveRecord drops it without a word [assoc-invalid-option]
  // CHECK-FIXES: {{^}}      ASSOC_HABTM("societies", assoc::inverse_of("members")));{{$}}
};
} // namespace spelled

// NOLINT silences the check, and its fix-it with it.
namespace quiet {
struct Account;
struct Invoice : assoc::model<Invoice> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Account>("account", assoc::dependent("delete_all"))); // NOLINT(assoc-invalid-option)
};
// CHECK-FIXES: {{^}}      assoc::belongs_to<Account>("account", assoc::dependent("delete_all"))); // NOLINT(assoc-invalid-option){{$}}
} // namespace quiet
