// RUN: %check_assoc_tidy %s assoc-missing-inverse %t -- -- -I%assoc_source/test/mocks
// RUN: %check_assoc_tidy --check-suffix=UNMAPPED %s assoc-missing-inverse %t -- -- \
// RUN:   -I%assoc_source/test/mocks -DNO_MAPPING

// Wt::Dbo pairs a hasMany(ManyToOne) or a hasOne() of class A with a
// belongsTo() (or a field() or id() on a ptr<A>) of its target B by name:
// the two names must be equal once a leading '>' is stripped. When the
// session first initialises its schema, Wt throws "Relation mismatch" for
// the first relation that has no such partner.
//
// A relation given no name takes a table's name: a belongsTo() the table of
// its target, a hasOne() or hasMany() the table of its own class. Tables
// come only from session.mapClass<C>("table"), at the end of this file. The
// UNMAPPED run compiles the file without that function: every defaulted
// name is then unknown, and the findings that rest on one go away. The
// others stay, but without the tables the message no longer quotes Wt's.
//
// No persist() is ever instantiated: nothing here calls it. Some classes
// derive from dbo::Dbo<C> and some from nothing, some are followed by
// DBO_EXTERN_TEMPLATES and some are not; none of that changes a verdict.
// DBO_EXTERN_TEMPLATES declares a mapClass<C> specialisation, but only a
// call maps a class: in the UNMAPPED run, Post is still unmapped.

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

class Post;
class Comment;
class Profile;

// The blog's correct relations: User's posts pair with Post's "author", and
// the one-to-one profile with Profile's "user". Constraint flags after the
// name do not change it.
class User : public dbo::Dbo<User> {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, name_, "name", 64);
    dbo::hasMany(a, posts_, dbo::ManyToOne, "author");
    dbo::hasOne(a, profile_, "user");
  }

private:
  std::string name_;
  dbo::collection<dbo::ptr<Post>> posts_;
  dbo::weak_ptr<Profile> profile_;
};

DBO_EXTERN_TEMPLATES(User)

class Profile {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, bio_, "bio");
    dbo::belongsTo(a, user_, "user", dbo::NotNull | dbo::OnDeleteCascade);
  }

private:
  std::string bio_;
  dbo::ptr<User> user_;
};

// The blog's first mistake: Post's comments are "post", Comment's
// belongsTo() is "article". Wt names the belongsTo() it did find, and so
// does the message; the note shows it. Post derives from dbo::Dbo<Post>.
class Post : public dbo::Dbo<Post> {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, title_, "title", 200);
    dbo::belongsTo(a, author_, "author");
    dbo::hasMany(a, comments_, dbo::ManyToOne, "post");
    // CHECK-NOTES: :[[@LINE-1]]:48: error: hasMany(ManyToOne) 'post' of 'Post' has no belongsTo() back in 'Comment' named 'post'; Wt throws "Relation mismatch for table 'post': no matching belongsTo() found in table 'comment' with name 'post', but did find with name 'article'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+17]]:30: note: 'Comment' maps its ptr<Post> with belongsTo() 'article' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:48: error: hasMany(ManyToOne) 'post' of 'Post' has no belongsTo() back in 'Comment' named 'post'; Wt throws "Relation mismatch" (naming 'article', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+15]]:30: note: 'Comment' maps its ptr<Post> with belongsTo() 'article' here
  }

private:
  std::string title_;
  dbo::ptr<User> author_;
  dbo::collection<dbo::ptr<Comment>> comments_;
};

// Threaded comments: a self-referencing many-to-one, replies and parent on
// the same name, pair within the one class.
class Comment {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, text_, "text");
    dbo::belongsTo(a, post_, "article");
    dbo::belongsTo(a, parent_, "parent", dbo::OnDeleteCascade);
    dbo::hasMany(a, replies_, dbo::ManyToOne, "parent");
  }

private:
  std::string text_;
  dbo::ptr<Post> post_;
  dbo::ptr<Comment> parent_;
  dbo::collection<dbo::ptr<Comment>> replies_;
};

DBO_EXTERN_TEMPLATES(Post)
DBO_EXTERN_TEMPLATES(Comment)

