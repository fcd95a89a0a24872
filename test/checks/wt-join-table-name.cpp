// RUN: %check_assoc_tidy %s assoc-join-table-name %t -- -- -I%assoc_source/test/mocks
// RUN: %check_assoc_tidy --check-suffix=UNMAPPED %s assoc-join-table-name %t -- -- \
// RUN:   -I%assoc_source/test/mocks -DNO_MAPPING

// A Wt::Dbo many-to-many is two hasMany(ManyToMany), one in each class,
// whose names are the join table. Wt never compares them: two different
// names make two join tables, each side reading and writing only its own,
// and nothing ever fails. A side given no name takes the two mapped tables
// in plain byte order (std::string's <), joined by '_', with no shared
// prefix merged as ActiveRecord does.
//
// The two sides naming different tables are an error, reported once, at
// the side of the class whose name sorts first, with a note at the other.
// A name that is the default with its two tables swapped, facing a side
// with no name, is a
// warning instead, at that name, with a fix-it that writes the default.
//
// Tables come only from session.mapClass<C>("table"), at the end of this
// file. The UNMAPPED run compiles the file without it: a side with no name
// then has an unknown join table, and nothing is reported about it.

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

// Both sides name the same join table: one many-to-many. Post derives from
// dbo::Dbo<Post>, Tag from nothing.
namespace agree {
class Tag;
class Post : public dbo::Dbo<Post> {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, tags_, dbo::ManyToMany, "post_tags");
  }

private:
  dbo::collection<dbo::ptr<Tag>> tags_;
};
class Tag {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, posts_, dbo::ManyToMany, "post_tags");
  }

private:
  dbo::collection<dbo::ptr<Post>> posts_;
};
} // namespace agree

// Two many-to-many relations between the same two classes: each side
// pairs with the one of the same join table.
namespace two_pairs {
class Tag;
class Post {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, tags_, dbo::ManyToMany, "post_tag");
    dbo::hasMany(a, featuredTags_, dbo::ManyToMany, "featured_post_tag");
  }

private:
  dbo::collection<dbo::ptr<Tag>> tags_;
  dbo::collection<dbo::ptr<Tag>> featuredTags_;
};
class Tag {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, featuredIn_, dbo::ManyToMany, "featured_post_tag");
    dbo::hasMany(a, posts_, dbo::ManyToMany, "post_tag");
  }

private:
  dbo::collection<dbo::ptr<Post>> featuredIn_;
  dbo::collection<dbo::ptr<Post>> posts_;
};
} // namespace two_pairs

DBO_EXTERN_TEMPLATES(agree::Post)
DBO_EXTERN_TEMPLATES(agree::Tag)

// The blog's second mistake: "tags_posts" and "post_tags". The error is
// at the side of the class whose name sorts first, Post, although Tag is
// declared first: every unit, whatever order it includes the two in,
// reports the pair at one place (a NOLINT there covers them all).
namespace blog {
class Post;
class Tag {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, name_, "name", 64);
    dbo::hasMany(a, posts_, dbo::ManyToMany, "tags_posts");
  }

private:
  std::string name_;
  dbo::collection<dbo::ptr<Post>> posts_;
};
class Post : public dbo::Dbo<Post> {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, tags_, dbo::ManyToMany, "post_tags");
    // CHECK-NOTES: :[[@LINE-1]]:45: error: the two sides of this many-to-many name different join tables: 'post_tags' here, 'tags_posts' in 'blog::Tag'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE-12]]:46: note: 'blog::Tag' names join table 'tags_posts' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:45: error: the two sides of this many-to-many name different join tables: 'post_tags' here, 'tags_posts' in 'blog::Tag'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-14]]:46: note: 'blog::Tag' names join table 'tags_posts' here
  }

private:
  dbo::collection<dbo::ptr<Tag>> tags_;
};
} // namespace blog

DBO_EXTERN_TEMPLATES(blog::Post)

// Author's side comes first in the file, and its class's name sorts first
// too: the error is at Author's side.
namespace order {
class Book;
class Author {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, books_, dbo::ManyToMany, "authorship");
    // CHECK-NOTES: :[[@LINE-1]]:46: error: the two sides of this many-to-many name different join tables: 'authorship' here, 'authorships' in 'order::Book'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE+11]]:48: note: 'order::Book' names join table 'authorships' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:46: error: the two sides of this many-to-many name different join tables: 'authorship' here, 'authorships' in 'order::Book'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:48: note: 'order::Book' names join table 'authorships' here
  }

