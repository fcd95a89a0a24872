// RUN: %check_assoc_tidy %s assoc-duplicate-association %t -- -- -I%assoc_source/test/mocks
// RUN: %check_assoc_tidy --check-suffix=UNMAPPED %s assoc-duplicate-association %t -- -- \
// RUN:   -I%assoc_source/test/mocks -DNO_MAPPING

// Each field(), id() and foreign key of a Wt::Dbo class is one column of its
// table, and two of them on one column make the CREATE TABLE Wt issues
// fail. A belongsTo() named "post" (and a field() on a ptr<C>, which is the
// same) makes the column "post_id"; one named ">post" makes "post" itself.
// The error is at the second field on a column, the note at the first.
//
// A belongsTo() without a name takes its target's table: its column is
// known only from session.mapClass<C>("table"), at the end of this file.
// The UNMAPPED run compiles the file without it, and the collisions of
// such belongsTo() go away.

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

class Post {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, title_, "title");
  }

private:
  std::string title_;
};

// A plain field() spelling the column a belongsTo() derives.
class Comment {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, postId_, "post_id");
    dbo::belongsTo(a, post_, "post");
    // CHECK-NOTES: :[[@LINE-1]]:30: error: belongsTo() 'post' of 'Comment' maps column 'post_id', which field 'post_id' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:28: note: 'post_id' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:30: error: belongsTo() 'post' of 'Comment' maps column 'post_id', which field 'post_id' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:28: note: 'post_id' is first mapped here
  }

private:
  long long postId_;
  dbo::ptr<Post> post_;
};

// A '>' name is the column: ">post" is "post", not "post_id".
class Attachment : public dbo::Dbo<Attachment> {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, post_, ">post");
    dbo::field(a, postName_, "post");
    // CHECK-NOTES: :[[@LINE-1]]:30: error: field 'post' of 'Attachment' maps column 'post', which belongsTo() '>post' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:30: note: 'post' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:30: error: field 'post' of 'Attachment' maps column 'post', which belongsTo() '>post' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:30: note: 'post' is first mapped here
  }

private:
  dbo::ptr<Post> post_;
  std::string postName_;
};

// The two spellings of one column, "author" and ">author_id"; and two
// belongsTo() with one name, even to different classes.
class User {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, name_, "name");
  }

private:
  std::string name_;
};
class Review {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, author_, "author");
    dbo::belongsTo(a, editor_, ">author_id");
    // CHECK-NOTES: :[[@LINE-1]]:32: error: belongsTo() '>author_id' of 'Review' maps column 'author_id', which belongsTo() 'author' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:32: note: 'author_id' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:32: error: belongsTo() '>author_id' of 'Review' maps column 'author_id', which belongsTo() 'author' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:32: note: 'author_id' is first mapped here
    dbo::belongsTo(a, post_, "subject");
    dbo::belongsTo(a, user_, "subject");
    // CHECK-NOTES: :[[@LINE-1]]:30: error: belongsTo() 'subject' of 'Review' maps column 'subject_id', which belongsTo() 'subject' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:30: note: 'subject_id' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:30: error: belongsTo() 'subject' of 'Review' maps column 'subject_id', which belongsTo() 'subject' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:30: note: 'subject_id' is first mapped here
  }

private:
  dbo::ptr<User> author_;
  dbo::ptr<User> editor_;
  dbo::ptr<Post> post_;
  dbo::ptr<User> user_;
};

DBO_EXTERN_TEMPLATES(Review)

