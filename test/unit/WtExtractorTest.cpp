//===- WtExtractorTest.cpp - Wt::Dbo's persist() into the model -----------===//
//
// Builds the AST of a Wt::Dbo snippet in-process, over the declaration-only
// mock of Wt's headers, and checks what the front-end reads from persist()
// and mapClass calls, field by field. No template is ever instantiated:
// every persist() here is read as written.
//
//===----------------------------------------------------------------------===//

#include "WtExtractor.h"
#include "Extractor.h"
#include "WtModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

using namespace assoctidy;

namespace {

Program extract(const std::string &Code) {
  std::unique_ptr<clang::ASTUnit> AST =
      clang::tooling::buildASTFromCodeWithArgs(
          Code, {"-std=c++17", "-I" ASSOC_WT_MOCKS_DIR}, "/src/blog.cpp");
  EXPECT_TRUE(AST);
  return extractModels(AST->getASTContext());
}

const Model &model(const Program &P, const char *Name) {
  const Model *M = P.model(Name);
  EXPECT_NE(M, nullptr) << Name;
  static const Model None;
  return M ? *M : None;
}

std::vector<std::string> flags(const Association &A) {
  std::vector<std::string> Names;
  for (const wt::Flag &F : wt::relation(A).Flags)
    Names.push_back(F.Name);
  return Names;
}

const char *const Blog = R"cpp(
#include <Wt/Dbo/Dbo.h>
namespace dbo = Wt::Dbo;
class Post;
class Tag;
class User {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, name_, "name");
    dbo::hasMany(a, posts_, dbo::ManyToOne, "author");
  }
  std::string name_;
  dbo::collection<dbo::ptr<Post>> posts_;
};
class Post : public dbo::Dbo<Post> {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, title_, "title", 200);
    dbo::belongsTo(a, author_, "author", dbo::NotNull | dbo::OnDeleteCascade);
    dbo::belongsTo(a, editor_);
    dbo::belongsTo(a, reviewer_, dbo::OnDeleteSetNull);
    dbo::hasMany(a, tags_, dbo::ManyToMany, "post_tag", "post_key",
                 dbo::NotNull | dbo::OnDeleteCascade | dbo::OnUpdateCascade);
    dbo::field(a, moderator_, ">moderated_by");
  }
  std::string title_;
  dbo::ptr<User> author_, editor_, reviewer_, moderator_;
  dbo::collection<dbo::ptr<Tag>> tags_;
};
class Tag {
public:
  template <class Action> void persist(Action &a) {
    Wt::Dbo::hasMany(a, posts_, Wt::Dbo::ManyToMany);
  }
  dbo::collection<dbo::ptr<Post>> posts_;
};
class Plain {
public:
  void persist(int) {}
};
void mapClasses(dbo::Session &session) {
  session.mapClass<User>("user");
  session.mapClass<Post>("post");
}
)cpp";

TEST(WtExtractor, ReadsPersistWithoutInstantiating) {
  Program P = extract(Blog);
  ASSERT_EQ(P.Models.size(), 3u);
  for (const Model &M : P.Models)
    EXPECT_EQ(M.Lib, wt::Library) << M.QualifiedName;
  EXPECT_EQ(P.model("Plain"), nullptr); // persist() is not a template.

  const Model &User = model(P, "User");
  ASSERT_EQ(User.Associations.size(), 1u);
  const Association &Posts = User.Associations[0];
  EXPECT_EQ(Posts.Kind, AssociationKind::HasMany);
  EXPECT_EQ(Posts.Name, "author");
  EXPECT_EQ(Posts.Target, "Post");
  EXPECT_EQ(Posts.State, TargetState::Model);
  EXPECT_EQ(wt::relation(Posts).Function, "hasMany");
  ASSERT_EQ(wt::keys(User).Columns.size(), 1u);
  EXPECT_EQ(wt::keys(User).Columns[0].Name, "name");
}

