// RUN: %check_assoc_tidy %s assoc-wt-constraint-flags %t -- -- -I%assoc_source/test/mocks

// The foreign key constraint flags of a Wt::Dbo relation only shape the
// DDL of its foreign key, and Wt accepts any combination:
//  - NotNull with OnDeleteSetNull (or OnUpdateSetNull) asks the database to
//    set a NOT NULL column to null: it refuses every delete (or key change)
//    of a referenced row;
//  - of two OnDelete... flags (or two OnUpdate... flags) Wt writes one
//    action, the first of Cascade, SetNull, Restrict, whatever the order in
//    which they are written, and drops the other silently;
//  - a flag written twice adds nothing.
// A dropped or repeated flag is deleted by the fix-it, with one `|` beside
// it; a contradiction has no fix-it, as only the author knows which flag is
// meant.

#include <Wt/Dbo/Dbo.h>

namespace dbo = Wt::Dbo;

class Owner;

// NotNull with SetNull: the database cannot set the column to null. The
// finding is at the SetNull flag, the note at NotNull, and there is no
// fix-it.
namespace contradiction {
class OnDelete {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:55: warning: 'OnDeleteSetNull' contradicts 'NotNull' on belongsTo() 'owner' of 'contradiction::OnDelete': the column cannot be set to null, so the database refuses to delete a referenced row [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: 'NotNull' is given here
  }
  dbo::ptr<Owner> owner_;
};
class OnUpdate {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnUpdateSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:55: warning: 'OnUpdateSetNull' contradicts 'NotNull' on belongsTo() 'owner' of 'contradiction::OnUpdate': the column cannot be set to null, so the database refuses to change the key of a referenced row [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: 'NotNull' is given here
  }
  dbo::ptr<Owner> owner_;
};
// The order of the flags does not matter: NotNull written last.
class NotNullLast {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::OnDeleteSetNull | dbo::NotNull);
    // CHECK-NOTES: :[[@LINE-1]]:40: warning: 'OnDeleteSetNull' contradicts 'NotNull' on belongsTo() 'owner' of 'contradiction::NotNullLast': the column cannot be set to null, so the database refuses to delete a referenced row [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:63: note: 'NotNull' is given here
  }
  dbo::ptr<Owner> owner_;
};
} // namespace contradiction
// No fix-it: the contradictions are left as written.
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteSetNull);{{$}}
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnUpdateSetNull);{{$}}
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "owner", dbo::OnDeleteSetNull | dbo::NotNull);{{$}}

// Two OnDelete... flags: Wt keeps Cascade over SetNull over Restrict,
// whichever is written first. The dropped flag is reported, the kept one
// noted, and the fix-it deletes the dropped flag and one `|` beside it:
// the `|` after it when it comes first, the one before it otherwise.
namespace on_delete {
class DroppedFirst {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "first", dbo::OnDeleteRestrict | dbo::OnDeleteCascade);
    // CHECK-NOTES: :[[@LINE-1]]:40: warning: 'OnDeleteRestrict' has no effect on belongsTo() 'first' of 'on_delete::DroppedFirst': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:64: note: 'OnDeleteCascade' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "first", dbo::OnDeleteCascade);{{$}}
class DroppedSecond {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "second", dbo::OnDeleteCascade | dbo::OnDeleteSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:64: warning: 'OnDeleteSetNull' has no effect on belongsTo() 'second' of 'on_delete::DroppedSecond': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:61: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:41: note: 'OnDeleteCascade' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "second", dbo::OnDeleteCascade);{{$}}
// SetNull over Restrict.
class SetNullOverRestrict {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "third", dbo::OnDeleteSetNull | dbo::OnDeleteRestrict);
    // CHECK-NOTES: :[[@LINE-1]]:63: warning: 'OnDeleteRestrict' has no effect on belongsTo() 'third' of 'on_delete::SetNullOverRestrict': Wt gives a foreign key one ON DELETE action, and 'OnDeleteSetNull' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:60: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:40: note: 'OnDeleteSetNull' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "third", dbo::OnDeleteSetNull);{{$}}
// Written over two lines: the first flag goes with its `|` and the line
// break, leaving one line.
class TwoLines {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "fourth", dbo::OnDeleteSetNull |
                                            dbo::OnDeleteCascade);
    // CHECK-NOTES: :[[@LINE-2]]:41: warning: 'OnDeleteSetNull' has no effect on belongsTo() 'fourth' of 'on_delete::TwoLines': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-3]]:41: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:45: note: 'OnDeleteCascade' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "fourth", dbo::OnDeleteCascade);{{$}}
} // namespace on_delete