// A self-referencing many-to-one whose two names differ: the class is both
// A and B of Wt's message.
class Category {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, up_, "up");
    dbo::hasMany(a, children_, dbo::ManyToOne, "parent");
    // CHECK-NOTES: :[[@LINE-1]]:48: error: hasMany(ManyToOne) 'parent' of 'Category' has no belongsTo() back in 'Category' named 'parent'; Wt throws "Relation mismatch for table 'category': no matching belongsTo() found in table 'category' with name 'parent', but did find with name 'up'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE-3]]:28: note: 'Category' maps its ptr<Category> with belongsTo() 'up' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:48: error: hasMany(ManyToOne) 'parent' of 'Category' has no belongsTo() back in 'Category' named 'parent'; Wt throws "Relation mismatch" (naming 'up', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:28: note: 'Category' maps its ptr<Category> with belongsTo() 'up' here
  }

private:
  dbo::ptr<Category> up_;
  dbo::collection<dbo::ptr<Category>> children_;
};

// No ptr<Forum> at all in Thread: nothing to name, so the note shows the
// class where the belongsTo() is missing.
class Thread;
class Forum {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, threads_, dbo::ManyToOne, "forum");
    // CHECK-NOTES: :[[@LINE-1]]:47: error: hasMany(ManyToOne) 'forum' of 'Forum' has no belongsTo() back in 'Thread' named 'forum'; Wt throws "Relation mismatch for table 'forum': no matching belongsTo() found in table 'thread' with name 'forum'" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+8]]:7: note: 'Thread' is defined here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:47: error: hasMany(ManyToOne) 'forum' of 'Forum' has no belongsTo() back in 'Thread' named 'forum'; Wt throws "Relation mismatch" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+6]]:7: note: 'Thread' is defined here
  }

private:
  dbo::collection<dbo::ptr<Thread>> threads_;
};
class Thread {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, subject_, "subject");
  }

private:
  std::string subject_;
};

// Two relations between the same classes: "away" pairs, "home" does not.
// Every other belongsTo() back is a candidate Wt might have meant, and gets
// a note; the message names the first declared.
class Game;
class Team {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, homeGames_, dbo::ManyToOne, "home");
    // CHECK-NOTES: :[[@LINE-1]]:49: error: hasMany(ManyToOne) 'home' of 'Team' has no belongsTo() back in 'Game' named 'home'; Wt throws "Relation mismatch for table 'team': no matching belongsTo() found in table 'game' with name 'home', but did find with name 'host' and 'away'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+15]]:30: note: 'Game' maps its ptr<Team> with belongsTo() 'host' here
    // CHECK-NOTES: :[[@LINE+15]]:30: note: 'Game' maps its ptr<Team> with belongsTo() 'away' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-4]]:49: error: hasMany(ManyToOne) 'home' of 'Team' has no belongsTo() back in 'Game' named 'home'; Wt throws "Relation mismatch" (naming 'host' and 'away', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+12]]:30: note: 'Game' maps its ptr<Team> with belongsTo() 'host' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE+12]]:30: note: 'Game' maps its ptr<Team> with belongsTo() 'away' here
    dbo::hasMany(a, awayGames_, dbo::ManyToOne, "away");
  }

private:
  dbo::collection<dbo::ptr<Game>> homeGames_;
  dbo::collection<dbo::ptr<Game>> awayGames_;
};
class Game {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, host_, "host");
    dbo::belongsTo(a, away_, "away");
  }

private:
  dbo::ptr<Team> host_;
  dbo::ptr<Team> away_;
};

// A leading '>' makes the name the column itself, without "_id"; it is
// stripped before the names are compared, on either side or both.
class Loan;
class Library {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, loans_, dbo::ManyToOne, "lender");
  }

private:
  dbo::collection<dbo::ptr<Loan>> loans_;
};
class Loan {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, library_, ">lender");
  }

private:
  dbo::ptr<Library> library_;
};

class Crate;
class Warehouse {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, crates_, dbo::ManyToOne, ">depot");
  }

private:
  dbo::collection<dbo::ptr<Crate>> crates_;
};
class Crate {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, warehouse_, "depot");
  }

private:
  dbo::ptr<Warehouse> warehouse_;
};

class Ship;
class Fleet {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, ships_, dbo::ManyToOne, ">fleet_ref");
  }

private:
  dbo::collection<dbo::ptr<Ship>> ships_;
};
class Ship {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, fleet_, ">fleet_ref");
  }

private:
  dbo::ptr<Fleet> fleet_;
};

