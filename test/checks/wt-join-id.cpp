// RUN: %check_assoc_tidy %s assoc-wt-join-id %t -- -- -I%assoc_source/test/mocks
// RUN: %check_assoc_tidy --check-suffix=UNMAPPED %s assoc-wt-join-id %t -- -- \
// RUN:   -I%assoc_source/test/mocks -DNO_MAPPING

// The joinId of hasMany(a, c, ManyToMany, "join_table", "joinId") names the
// column of this side in the join table ("joinId_id"). Wt only takes one
// for ManyToMany: given to a hasMany(ManyToOne), Wt throws.
//
// A self-referential many-to-many (a class with a ManyToMany to itself)
// needs two hasMany(ManyToMany) on one join table, one for each end of a
// link, and each side's column must differ: two sides with the same joinId,
// or both with none (the default column, the class's table plus "_id"),
// write one column twice. With only one side, nothing names the other
// column.
//
// Tables come only from session.mapClass<C>("table"), at the end of this
// file; a side without a name joins on the default join table, the class's
// table twice. The UNMAPPED run compiles the file without the mapping: the
// findings stay, and the messages no longer quote a default join table.

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

// A joinId on a ManyToOne, with or without constraints after it: an error
// at the joinId. Post derives from dbo::Dbo<Post>.
class Comment;
class Post : public dbo::Dbo<Post> {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, comments_, dbo::ManyToOne, "post", "post");
    // CHECK-NOTES: :[[@LINE-1]]:56: error: a joinId is only for ManyToMany: Wt throws when hasMany(ManyToOne) 'post' of 'Post' is given one [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-2]]:56: error: a joinId is only for ManyToMany: Wt throws when hasMany(ManyToOne) 'post' of 'Post' is given one [assoc-wt-join-id]
    dbo::hasMany(a, drafts_, dbo::ManyToOne, "draft_of", "draft_of",
                 dbo::NotNull | dbo::OnDeleteCascade);
    // CHECK-NOTES: :[[@LINE-2]]:58: error: a joinId is only for ManyToMany: Wt throws when hasMany(ManyToOne) 'draft_of' of 'Post' is given one [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:58: error: a joinId is only for ManyToMany: Wt throws when hasMany(ManyToOne) 'draft_of' of 'Post' is given one [assoc-wt-join-id]
  }

private:
  dbo::collection<dbo::ptr<Comment>> comments_;
  dbo::collection<dbo::ptr<Comment>> drafts_;
};
// A self-referencing ManyToOne is no different.
class Comment {
public:
  template <class Action> void persist(Action &a) {
    dbo::belongsTo(a, post_, "post");
    dbo::belongsTo(a, draftOf_, "draft_of");
    dbo::belongsTo(a, parent_, "parent");
    dbo::hasMany(a, replies_, dbo::ManyToOne, "parent", "parent");
    // CHECK-NOTES: :[[@LINE-1]]:57: error: a joinId is only for ManyToMany: Wt throws when hasMany(ManyToOne) 'parent' of 'Comment' is given one [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-2]]:57: error: a joinId is only for ManyToMany: Wt throws when hasMany(ManyToOne) 'parent' of 'Comment' is given one [assoc-wt-join-id]
  }

private:
  dbo::ptr<Post> post_;
  dbo::ptr<Post> draftOf_;
  dbo::ptr<Comment> parent_;
  dbo::collection<dbo::ptr<Comment>> replies_;
};

DBO_EXTERN_TEMPLATES(Post)
DBO_EXTERN_TEMPLATES(Comment)

// A ManyToMany between two classes may give each side's joinId, or leave
// both to their defaults, which differ (student_id and teacher_id).
class Course;
class Teacher;
class Student {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, courses_, dbo::ManyToMany, "enrolment", "learner");
    dbo::hasMany(a, teachers_, dbo::ManyToMany, "tutoring");
  }

private:
  dbo::collection<dbo::ptr<Course>> courses_;
  dbo::collection<dbo::ptr<Teacher>> teachers_;
};
class Teacher {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, students_, dbo::ManyToMany, "tutoring");
  }