// The same precedence holds for the ON UPDATE action.
namespace on_update {
class DroppedFirst {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "first", dbo::OnUpdateRestrict | dbo::OnUpdateSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:40: warning: 'OnUpdateRestrict' has no effect on belongsTo() 'first' of 'on_update::DroppedFirst': Wt gives a foreign key one ON UPDATE action, and 'OnUpdateSetNull' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:64: note: 'OnUpdateSetNull' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "first", dbo::OnUpdateSetNull);{{$}}
class DroppedSecond {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "second", dbo::OnUpdateCascade | dbo::OnUpdateRestrict);
    // CHECK-NOTES: :[[@LINE-1]]:64: warning: 'OnUpdateRestrict' has no effect on belongsTo() 'second' of 'on_update::DroppedSecond': Wt gives a foreign key one ON UPDATE action, and 'OnUpdateCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:61: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:41: note: 'OnUpdateCascade' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "second", dbo::OnUpdateCascade);{{$}}
} // namespace on_update

// A flag written twice: the second is reported, the first noted, and the
// fix-it deletes the second.
namespace twice {
class NotNullTwice {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteCascade | dbo::NotNull);
    // CHECK-NOTES: :[[@LINE-1]]:78: warning: 'NotNull' is given twice on belongsTo() 'owner' of 'twice::NotNullTwice' [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:75: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:40: note: first given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteCascade);{{$}}
// An action twice is not two actions: only "given twice".
class CascadeTwice {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::OnDeleteCascade | dbo::OnDeleteCascade);
    // CHECK-NOTES: :[[@LINE-1]]:63: warning: 'OnDeleteCascade' is given twice on belongsTo() 'owner' of 'twice::CascadeTwice' [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:60: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:40: note: first given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "owner", dbo::OnDeleteCascade);{{$}}
} // namespace twice

// NotNull with SetNull and Cascade: Cascade wins, so SetNull is dropped and
// never reaches the database. That is the one finding; there is no
// contradiction with NotNull to report, and the fix-it leaves a clean pair.
namespace dropped_set_null {
class Child {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteSetNull | dbo::OnDeleteCascade);
    // CHECK-NOTES: :[[@LINE-1]]:55: warning: 'OnDeleteSetNull' has no effect on belongsTo() 'owner' of 'dropped_set_null::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:55: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:78: note: 'OnDeleteCascade' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteCascade);{{$}}
} // namespace dropped_set_null

// Every call that takes constraints is read: belongsTo() with no name (the
// (ptr, constraints) overload), id() of a foreign-key natural key, and
// hasMany(ManyToMany) with a joinId.
namespace calls {
class Unnamed {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, dbo::NotNull | dbo::OnDeleteSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:46: warning: 'OnDeleteSetNull' contradicts 'NotNull' on belongsTo() without a name of 'calls::Unnamed': the column cannot be set to null, so the database refuses to delete a referenced row [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:31: note: 'NotNull' is given here
  }
  dbo::ptr<Owner> owner_;
};
class NaturalKey {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, owner_, "owner", dbo::OnDeleteRestrict | dbo::NotNull | dbo::OnDeleteCascade);
    // CHECK-NOTES: :[[@LINE-1]]:33: warning: 'OnDeleteRestrict' has no effect on id() 'owner' of 'calls::NaturalKey': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:33: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:72: note: 'OnDeleteCascade' is given here
  }
  dbo::ptr<Owner> owner_;
};
// CHECK-FIXES: {{^}}    dbo::id(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteCascade);{{$}}
class ManyToMany {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, owners_, dbo::ManyToMany, "owners_things", "thing_id",
                 dbo::NotNull | dbo::OnDeleteSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:33: warning: 'OnDeleteSetNull' contradicts 'NotNull' on hasMany(ManyToMany) 'owners_things' of 'calls::ManyToMany': the column cannot be set to null, so the database refuses to delete a referenced row [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:18: note: 'NotNull' is given here
    dbo::hasMany(a, more_, dbo::ManyToMany, "more_things", "thing_id",
                 dbo::OnDeleteCascade | dbo::OnDeleteRestrict);
    // CHECK-NOTES: :[[@LINE-1]]:41: warning: 'OnDeleteRestrict' has no effect on hasMany(ManyToMany) 'more_things' of 'calls::ManyToMany': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:38: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:18: note: 'OnDeleteCascade' is given here
  }
  dbo::collection<dbo::ptr<Owner>> owners_;
  dbo::collection<dbo::ptr<Owner>> more_;
};
// CHECK-FIXES: {{^}}                 dbo::OnDeleteCascade);{{$}}
} // namespace calls

