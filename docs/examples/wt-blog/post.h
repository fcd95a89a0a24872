//===- post.h - Wt blog example: Post and Attachment ------------*- C++ -*-===//
//
// A post belongs to its author, has comments and attachments, and shares
// tags with other posts. Post derives from dbo::Dbo<Post> so that it can
// reach its own id and session; the other models derive from nothing, which
// Wt allows as well.
//
//===----------------------------------------------------------------------===//

#ifndef WT_BLOG_POST_H
#define WT_BLOG_POST_H

#include "tag.h"

#include <Wt/Dbo/Dbo.h>

#include <chrono>
#include <string>

namespace dbo = Wt::Dbo;

class Attachment;
class Comment;
class User;

class Post : public dbo::Dbo<Post> {
public:
  enum class State { Draft, Published };

  const std::string &title() const { return title_; }
  bool isPublished() const { return state_ == State::Published; }

  template <class Action> void persist(Action &a) {
    dbo::field(a, title_, "title", 200);
    dbo::field(a, body_, "body");
    dbo::field(a, state_, "state");
    dbo::field(a, published_, "published");
    dbo::belongsTo(a, author_, "author");
    // Comment's belongsTo() for this relation has the wrong name: see
    // comment.h.
    dbo::hasMany(a, comments_, dbo::ManyToOne, "post");
    dbo::hasMany(a, attachments_, dbo::ManyToOne, "post");
    // Tag's side of this relation names another join table: see tag.h.
    dbo::hasMany(a, tags_, dbo::ManyToMany, "post_tags");
  }

private:
  std::string title_;
  std::string body_;
  State state_ = State::Draft;
  std::chrono::system_clock::time_point published_;
  dbo::ptr<User> author_;
  dbo::collection<dbo::ptr<Comment>> comments_;
  dbo::collection<dbo::ptr<Attachment>> attachments_;
  dbo::collection<dbo::ptr<Tag>> tags_;
};

// MISTAKE 4: Attachment is mapped correctly on both sides of its relation,
// but mapClasses() in blog.cpp never calls mapClass<Attachment>(). When the
// session first initialises its schema (the first createTables(), find(),
// add(), ...), reading Post's hasMany(attachments_) throws
// Wt::Dbo::Exception "Class 10Attachment was not mapped." (the class name as
// typeid(Attachment).name() spells it).
class Attachment {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, fileName_, "file_name", 255);
    dbo::field(a, mimeType_, "mime_type", 100);
    dbo::belongsTo(a, post_, "post", dbo::NotNull | dbo::OnDeleteCascade);
  }

private:
  std::string fileName_;
  std::string mimeType_;
  dbo::ptr<Post> post_;
};

DBO_EXTERN_TEMPLATES(Post)
DBO_EXTERN_TEMPLATES(Attachment)

#endif // WT_BLOG_POST_H