private:
  dbo::collection<dbo::ptr<Student>> students_;
};
class Course {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, students_, dbo::ManyToMany, "enrolment", "subject");
  }

private:
  dbo::collection<dbo::ptr<Student>> students_;
};

// The correct self-referential many-to-many: two sides on one join table,
// each with its own joinId.
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

// The same joinId on both sides: an error at the second, a note at the
// first. A namespaced class, followed by DBO_EXTERN_TEMPLATES.
namespace graph {
class Node {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, out_, dbo::ManyToMany, "edge", "source");
    dbo::hasMany(a, in_, dbo::ManyToMany, "edge", "source");
    // CHECK-NOTES: :[[@LINE-1]]:51: error: both sides of self-referential many-to-many 'edge' of 'graph::Node' use joinId 'source' (column 'source_id'): the join table needs one column for each side [assoc-wt-join-id]
    // CHECK-NOTES: :[[@LINE-3]]:44: note: the other side is declared here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:51: error: both sides of self-referential many-to-many 'edge' of 'graph::Node' use joinId 'source' (column 'source_id'): the join table needs one column for each side [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:44: note: the other side is declared here
  }

private:
  dbo::collection<dbo::ptr<Node>> out_;
  dbo::collection<dbo::ptr<Node>> in_;
};
} // namespace graph

DBO_EXTERN_TEMPLATES(graph::Node)

// No joinId on either side: both use the default column.
class Station {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, next_, dbo::ManyToMany, "link");
    dbo::hasMany(a, previous_, dbo::ManyToMany, "link");
    // CHECK-NOTES: :[[@LINE-1]]:49: error: both sides of self-referential many-to-many 'link' of 'Station' use the default column 'station_id': the join table needs one column for each side [assoc-wt-join-id]
    // CHECK-NOTES: :[[@LINE-3]]:45: note: the other side is declared here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:49: error: both sides of self-referential many-to-many 'link' of 'Station' use the default column: the join table needs one column for each side [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:45: note: the other side is declared here
  }

private:
  dbo::collection<dbo::ptr<Station>> next_;
  dbo::collection<dbo::ptr<Station>> previous_;
};

// No name and no joinId on either side: one default join table, one default
// column. Unmapped, the join table is unknown but the same for both sides.
class Word {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, synonyms_, dbo::ManyToMany);
    dbo::hasMany(a, synonymOf_, dbo::ManyToMany);
    // CHECK-NOTES: :[[@LINE-1]]:5: error: both sides of self-referential many-to-many 'word_word' of 'Word' use the default column 'word_id': the join table needs one column for each side [assoc-wt-join-id]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: the other side is declared here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:5: error: both sides of self-referential many-to-many of 'Word' use the default column: the join table needs one column for each side [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-5]]:5: note: the other side is declared here
  }

private:
  dbo::collection<dbo::ptr<Word>> synonyms_;
  dbo::collection<dbo::ptr<Word>> synonymOf_;
};

// One side only, named or not.
class Account : public dbo::Dbo<Account> {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, follows_, dbo::ManyToMany, "follow", "follower");
    // CHECK-NOTES: :[[@LINE-1]]:48: error: self-referential hasMany(ManyToMany) 'follow' of 'Account' has no second side: Wt needs two hasMany(ManyToMany) on join table 'follow', whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-2]]:48: error: self-referential hasMany(ManyToMany) 'follow' of 'Account' has no second side: Wt needs two hasMany(ManyToMany) on join table 'follow', whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
  }

private:
  dbo::collection<dbo::ptr<Account>> follows_;
};
class Part {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, parts_, dbo::ManyToMany);
    // CHECK-NOTES: :[[@LINE-1]]:5: error: self-referential hasMany(ManyToMany) without a name of 'Part' has no second side: Wt needs two hasMany(ManyToMany) on join table 'part_part', whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-2]]:5: error: self-referential hasMany(ManyToMany) without a name of 'Part' has no second side: Wt needs two hasMany(ManyToMany) on join table, whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
  }

private:
  dbo::collection<dbo::ptr<Part>> parts_;
};

