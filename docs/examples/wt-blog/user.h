//===- user.h - Wt blog example: User and Profile ---------------*- C++ -*-===//
//
// A user writes posts and comments, and has at most one profile. The profile
// is a one-to-one relation: a weak_ptr mapped with hasOne() on this side (a
// plain ptr would make a reference cycle with the profile's ptr back to the
// user) and a belongsTo() with the same name on the other.
//
//===----------------------------------------------------------------------===//

#ifndef WT_BLOG_USER_H
#define WT_BLOG_USER_H

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

class Comment;
class Post;
class Profile;

class User {
public:
  enum class Role { Reader, Author, Admin };

  const std::string &name() const { return name_; }
  const dbo::collection<dbo::ptr<Post>> &posts() const { return posts_; }

  template <class Action> void persist(Action &a) {
    dbo::field(a, name_, "name", 64);
    dbo::field(a, email_, "email", 254);
    dbo::field(a, role_, "role");
    dbo::hasOne(a, profile_, "user");
    dbo::hasMany(a, posts_, dbo::ManyToOne, "author");
    dbo::hasMany(a, comments_, dbo::ManyToOne, "author");
  }

private:
  std::string name_;
  std::string email_;
  Role role_ = Role::Reader;
  dbo::weak_ptr<Profile> profile_;
  dbo::collection<dbo::ptr<Post>> posts_;
  dbo::collection<dbo::ptr<Comment>> comments_;
};

/// The other side of User::profile_: column profile.user_id, which cannot be
/// null, and a profile goes when its user does.
class Profile {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, bio_, "bio");
    dbo::field(a, website_, "website", 200);
    dbo::belongsTo(a, user_, "user", dbo::NotNull | dbo::OnDeleteCascade);
  }

private:
  std::string bio_;
  std::string website_;
  dbo::ptr<User> user_;
};

DBO_EXTERN_TEMPLATES(User)
DBO_EXTERN_TEMPLATES(Profile)

#endif // WT_BLOG_USER_H