TEST(WtExtractor, NamesFlagsAndJoinIds) {
  Program P = extract(Blog);
  const Model &Post = model(P, "Post");
  ASSERT_EQ(Post.Associations.size(), 5u);
  const Association &Author = Post.Associations[0];
  EXPECT_EQ(Author.Kind, AssociationKind::BelongsTo);
  EXPECT_EQ(Author.Name, "author");
  EXPECT_EQ(Author.NameSpelling, Spelling::Literal);
  EXPECT_EQ(Author.NameRange.Begin.Line, 19u);
  EXPECT_EQ(flags(Author),
            (std::vector<std::string>{"NotNull", "OnDeleteCascade"}));
  // Deleting the second flag deletes " | dbo::OnDeleteCascade".
  const wt::Flag &Cascade = wt::relation(Author).Flags[1];
  EXPECT_EQ(Cascade.Removal.End.Offset - Cascade.Removal.Begin.Offset,
            std::string(" | dbo::OnDeleteCascade").size());

  const Association &Editor = Post.Associations[1];
  EXPECT_FALSE(wt::relation(Editor).NameGiven);
  EXPECT_TRUE(Editor.Name.empty());
  EXPECT_TRUE(wt::relation(Editor).Flags.empty());

  // The overload without a name goes straight to its constraints.
  const Association &Reviewer = Post.Associations[2];
  EXPECT_FALSE(wt::relation(Reviewer).NameGiven);
  EXPECT_EQ(flags(Reviewer), std::vector<std::string>{"OnDeleteSetNull"});
  EXPECT_FALSE(
      wt::relation(Reviewer).Flags[0].Removal.isValid()); // The only flag.

  const Association &Tags = Post.Associations[3];
  EXPECT_EQ(Tags.Kind, AssociationKind::HasAndBelongsToMany);
  EXPECT_EQ(Tags.Name, "post_tag");
  EXPECT_TRUE(wt::relation(Tags).JoinIdGiven);
  EXPECT_EQ(wt::relation(Tags).JoinId, "post_key");
  EXPECT_EQ(flags(Tags), (std::vector<std::string>{"NotNull", "OnDeleteCascade",
                                                   "OnUpdateCascade"}));

  // field() on a ptr is a foreign key too; '>' is kept in the name.
  const Association &Moderator = Post.Associations[4];
  EXPECT_EQ(Moderator.Kind, AssociationKind::BelongsTo);
  EXPECT_EQ(wt::relation(Moderator).Function, "field");
  EXPECT_EQ(Moderator.Name, ">moderated_by");

  const Model &Tag = model(P, "Tag");
  ASSERT_EQ(Tag.Associations.size(), 1u);
  EXPECT_FALSE(wt::relation(Tag.Associations[0]).NameGiven);
  EXPECT_EQ(Tag.Associations[0].Target, "Post");
}

TEST(WtExtractor, MapClassCallsInFunctionBodies) {
  Program P = extract(Blog);
  ASSERT_EQ(P.Mappings.size(), 2u);
  EXPECT_EQ(P.Mappings[0].Class, "User");
  EXPECT_EQ(P.Mappings[0].Table, "user");
  EXPECT_EQ(P.Mappings[1].Class, "Post");
  EXPECT_EQ(P.Mappings[1].Table, "post");
  EXPECT_EQ(P.Mappings[1].Where.Begin.Line, 43u);
}

TEST(WtExtractor, OnlyWtDboNamesCount) {
  // A look-alike namespace and a unit without Wt give nothing.
  Program P = extract(R"cpp(
namespace My { namespace Dbo {
template <class A, class T> void belongsTo(A &, T &, const char *);
} }
struct Thing {};
class Fake {
public:
  template <class Action> void persist(Action &a) {
    My::Dbo::belongsTo(a, thing_, "thing");
  }
  Thing thing_;
};
)cpp");
  EXPECT_TRUE(P.Models.empty());
  EXPECT_TRUE(P.Mappings.empty());
}

