//===- WtRulesTest.cpp - The Wt::Dbo rules, without an AST ----------------===//
//
// Each rule over hand-built Wt models: the names Wt pairs by, the join
// tables it derives, and what a rule must not say when a table or a name
// is unknown.
//
//===----------------------------------------------------------------------===//

#include "WtRules.h"
#include "AssocRules.h"
#include "DuplicateAssociation.h"
#include "Frontends.h"
#include "JoinTableName.h"
#include "Merge.h"
#include "MissingDependent.h"
#include "MissingInverse.h"
#include "ModelBuilders.h"
#include "ModelJson.h"
#include "Schema.h"
#include "TargetNotModel.h"
#include "WtConstraintFlags.h"
#include "WtJoinId.h"
#include "WtModel.h"
#include "WtSupport.h"

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

using K = AssociationKind;

unsigned NextLine = 1;

/// A Wt relation; Name "" means none given.
Association rel(K Kind, std::string Name, std::string Target,
                std::vector<std::string> Flags = {}) {
  Association A = assoc(Kind, Name, std::move(Target));
  wt::editRelation(A).Function = Kind == K::BelongsTo ? "belongsTo"
                                 : Kind == K::HasOne  ? "hasOne"
                                                      : "hasMany";
  wt::editRelation(A).NameGiven = !Name.empty();
  const unsigned Line = NextLine++;
  A.NameRange = at(Line, 30, Name.size() + 2);
  A.Whole = at(Line, 5, 60);
  unsigned Col = 40;
  for (std::string &F : Flags) {
    wt::Flag Flag;
    Flag.Name = F;
    Flag.Where = at(Line, Col, F.size());
    wt::editRelation(A).Flags.push_back(Flag);
    Col += F.size() + 3;
  }
  // " | X" after the first, "X | " for the first, as the extractor does.
  for (std::size_t I = 0; wt::editRelation(A).Flags.size() > 1 &&
                          I < wt::editRelation(A).Flags.size();
       ++I)
    wt::editRelation(A).Flags[I].Removal =
        I == 0 ? Range{wt::editRelation(A).Flags[0].Where.Begin,
                       wt::editRelation(A).Flags[1].Where.Begin}
               : Range{wt::editRelation(A).Flags[I - 1].Where.End,
                       wt::editRelation(A).Flags[I].Where.End};
  return A;
}

Association joinId(Association A, std::string Id) {
  wt::editRelation(A).JoinIdGiven = true;
  wt::editRelation(A).JoinId = std::move(Id);
  wt::editRelation(A).JoinIdRange =
      at(A.Whole.Begin.Line, 50, wt::editRelation(A).JoinId.size() + 2);
  return A;
}

Model wtModel(std::string Name, std::initializer_list<Association> Relations) {
  Model M = model(std::move(Name), Relations);
  M.Lib = wt::Library;
  return M;
}

Program program(
    std::initializer_list<Model> Models,
    std::initializer_list<std::pair<const char *, const char *>> Mapped = {}) {
  Program P;
  P.Models = Models;
  unsigned Line = 200;
  for (const auto &[Class, Table] : Mapped)
    P.Mappings.push_back({Class, Table, at(Line++, 3, 30)});
  return P;
}

std::vector<std::string> messages(const std::vector<Finding> &Findings) {
  std::vector<std::string> Out;
  for (const Finding &F : Findings)
    Out.push_back(F.Message);
  return Out;
}

TEST(WtMissingInverse, PairsByNameWithoutTheLiteralMark) {
  Program P = program({wtModel("Post", {rel(K::HasMany, "post", "Comment"),
                                        rel(K::HasOne, "post", "Cover")}),
                       wtModel("Comment", {rel(K::BelongsTo, ">post", "Post")}),
                       wtModel("Cover", {rel(K::BelongsTo, "post", "Post")})});
  EXPECT_TRUE(findWtMissingInverses(P).empty());
}

TEST(WtMissingInverse, QuotesWtWithItsDidYouMean) {
  Program P =
      program({wtModel("Post", {rel(K::HasMany, "post", "Comment")}),
               wtModel("Comment", {rel(K::BelongsTo, "article", "Post")})},
              {{"Post", "post"}, {"Comment", "comment"}});
  std::vector<Finding> F = findWtMissingInverses(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Level, Severity::Error);
  EXPECT_NE(F[0].Message.find(
                "\"Relation mismatch for table 'post': no matching belongsTo() "
                "found in table 'comment' with name 'post', but did find with "
                "name 'article'?\""),
            std::string::npos)
      << F[0].Message;
  ASSERT_EQ(F[0].Notes.size(), 1u);
  EXPECT_EQ(F[0].Notes[0].Where, P.Models[1].Associations[0].NameRange);
}