// ">garage_id" is the column "garage" would make, but Wt pairs names, not
// columns: "garage" and "garage_id" differ.
class Car;
class Garage {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, cars_, dbo::ManyToOne, ">garage");
    // CHECK-NOTES: :[[@LINE-1]]:44: error: hasMany(ManyToOne) '>garage' of 'Garage' has no belongsTo() back in 'Car' named 'garage'; Wt throws "Relation mismatch for table 'garage': no matching belongsTo() found in table 'car' with name 'garage', but did find with name 'garage_id'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+11]]:32: note: 'Car' maps its ptr<Garage> with belongsTo() '>garage_id' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:44: error: hasMany(ManyToOne) '>garage' of 'Garage' has no belongsTo() back in 'Car' named 'garage'; Wt throws "Relation mismatch" (naming 'garage_id', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:32: note: 'Car' maps its ptr<Garage> with belongsTo() '>garage_id' here
  }

private:
  dbo::collection<dbo::ptr<Car>> cars_;
};
class Car {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, garage_, ">garage_id");
  }

private:
  dbo::ptr<Garage> garage_;
};

// No name on either side: both take Shelf's table, "shelf", and pair. In
// the UNMAPPED run both are unknown: silent too. A belongsTo() given only
// constraints has no name either.
class Book;
class Shelf {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, books_, dbo::ManyToOne);
  }

private:
  dbo::collection<dbo::ptr<Book>> books_;
};
class Book {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, shelf_, dbo::NotNull);
  }

private:
  dbo::ptr<Shelf> shelf_;
};

// The default is the mapped table, not the class: Kennel is mapped to
// "dog_house", so its hasMany() without a name looks for "dog_house", and
// Dog's "kennel" does not match. Unmapped, the default is unknown: silent.
class Dog;
class Kennel {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, dogs_, dbo::ManyToOne);
    // CHECK-NOTES: :[[@LINE-1]]:5: error: hasMany(ManyToOne) without a name of 'Kennel' has no belongsTo() back in 'Dog' named 'dog_house'; Wt throws "Relation mismatch for table 'dog_house': no matching belongsTo() found in table 'dog' with name 'dog_house', but did find with name 'kennel'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+9]]:32: note: 'Dog' maps its ptr<Kennel> with belongsTo() 'kennel' here
  }

private:
  dbo::collection<dbo::ptr<Dog>> dogs_;
};
class Dog {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, kennel_, "kennel");
  }

private:
  dbo::ptr<Kennel> kennel_;
};

// A belongsTo() without a name takes its target's table, "orchards", and
// so does not pair with "orchard". An empty name is no name, in Wt and
// here.
class Tree;
class Orchard {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, trees_, dbo::ManyToOne, "orchard");
    // CHECK-NOTES: :[[@LINE-1]]:45: error: hasMany(ManyToOne) 'orchard' of 'Orchard' has no belongsTo() back in 'Tree' named 'orchard'; Wt throws "Relation mismatch for table 'orchards': no matching belongsTo() found in table 'tree' with name 'orchard', but did find with name 'orchards'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+9]]:33: note: 'Tree' maps its ptr<Orchard> with belongsTo() without a name here
  }

private:
  dbo::collection<dbo::ptr<Tree>> trees_;
};
class Tree {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, orchard_, "");
  }

private:
  dbo::ptr<Orchard> orchard_;
};

// hasOne() pairs like hasMany(): "holder" is not "owner".
class Passport;
class Citizen {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasOne(a, passport_, "holder");
    // CHECK-NOTES: :[[@LINE-1]]:31: error: hasOne() 'holder' of 'Citizen' has no belongsTo() back in 'Passport' named 'holder'; Wt throws "Relation mismatch for table 'citizen': no matching belongsTo() found in table 'passport' with name 'holder', but did find with name 'owner'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+11]]:31: note: 'Passport' maps its ptr<Citizen> with belongsTo() 'owner' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:31: error: hasOne() 'holder' of 'Citizen' has no belongsTo() back in 'Passport' named 'holder'; Wt throws "Relation mismatch" (naming 'owner', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:31: note: 'Passport' maps its ptr<Citizen> with belongsTo() 'owner' here
  }

private:
  dbo::weak_ptr<Passport> passport_;
};
class Passport {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, owner_, "owner");
  }

private:
  dbo::ptr<Citizen> owner_;
};

// A hasOne() without a name takes its own table. Engine's belongsTo()
// without a name takes its target's, the same "vehicle": paired. Anchor's
// "boat" is not "vessel".
class Engine;
class Anchor;
class Vehicle {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasOne(a, engine_);
  }

