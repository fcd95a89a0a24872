//===- DuplicateAssociationTest.cpp - The rule, without an AST ------------===//

#include "DuplicateAssociation.h"
#include "AssocRules.h"
#include "ModelBuilders.h"

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

TEST(DuplicateAssociation, DistinctNamesAreFine) {
  Model M = model("Customer", {assoc(AssociationKind::HasMany, "orders", "Order"),
                               assoc(AssociationKind::HasOne, "account",
                                     "Account")});
  EXPECT_TRUE(ar::findDuplicateAssociations(M).empty());
}

TEST(DuplicateAssociation, ErrorOnTheLaterWithNoteAtTheFirst) {
  Model M = model("shop::Customer",
                  {assoc(AssociationKind::HasMany, "orders", "Order"),
                   assoc(AssociationKind::HasOne, "account", "Account"),
                   assoc(AssociationKind::HasMany, "orders", "Order",
                         {opt(OptionKey::Dependent, "destroy")})});
  M.Associations[0].NameRange = at(4, 30, 8);
  M.Associations[2].NameRange = at(6, 30, 8);
  std::vector<Finding> F = ar::findDuplicateAssociations(M);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Check, "assoc-duplicate-association");
  EXPECT_EQ(F[0].Level, Severity::Error);
  EXPECT_EQ(F[0].Where, at(6, 30, 8));
  EXPECT_EQ(F[0].Message,
            "association 'orders' is declared again in 'shop::Customer'; "
            "ActiveRecord silently keeps only the last declaration");
  ASSERT_EQ(F[0].Notes.size(), 1u);
  EXPECT_EQ(F[0].Notes[0].Where, at(4, 30, 8));
  // The two differ: which one the user meant is theirs to say.
  EXPECT_TRUE(F[0].Fixes.empty());
}

TEST(DuplicateAssociation, EveryRepeatIsReportedAgainstTheFirst) {
  Model M = model("Post", {assoc(AssociationKind::HasMany, "tags", "Tag"),
                           assoc(AssociationKind::HasMany, "tags", "Tag"),
                           assoc(AssociationKind::HasMany, "tags", "Label")});
  M.Associations[0].NameRange = at(2, 10);
  std::vector<Finding> F = ar::findDuplicateAssociations(M);
  ASSERT_EQ(F.size(), 2u);
  for (const Finding &One : F)
    EXPECT_EQ(One.Notes.at(0).Where, at(2, 10));
}

TEST(DuplicateAssociation, IdenticalAdjacentRepeatIsRemoved) {
  Model M = model("Post", {assoc(AssociationKind::HasMany, "tags", "Tag"),
                           assoc(AssociationKind::HasMany, "tags", "Tag")});
  M.Associations[0].Whole = at(3, 5, 30);  // ends at column 35
  M.Associations[1].Whole = at(4, 5, 30);
  std::vector<Finding> F = ar::findDuplicateAssociations(M);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("redundant"), std::string::npos);
  ASSERT_EQ(F[0].Fixes.size(), 1u);
  EXPECT_EQ(F[0].Fixes[0].Where.Begin, M.Associations[0].Whole.End);
  EXPECT_EQ(F[0].Fixes[0].Where.End, M.Associations[1].Whole.End);
  EXPECT_EQ(F[0].Fixes[0].Text, "");
}

TEST(DuplicateAssociation, NoRemovalAcrossAnotherArgumentOrFromAMacro) {
  Model M = model("Post", {assoc(AssociationKind::HasMany, "tags", "Tag"),
                           assoc(AssociationKind::HasMany, "tags", "Tag")});
  M.Associations[0].Whole = at(3, 5, 30);
  M.Associations[1].Whole = at(5, 5, 30);
  M.Associations[1].Position = 2; // something unreadable sits between
  EXPECT_TRUE(ar::findDuplicateAssociations(M).at(0).Fixes.empty());

  M.Associations[1].Position = 1;
  M.Associations[1].NameSpelling = Spelling::Macro;
  EXPECT_TRUE(ar::findDuplicateAssociations(M).at(0).Fixes.empty());
}

TEST(DuplicateAssociation, ModelsAreIndependent) {
  Program P;
  P.Models.push_back(model("A", {assoc(AssociationKind::HasMany, "xs", "X")}));
  P.Models.push_back(model("B", {assoc(AssociationKind::HasMany, "xs", "X")}));
  for (const Model &M : P.Models)
    EXPECT_TRUE(ar::findDuplicateAssociations(M).empty());
}

} // namespace