TEST(WtMissingInverse, DefaultsNeedTheMappedTables) {
  // hasMany without a name pairs with the belongsTo named after this
  // class's table; belongsTo without a name is named after its target's.
  Program Unmapped =
      program({wtModel("Post", {rel(K::HasMany, "", "Comment")}),
               wtModel("Comment", {rel(K::BelongsTo, "article", "Post")})});
  EXPECT_TRUE(findWtMissingInverses(Unmapped).empty()); // Unknown: silent.

  Program Mapped = Unmapped;
  Mapped.Mappings.push_back({"Post", "article", at(300, 1)});
  EXPECT_TRUE(findWtMissingInverses(Mapped).empty());
  Mapped.Mappings[0].Table = "post";
  EXPECT_EQ(findWtMissingInverses(Mapped).size(), 1u);

  Program BothDefault =
      program({wtModel("Post", {rel(K::HasMany, "", "Comment")}),
               wtModel("Comment", {rel(K::BelongsTo, "", "Post")})},
              {{"Post", "post"}});
  EXPECT_TRUE(findWtMissingInverses(BothDefault).empty());
}

TEST(WtMissingInverse, AnUnreadableNameMayBeTheRightOne) {
  Association Back = rel(K::BelongsTo, "", "Post");
  wt::editRelation(Back).NameGiven = true;
  wt::editRelation(Back).NameKnown = false;
  Program P = program({wtModel("Post", {rel(K::HasMany, "post", "Comment")}),
                       wtModel("Comment", {Back})});
  EXPECT_TRUE(findWtMissingInverses(P).empty());
}

TEST(WtJoinTable, DefaultsAgreeAndNamesMustMatch) {
  Program Defaults = program(
      {wtModel("Post", {rel(K::HasAndBelongsToMany, "", "Tag")}),
       wtModel("Tag", {rel(K::HasAndBelongsToMany, "post_tag", "Post")})},
      {{"Post", "post"}, {"Tag", "tag"}});
  EXPECT_TRUE(findWtJoinTableProblems(Defaults).empty());

  Program Different = program(
      {wtModel("Post", {rel(K::HasAndBelongsToMany, "post_tags", "Tag")}),
       wtModel("Tag", {rel(K::HasAndBelongsToMany, "tags_posts", "Post")})});
  std::vector<Finding> F = findWtJoinTableProblems(Different);
  ASSERT_EQ(F.size(), 1u); // One finding for the pair, at the first side.
  EXPECT_EQ(F[0].Level, Severity::Error);
  EXPECT_EQ(F[0].Where, Different.Models[0].Associations[0].NameRange);
  EXPECT_TRUE(F[0].Fixes.empty());
}

TEST(WtJoinTable, AReversedDefaultIsFixed) {
  Program P = program(
      {wtModel("Post", {rel(K::HasAndBelongsToMany, "", "Tag")}),
       wtModel("Tag", {rel(K::HasAndBelongsToMany, "tag_post", "Post")})},
      {{"Post", "post"}, {"Tag", "tag"}});
  std::vector<Finding> F = findWtJoinTableProblems(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Level, Severity::Warning);
  EXPECT_EQ(F[0].Where, P.Models[1].Associations[0].NameRange);
  ASSERT_EQ(F[0].Fixes.size(), 1u);
  EXPECT_EQ(F[0].Fixes[0].Text, "\"post_tag\"");
}

TEST(WtJoinTable, NoSharedPrefixRule) {
  // ActiveRecord would merge the shared "post_" prefix; Wt does not.
  Program P =
      program({wtModel("Post", {rel(K::HasAndBelongsToMany, "", "PostTag")}),
               wtModel("PostTag",
                       {rel(K::HasAndBelongsToMany, "post_post_tag", "Post")})},
              {{"Post", "post"}, {"PostTag", "post_tag"}});
  EXPECT_TRUE(findWtJoinTableProblems(P).empty());
}

