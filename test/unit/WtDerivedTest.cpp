//===- WtDerivedTest.cpp - Wt::Dbo's column and join-table names ----------===//

#include "WtDerived.h"

#include <gtest/gtest.h>

using namespace assoctidy::wt;

namespace {

TEST(WtDerived, ForeignKeyColumnAddsTheTargetsIdFieldUnlessLiteral) {
  EXPECT_EQ(foreignKeyColumn("author"), "author_id");
  EXPECT_EQ(foreignKeyColumn("author", "user_name"), "author_user_name");
  // `>` makes the name the column, as is.
  EXPECT_EQ(foreignKeyColumn(">writer"), "writer");
  EXPECT_EQ(foreignKeyColumn(">writer", "user_name"), "writer");
  EXPECT_TRUE(isLiteralName(">writer"));
  EXPECT_FALSE(isLiteralName("writer"));
  EXPECT_FALSE(isLiteralName(""));
  EXPECT_EQ(strippedName(">writer"), "writer");
  EXPECT_EQ(strippedName("writer"), "writer");
}

TEST(WtDerived, DefaultNamesAreTables) {
  // Post's belongsTo(a, user_) with no name is named after its target's
  // table, "user"; User's hasMany(a, posts_, ManyToOne) with no name
  // defaults to its own table, "user": so the two defaults pair.
  EXPECT_EQ(defaultBelongsToName("user"), "user");
  EXPECT_EQ(defaultHasName("user"), "user");
}

TEST(WtDerived, JoinTablesAreInPlainByteOrderWithNoSharedPrefixRule) {
  EXPECT_EQ(defaultJoinTable("tag", "post"), "post_tag");
  EXPECT_EQ(defaultJoinTable("post", "tag"), "post_tag");
  // ActiveRecord would write catalog_categories_products; Wt does not
  // merge the shared prefix.
  EXPECT_EQ(defaultJoinTable("catalog_products", "catalog_categories"),
            "catalog_categories_catalog_products");
  // Byte order: '_' (0x5f) sorts before 's' (0x73) and after 'Z' (0x5a).
  EXPECT_EQ(defaultJoinTable("papers", "paper_boxes"), "paper_boxes_papers");
  EXPECT_EQ(defaultJoinTable("Post", "post"), "Post_post");
  // Bytes above 0x7f sort after ASCII (unsigned comparison).
  EXPECT_EQ(defaultJoinTable("\xc3\xa9t\xc3\xa9", "zoo"),
            "zoo_\xc3\xa9t\xc3\xa9");
  // A self-referential many-to-many joins the table with itself.
  EXPECT_EQ(defaultJoinTable("user", "user"), "user_user");
}

TEST(WtDerived, GivenJoinNamesWinAndReversedDefaultsAreRecognised) {
  EXPECT_EQ(joinTable("", "tag", "post"), "post_tag");
  EXPECT_EQ(joinTable("post_tags", "tag", "post"), "post_tags");
  EXPECT_TRUE(isReversedDefault("tag_post", "post", "tag"));
  EXPECT_TRUE(isReversedDefault("tag_post", "tag", "post"));
  EXPECT_FALSE(isReversedDefault("post_tag", "tag", "post"));
  EXPECT_FALSE(isReversedDefault("", "tag", "post"));
  EXPECT_FALSE(isReversedDefault("tags_posts", "tag", "post"));
}

} // namespace