TEST(WtExtractor, PersistBodiesAreKeptOthersMayBeSkipped) {
  std::unique_ptr<clang::ASTUnit> AST =
      clang::tooling::buildASTFromCodeWithArgs(
          Blog, {"-std=c++17", "-I" ASSOC_WT_MOCKS_DIR}, "/src/blog.cpp");
  ASSERT_TRUE(AST);
  unsigned Persist = 0, Mapping = 0;
  for (const clang::Decl *D :
       AST->getASTContext().getTranslationUnitDecl()->decls()) {
    if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D);
        FD && FD->getName() == "mapClasses") {
      // Kept for its file, which mentions mapClass, not for itself.
      EXPECT_FALSE(wtIsPersist(FD));
      EXPECT_TRUE(wtMentionsMapClass("session.mapClass<User>(\"user\");"));
      EXPECT_FALSE(wtMentionsMapClass("int main() {}"));
      ++Mapping;
    }
    if (const auto *RD = llvm::dyn_cast<clang::CXXRecordDecl>(D))
      for (const clang::Decl *Member : RD->decls())
        if (const auto *T =
                llvm::dyn_cast<clang::FunctionTemplateDecl>(Member)) {
          EXPECT_TRUE(wtIsPersist(T->getTemplatedDecl()));
          ++Persist;
        }
  }
  EXPECT_EQ(Mapping, 1u);
  EXPECT_EQ(Persist, 3u);
}

TEST(WtExtractor, DboTraitsNameTheKeys) {
  Program P = extract(R"cpp(
#include <Wt/Dbo/Dbo.h>
namespace dbo = Wt::Dbo;
class Tag;
class Label;
class Note;
namespace Wt { namespace Dbo {
template <> struct dbo_traits<Tag> : public dbo_default_traits {
  typedef std::string IdType;
  static const char *surrogateIdField() { return nullptr; }
};
constexpr const char *Revision = "revision";
template <> struct dbo_traits<Note> : public dbo_default_traits {
  static const char *versionField() { return Revision; }
};
template <> struct dbo_traits<Label> : public dbo_default_traits {
  static const char *surrogateIdField() { return "label_key"; }
  static const char *versionField() { return 0; }
};
} }
class Tag {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, name_, "name", 64);
  }
  std::string name_;
};
class Label {
public:
  template <class Action> void persist(Action &a) {
    dbo::field(a, text_, "text");
  }
  std::string text_;
};
class Plain {
public:
  template <class Action> void persist(Action &a) {}
};
class Note {
public:
  template <class Action> void persist(Action &a) {}
};
)cpp");
  // A name read through a named constant, as everywhere else.
  EXPECT_EQ(wt::keys(model(P, "Note")).VersionField, "revision");
  const Model &Tag = model(P, "Tag");
  EXPECT_FALSE(wt::keys(Tag).SurrogateId);
  EXPECT_EQ(wt::keys(Tag).IdField, "name");
  EXPECT_EQ(wt::keys(Tag).VersionField, "version");
  const Model &Label = model(P, "Label");
  EXPECT_TRUE(wt::keys(Label).SurrogateId);
  EXPECT_EQ(wt::keys(Label).IdField, "label_key");
  EXPECT_EQ(wt::keys(Label).VersionField, "");
  const Model &Plain = model(P, "Plain");
  EXPECT_EQ(wt::keys(Plain).IdField, "id");
  EXPECT_EQ(wt::keys(Plain).VersionField, "version");
}