TEST(WtConstraintFlags, PrecedenceAndContradictions) {
  Program P = program({wtModel(
      "Comment",
      {rel(K::BelongsTo, "author", "User", {"NotNull", "OnDeleteSetNull"}),
       rel(K::BelongsTo, "post", "Post",
           {"OnDeleteRestrict", "OnDeleteCascade"}),
       rel(K::BelongsTo, "editor", "User",
           {"NotNull", "OnDeleteSetNull", "OnDeleteCascade"}),
       rel(K::BelongsTo, "parent", "Comment", {"NotNull", "NotNull"})})});
  std::vector<Finding> F = findWtConstraintFlagProblems(P);
  ASSERT_EQ(F.size(), 4u) << ::testing::PrintToString(messages(F));
  const auto &R = P.Models[0].Associations;
  // NotNull | OnDeleteSetNull: no fix, the choice is the user's.
  EXPECT_EQ(F[0].Where, wt::relation(R[0]).Flags[1].Where);
  EXPECT_TRUE(F[0].Fixes.empty());
  // Restrict loses to Cascade written after it; the fix deletes "X | ".
  EXPECT_EQ(F[1].Where, wt::relation(R[1]).Flags[0].Where);
  ASSERT_EQ(F[1].Fixes.size(), 1u);
  EXPECT_EQ(F[1].Fixes[0].Where, wt::relation(R[1]).Flags[0].Removal);
  // SetNull loses to Cascade, and then contradicts nothing.
  EXPECT_EQ(F[2].Where, wt::relation(R[2]).Flags[1].Where);
  EXPECT_NE(F[2].Message.find("'OnDeleteCascade' takes precedence"),
            std::string::npos);
  EXPECT_EQ(F[3].Where, wt::relation(R[3]).Flags[1].Where);
  EXPECT_NE(F[3].Message.find("given twice"), std::string::npos);
}

TEST(WtJoinId, ManyToOneAndSelfReference) {
  Program P = program({wtModel(
      "Person", {joinId(rel(K::HasMany, "boss", "Person"), "boss_id"),
                 rel(K::BelongsTo, "boss", "Person"),
                 joinId(rel(K::HasAndBelongsToMany, "friends", "Person"), "a"),
                 joinId(rel(K::HasAndBelongsToMany, "friends", "Person"), "b"),
                 rel(K::HasAndBelongsToMany, "rivals", "Person"),
                 rel(K::HasAndBelongsToMany, "rivals", "Person"),
                 rel(K::HasAndBelongsToMany, "lonely", "Person")})});
  std::vector<std::string> M = messages(findWtJoinIdProblems(P));
  ASSERT_EQ(M.size(), 3u) << ::testing::PrintToString(M);
  EXPECT_NE(M[0].find("only for ManyToMany"), std::string::npos);
  EXPECT_NE(M[1].find("has no second side"), std::string::npos); // lonely
  EXPECT_NE(M[2].find("'rivals'"), std::string::npos);
  EXPECT_NE(M[2].find("the default column"), std::string::npos);
}

TEST(WtDuplicateColumns, ForeignKeysAndFields) {
  Model Comment = wtModel("Comment", {rel(K::BelongsTo, "post", "Post"),
                                      rel(K::BelongsTo, ">post_id", "Post"),
                                      rel(K::BelongsTo, "author", "User")});
  wt::editKeys(Comment).Columns.push_back({"author_id", at(90, 3, 11)});
  // The targets' definitions give their id fields (`id`, the default).
  std::vector<Finding> F = findWtDuplicateColumns(
      program({Comment, wtModel("Post", {}), wtModel("User", {})}));
  ASSERT_EQ(F.size(), 2u) << ::testing::PrintToString(messages(F));
  EXPECT_NE(F[0].Message.find("'post_id'"), std::string::npos);
  // The field() on line 90 comes after the belongsTo() "author".
  EXPECT_EQ(F[1].Where, wt::keys(Comment).Columns[0].Where);
}

TEST(WtUnmapped, OnlyWhenTheProgramMapsSomething) {
  Program P =
      program({wtModel("Post", {rel(K::HasMany, "post", "Attachment"),
                                rel(K::HasMany, "post", "Comment")}),
               wtModel("Attachment", {rel(K::BelongsTo, "post", "Post")}),
               wtModel("Comment", {rel(K::BelongsTo, "post", "Post")})});
  EXPECT_TRUE(findWtUnmappedTargets(P).empty());
  P.Mappings = {{"Post", "post", at(300, 1)},
                {"Comment", "comment", at(301, 1)}};
  std::vector<Finding> F = findWtUnmappedTargets(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("'Attachment'"), std::string::npos);
}