// Flags spelled by a macro are still read, and reported at the macro's
// use, but the fix-it would have to edit the macro: there is none.
#define SET_NULL_NOT_NULL dbo::NotNull | dbo::OnDeleteSetNull
#define TWO_ACTIONS dbo::OnDeleteCascade | dbo::OnDeleteRestrict
namespace macro {
class Child {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", SET_NULL_NOT_NULL);
    // CHECK-NOTES: :[[@LINE-1]]:40: warning: 'OnDeleteSetNull' contradicts 'NotNull' on belongsTo() 'owner' of 'macro::Child': the column cannot be set to null, so the database refuses to delete a referenced row [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: 'NotNull' is given here
    dbo::belongsTo(a, other_, "other", TWO_ACTIONS);
    // CHECK-NOTES: :[[@LINE-1]]:40: warning: 'OnDeleteRestrict' has no effect on belongsTo() 'other' of 'macro::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: 'OnDeleteCascade' is given here
  }
  dbo::ptr<Owner> owner_;
  dbo::ptr<Owner> other_;
};
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, other_, "other", TWO_ACTIONS);{{$}}
} // namespace macro

// Flags held in a variable are not known where the call is written:
// silent, whatever the variable holds.
namespace variable {
class Child {
public:
  template <class Action> void persist(Action &a) {
    const dbo::ForeignKeyConstraint flags = dbo::NotNull | dbo::OnDeleteSetNull;
    dbo::belongsTo(a, owner_, "owner", flags);
  }
  dbo::ptr<Owner> owner_;
};
} // namespace variable

// Combinations the database accepts as meant: nothing to report. This
// includes one ON DELETE and one ON UPDATE action together, SetNull
// without NotNull, and hasMany(ManyToMany)'s default constraints, which
// are NotNull | OnDeleteCascade.
namespace clean {
class Child {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteCascade);
    dbo::belongsTo(a, second_, "second", dbo::OnDeleteSetNull);
    dbo::belongsTo(a, third_, "third",
                   dbo::NotNull | dbo::OnUpdateCascade | dbo::OnDeleteRestrict);
    dbo::belongsTo(a, fourth_, "fourth",
                   dbo::OnUpdateSetNull | dbo::OnDeleteSetNull);
    dbo::hasMany(a, owners_, dbo::ManyToMany, "children_owners", "child_id");
    dbo::hasMany(a, more_, dbo::ManyToMany, "more_owners");
  }
  dbo::ptr<Owner> owner_;
  dbo::ptr<Owner> second_;
  dbo::ptr<Owner> third_;
  dbo::ptr<Owner> fourth_;
  dbo::collection<dbo::ptr<Owner>> owners_;
  dbo::collection<dbo::ptr<Owner>> more_;
};
} // namespace clean

// NOLINT silences the check like any other.
namespace quiet {
class Child {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteSetNull); // NOLINT(assoc-wt-constraint-flags)
  }
  dbo::ptr<Owner> owner_;
};
} // namespace quiet

