//===- tag.h - Wt blog example: Tag -----------------------------*- C++ -*-===//
//
// Tags are identified by their name: a natural primary key, declared with
// dbo::id() and a dbo_traits<Tag> specialisation that changes the id type and
// drops the surrogate "id" column. The specialisation must be seen before
// anything instantiates ptr<Tag>, which is why post.h includes this header
// rather than forward-declaring Tag. The join table therefore has a
// tag_name column, not tag_id.
//
//===----------------------------------------------------------------------===//

#ifndef WT_BLOG_TAG_H
#define WT_BLOG_TAG_H

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

class Post;
class Tag;

namespace Wt {
namespace Dbo {

template <> struct dbo_traits<Tag> : public dbo_default_traits {
  typedef std::string IdType;
  static IdType invalidId() { return std::string(); }
  static const char *surrogateIdField() { return nullptr; }
};

} // namespace Dbo
} // namespace Wt

class Tag {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, name_, "name", 64);
    // MISTAKE 2: Post's side of this many-to-many names the join table
    // "post_tags"; this side names it "tags_posts". Both sides must give the
    // same name. Wt raises no error: createTables() silently creates two join
    // tables, post_tags (post_id, tag_name) and tags_posts (tag_name,
    // post_id), and a tag added to a post's tags is never among the tag's
    // posts.
    dbo::hasMany(a, posts_, dbo::ManyToMany, "tags_posts");
  }

private:
  std::string name_;
  dbo::collection<dbo::ptr<Post>> posts_;
};

DBO_EXTERN_TEMPLATES(Tag)

#endif // WT_BLOG_TAG_H
