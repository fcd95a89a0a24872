// RUN: %check_assoc_tidy %s 'assoc-*' %t -- -- -I%assoc_source/test/mocks

// A composite key (Wt::Dbo tutorial, section 7.4) is a struct that Wt maps
// with a field() overload the user writes for it:
// `template <class Action> void field(Action &, Key &, const std::string
// &name, int size = -1)`. persist() calls `dbo::id(a, key, "id")` or
// `dbo::field(a, key, "key")`; Wt's id() calls field() with its name, and
// the overload's belongsTo() calls are foreign keys of the class whose
// persist() made the call. Names may be built from the overload's `name`
// parameter. A helper template given the Action is read the same way.
// Every check runs: the only findings are the two mistakes below.

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

class Membership;
class Organisation;
class Person;

// The tutorial's own case (tutorial8.C): the overload ignores its name, so
// Membership's keys are "person" and "organisation", as the hasMany()
// calls of Person and Organisation need. No finding.
struct MembershipId {
  dbo::ptr<Person> person;
  dbo::ptr<Organisation> organisation;
};

namespace Wt {
namespace Dbo {
template <class Action>
void field(Action &action, MembershipId &mid, const std::string &name,
           int size = -1) {
  belongsTo(action, mid.person, "person");
  belongsTo(action, mid.organisation, "organisation");
}

template <> struct dbo_traits<Membership> : public dbo_default_traits {
  typedef MembershipId IdType;
  static IdType invalidId();
  static const char *surrogateIdField() { return nullptr; }
};
} // namespace Dbo
} // namespace Wt

class Membership {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, id, "id");
    dbo::field(a, karma, "karma");
  }
  MembershipId id;
  int karma;
};

class Person {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, name, "name");
    dbo::hasMany(a, memberships, dbo::ManyToOne, "person");
  }
  std::string name;
  dbo::collection<dbo::ptr<Membership>> memberships;
};

class Organisation {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, name, "name");
    dbo::hasMany(a, memberships, dbo::ManyToOne, "organisation");
  }
  std::string name;
  dbo::collection<dbo::ptr<Membership>> memberships;
};

// Names built from the overload's parameter, as in Wt's
// test/dbo/DboTestCompositeKey.C. Slot's id is named "slot", so its key to
// Shelf is "slot_shelf": Shelf's hasMany() pairs with it. No finding.
class Shelf;

struct SlotKey {
  long long number;
  dbo::ptr<Shelf> shelf;
};

namespace Wt {
namespace Dbo {
template <class Action>
void field(Action &action, SlotKey &key, const std::string &name,
           int size = -1) {
  field(action, key.number, name + "_number");
  belongsTo(action, key.shelf, name + "_shelf", OnDeleteCascade);
}
} // namespace Dbo
} // namespace Wt

class Slot {
public:
  template <class Action> void persist(Action &a) { dbo::id(a, id_, "slot"); }
  SlotKey id_;
};

class Shelf {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, slots_, dbo::ManyToOne, "slot_shelf");
  }
  dbo::collection<dbo::ptr<Slot>> slots_;
};

// DboTestCompositeKey.C itself: Page's id is named "Page", so its key to
// Module is "Page_Module", and Module's hasMany() named "Module" has no
// belongsTo() back. Wt throws exactly this when the session first
// initialises its schema (Wt's test survives it only because it swallows
// the exception of an earlier dropTables()).
class Module;
class Page;

struct PageKeys {
  long long id;
  Wt::Dbo::ptr<Module> ModulePtr;
};

class Module {
public:
  template <class Action> void persist(Action &a) {
    Wt::Dbo::hasMany(a, PageCollection, Wt::Dbo::ManyToOne, "Module");
    // CHECK-NOTES: :[[@LINE-1]]:61: error: hasMany(ManyToOne) 'Module' of 'Module' has no belongsTo() back in 'Page' named 'Module'; Wt throws "Relation mismatch for table 'modules': no matching belongsTo() found in table 'pages' with name 'Module', but did find with name 'Page_Module'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+11]]:37: note: 'Page' maps its ptr<Module> with belongsTo() 'Page_Module' here
  }
  Wt::Dbo::collection<Wt::Dbo::ptr<Page>> PageCollection;
};

namespace Wt {
namespace Dbo {
template <class Action>
void field(Action &action, PageKeys &Keys, const std::string &name,
           int size = -1) {
  field(action, Keys.id, name + "_page_id");
  belongsTo(action, Keys.ModulePtr, name + "_Module",
            Wt::Dbo::OnDeleteCascade | Wt::Dbo::NotNull);
}
template <> struct dbo_traits<Page> : public dbo_default_traits {
  typedef PageKeys IdType;
  static IdType invalidId();
  static const char *surrogateIdField() { return nullptr; }
};
} // namespace Dbo
} // namespace Wt

class Page {
public:
  template <class Action> void persist(Action &a) {
    Wt::Dbo::id(a, _Id, "Page");
    Wt::Dbo::hasMany(a, ChildrenPages, Wt::Dbo::ManyToOne, "Parent_Page");
    Wt::Dbo::belongsTo(a, ParentPage, "Parent_Page");
  }
  PageKeys _Id;
  Wt::Dbo::collection<Wt::Dbo::ptr<Page>> ChildrenPages;
  Wt::Dbo::ptr<Page> ParentPage;
};

// field() on a struct that is not an id, with the name on either side of
// the `+` and through std::string(): Customer's keys to City are
// "home_city" and "post_home". No finding.
class City;