private:
  dbo::collection<dbo::ptr<Book>> books_;
};
class Book {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, authors_, dbo::ManyToMany, "authorships");
  }

private:
  dbo::collection<dbo::ptr<Author>> authors_;
};
} // namespace order

// No name on either side: both derive "course_student" and agree. A side
// that spells the default out agrees with one that leaves it out.
namespace defaults {
class Student;
class Course {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, students_, dbo::ManyToMany);
  }

private:
  dbo::collection<dbo::ptr<Student>> students_;
};
class Student {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, courses_, dbo::ManyToMany);
  }

private:
  dbo::collection<dbo::ptr<Course>> courses_;
};

class Keyword;
class Article {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, keywords_, dbo::ManyToMany);
  }

private:
  dbo::collection<dbo::ptr<Keyword>> keywords_;
};
class Keyword {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, articles_, dbo::ManyToMany, "article_keyword");
  }

private:
  dbo::collection<dbo::ptr<Article>> articles_;
};
} // namespace defaults

// The default is plain byte order. '_' sorts before 's', so tables
// "paper_box" and "papers" give "paper_box_papers"; upper case sorts before
// lower case, so "Zoo" and "animal" give "Zoo_animal".
namespace byte_order {
class Paper;
class PaperBox {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, papers_, dbo::ManyToMany);
  }

private:
  dbo::collection<dbo::ptr<Paper>> papers_;
};
class Paper {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, boxes_, dbo::ManyToMany, "paper_box_papers");
  }

private:
  dbo::collection<dbo::ptr<PaperBox>> boxes_;
};

class Animal;
class Zoo {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, animals_, dbo::ManyToMany, "Zoo_animal");
  }

private:
  dbo::collection<dbo::ptr<Animal>> animals_;
};
class Animal {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, zoos_, dbo::ManyToMany);
  }

private:
  dbo::collection<dbo::ptr<Zoo>> zoos_;
};
} // namespace byte_order

// No shared prefix is merged: tables "shop" and "shop_item" give
// "shop_shop_item", not ActiveRecord's "shop_item". The name that merges
// it is a different table, an error.
namespace no_prefix {
class ShopItem;
class Shop {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, items_, dbo::ManyToMany);
    // CHECK-NOTES: :[[@LINE-1]]:5: error: the two sides of this many-to-many name different join tables: 'shop_shop_item' here, 'shop_item' in 'no_prefix::ShopItem'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE+9]]:46: note: 'no_prefix::ShopItem' names join table 'shop_item' here
  }

private:
  dbo::collection<dbo::ptr<ShopItem>> items_;
};
class ShopItem {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, shops_, dbo::ManyToMany, "shop_item");
  }

private:
  dbo::collection<dbo::ptr<Shop>> shops_;
};
} // namespace no_prefix

// The default with its tables swapped: "tag_note" for tables "note" and
// "tag", facing a side with no name. A warning at the name, whichever side
// comes first, and the fix-it writes the default.
namespace reversed {
class Label;
class Note {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, labels_, dbo::ManyToMany);
  }

private:
  dbo::collection<dbo::ptr<Label>> labels_;
};
class Label {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, notes_, dbo::ManyToMany, "tag_note");
    // CHECK-NOTES: :[[@LINE-1]]:46: warning: hasMany(ManyToMany) join table 'tag_note' is the default written out of byte order: 'reversed::Note' takes the default 'note_tag'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE-2]]:46: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE-12]]:5: note: 'reversed::Note' declares its side here, without a name
  }

private:
  dbo::collection<dbo::ptr<Note>> notes_;
};

class Player;
class Club {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, players_, dbo::ManyToMany, "player_club");
    // CHECK-NOTES: :[[@LINE-1]]:48: warning: hasMany(ManyToMany) join table 'player_club' is the default written out of byte order: 'reversed::Player' takes the default 'club_player'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE-2]]:48: note: FIX-IT applied suggested code changes
    // CHECK-NOTES: :[[@LINE+9]]:5: note: 'reversed::Player' declares its side here, without a name
  }

private:
  dbo::collection<dbo::ptr<Player>> players_;
};
class Player {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, clubs_, dbo::ManyToMany);
  }