private:
  dbo::weak_ptr<Engine> engine_;
};
class Engine {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, vehicle_);
  }

private:
  dbo::ptr<Vehicle> vehicle_;
};
class Boat {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasOne(a, anchor_);
    // CHECK-NOTES: :[[@LINE-1]]:5: error: hasOne() without a name of 'Boat' has no belongsTo() back in 'Anchor' named 'vessel'; Wt throws "Relation mismatch for table 'vessel': no matching belongsTo() found in table 'anchor' with name 'vessel', but did find with name 'boat'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+9]]:30: note: 'Anchor' maps its ptr<Boat> with belongsTo() 'boat' here
  }

private:
  dbo::weak_ptr<Anchor> anchor_;
};
class Anchor {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, boat_, "boat");
  }

private:
  dbo::ptr<Boat> boat_;
};

// field() on a ptr<C> is a belongsTo() without constraints: a back side.
// "invoice" pairs with the first; "credited" matches neither, so both are
// candidates and get a note, and the message names the first.
class InvoiceLine;
class Invoice {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, lines_, dbo::ManyToOne, "invoice");
    dbo::hasMany(a, credits_, dbo::ManyToOne, "credited");
    // CHECK-NOTES: :[[@LINE-1]]:47: error: hasMany(ManyToOne) 'credited' of 'Invoice' has no belongsTo() back in 'InvoiceLine' named 'credited'; Wt throws "Relation mismatch for table 'invoice': no matching belongsTo() found in table 'invoice_line' with name 'credited', but did find with name 'invoice' and 'credit_note'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+14]]:29: note: 'InvoiceLine' maps its ptr<Invoice> with field() 'invoice' here
    // CHECK-NOTES: :[[@LINE+14]]:32: note: 'InvoiceLine' maps its ptr<Invoice> with field() 'credit_note' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-4]]:47: error: hasMany(ManyToOne) 'credited' of 'Invoice' has no belongsTo() back in 'InvoiceLine' named 'credited'; Wt throws "Relation mismatch" (naming 'invoice' and 'credit_note', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+11]]:29: note: 'InvoiceLine' maps its ptr<Invoice> with field() 'invoice' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE+11]]:32: note: 'InvoiceLine' maps its ptr<Invoice> with field() 'credit_note' here
  }

private:
  dbo::collection<dbo::ptr<InvoiceLine>> lines_;
  dbo::collection<dbo::ptr<InvoiceLine>> credits_;
};
class InvoiceLine {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, invoice_, "invoice");
    dbo::field(a, creditNote_, "credit_note");
  }

private:
  dbo::ptr<Invoice> invoice_;
  dbo::ptr<Invoice> creditNote_;
};

// id() on a ptr<C> is a natural primary key that is also a foreign key
// (with a dbo_traits<C> that drops the surrogate id): a back side too.
// Account's "account" pairs with Settings' id(); Member's "owner" does not
// pair with Locker's "member".
class Settings;
class Account;
class Locker;
class Member;
namespace Wt {
namespace Dbo {
template <> struct dbo_traits<Settings> : public dbo_default_traits {
  typedef ptr<Account> IdType;
  static IdType invalidId();
  static const char *surrogateIdField() { return nullptr; }
};
template <> struct dbo_traits<Locker> : public dbo_default_traits {
  typedef ptr<Member> IdType;
  static IdType invalidId();
  static const char *surrogateIdField() { return nullptr; }
};
} // namespace Dbo
} // namespace Wt
class Account {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasOne(a, settings_, "account");
  }

private:
  dbo::weak_ptr<Settings> settings_;
};
class Settings {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, account_, "account", dbo::NotNull | dbo::OnDeleteCascade);
  }

private:
  dbo::ptr<Account> account_;
};
class Member {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasOne(a, locker_, "owner");
    // CHECK-NOTES: :[[@LINE-1]]:29: error: hasOne() 'owner' of 'Member' has no belongsTo() back in 'Locker' named 'owner'; Wt throws "Relation mismatch for table 'member': no matching belongsTo() found in table 'locker' with name 'owner', but did find with name 'member'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+11]]:25: note: 'Locker' maps its ptr<Member> with id() 'member' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:29: error: hasOne() 'owner' of 'Member' has no belongsTo() back in 'Locker' named 'owner'; Wt throws "Relation mismatch" (naming 'member', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:25: note: 'Locker' maps its ptr<Member> with id() 'member' here
  }