TEST(WtMissingOnDelete, PairedBelongsToWithoutAnAction) {
  Program P = program(
      {wtModel("Post", {rel(K::HasMany, "post", "Comment"),
                        rel(K::HasMany, "post", "Attachment")}),
       wtModel("Comment", {rel(K::BelongsTo, "post", "Post", {"NotNull"})}),
       wtModel("Attachment",
               {rel(K::BelongsTo, "post", "Post", {"OnDeleteCascade"})})});
  std::vector<Finding> F = findWtMissingOnDelete(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Where, P.Models[1].Associations[0].NameRange);
}

TEST(WtModels, AssocRulesLeaveThemAlone) {
  // Singular has_many names and no inverse: findings for an assoc model,
  // none for the same declarations made by a Wt model.
  Program P = program({wtModel("Post", {rel(K::HasMany, "post", "Comment")}),
                       wtModel("Comment", {})});
  EXPECT_TRUE(ar::findMissingInverses(P, {}).empty());
  P.Models[0].Lib = P.Models[1].Lib = ar::Library;
  EXPECT_FALSE(ar::findMissingInverses(P, {}).empty());
}

TEST(WtModels, FactsAndMergeKeepWhatWtNeeds) {
  Program P = program(
      {wtModel("Post", {joinId(rel(K::HasAndBelongsToMany, "post_tag", "Tag",
                                   {"NotNull", "OnDeleteCascade"}),
                               "post_key")})},
      {{"Post", "post"}});
  wt::editKeys(P.Models[0]).Columns.push_back({"title", at(50, 3, 7)});
  std::string Error;
  std::optional<Program> Back =
      programFromJson(programToJson(P), Error, extensionReaders());
  ASSERT_TRUE(Back) << Error;
  const Association &A = Back->Models.at(0).Associations.at(0);
  EXPECT_EQ(Back->Models[0].Lib, wt::Library);
  EXPECT_EQ(wt::relation(A).JoinId, "post_key");
  EXPECT_EQ(wt::relation(A).Flags.size(), 2u);
  EXPECT_EQ(wt::relation(A).Flags[1].Removal,
            wt::editRelation(P.Models[0].Associations[0]).Flags[1].Removal);
  EXPECT_EQ(wt::keys(Back->Models[0]).Columns.at(0).Name, "title");
  ASSERT_EQ(Back->Mappings.size(), 1u);
  EXPECT_EQ(Back->Mappings[0].Table, "post");

  // Two units that both see the header's mapClass call: one mapping.
  MergeResult Merged = mergePrograms({P, *Back});
  EXPECT_TRUE(Merged.Conflicts.empty());
  EXPECT_EQ(Merged.Merged.Models.size(), 1u);
  EXPECT_EQ(Merged.Merged.Mappings.size(), 1u);
  // The same class read with another flag is a conflict, not a merge.
  wt::editRelation(Back->Models[0].Associations[0]).Flags.pop_back();
  EXPECT_EQ(mergePrograms({P, *Back}).Conflicts.size(), 1u);
}

TEST(WtModels, SchemaFollowsWtNaming) {
  Program P = program(
      {wtModel("Post",
               {rel(K::BelongsTo, "", "User"),
                joinId(rel(K::HasAndBelongsToMany, "", "Tag"), "post_key")}),
       wtModel("Tag", {rel(K::HasAndBelongsToMany, "", "Post")}),
       wtModel("User", {}), wtModel("Draft", {})},
      {{"Post", "post"}, {"Tag", "tag"}, {"User", "user"}});
  std::vector<std::string> Got;
  for (const Requirement &R : impliedRequirements(P)) {
    std::string Line = R.Table;
    for (const std::string &C : R.Columns)
      Line += " " + C;
    Got.push_back(std::to_string(static_cast<int>(R.What)) + " " + Line);
  }
  // No inflector: "post", not "posts"; the key is `user_id` from the
  // table; the join table in byte order, its columns `<joinId or table>_id`
  // as Wt's getJoinIds names them; Draft is never mapped, so Wt creates no
  // table for it.
  EXPECT_EQ(Got, (std::vector<std::string>{
                     "0 post id", "2 post user_id", "4 post user_id",
                     "1 post_tag post_key_id tag_id",
                     "4 post_tag post_key_id tag_id", "4 post_tag post_key_id",
                     "0 tag id", "4 post_tag tag_id", "0 user id"}))
      << ::testing::PrintToString(Got);
}