struct Address {
  std::string street;
  dbo::ptr<City> city;
  dbo::ptr<City> postCity;
};

namespace Wt {
namespace Dbo {
template <class Action>
void field(Action &action, Address &address, const std::string &name,
           int size = -1) {
  field(action, address.street, std::string(name) + "_street");
  belongsTo(action, address.city, name + "_city");
  belongsTo(action, address.postCity, "post_" + name);
}
} // namespace Dbo
} // namespace Wt

class Customer {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, home_, "home");
  }
  Address home_;
};

// A name the overload computes otherwise than by substitution (here a
// conditional) is unknown: City's hasMany() "anything" is compared with
// nothing, and nothing is said about it.
struct Stand {
  dbo::ptr<City> city;
};

namespace Wt {
namespace Dbo {
template <class Action>
void field(Action &action, Stand &stand, const std::string &name,
           int size = -1) {
  belongsTo(action, stand.city,
            name.empty() ? std::string("city") : name + "_city");
}
} // namespace Dbo
} // namespace Wt

class Kiosk {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, stand_, "stand");
  }
  Stand stand_;
};

class City {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, residents_, dbo::ManyToOne, "home_city");
    dbo::hasMany(a, postal_, dbo::ManyToOne, "post_home");
    dbo::hasMany(a, kiosks_, dbo::ManyToOne, "anything");
  }
  dbo::collection<dbo::ptr<Customer>> residents_;
  dbo::collection<dbo::ptr<Customer>> postal_;
  dbo::collection<dbo::ptr<Kiosk>> kiosks_;
};

// An overload that cannot be read: declared, never defined in this unit.
// What it maps is not known, so the ptr<> members of the struct it is given
// are keys of unknown names: Holder's hasMany() is not reported, and no
// name is guessed.
class Holder;

struct Badge {
  dbo::ptr<Holder> holder;
};

namespace Wt {
namespace Dbo {
template <class Action>
void field(Action &action, Badge &badge, const std::string &name,
           int size = -1);
} // namespace Dbo
} // namespace Wt

class Pass {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, badge_, "badge");
  }
  Badge badge_;
};

class Holder {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, passes_, dbo::ManyToOne, "holder");
  }
  dbo::collection<dbo::ptr<Pass>> passes_;
};

// A helper template that persist() hands its Action to, with names built
// from its own parameter: Document's keys are "created_by" and
// "edited_by". Editor's third hasMany() names "deleted_by", which no call
// makes: that is the second finding.
class Editor;

template <class Action>
void persistAudit(Action &a, dbo::ptr<Editor> &by, const std::string &role) {
  dbo::belongsTo(a, by, role + "_by");
}

class Document {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, title_, "title");
    persistAudit(a, creator_, "created");
    persistAudit(a, editor_, "edited");
  }
  std::string title_;
  dbo::ptr<Editor> creator_;
  dbo::ptr<Editor> editor_;
};

class Editor {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, created_, dbo::ManyToOne, "created_by");
    dbo::hasMany(a, edited_, dbo::ManyToOne, "edited_by");
    dbo::hasMany(a, deleted_, dbo::ManyToOne, "deleted_by");
    // CHECK-NOTES: :[[@LINE-1]]:47: error: hasMany(ManyToOne) 'deleted_by' of 'Editor' has no belongsTo() back in 'Document' named 'deleted_by'; Wt throws "Relation mismatch for table 'editor': no matching belongsTo() found in table 'document' with name 'deleted_by', but did find with name 'created_by' and 'edited_by'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE-22]]:25: note: 'Document' maps its ptr<Editor> with belongsTo() 'created_by' here
    // CHECK-NOTES: :[[@LINE-23]]:25: note: 'Document' maps its ptr<Editor> with belongsTo() 'edited_by' here
  }
  dbo::collection<dbo::ptr<Document>> created_;
  dbo::collection<dbo::ptr<Document>> edited_;
  dbo::collection<dbo::ptr<Document>> deleted_;
};

// A base class's persist() and a member template, each given the Action:
// Crate's keys to Owner are "owner" and "other". No finding.
class Owner;

class Box {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner");
  }
  dbo::ptr<Owner> owner_;
};

class Crate : public Box {
public:
  template <class Action> void persist(Action &a) {
    Box::persist(a);
    persistMore(a);
  }
  template <class Action> void persistMore(Action &a) {
    dbo::belongsTo(a, other_, "other");
  }
  dbo::ptr<Owner> other_;
};

class Owner {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, crates_, dbo::ManyToOne, "owner");
    dbo::hasMany(a, others_, dbo::ManyToOne, "other");
  }
  dbo::collection<dbo::ptr<Crate>> crates_;
  dbo::collection<dbo::ptr<Crate>> others_;
};

void mapClasses(dbo::Session &session) {
  session.mapClass<Membership>("membership");
  session.mapClass<Person>("person");
  session.mapClass<Organisation>("organisation");
  session.mapClass<Slot>("slot");
  session.mapClass<Shelf>("shelf");
  session.mapClass<Module>("modules");
  session.mapClass<Page>("pages");
  session.mapClass<Customer>("customer");
  session.mapClass<City>("city");
  session.mapClass<Kiosk>("kiosk");
  session.mapClass<Pass>("pass");
  session.mapClass<Holder>("holder");
  session.mapClass<Document>("document");
  session.mapClass<Editor>("editor");
  session.mapClass<Crate>("crate");
  session.mapClass<Owner>("owner");
}
