// RUN: %check_assoc_tidy %s assoc-missing-dependent %t -- -- -I%assoc_source/test/mocks
// RUN: %check_assoc_tidy --check-suffix=WT %s assoc-missing-dependent %t -- \
// RUN:   --config="{CheckOptions: {assoc-missing-dependent.WtOnDelete: 'true'}}" \
// RUN:   -- -I%assoc_source/test/mocks

// Wt::Dbo's counterpart of the dependent policy. A belongsTo() that a
// parent's hasMany(ManyToOne) pairs with makes a foreign key; without an
// OnDelete... flag the key has the database's default action, and deleting
// a parent that still has children fails on it. That is a policy, not a
// mistake Wt makes visible, so it is off by default and asked for with the
// option WtOnDelete (the WT run). The default run reports only the
// ActiveRecord policy, which the option leaves as it is.

#include <Wt/Dbo/Dbo.h>
#include <assoc/associations.hpp>

namespace dbo = Wt::Dbo;

// The ActiveRecord policy, in both runs: proof that the check runs in the
// default run, where the Wt models below give nothing.
namespace active_record {
struct Line;
struct Invoice : assoc::model<Invoice> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Line>("lines"));
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: has_many 'lines' has no dependent option: destroying an 'active_record::Invoice' leaves its 'lines' rows pointing at nothing [assoc-missing-dependent]
  // CHECK-NOTES-WT: :[[@LINE-2]]:44: warning: has_many 'lines' has no dependent option: destroying an 'active_record::Invoice' leaves its 'lines' rows pointing at nothing [assoc-missing-dependent]
};
struct Line : assoc::model<Line> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Invoice>("invoice"));
};
} // namespace active_record

// No OnDelete... flag on a belongsTo() that a hasMany(ManyToOne) pairs
// with: the warning is at the belongsTo()'s name, the note at the
// hasMany()'s. NotNull and an ON UPDATE action are not ON DELETE actions.
namespace missing {
class Child;
class Pupil;
class Parent {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, children_, dbo::ManyToOne, "parent");
    dbo::hasMany(a, pupils_, dbo::ManyToOne, "teacher");
  }
  dbo::collection<dbo::ptr<Child>> children_;
  dbo::collection<dbo::ptr<Pupil>> pupils_;
};
class Child {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, parent_, "parent");
    // CHECK-NOTES-WT: :[[@LINE-1]]:32: warning: belongsTo() 'parent' of 'missing::Child' gives no OnDelete... flag: deleting a 'missing::Parent' that still has rows in 'Child' fails on the foreign key [assoc-missing-dependent]
    // CHECK-NOTES-WT: :[[@LINE-11]]:48: note: 'missing::Parent' maps the other side with hasMany(ManyToOne) 'parent' here
  }
  dbo::ptr<Parent> parent_;
};
class Pupil {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, teacher_, "teacher",
                   dbo::NotNull | dbo::OnUpdateCascade);
    // CHECK-NOTES-WT: :[[@LINE-2]]:33: warning: belongsTo() 'teacher' of 'missing::Pupil' gives no OnDelete... flag: deleting a 'missing::Parent' that still has rows in 'Pupil' fails on the foreign key [assoc-missing-dependent]
    // CHECK-NOTES-WT: :[[@LINE-20]]:46: note: 'missing::Parent' maps the other side with hasMany(ManyToOne) 'teacher' here
  }
  dbo::ptr<Parent> teacher_;
};
} // namespace missing

// Without names, both sides pair by the parent's table, which only the
// mapClass() below gives; the message names the child's table the same
// way.
namespace unnamed {
class Kid;
class Home {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, kids_, dbo::ManyToOne);
  }
  dbo::collection<dbo::ptr<Kid>> kids_;
};
class Kid {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, home_);
    // CHECK-NOTES-WT: :[[@LINE-1]]:5: warning: belongsTo() without a name of 'unnamed::Kid' gives no OnDelete... flag: deleting a 'unnamed::Home' that still has rows in 'kid' fails on the foreign key [assoc-missing-dependent]
    // CHECK-NOTES-WT: :[[@LINE-9]]:5: note: 'unnamed::Home' maps the other side with hasMany(ManyToOne) without a name here
  }
  dbo::ptr<Home> home_;
};
} // namespace unnamed

// Any ON DELETE action is a policy, whichever it is: nothing.
namespace declared {
class ByCascade;
class BySetNull;
class ByRestrict;
class Owner {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, cascades_, dbo::ManyToOne, "owner");
    dbo::hasMany(a, setNulls_, dbo::ManyToOne, "owner");
    dbo::hasMany(a, restricts_, dbo::ManyToOne, "owner");
  }
  dbo::collection<dbo::ptr<ByCascade>> cascades_;
  dbo::collection<dbo::ptr<BySetNull>> setNulls_;
  dbo::collection<dbo::ptr<ByRestrict>> restricts_;
};
class ByCascade {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::NotNull | dbo::OnDeleteCascade);
  }
  dbo::ptr<Owner> owner_;
};
class BySetNull {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner", dbo::OnDeleteSetNull);
  }
  dbo::ptr<Owner> owner_;
};
class ByRestrict {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, dbo::OnUpdateCascade | dbo::OnDeleteRestrict);
  }
  dbo::ptr<Owner> owner_;
};
} // namespace declared

// A belongsTo() that no hasMany(ManyToOne) pairs with is a plain
// reference: deleting the row it points at is not a parent deleting its
// children, and the policy does not ask for an action. Here the target has
// no hasMany() at all, or one under another name (a mismatch that is
// assoc-missing-inverse's business).
namespace lone {
class Country {
public:
  template <class Action> void persist(Action &a) {}
};
class Other;
class Shop {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, others_, dbo::ManyToOne, "shop");
  }
  dbo::collection<dbo::ptr<Other>> others_;
};
class City {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, country_, "country");
  }
  dbo::ptr<Country> country_;
};
class Other {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, shop_, "store");
  }
  dbo::ptr<Shop> shop_;
};
} // namespace lone

// field() on a ptr is a foreign key that takes no constraints at all, in
// Wt: no flag could be added there, so it is not asked for.
namespace by_field {
class Entry;
class Log {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, entries_, dbo::ManyToOne, "log");
  }
  dbo::collection<dbo::ptr<Entry>> entries_;
};
class Entry {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, log_, "log");
  }
  dbo::ptr<Log> log_;
};
} // namespace by_field

void mapClasses(dbo::Session &session) {
  session.mapClass<unnamed::Home>("home");
  session.mapClass<unnamed::Kid>("kid");
}
