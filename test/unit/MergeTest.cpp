//===- MergeTest.cpp - Units' facts into one program ----------------------===//

#include "Merge.h"
#include "ModelBuilders.h"

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

Program unit(std::vector<Model> Models) {
  Program P;
  P.Models = std::move(Models);
  return P;
}

Model customer(TargetState State) {
  Model M = model("shop::Customer",
                  {assoc(AssociationKind::HasMany, "orders", "shop::Order")});
  M.Definition = at(4, 8, 8);
  M.Associations[0].State = State;
  return M;
}

TEST(Merge, OneModelPerNameAndTargetsResolvedAcrossUnits) {
  Model Order = model("shop::Order");
  Order.Definition = {{"/src/order.h", 40, 3, 8}, {"/src/order.h", 45, 3, 13}};
  // Unit 1 sees Customer with Order forward-declared; unit 2 sees Order.
  MergeResult R = mergePrograms(
      {unit({customer(TargetState::Unresolved)}),
       unit({customer(TargetState::Unresolved), Order}), unit({Order})});
  ASSERT_EQ(R.Merged.Models.size(), 2u);
  EXPECT_TRUE(R.Conflicts.empty());
  EXPECT_EQ(R.Merged.Models[0].Associations[0].State, TargetState::Model);
  EXPECT_NE(R.Merged.model("shop::Order"), nullptr);
}

TEST(Merge, ALaterUnitThatSawMoreUpgradesTheState) {
  MergeResult R = mergePrograms({unit({customer(TargetState::Unresolved)}),
                                 unit({customer(TargetState::NotModel)})});
  EXPECT_TRUE(R.Conflicts.empty());
  EXPECT_EQ(R.Merged.Models[0].Associations[0].State, TargetState::NotModel);
}

TEST(Merge, TwoDefinitionsConflictOncePerDistinctDefinition) {
  Model Other = customer(TargetState::Model);
  Other.Definition = {{"/src/legacy.h", 10, 2, 8}, {"/src/legacy.h", 18, 2, 16}};
  Other.Associations[0].Name = "purchases";
  MergeResult R = mergePrograms({unit({customer(TargetState::Model)}),
                                 unit({Other}), unit({Other}),
                                 unit({customer(TargetState::Model)})});
  ASSERT_EQ(R.Conflicts.size(), 1u);
  EXPECT_FALSE(R.Conflicts[0].SameDefinition);
  EXPECT_EQ(R.Conflicts[0].Second.Definition.Begin.File, "/src/legacy.h");
  EXPECT_EQ(R.Conflicts[0].FirstUnit, 0u);
  EXPECT_EQ(R.Conflicts[0].SecondUnit, 1u);
  ASSERT_EQ(R.Merged.Models.size(), 1u);
  EXPECT_EQ(R.Merged.Models[0].Definition.Begin.File, "/src/models.h");
}

TEST(Merge, TheSameContentInAnotherFileIsTheSameModel) {
  // A header copied into a second directory, or reached through a link.
  Model Copy = customer(TargetState::Model);
  Copy.Definition = {{"/vendor/models.h", 10, 2, 8}, {"/vendor/models.h", 18, 2, 16}};
  MergeResult R =
      mergePrograms({unit({customer(TargetState::Model)}), unit({Copy})});
  EXPECT_TRUE(R.Conflicts.empty());
  EXPECT_EQ(R.Merged.Models.size(), 1u);
}

TEST(Merge, OneHeaderReadTwoWaysIsTheSameDefinition) {
  Model WithOption = customer(TargetState::Model);
  WithOption.Associations[0].Options.push_back(
      opt(OptionKey::Dependent, "destroy"));
  MergeResult R = mergePrograms(
      {unit({customer(TargetState::Model)}), unit({WithOption})});
  ASSERT_EQ(R.Conflicts.size(), 1u);
  EXPECT_TRUE(R.Conflicts[0].SameDefinition);
}

TEST(Merge, AnonymousNamespaceClassesAreEachUnitsOwn) {
  // Two units, each with its own `namespace { struct Widget ... }`: two
  // classes, never a conflict. Their names do not say so (the extractor
  // names them without the anonymous scope): UnitLocal does.
  Model A = model("Widget", {assoc(AssociationKind::HasMany, "parts", "Part")});
  A.Definition = {{"/src/a.cpp", 40, 3, 8}, {"/src/a.cpp", 46, 3, 14}};
  A.UnitLocal = true;
  Model B = model("Widget", {assoc(AssociationKind::HasMany, "gears", "Gear")});
  B.Definition = {{"/src/b.cpp", 40, 3, 8}, {"/src/b.cpp", 46, 3, 14}};
  B.UnitLocal = true;
  MergeResult R = mergePrograms({unit({A}), unit({B})});
  EXPECT_TRUE(R.Conflicts.empty());
  EXPECT_EQ(R.Merged.Models.size(), 2u);
  // Named classes of one name, defined differently, are a conflict.
  A.UnitLocal = B.UnitLocal = false;
  EXPECT_EQ(mergePrograms({unit({A}), unit({B})}).Conflicts.size(), 1u);
}

TEST(Merge, OneUnitAtATimeAsTheDriverDoesIsTheSameMerge) {
  // The whole-program driver adds each unit as it finishes, in file order;
  // the conflict names the units by the order they were added, and a later
  // unit still upgrades a target an earlier one could not see.
  Model Order = model("shop::Order");
  Order.Definition = {{"/src/order.h", 40, 3, 8}, {"/src/order.h", 45, 3, 13}};
  Model Other = customer(TargetState::Model);
  Other.Associations[0].Name = "purchases";
  ProgramMerger Merger;
  Merger.add(unit({customer(TargetState::Unresolved)}));
  Merger.add(unit({customer(TargetState::Unresolved)}));
  Merger.add(unit({Other, Order}));
  MergeResult R = Merger.finish();
  ASSERT_EQ(R.Merged.Models.size(), 2u);
  EXPECT_EQ(R.Merged.Models[0].Associations[0].Name, "orders");
  EXPECT_EQ(R.Merged.Models[0].Associations[0].State, TargetState::Model);
  ASSERT_EQ(R.Conflicts.size(), 1u);
  EXPECT_EQ(R.Conflicts[0].FirstUnit, 0u);
  EXPECT_EQ(R.Conflicts[0].SecondUnit, 2u);
  EXPECT_TRUE(R.Conflicts[0].SameDefinition);
}

TEST(Merge, LinearInTheNumberOfModels) {
  // 20,000 units of 5 models each, all the same 5: a quadratic merge would
  // take minutes here; the test only checks the result, ctest's timeout
  // the rest.
  std::vector<Program> Units;
  for (int U = 0; U < 20000; ++U) {
    Program P;
    for (int M = 0; M < 5; ++M) {
      Model X = model("m" + std::to_string(M));
      X.Definition = at(M + 1, 8, 2);
      P.Models.push_back(std::move(X));
    }
    Units.push_back(std::move(P));
  }
  MergeResult R = mergePrograms(std::move(Units));
  EXPECT_EQ(R.Merged.Models.size(), 5u);
  EXPECT_TRUE(R.Conflicts.empty());
}

} // namespace