private:
  dbo::weak_ptr<Locker> locker_;
};
class Locker {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, member_, "member", dbo::NotNull);
  }

private:
  dbo::ptr<Member> member_;
};

// A name that is not a constant may be any name: silent, on either side.
// Store's comes from a function, Review's from a member.
class Item;
class Store {
public:
  static std::string itemsName();
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, items_, dbo::ManyToOne, itemsName());
  }

private:
  dbo::collection<dbo::ptr<Item>> items_;
};
class Item {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, store_, "shop");
  }

private:
  dbo::ptr<Store> store_;
};

class Review;
class Product {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, reviews_, dbo::ManyToOne, "product");
  }

private:
  dbo::collection<dbo::ptr<Review>> reviews_;
};
class Review {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, product_, backName_);
  }

private:
  std::string backName_;
  dbo::ptr<Product> product_;
};

// A macro that expands to a literal is a constant name like any other.
#define NOTES_NAME "writer"
class Note;
class Scribe {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, notes_, dbo::ManyToOne, NOTES_NAME);
    // CHECK-NOTES: :[[@LINE-1]]:45: error: hasMany(ManyToOne) 'writer' of 'Scribe' has no belongsTo() back in 'Note' named 'writer'; Wt throws "Relation mismatch for table 'scribe': no matching belongsTo() found in table 'note' with name 'writer', but did find with name 'author'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+11]]:32: note: 'Note' maps its ptr<Scribe> with belongsTo() 'author' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:45: error: hasMany(ManyToOne) 'writer' of 'Scribe' has no belongsTo() back in 'Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:32: note: 'Note' maps its ptr<Scribe> with belongsTo() 'author' here
  }

private:
  dbo::collection<dbo::ptr<Note>> notes_;
};
class Note {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, scribe_, "author");
  }

private:
  dbo::ptr<Scribe> scribe_;
};

// Wt's own words quote both tables: with only one of them mapped, the
// message says the same without them.
class Seat;
class Bus {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, seats_, dbo::ManyToOne, "bus");
    // CHECK-NOTES: :[[@LINE-1]]:45: error: hasMany(ManyToOne) 'bus' of 'Bus' has no belongsTo() back in 'Seat' named 'bus'; Wt throws "Relation mismatch" (naming 'coach', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+11]]:31: note: 'Seat' maps its ptr<Bus> with belongsTo() 'coach' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:45: error: hasMany(ManyToOne) 'bus' of 'Bus' has no belongsTo() back in 'Seat' named 'bus'; Wt throws "Relation mismatch" (naming 'coach', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:31: note: 'Seat' maps its ptr<Bus> with belongsTo() 'coach' here
  }

private:
  dbo::collection<dbo::ptr<Seat>> seats_;
};
class Seat {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, coach_, "coach");
  }

private:
  dbo::ptr<Bus> coach_;
};

// A belongsTo() alone is legal: Wt needs no collection back.
class Album {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, title_, "title");
  }

private:
  std::string title_;
};
class Photo {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, album_, "album");
  }

private:
  dbo::ptr<Album> album_;
};

// A ManyToMany pairs by join table, not by belongsTo(): not this check's.
class Label;
class Parcel {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, labels_, dbo::ManyToMany, "parcel_label");
  }

private:
  dbo::collection<dbo::ptr<Label>> labels_;
};
class Label {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, text_, "text");
  }

private:
  std::string text_;
};

// A namespaced model, written with Wt::Dbo in full: classes are named
// qualified.
namespace shop {
class OrderLine;
class Order {
public:
  template <class Action> void persist(Action &a) {
    Wt::Dbo::hasMany(a, lines_, Wt::Dbo::ManyToOne, "order");
    // CHECK-NOTES: :[[@LINE-1]]:53: error: hasMany(ManyToOne) 'order' of 'shop::Order' has no belongsTo() back in 'shop::OrderLine' named 'order'; Wt throws "Relation mismatch for table 'orders': no matching belongsTo() found in table 'order_line' with name 'order', but did find with name 'purchase'?" when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+11]]:35: note: 'shop::OrderLine' maps its ptr<Order> with belongsTo() 'purchase' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:53: error: hasMany(ManyToOne) 'order' of 'shop::Order' has no belongsTo() back in 'shop::OrderLine' named 'order'; Wt throws "Relation mismatch" (naming 'purchase', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:35: note: 'shop::OrderLine' maps its ptr<Order> with belongsTo() 'purchase' here
  }

private:
  Wt::Dbo::collection<Wt::Dbo::ptr<OrderLine>> lines_;
};
class OrderLine : public Wt::Dbo::Dbo<OrderLine> {
public:
  template <class Action> void persist(Action &a) {
    Wt::Dbo::belongsTo(a, order_, "purchase");
  }

private:
  Wt::Dbo::ptr<Order> order_;
};
} // namespace shop

