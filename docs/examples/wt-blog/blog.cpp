//===- blog.cpp - Wt blog example: the mapping and its use ----------------===//
//
// Maps the models to tables and uses them the way a Wt application does.
// Wt checks nothing when mapClass() is called: it reads every mapped class's
// persist() when the session first initialises its schema, and that is when
// mistakes 1 and 4 throw. Mistakes 2 and 3 never make Wt throw.
//
//===----------------------------------------------------------------------===//

#include "comment.h"
#include "post.h"
#include "tag.h"
#include "user.h"

#include <Wt/Dbo/Dbo.h>

#include <string>

namespace dbo = Wt::Dbo;

void mapClasses(dbo::Session &session) {
  session.mapClass<User>("user");
  session.mapClass<Profile>("profile");
  session.mapClass<Post>("post");
  session.mapClass<Comment>("comment");
  session.mapClass<Tag>("tag");
  // Attachment is missing here: see post.h.
}

/// Counts the published posts of the user called \p name.
int countPublishedPosts(dbo::Session &session, const std::string &name) {
  dbo::Transaction transaction(session);

  dbo::ptr<User> user = session.find<User>().where("name = ?").bind(name);
  if (!user)
    return 0;

  int count = 0;
  for (const dbo::ptr<Post> &post : user->posts())
    if (post->isPublished())
      ++count;
  return count;
}