TEST(WtModels, KeysFollowTheTargetsIdField) {
  // Tag's dbo_traits make `name` (from id()) its natural key; Label's
  // rename its surrogate id to `label_key` and drop the version field.
  Model Tag = wtModel("Tag", {});
  wt::editKeys(Tag).SurrogateId = false;
  wt::editKeys(Tag).IdField = "name";
  wt::editKeys(Tag).Columns.push_back({"name", at(80, 3, 6)});
  Model Label = wtModel("Label", {});
  wt::editKeys(Label).IdField = "label_key";
  wt::editKeys(Label).VersionField.clear();
  wt::editKeys(Label).Columns.push_back({"version", at(81, 3, 9)});
  Model Sticker = wtModel("Sticker", {rel(K::BelongsTo, "tag", "Tag"),
                                      rel(K::BelongsTo, "label", "Label")});
  wt::editKeys(Sticker).Columns.push_back({"tag_id", at(82, 3, 8)});
  wt::editKeys(Sticker).Columns.push_back({"label_label_key", at(83, 3, 17)});
  wt::editKeys(Sticker).Columns.push_back({"id", at(84, 3, 4)});
  Program P = program({Tag, Label, Sticker});
  std::vector<Finding> F = findWtDuplicateColumns(P);
  // `tag_id` is free (the key is `tag_name`); `label_label_key` is not;
  // `id` is Wt's own surrogate id of Sticker; Label's `version` is free.
  ASSERT_EQ(F.size(), 2u) << ::testing::PrintToString(messages(F));
  EXPECT_NE(F[0].Message.find("'label_label_key'"), std::string::npos);
  EXPECT_NE(F[1].Message.find("Wt's surrogate id 'id'"), std::string::npos);
  EXPECT_EQ(F[1].Notes.at(0).Where, P.Models[2].Definition);
}

TEST(WtModels, KeysToAnUnseenClassAreIdUnlessItsTraitsWereSeen) {
  // Only Comment is defined here: Post is only declared. Its key is
  // `post_id` by default, and unknown when dbo_traits<Post> were in sight.
  Model Comment = wtModel("Comment", {rel(K::BelongsTo, "post", "Post")});
  wt::editKeys(Comment).Columns.push_back({"post_id", at(90, 3, 9)});
  EXPECT_EQ(findWtDuplicateColumns(program({Comment})).size(), 1u);
  wt::editRelation(Comment.Associations[0]).TargetHasTraits = true;
  EXPECT_TRUE(findWtDuplicateColumns(program({Comment})).empty());
}

TEST(WtModels, SchemaTypesNaturalKeys) {
  Model Tag = wtModel("Tag", {rel(K::HasAndBelongsToMany, "", "Post")});
  wt::editKeys(Tag).SurrogateId = false;
  wt::editKeys(Tag).IdField = "name";
  wt::editKeys(Tag).NaturalIdType = "varchar";
  Program P = program({Tag, wtModel("Post", {rel(K::BelongsTo, "", "Tag")})},
                      {{"Tag", "tag"}, {"Post", "post"}});
  const std::string SQL =
      createStatements(impliedRequirements(P), Dialect::SQLite, "bigint");
  EXPECT_NE(SQL.find("\"name\" varchar NOT NULL PRIMARY KEY"),
            std::string::npos)
      << SQL;
  EXPECT_NE(SQL.find("\"tag_name\" varchar"), std::string::npos) << SQL;
  EXPECT_NE(SQL.find("\"post_id\" bigint NOT NULL"), std::string::npos) << SQL;
}

TEST(WtModels, JoinColumnsAreJoinIdsWithTheIdField) {
  // `tag` and the default of table `tag` are one column, `tag_id`; a
  // literal `>tag_id` is that column too; `tag_id` is `tag_id_id`.
  Program P = program(
      {wtModel("Post",
               {joinId(rel(K::HasAndBelongsToMany, "post_tag", "Tag"), "tag")}),
       wtModel("Tag", {rel(K::HasAndBelongsToMany, "post_tag", "Post")}),
       wtModel("Book", {joinId(rel(K::HasAndBelongsToMany, "shelf", "Case"),
                               "case_id")}),
       wtModel("Case", {rel(K::HasAndBelongsToMany, "shelf", "Book")})},
      {{"Post", "post"}, {"Tag", "tag"}, {"Book", "book"}, {"Case", "case"}});
  std::vector<std::string> M = messages(findWtJoinIdProblems(P));
  ASSERT_EQ(M.size(), 1u) << ::testing::PrintToString(M);
  EXPECT_NE(M[0].find("use column 'tag_id'"), std::string::npos) << M[0];
}

} // namespace