DBO_EXTERN_TEMPLATES(shop::Order)

// A name held in a named constant is read through it: a constexpr
// pointer, a constexpr array, a const pointer to const, a static constexpr
// member. A pointer that may change is not a constant: silent.
namespace constants {
constexpr const char *WriterName = "writer";
constexpr char WriterArray[] = "writer";
const char *const WriterConst = "writer";
const char *WriterMutable = "writer";
struct Names {
  static constexpr const char *Writer = "writer";
};
class Note;
class Scribe {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, n1_, dbo::ManyToOne, WriterName);
    // CHECK-NOTES: :[[@LINE-1]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+24]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+22]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    dbo::hasMany(a, n2_, dbo::ManyToOne, WriterArray);
    // CHECK-NOTES: :[[@LINE-1]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+19]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+17]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    dbo::hasMany(a, n3_, dbo::ManyToOne, WriterConst);
    // CHECK-NOTES: :[[@LINE-1]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+14]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+12]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    dbo::hasMany(a, n4_, dbo::ManyToOne, Names::Writer);
    // CHECK-NOTES: :[[@LINE-1]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES: :[[@LINE+9]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:42: error: hasMany(ManyToOne) 'writer' of 'constants::Scribe' has no belongsTo() back in 'constants::Note' named 'writer'; Wt throws "Relation mismatch" (naming 'author', which it did find) when the session first initialises its schema [assoc-missing-inverse]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+7]]:80: note: 'constants::Note' maps its ptr<Scribe> with belongsTo() 'author' here
    dbo::hasMany(a, n5_, dbo::ManyToOne, WriterMutable);
  }
  dbo::collection<dbo::ptr<Note>> n1_, n2_, n3_, n4_, n5_;
};
class Note {
public:
  template <class Action> void persist(Action &a) { dbo::belongsTo(a, scribe_, "author"); }
  dbo::ptr<Scribe> scribe_;
};
} // namespace constants

#ifndef NO_MAPPING
void mapClasses(dbo::Session &session) {
  session.mapClass<User>("user");
  session.mapClass<Profile>("profile");
  session.mapClass<Post>("post");
  session.mapClass<Comment>("comment");
  session.mapClass<Category>("category");
  session.mapClass<Forum>("forum");
  session.mapClass<Thread>("thread");
  session.mapClass<Team>("team");
  session.mapClass<Game>("game");
  session.mapClass<Library>("library");
  session.mapClass<Loan>("loan");
  session.mapClass<Warehouse>("warehouse");
  session.mapClass<Crate>("crate");
  session.mapClass<Fleet>("fleet");
  session.mapClass<Ship>("ship");
  session.mapClass<Garage>("garage");
  session.mapClass<Car>("car");
  session.mapClass<Shelf>("shelf");
  session.mapClass<Book>("book");
  session.mapClass<Kennel>("dog_house");
  session.mapClass<Dog>("dog");
  session.mapClass<Orchard>("orchards");
  session.mapClass<Tree>("tree");
  session.mapClass<Citizen>("citizen");
  session.mapClass<Passport>("passport");
  session.mapClass<Vehicle>("vehicle");
  session.mapClass<Engine>("engine");
  session.mapClass<Boat>("vessel");
  session.mapClass<Anchor>("anchor");
  session.mapClass<Invoice>("invoice");
  session.mapClass<InvoiceLine>("invoice_line");
  session.mapClass<Account>("account");
  session.mapClass<Settings>("settings");
  session.mapClass<Member>("member");
  session.mapClass<Locker>("locker");
  session.mapClass<Store>("store");
  session.mapClass<Item>("item");
  session.mapClass<Product>("product");
  session.mapClass<Review>("review");
  session.mapClass<Scribe>("scribe");
  session.mapClass<Note>("note");
  session.mapClass<Bus>("bus");
  session.mapClass<Album>("album");
  session.mapClass<Photo>("photo");
  session.mapClass<Parcel>("parcel");
  session.mapClass<Label>("label");
  session.mapClass<shop::Order>("orders");
  session.mapClass<shop::OrderLine>("order_line");
}
#endif