private:
  dbo::collection<dbo::ptr<Club>> clubs_;
};

// Where the other side names the default, the reversed name is just a
// different table: an error, at the side of the class whose name sorts first, with no fix-it.
class Wall;
class Painting {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, walls_, dbo::ManyToMany, "wall_painting");
    // CHECK-NOTES: :[[@LINE-1]]:46: error: the two sides of this many-to-many name different join tables: 'wall_painting' here, 'painting_wall' in 'reversed::Wall'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE+11]]:50: note: 'reversed::Wall' names join table 'painting_wall' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:46: error: the two sides of this many-to-many name different join tables: 'wall_painting' here, 'painting_wall' in 'reversed::Wall'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:50: note: 'reversed::Wall' names join table 'painting_wall' here
  }

private:
  dbo::collection<dbo::ptr<Wall>> walls_;
};
class Wall {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, paintings_, dbo::ManyToMany, "painting_wall");
  }

private:
  dbo::collection<dbo::ptr<Painting>> paintings_;
};
} // namespace reversed
// CHECK-FIXES: {{^}}    dbo::hasMany(a, notes_, dbo::ManyToMany, "note_tag");{{$}}
// CHECK-FIXES: {{^}}    dbo::hasMany(a, players_, dbo::ManyToMany, "club_player");{{$}}
// CHECK-FIXES: {{^}}    dbo::hasMany(a, walls_, dbo::ManyToMany, "wall_painting");{{$}}
// Unmapped, the default is unknown: no warning, no fix-it.
// CHECK-FIXES-UNMAPPED: {{^}}    dbo::hasMany(a, notes_, dbo::ManyToMany, "tag_note");{{$}}
// CHECK-FIXES-UNMAPPED: {{^}}    dbo::hasMany(a, players_, dbo::ManyToMany, "player_club");{{$}}

// A name that is not a constant may be any table: silent.
namespace unknown {
class Region;
class Vendor {
public:
  static std::string regionsTable();
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, regions_, dbo::ManyToMany, regionsTable());
  }

private:
  dbo::collection<dbo::ptr<Region>> regions_;
};
class Region {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, vendors_, dbo::ManyToMany, "region_vendor");
  }

private:
  dbo::collection<dbo::ptr<Vendor>> vendors_;
};
} // namespace unknown

// Self-referential: the two sides are two hasMany(ManyToMany) of one class
// to itself, and must name one join table as well.
namespace self {
class Person {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, friends_, dbo::ManyToMany, "friendship", "requester");
    dbo::hasMany(a, friendOf_, dbo::ManyToMany, "friendship", "accepter");
  }

private:
  dbo::collection<dbo::ptr<Person>> friends_;
  dbo::collection<dbo::ptr<Person>> friendOf_;
};

class Employee {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, mentors_, dbo::ManyToMany, "mentoring", "mentee");
    // CHECK-NOTES: :[[@LINE-1]]:48: error: the two sides of this many-to-many name different join tables: 'mentoring' here, 'mentorship' in another hasMany(ManyToMany) of 'self::Employee'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE+3]]:48: note: another hasMany(ManyToMany) of 'self::Employee' names join table 'mentorship' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:48: error: the two sides of this many-to-many name different join tables: 'mentoring' here, 'mentorship' in another hasMany(ManyToMany) of 'self::Employee'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+1]]:48: note: another hasMany(ManyToMany) of 'self::Employee' names join table 'mentorship' here
    dbo::hasMany(a, mentees_, dbo::ManyToMany, "mentorship", "mentor");
  }

private:
  dbo::collection<dbo::ptr<Employee>> mentors_;
  dbo::collection<dbo::ptr<Employee>> mentees_;
};
} // namespace self

// hasMany(ManyToOne) pairs by belongsTo(), not by join table: not this
// check's, even where its name looks like another side's join table.
namespace many_to_one {
class Line;
class Route {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, lines_, dbo::ManyToOne, "route_line");
  }

private:
  dbo::collection<dbo::ptr<Line>> lines_;
};
class Line {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, routes_, dbo::ManyToMany, "line_route");
    dbo::belongsTo(a, route_, "route_line");
  }

private:
  dbo::collection<dbo::ptr<Route>> routes_;
  dbo::ptr<Route> route_;
};
} // namespace many_to_one