// Flags under parentheses: deleting one flag and a `|` beside it would
// leave a parenthesis unbalanced, so the finding has no fix-it.
namespace parenthesised {
class Child {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, left_, "left", (dbo::NotNull | dbo::OnDeleteCascade) | dbo::OnDeleteSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:78: warning: 'OnDeleteSetNull' has no effect on belongsTo() 'left' of 'parenthesised::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:54: note: 'OnDeleteCascade' is given here
    dbo::belongsTo(a, right_, "right", dbo::NotNull | (dbo::OnDeleteSetNull | dbo::OnDeleteCascade));
    // CHECK-NOTES: :[[@LINE-1]]:56: warning: 'OnDeleteSetNull' has no effect on belongsTo() 'right' of 'parenthesised::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:79: note: 'OnDeleteCascade' is given here
  }
  dbo::ptr<Owner> left_, right_;
};
} // namespace parenthesised
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, left_, "left", (dbo::NotNull | dbo::OnDeleteCascade) | dbo::OnDeleteSetNull);{{$}}
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, right_, "right", dbo::NotNull | (dbo::OnDeleteSetNull | dbo::OnDeleteCascade));{{$}}

// Several flags Wt ignores in one call: one fix-it deletes them all (two
// edits that each took a `|` would overlap), on the first finding; the
// others say so. A repeated SetNull contradicts NotNull once.
namespace together {
class Child {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, first_, "first", dbo::OnDeleteSetNull | dbo::OnDeleteRestrict | dbo::OnDeleteCascade);
    // CHECK-NOTES: :[[@LINE-1]]:40: warning: 'OnDeleteSetNull' has no effect on belongsTo() 'first' of 'together::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:87: note: 'OnDeleteCascade' is given here
    // CHECK-NOTES: :[[@LINE-4]]:63: warning: 'OnDeleteRestrict' has no effect on belongsTo() 'first' of 'together::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-5]]:87: note: 'OnDeleteCascade' is given here
    // CHECK-NOTES: :[[@LINE-6]]:40: note: the fix-it for 'OnDeleteSetNull' deletes this one too
    dbo::belongsTo(a, last_, "last", dbo::OnDeleteCascade | dbo::OnDeleteSetNull | dbo::OnDeleteRestrict);
    // CHECK-NOTES: :[[@LINE-1]]:61: warning: 'OnDeleteSetNull' has no effect on belongsTo() 'last' of 'together::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:58: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-3]]:38: note: 'OnDeleteCascade' is given here
    // CHECK-NOTES: :[[@LINE-4]]:84: warning: 'OnDeleteRestrict' has no effect on belongsTo() 'last' of 'together::Child': Wt gives a foreign key one ON DELETE action, and 'OnDeleteCascade' takes precedence [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-5]]:38: note: 'OnDeleteCascade' is given here
    // CHECK-NOTES: :[[@LINE-6]]:61: note: the fix-it for 'OnDeleteSetNull' deletes this one too
    dbo::belongsTo(a, twice_, "twice", dbo::NotNull | dbo::OnDeleteSetNull | dbo::OnDeleteSetNull);
    // CHECK-NOTES: :[[@LINE-1]]:55: warning: 'OnDeleteSetNull' contradicts 'NotNull' on belongsTo() 'twice' of 'together::Child': the column cannot be set to null, so the database refuses to delete a referenced row [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: 'NotNull' is given here
    // CHECK-NOTES: :[[@LINE-3]]:78: warning: 'OnDeleteSetNull' is given twice on belongsTo() 'twice' of 'together::Child' [assoc-wt-constraint-flags]
    // CHECK-NOTES: :[[@LINE-4]]:75: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-5]]:55: note: first given here
  }
  dbo::ptr<Owner> first_, last_, twice_;
};
} // namespace together
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, first_, "first", dbo::OnDeleteCascade);{{$}}
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, last_, "last", dbo::OnDeleteCascade);{{$}}
// CHECK-FIXES: {{^}}    dbo::belongsTo(a, twice_, "twice", dbo::NotNull | dbo::OnDeleteSetNull);{{$}}