TEST(WtExtractor, FieldOverloadsAndHelpersAreFollowed) {
  const Program P = extract(R"cpp(
#include <Wt/Dbo/Dbo.h>
namespace dbo = Wt::Dbo;
class Module;
class Page;
struct PageKeys {
  long long id;
  dbo::ptr<Module> module;
};
namespace Wt {
namespace Dbo {
template <class Action>
void field(Action &action, PageKeys &keys, const std::string &name,
           int size = -1) {
  field(action, keys.id, name + "_page_id");
  belongsTo(action, keys.module, "mod_" + std::string(name), NotNull);
  belongsTo(action, keys.module, name.empty() ? name : name + "_x");
}
template <> struct dbo_traits<Page> : public dbo_default_traits {
  static const char *surrogateIdField() { return nullptr; }
};
} // namespace Dbo
} // namespace Wt
template <class A> void common(A &a, dbo::ptr<Module> &m, const char *role) {
  dbo::belongsTo(a, m, role);
  common(a, m, "again"); // Met again while read: not read again.
}
template <class A> void opaque(A &a, dbo::ptr<Module> &m);
class Page {
public:
  template <class Action> void persist(Action &a) {
    dbo::id(a, id_, "page");
    common(a, owner_, "owner");
    opaque(a, other_);
  }
  PageKeys id_;
  dbo::ptr<Module> owner_;
  dbo::ptr<Module> other_;
};
)cpp");
  const Model &Page = model(P, "Page");
  ASSERT_EQ(Page.Associations.size(), 5u);
  EXPECT_EQ(Page.Associations[0].Name, "mod_page");
  EXPECT_EQ(Page.Associations[0].Target, "Module");
  EXPECT_EQ(flags(Page.Associations[0]), std::vector<std::string>{"NotNull"});
  // Built from the parameter, not written: no fix-it may rewrite it.
  EXPECT_EQ(Page.Associations[0].NameSpelling, Spelling::Constant);
  // A conditional is not substituted: the name is unknown.
  EXPECT_FALSE(wt::relation(Page.Associations[1]).NameKnown);
  EXPECT_EQ(Page.Associations[2].Name, "owner");
  EXPECT_TRUE(wt::relation(Page.Associations[2]).NameKnown);
  // The recursive call, and a helper without a body: each a key to
  // Module of unknown name.
  for (unsigned I : {3u, 4u}) {
    EXPECT_EQ(Page.Associations[I].Target, "Module");
    EXPECT_EQ(Page.Associations[I].Kind, AssociationKind::BelongsTo);
    EXPECT_FALSE(wt::relation(Page.Associations[I]).NameKnown);
  }
  ASSERT_EQ(wt::keys(Page).Columns.size(), 1u);
  EXPECT_EQ(wt::keys(Page).Columns[0].Name, "page_page_id");
  // A composite natural id: no one column keys to Page are named after.
  EXPECT_FALSE(wt::keys(Page).SurrogateId);
  EXPECT_EQ(wt::keys(Page).IdField, "");
}

TEST(WtExtractor, HelperBodiesAreKept) {
  std::unique_ptr<clang::ASTUnit> AST =
      clang::tooling::buildASTFromCodeWithArgs(R"cpp(
template <class Action> void persistCommon(Action &a, int n);
template <class T> void byValue(T t);
template <class T> void pointer(T *t);
void plain(int &n);
)cpp",
                                               {"-std=c++17"}, "/src/h.cpp");
  ASSERT_TRUE(AST);
  std::vector<std::string> Kept;
  for (const clang::Decl *D :
       AST->getASTContext().getTranslationUnitDecl()->decls()) {
    const auto *FD = D->getAsFunction();
    if (FD && wtMayTakeAction(FD))
      Kept.push_back(FD->getNameAsString());
  }
  EXPECT_EQ(Kept, std::vector<std::string>{"persistCommon"});
  EXPECT_TRUE(wtMentionsDbo("namespace dbo = Wt::Dbo;"));
  EXPECT_TRUE(wtMentionsDbo("belongsTo(a, p, name);"));
  EXPECT_FALSE(wtMentionsDbo("template <class T> void swap(T &, T &);"));
}

} // namespace