// Several many-to-many between one pair of classes: the sides that agree
// pair first, each once; a side left over is one-sided and not reported,
// whichever class comes first. Of the sides left on both ends, each meets
// the one whose name shares most words with its own.
namespace several {
class Tag;
class Post {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, tags_, dbo::ManyToMany, "post_tag");
    dbo::hasMany(a, featured_, dbo::ManyToMany, "post_featured_tag");
    // CHECK-NOTES: :[[@LINE-1]]:49: error: the two sides of this many-to-many name different join tables: 'post_featured_tag' here, 'featured_post_tag' in 'several::Tag'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE+11]]:49: note: 'several::Tag' names join table 'featured_post_tag' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:49: error: the two sides of this many-to-many name different join tables: 'post_featured_tag' here, 'featured_post_tag' in 'several::Tag'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+9]]:49: note: 'several::Tag' names join table 'featured_post_tag' here
  }
  dbo::collection<dbo::ptr<Tag>> tags_, featured_;
};
class Tag {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, posts_, dbo::ManyToMany, "post_tag");
    dbo::hasMany(a, extra_, dbo::ManyToMany, "tag_extra");
    dbo::hasMany(a, featured_, dbo::ManyToMany, "featured_post_tag");
  }
  dbo::collection<dbo::ptr<Post>> posts_, extra_, featured_;
};
} // namespace several

// The same classes declared the other way round: the same verdict, at
// the same side.
namespace several_reversed {
class Post;
class Tag {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, posts_, dbo::ManyToMany, "post_tag");
    dbo::hasMany(a, extra_, dbo::ManyToMany, "tag_extra");
    dbo::hasMany(a, featured_, dbo::ManyToMany, "featured_post_tag");
  }
  dbo::collection<dbo::ptr<Post>> posts_, extra_, featured_;
};
class Post {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, tags_, dbo::ManyToMany, "post_tag");
    dbo::hasMany(a, featured_, dbo::ManyToMany, "post_featured_tag");
    // CHECK-NOTES: :[[@LINE-1]]:49: error: the two sides of this many-to-many name different join tables: 'post_featured_tag' here, 'featured_post_tag' in 'several_reversed::Tag'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES: :[[@LINE-10]]:49: note: 'several_reversed::Tag' names join table 'featured_post_tag' here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:49: error: the two sides of this many-to-many name different join tables: 'post_featured_tag' here, 'featured_post_tag' in 'several_reversed::Tag'; Wt creates both join tables, and each side reads and writes only its own [assoc-join-table-name]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-12]]:49: note: 'several_reversed::Tag' names join table 'featured_post_tag' here
  }
  dbo::collection<dbo::ptr<Tag>> tags_, featured_;
};
} // namespace several_reversed

#ifndef NO_MAPPING
void mapClasses(dbo::Session &session) {
  session.mapClass<agree::Post>("post");
  session.mapClass<agree::Tag>("tag");
  session.mapClass<blog::Post>("blog_post");
  session.mapClass<blog::Tag>("blog_tag");
  session.mapClass<order::Author>("author");
  session.mapClass<order::Book>("book");
  session.mapClass<defaults::Course>("course");
  session.mapClass<defaults::Student>("student");
  session.mapClass<defaults::Article>("article");
  session.mapClass<defaults::Keyword>("keyword");
  session.mapClass<byte_order::PaperBox>("paper_box");
  session.mapClass<byte_order::Paper>("papers");
  session.mapClass<byte_order::Zoo>("Zoo");
  session.mapClass<byte_order::Animal>("animal");
  session.mapClass<no_prefix::Shop>("shop");
  session.mapClass<no_prefix::ShopItem>("shop_item");
  session.mapClass<reversed::Note>("note");
  session.mapClass<reversed::Label>("tag");
  session.mapClass<reversed::Club>("club");
  session.mapClass<reversed::Player>("player");
  session.mapClass<reversed::Painting>("painting");
  session.mapClass<reversed::Wall>("wall");
  session.mapClass<unknown::Vendor>("vendor");
  session.mapClass<unknown::Region>("region");
  session.mapClass<self::Person>("person");
  session.mapClass<self::Employee>("employee");
  session.mapClass<many_to_one::Route>("route");
  session.mapClass<many_to_one::Line>("line");
}
#endif