// Two plain fields, and an id(), on one column; each repeat is reported
// against the first. Product's natural key "sku" is its id() column.
class Product;
namespace Wt {
namespace Dbo {
template <> struct dbo_traits<Product> : public dbo_default_traits {
  typedef std::string IdType;
  static IdType invalidId();
  static const char *surrogateIdField() { return nullptr; }
};
} // namespace Dbo
} // namespace Wt
class Product {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, sku_, "sku", 32);
    dbo::field(a, code_, "sku");
    // CHECK-NOTES: :[[@LINE-1]]:26: error: field 'sku' of 'Product' maps column 'sku', which field 'sku' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:22: note: 'sku' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:26: error: field 'sku' of 'Product' maps column 'sku', which field 'sku' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:22: note: 'sku' is first mapped here
    dbo::field(a, title_, "title");
    dbo::field(a, subtitle_, "title");
    // CHECK-NOTES: :[[@LINE-1]]:30: error: field 'title' of 'Product' maps column 'title', which field 'title' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:27: note: 'title' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:30: error: field 'title' of 'Product' maps column 'title', which field 'title' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:27: note: 'title' is first mapped here
  }

private:
  std::string sku_;
  std::string code_;
  std::string title_;
  std::string subtitle_;
};

// A field() on a ptr<C> derives its column like a belongsTo().
class Pin {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, post_, "post");
    dbo::field(a, postId_, "post_id");
    // CHECK-NOTES: :[[@LINE-1]]:28: error: field 'post_id' of 'Pin' maps column 'post_id', which field() 'post' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:26: note: 'post_id' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:28: error: field 'post_id' of 'Pin' maps column 'post_id', which field() 'post' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:26: note: 'post_id' is first mapped here
  }

private:
  dbo::ptr<Post> post_;
  long long postId_;
};

// No collision: "post" and "post_id" are different columns, whichever is
// the foreign key; a hasMany() or hasOne() makes no column in this table;
// the same column in two tables is two columns.
class Bookmark {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, post_, "post");
    dbo::field(a, post2_, "post");
    dbo::belongsTo(a, pinned_, ">pinned");
    dbo::field(a, pinnedId_, "pinned_id");
    dbo::field(a, title_, "title");
  }

private:
  dbo::ptr<Post> post_;
  std::string post2_;
  dbo::ptr<Post> pinned_;
  long long pinnedId_;
  std::string title_;
};
class Card;
class Reader {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, readerId_, "reader_id");
    dbo::hasMany(a, reviews_, dbo::ManyToOne, "reader");
    dbo::hasOne(a, card_, "reader");
  }

private:
  long long readerId_;
  dbo::collection<dbo::ptr<Review>> reviews_;
  dbo::weak_ptr<Card> card_;
};
class Card {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, reader_, "reader");
  }

private:
  dbo::ptr<Reader> reader_;
};

// A belongsTo() without a name is named after its target's table: Photo
// is mapped to "picture", so the column is picture_id, not photo_id.
// Unmapped, its column is unknown: silent.
class Photo {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, caption_, "caption");
  }

private:
  std::string caption_;
};
class Like {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, photoId_, "photo_id");
    dbo::field(a, pictureId_, "picture_id");
    dbo::belongsTo(a, photo_, dbo::NotNull);
    // CHECK-NOTES: :[[@LINE-1]]:5: error: belongsTo() without a name of 'Like' maps column 'picture_id', which field 'picture_id' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:31: note: 'picture_id' is first mapped here
  }

private:
  long long photoId_;
  long long pictureId_;
  dbo::ptr<Photo> photo_;
};

// A name that is not a constant may be any column: silent.
class Share {
public:
  static std::string column();
  template <class Action> void persist(Action &a) {
    dbo::field(a, postId_, "post_id");
    dbo::belongsTo(a, post_, column());
  }

private:
  long long postId_;
  dbo::ptr<Post> post_;
};

// A namespaced class, written with Wt::Dbo in full.
namespace shop {
class Order : public Wt::Dbo::Dbo<Order> {
public:
  template <class Action> void persist(Action &a) {
    Wt::Dbo::belongsTo(a, customer_, "customer");
    Wt::Dbo::field(a, customerId_, "customer_id");
    // CHECK-NOTES: :[[@LINE-1]]:36: error: field 'customer_id' of 'shop::Order' maps column 'customer_id', which belongsTo() 'customer' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:38: note: 'customer_id' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:36: error: field 'customer_id' of 'shop::Order' maps column 'customer_id', which belongsTo() 'customer' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:38: note: 'customer_id' is first mapped here
  }

private:
  Wt::Dbo::ptr<User> customer_;
  long long customerId_;
};
} // namespace shop