// Two sides on two join tables are two relations of one side each (and an
// assoc-join-table-name error).
class Employee {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, mentors_, dbo::ManyToMany, "mentoring", "mentee");
    // CHECK-NOTES: :[[@LINE-1]]:48: error: self-referential hasMany(ManyToMany) 'mentoring' of 'Employee' has no second side: Wt needs two hasMany(ManyToMany) on join table 'mentoring', whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-2]]:48: error: self-referential hasMany(ManyToMany) 'mentoring' of 'Employee' has no second side: Wt needs two hasMany(ManyToMany) on join table 'mentoring', whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
    dbo::hasMany(a, mentees_, dbo::ManyToMany, "mentorship", "mentor");
    // CHECK-NOTES: :[[@LINE-1]]:48: error: self-referential hasMany(ManyToMany) 'mentorship' of 'Employee' has no second side: Wt needs two hasMany(ManyToMany) on join table 'mentorship', whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE-2]]:48: error: self-referential hasMany(ManyToMany) 'mentorship' of 'Employee' has no second side: Wt needs two hasMany(ManyToMany) on join table 'mentorship', whose columns in it differ (a joinId on one side at least) [assoc-wt-join-id]
  }

private:
  dbo::collection<dbo::ptr<Employee>> mentors_;
  dbo::collection<dbo::ptr<Employee>> mentees_;
};

// A self-referential side whose join table cannot be known (a default
// while the class is not mapped, a name that is not a constant) may be
// any other side's second side: no side is reported as alone.
namespace uncertain {
std::string edgeTable();
class Person {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, friends_, dbo::ManyToMany, "person_person", "friend_id");
    dbo::hasMany(a, friendOf_, dbo::ManyToMany);
  }
  dbo::collection<dbo::ptr<Person>> friends_, friendOf_;
};
class Node {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, out_, dbo::ManyToMany, edgeTable(), "from_id");
    dbo::hasMany(a, in_, dbo::ManyToMany, "edge", "to_id");
  }
  dbo::collection<dbo::ptr<Node>> out_, in_;
};
} // namespace uncertain

// Two classes whose sides give one joinId: the join table would have one
// column twice. Reported at the side of the class whose name sorts second
// (Member's: Group sorts first), so every unit reports it at one place.
namespace pair_columns {
class Group;
class Member {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, groups_, dbo::ManyToMany, "membership", "member");
    // CHECK-NOTES: :[[@LINE-1]]:61: error: both sides of many-to-many 'membership' use column 'member_id' in the join table: hasMany(ManyToMany) 'membership' of 'pair_columns::Member' needs a joinId of its own [assoc-wt-join-id]
    // CHECK-NOTES: :[[@LINE+9]]:62: note: 'pair_columns::Group' uses joinId 'member' (column 'member_id') here
    // CHECK-NOTES-UNMAPPED: :[[@LINE-3]]:61: error: both sides of many-to-many 'membership' use column 'member_id' in the join table: hasMany(ManyToMany) 'membership' of 'pair_columns::Member' needs a joinId of its own [assoc-wt-join-id]
    // CHECK-NOTES-UNMAPPED: :[[@LINE+7]]:62: note: 'pair_columns::Group' uses joinId 'member' (column 'member_id') here
  }
  dbo::collection<dbo::ptr<Group>> groups_;
};
class Group {
public:
  template <class Action> void persist(Action &a) {
    dbo::hasMany(a, members_, dbo::ManyToMany, "membership", "member");
  }
  dbo::collection<dbo::ptr<Member>> members_;
};
} // namespace pair_columns

#ifndef NO_MAPPING
void mapClasses(dbo::Session &session) {
  session.mapClass<Post>("post");
  session.mapClass<Comment>("comment");
  session.mapClass<Student>("student");
  session.mapClass<Course>("course");
  session.mapClass<Teacher>("teacher");
  session.mapClass<Person>("person");
  session.mapClass<graph::Node>("node");
  session.mapClass<Station>("station");
  session.mapClass<Word>("word");
  session.mapClass<Account>("account");
  session.mapClass<Part>("part");
  session.mapClass<Employee>("employee");
}
#endif
