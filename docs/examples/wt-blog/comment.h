//===- comment.h - Wt blog example: Comment ---------------------*- C++ -*-===//
//
// A comment belongs to a post and to its author, and comments are threaded:
// a reply belongs to its parent comment, a self-referencing many-to-one.
//
//===----------------------------------------------------------------------===//

#ifndef WT_BLOG_COMMENT_H
#define WT_BLOG_COMMENT_H

#include <Wt/Dbo/Dbo.h>

#include <chrono>
#include <string>

namespace dbo = Wt::Dbo;

class Post;
class User;

class Comment {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, text_, "text");
    dbo::field(a, written_, "written");
    // MISTAKE 1: Post maps its comments with hasMany(..., ManyToOne, "post"),
    // so this belongsTo() must be named "post" too. When the session first
    // initialises its schema, Wt throws Wt::Dbo::Exception "Relation mismatch
    // for table 'post': no matching belongsTo() found in table 'comment' with
    // name 'post', but did find with name 'article'?"
    dbo::belongsTo(a, post_, "article");
    // MISTAKE 3: NotNull makes comment.author_id NOT NULL, OnDeleteSetNull
    // asks the database to set it to null when the author is deleted. Wt
    // creates the schema without complaint; deleting a user who has written
    // comments then fails with the database's not-null violation.
    dbo::belongsTo(a, author_, "author", dbo::NotNull | dbo::OnDeleteSetNull);
    dbo::belongsTo(a, parent_, "parent", dbo::OnDeleteCascade);
    dbo::hasMany(a, replies_, dbo::ManyToOne, "parent");
  }

private:
  std::string text_;
  std::chrono::system_clock::time_point written_;
  dbo::ptr<Post> post_;
  dbo::ptr<User> author_;
  dbo::ptr<Comment> parent_;
  dbo::collection<dbo::ptr<Comment>> replies_;
};

DBO_EXTERN_TEMPLATES(Comment)

#endif // WT_BLOG_COMMENT_H