DBO_EXTERN_TEMPLATES(shop::Order)

// The key of a belongsTo() is named after its target's id field: a
// dbo_traits specialisation may rename the surrogate id, or drop it for a
// natural id declared with id(). And Wt adds the surrogate id and the
// version field to every row itself: a field() of either name is a second
// column of that name.
namespace keys {
class Tag;
class Label;
} // namespace keys
namespace Wt {
namespace Dbo {
template <> struct dbo_traits<keys::Tag> : public dbo_default_traits {
  typedef std::string IdType;
  static const char *surrogateIdField() { return nullptr; }
};
template <> struct dbo_traits<keys::Label> : public dbo_default_traits {
  static const char *surrogateIdField() { return "code"; }
  static const char *versionField() { return nullptr; }
};
} // namespace Dbo
} // namespace Wt
namespace keys {
class Tag {
public:
  template <class Action> void persist(Action &a) { dbo::id(a, name_, "name", 64); }
  std::string name_;
};
class Label {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, version_, "version"); // No version field of Wt's here.
  }
  int version_;
};
class Sticker {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, legacy_, "tag_id"); // Tag's key is `tag_name`.
    dbo::belongsTo(a, tag_, "tag");
    dbo::field(a, labelCode_, "label_code");
    dbo::belongsTo(a, label_, "label");
    // CHECK-NOTES: :[[@LINE-1]]:31: error: belongsTo() 'label' of 'keys::Sticker' maps column 'label_code', which field 'label_code' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:31: note: 'label_code' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:31: error: belongsTo() 'label' of 'keys::Sticker' maps column 'label_code', which field 'label_code' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:31: note: 'label_code' is first mapped here
    dbo::field(a, version_, "version");
    // CHECK-NOTES: :[[@LINE-1]]:29: error: field 'version' of 'keys::Sticker' maps column 'version', which Wt's version field 'version' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-13]]:7: note: Wt adds 'version' to every row of 'keys::Sticker', defined here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:29: error: field 'version' of 'keys::Sticker' maps column 'version', which Wt's version field 'version' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-15]]:7: note: Wt adds 'version' to every row of 'keys::Sticker', defined here
  }
  dbo::ptr<Tag> tag_;
  dbo::ptr<Label> label_;
  int legacy_, version_;
  std::string labelCode_;
};
class Badge {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, tagName_, "tag_name");
    dbo::belongsTo(a, tag_, "tag");
    // CHECK-NOTES: :[[@LINE-1]]:29: error: belongsTo() 'tag' of 'keys::Badge' maps column 'tag_name', which field 'tag_name' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES: :[[@LINE-3]]:29: note: 'tag_name' is first mapped here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:29: error: belongsTo() 'tag' of 'keys::Badge' maps column 'tag_name', which field 'tag_name' already maps: Wt's CREATE TABLE fails on the duplicate column [assoc-duplicate-association]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:29: note: 'tag_name' is first mapped here
  }
  dbo::ptr<Tag> tag_;
  std::string tagName_;
};
} // namespace keys

#ifndef NO_MAPPING
void mapClasses(dbo::Session &session) {
  session.mapClass<Post>("post");
  session.mapClass<Comment>("comment");
  session.mapClass<Attachment>("attachment");
  session.mapClass<User>("user");
  session.mapClass<Review>("review");
  session.mapClass<Product>("product");
  session.mapClass<Pin>("pin");
  session.mapClass<Bookmark>("bookmark");
  session.mapClass<Reader>("reader");
  session.mapClass<Card>("card");
  session.mapClass<Photo>("picture");
  session.mapClass<Like>("like");
  session.mapClass<Share>("share");
  session.mapClass<shop::Order>("orders");
}
#endif
