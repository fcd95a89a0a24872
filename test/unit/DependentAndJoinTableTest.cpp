//===- DependentAndJoinTableTest.cpp - The rules of issue #5 --------------===//
//
// The pure rules behind assoc-join-table-name, assoc-belongs-to-dependent,
// assoc-invalid-option and assoc-missing-dependent, on model literals: the
// pairing decisions and edits that the lit tests only see as output.
//
//===----------------------------------------------------------------------===//

#include "BelongsToDependent.h"
#include "InvalidOption.h"
#include "JoinTableName.h"
#include "MissingDependent.h"
#include "ModelBuilders.h"
#include "Support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

constexpr auto Habtm = AssociationKind::HasAndBelongsToMany;
constexpr auto BelongsTo = AssociationKind::BelongsTo;
constexpr auto HasMany = AssociationKind::HasMany;
constexpr auto HasOne = AssociationKind::HasOne;

/// Gives every association and option a distinct range, line by line, so
/// that findings can be told apart by where they point.
Program located(std::vector<Model> Models) {
  Program P;
  unsigned Line = 1;
  for (Model &M : Models) {
    M.Definition = at(Line++, 8, 5);
    for (Association &A : M.Associations) {
      A.NameRange = at(Line, 30, A.Name.size() + 2);
      unsigned Col = 30 + A.Name.size() + 2;
      for (Option &O : A.Options) {
        O.Whole = at(Line, Col + 2, 20);
        O.ValueRange = at(Line, Col + 12, O.Value.size() + 2);
        Col += 22;
      }
      A.Whole = at(Line, 7, Col - 7);
      ++Line;
    }
    P.Models.push_back(std::move(M));
  }
  return P;
}

std::vector<std::string> messages(const std::vector<Finding> &Findings) {
  std::vector<std::string> Out;
  for (const Finding &F : Findings)
    Out.push_back(F.Message);
  return Out;
}

bool anyContains(const std::vector<Finding> &Findings, std::string_view Text) {
  return std::any_of(Findings.begin(), Findings.end(), [&](const Finding &F) {
    return F.Message.find(Text) != std::string::npos;
  });
}

std::vector<Finding> joinTables(const Program &P,
                                JoinTableNameOptions O = {}) {
  return findJoinTableProblems(P, O);
}

TEST(JoinTableName, DerivedNamesOnBothSidesAreSilent) {
  Program P = located(
      {model("Assembly", {assoc(Habtm, "parts", "Part")}),
       model("Part", {assoc(Habtm, "assemblies", "Assembly")})});
  EXPECT_EQ(messages(joinTables(P)), std::vector<std::string>{});
}

TEST(JoinTableName, WrongOrderIsFixedToTheDerivedName) {
  Program P = located(
      {model("Assembly", {assoc(Habtm, "parts", "Part",
                                {opt(OptionKey::JoinTable,
                                     "parts_assemblies")})}),
       model("Part", {assoc(Habtm, "assemblies", "Assembly",
                            {opt(OptionKey::JoinTable,
                                 "parts_assemblies")})})});
  std::vector<Finding> F = joinTables(P);
  ASSERT_EQ(F.size(), 2u) << ::testing::PrintToString(messages(F));
  for (const Finding &X : F) {
    EXPECT_EQ(X.Level, Severity::Warning);
    ASSERT_EQ(X.Fixes.size(), 1u);
    EXPECT_EQ(X.Fixes[0].Text, "\"assemblies_parts\"");
  }
}

TEST(JoinTableName, CustomNamesNeedTheOption) {
  auto Program = [] {
    return located(
        {model("User", {assoc(Habtm, "groups", "Group",
                              {opt(OptionKey::JoinTable, "memberships")})}),
         model("Group", {assoc(Habtm, "users", "User",
                               {opt(OptionKey::JoinTable, "memberships")})})});
  };
  EXPECT_TRUE(joinTables(Program()).empty());
  JoinTableNameOptions Strict;
  Strict.RequireConventionalName = true;
  std::vector<Finding> F = joinTables(Program(), Strict);
  ASSERT_EQ(F.size(), 2u);
  EXPECT_TRUE(F[0].Fixes.empty()) << "a custom name is not a typo to fix";
  EXPECT_TRUE(anyContains(F, "the default is 'groups_users'"));
}

TEST(JoinTableName, DisagreeingSidesBlameTheSameSideInAnyOrder) {
  Model Assembly = model("Assembly", {assoc(Habtm, "parts", "Part")});
  Model Part = model("Part", {assoc(Habtm, "assemblies", "Assembly",
                                    {opt(OptionKey::JoinTable, "kits")})});
  for (bool PartFirst : {false, true}) {
    Program P = PartFirst ? located({Part, Assembly}) : located({Assembly, Part});
    std::vector<Finding> F = joinTables(P);
    ASSERT_EQ(F.size(), 1u) << ::testing::PrintToString(messages(F));
    EXPECT_EQ(F[0].Level, Severity::Error);
    // The side that left the convention is blamed, at its join_table.
    const Association &Declared = P.model("Part")->Associations[0];
    EXPECT_EQ(F[0].Where, Declared.Options[0].ValueRange);
    ASSERT_EQ(F[0].Notes.size(), 1u);
    EXPECT_EQ(F[0].Notes[0].Where, P.model("Assembly")->Associations[0].NameRange);
    EXPECT_NE(F[0].Message.find("'kits'"), std::string::npos);
    EXPECT_NE(F[0].Notes[0].Message.find("'assemblies_parts'"),
              std::string::npos);
  }
}

TEST(JoinTableName, TwoRelationsOnOneTable) {
  // Both of Developer's habtm to Project derive developers_projects; only
  // one can pair with Project's side.
  Program P = located(
      {model("Developer", {assoc(Habtm, "projects", "Project"),
                           assoc(Habtm, "special_projects", "Project")}),
       model("Project", {assoc(Habtm, "developers", "Developer")})});
  std::vector<Finding> F = joinTables(P);
  ASSERT_EQ(F.size(), 1u) << ::testing::PrintToString(messages(F));
  EXPECT_EQ(F[0].Where, P.Models[0].Associations[1].NameRange);
  EXPECT_TRUE(anyContains(F, "shares join table 'developers_projects'"));
}

TEST(JoinTableName, SelfReferentialNeedsTwoKeyColumns) {
  Program P = located(
      {model("Person",
             {assoc(Habtm, "friends", "Person"),
              assoc(Habtm, "fans", "Person",
                    {opt(OptionKey::JoinTable, "fandoms"),
                     opt(OptionKey::ForeignKey, "person_id")}),
              assoc(Habtm, "followers", "Person",
                    {opt(OptionKey::JoinTable, "follows"),
                     opt(OptionKey::ForeignKey, "followed_id")}),
              assoc(Habtm, "following", "Person",
                    {opt(OptionKey::JoinTable, "follows"),
                     opt(OptionKey::ForeignKey, "follower_id"),
                     opt(OptionKey::AssociationForeignKey, "followed_id")})})});
  std::vector<Finding> F = joinTables(P);
  std::vector<std::string> M = messages(F);
  // friends and fans read person_id at both ends; followers' keys differ
  // (followed_id, person_id), which works, so it is not flagged.
  ASSERT_EQ(F.size(), 3u) << ::testing::PrintToString(M);
  EXPECT_NE(M[0].find("'friends' of 'Person' uses column 'person_id' of "
                      "'people_people' for both ends"),
            std::string::npos);
  EXPECT_NE(M[1].find("'fans'"), std::string::npos);
  // And since followers' default key is not following's, the two are not
  // one relation seen from both ends: they share 'follows' by accident.
  EXPECT_NE(M[2].find("'following' of 'Person' shares join table 'follows'"),
            std::string::npos);
}

TEST(JoinTableName, MirroredSelfReferentialPairIsOneRelation) {
  Program P = located({model(
      "Person",
      {assoc(Habtm, "followers", "Person",
             {opt(OptionKey::JoinTable, "follows"),
              opt(OptionKey::ForeignKey, "followed_id"),
              opt(OptionKey::AssociationForeignKey, "follower_id")}),
       assoc(Habtm, "following", "Person",
             {opt(OptionKey::JoinTable, "follows"),
              opt(OptionKey::ForeignKey, "follower_id"),
              opt(OptionKey::AssociationForeignKey, "followed_id")})})});
  EXPECT_EQ(messages(joinTables(P)), std::vector<std::string>{});
}

TEST(JoinTableName, TableOverridesAndInheritanceDecideTheName) {
  Model Box = model("PaperBox", {assoc(Habtm, "papers", "Paper")});
  Model Paper = model("Paper", {assoc(Habtm, "paper_boxes", "PaperBox",
                                      {opt(OptionKey::JoinTable,
                                           "papers_paper_boxes")})});
  Program P = located({Box, Paper});
  std::vector<Finding> F = joinTables(P);
  ASSERT_FALSE(F.empty());
  ASSERT_EQ(F[0].Fixes.size(), 1u);
  EXPECT_EQ(F[0].Fixes[0].Text, "\"paper_boxes_papers\"");

  // An STI subclass joins on its root's table.
  Model Vehicle = model("Vehicle");
  Model Car = model("Car", {assoc(Habtm, "drivers", "Driver",
                                  {opt(OptionKey::JoinTable, "cars_drivers")})});
  Car.BaseModel = "Vehicle";
  Model Driver = model("Driver", {assoc(Habtm, "cars", "Car")});
  Program Q = located({Vehicle, Car, Driver});
  EXPECT_TRUE(anyContains(joinTables(Q), "uses 'drivers_vehicles'"));
}

TEST(JoinTableName, JoinModelsOnlyWithTheOption) {
  auto Build = [](const char *JoinClass, const char *Via) {
    Model User =
        model("User", {assoc(HasMany, Via, JoinClass),
                       assoc(HasMany, "items", "Item",
                             {opt(OptionKey::Through, Via)})});
    Model Item = model("Item");
    Model Join = model(JoinClass, {assoc(BelongsTo, "user", "User"),
                                   assoc(BelongsTo, "item", "Item")});
    return located({User, Item, Join});
  };
  JoinTableNameOptions On;
  On.CheckThroughJoinModels = true;
  EXPECT_TRUE(joinTables(Build("UserItem", "user_items"), On).empty());
  EXPECT_TRUE(joinTables(Build("ItemsUser", "items_users"), On).empty());
  EXPECT_TRUE(joinTables(Build("Purchase", "purchases")).empty());
  std::vector<Finding> F = joinTables(Build("Purchase", "purchases"), On);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_TRUE(anyContains(F, "'items_users', 'user_items' or 'item_users'"));
}

TEST(BelongsToDependent, PairsWithTheHasManyOnTheSameKey) {
  auto Build = [](std::initializer_list<Option> CustomerSide) {
    return located(
        {model("Customer", {assoc(HasMany, "orders", "Order", CustomerSide)}),
         model("Order",
               {assoc(BelongsTo, "customer", "Customer",
                      {opt(OptionKey::Dependent, "destroy")}),
                assoc(BelongsTo, "referrer", "Customer",
                      {opt(OptionKey::Dependent, "delete")})})});
  };
  // orders reads customer_id: it is customer's other side, not referrer's.
  std::vector<Finding> F = findBelongsToDependentProblems(Build({}), {});
  ASSERT_EQ(F.size(), 1u) << ::testing::PrintToString(messages(F));
  EXPECT_NE(F[0].Message.find("'customer'"), std::string::npos);
  ASSERT_EQ(F[0].Notes.size(), 1u);
  // inverse_of pairs it with referrer instead, and only with it.
  F = findBelongsToDependentProblems(
      Build({opt(OptionKey::InverseOf, "referrer")}), {});
  ASSERT_EQ(F.size(), 2u) << ::testing::PrintToString(messages(F));
  // And an explicit foreign_key moves it.
  F = findBelongsToDependentProblems(
      Build({opt(OptionKey::ForeignKey, "referrer_id")}), {});
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("'referrer'"), std::string::npos);
  EXPECT_NE(F[0].Message.find("deletes"), std::string::npos);
}

TEST(JoinTableName, SidesPairInEitherOrderAcrossInheritance) {
  // Garage's side names the subclass Car; Vehicle's side is the base.
  Model Vehicle = model("Vehicle", {assoc(Habtm, "garages", "Garage")});
  Model Car = model("Car");
  Car.BaseModel = "Vehicle";
  Model Garage = model("Garage", {assoc(Habtm, "cars", "Car")});
  EXPECT_EQ(messages(joinTables(located({Vehicle, Car, Garage}))),
            std::vector<std::string>{});
  EXPECT_EQ(messages(joinTables(located({Garage, Car, Vehicle}))),
            std::vector<std::string>{});
}

TEST(BelongsToDependent, InheritedHasManyKeepsItsDeclaringKey) {
  // Vehicle has_many orders reads vehicle_id, for a Car too.
  Model Vehicle = model("Vehicle", {assoc(HasMany, "orders", "Order")});
  Model Car = model("Car");
  Car.BaseModel = "Vehicle";
  Model Order = model("Order", {assoc(BelongsTo, "vehicle", "Car",
                                      {opt(OptionKey::Dependent, "destroy")}),
                                assoc(BelongsTo, "car", "Car",
                                      {opt(OptionKey::Dependent, "destroy")})});
  Program P = located({Vehicle, Car, Order});
  std::vector<Finding> F = findBelongsToDependentProblems(P, {});
  ASSERT_EQ(F.size(), 1u) << ::testing::PrintToString(messages(F));
  EXPECT_NE(F[0].Message.find("belongs_to 'vehicle'"), std::string::npos);
  EXPECT_NE(F[0].Notes.at(0).Message.find("'Vehicle' has_many 'orders'"),
            std::string::npos);
}

TEST(BelongsToDependent, StrictModeAndInvalidValues) {
  Program P = located(
      {model("User", {assoc(HasOne, "account", "Account")}),
       model("Account", {assoc(BelongsTo, "user", "User",
                               {opt(OptionKey::Dependent, "destroy")})}),
       model("Note", {assoc(BelongsTo, "user", "User",
                            {opt(OptionKey::Dependent, "nullify")})})});
  EXPECT_TRUE(findBelongsToDependentProblems(P, {}).empty());
  BelongsToDependentOptions Strict;
  Strict.StrictMode = true;
  std::vector<Finding> F = findBelongsToDependentProblems(P, Strict);
  // nullify is invalid on belongs_to: assoc-invalid-option's, not ours.
  ASSERT_EQ(F.size(), 1u) << ::testing::PrintToString(messages(F));
  EXPECT_NE(F[0].Message.find("has_one 'account'"), std::string::npos);
}

TEST(BelongsToDependent, PolymorphicPairsThroughAs) {
  Program P = located(
      {model("Product", {assoc(HasMany, "pictures", "Picture",
                               {opt(OptionKey::As, "imageable")})}),
       model("Picture", {assoc(BelongsTo, "imageable", "",
                               {opt(OptionKey::Dependent, "destroy")})})});
  std::vector<Finding> F = findBelongsToDependentProblems(P, {});
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Notes.at(0).Where, P.Models[0].Associations[0].NameRange);
}

TEST(Support, RemovingAnOptionTakesTheCommaBeforeIt) {
  Program P = located({model(
      "Order", {assoc(BelongsTo, "customer", "Customer",
                      {opt(OptionKey::Dependent, "destroy"),
                       opt(OptionKey::Touch, "true")})})});
  const Association &A = P.Models[0].Associations[0];
  std::optional<TextEdit> First = removeOption(A, A.Options[0]);
  ASSERT_TRUE(First);
  EXPECT_EQ(First->Where.Begin, A.NameRange.End);
  EXPECT_EQ(First->Where.End, A.Options[0].Whole.End);
  std::optional<TextEdit> Second = removeOption(A, A.Options[1]);
  ASSERT_TRUE(Second);
  EXPECT_EQ(Second->Where.Begin, A.Options[0].Whole.End);
  // A value that is not a literal at the call is never rewritten.
  Option Constant = A.Options[0];
  Constant.ValueSpelling = Spelling::Constant;
  EXPECT_FALSE(replaceValue(Constant, "delete"));
  EXPECT_TRUE(replaceValue(A.Options[0], "delete"));
}

TEST(Support, FixTextIsAValidLiteralWhateverTheName) {
  EXPECT_EQ(stringLiteral("orders"), "\"orders\"");
  EXPECT_EQ(stringLiteral("it\tem\n"), "\"it\\tem\\n\"");
  EXPECT_EQ(stringLiteral("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(stringLiteral(std::string("x\x01", 2)), "\"x\\x01\"");
}

TEST(InvalidOption, MethodListIsSortedAndComplete) {
  std::vector<std::string_view> Names = activeRecordMethods();
  EXPECT_EQ(Names.size(), 352u);
  EXPECT_TRUE(std::is_sorted(Names.begin(), Names.end()));
  for (const char *Name : {"errors", "transaction", "save", "destroy", "id",
                           "reload", "attributes", "valid?"})
    EXPECT_TRUE(isActiveRecordMethod(Name)) << Name;
  for (const char *Name : {"orders", "customer", "comments", ""})
    EXPECT_FALSE(isActiveRecordMethod(Name)) << Name;
}

TEST(InvalidOption, MembersCollideAlongTheInheritanceChain) {
  Model Vehicle = model("Vehicle");
  Vehicle.Members = {{"owner", at(1, 10, 5)}};
  Model Car = model("Car", {assoc(BelongsTo, "owner", "Person")});
  Car.BaseModel = "Vehicle";
  Program P = located({Vehicle, Car, model("Person")});
  std::vector<Finding> F = findInvalidOptions(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Level, Severity::Error);
  EXPECT_EQ(F[0].Notes.at(0).Where, at(1, 10, 5));
}

TEST(InvalidOption, DependentSuggestionsAndFixes) {
  Program P = located(
      {model("Customer", {assoc(HasOne, "account", "Account",
                                {opt(OptionKey::Dependent, "delete_all")}),
                          assoc(HasMany, "orders", "Order",
                                {opt(OptionKey::Dependent, "delete")}),
                          assoc(HasMany, "notes", "Note",
                                {opt(OptionKey::Dependent, "restrict")}),
                          assoc(HasMany, "carts", "Cart",
                                {opt(OptionKey::Dependent, "destory")}),
                          assoc(HasMany, "visits", "Visit",
                                {opt(OptionKey::Dependent, "whatever")})})});
  std::vector<Finding> F = findInvalidOptions(P);
  ASSERT_EQ(F.size(), 5u);
  std::vector<std::string> Fixes;
  for (const Finding &X : F)
    Fixes.push_back(X.Fixes.empty() ? "-" : X.Fixes[0].Text);
  EXPECT_EQ(Fixes, (std::vector<std::string>{"\"delete\"", "\"delete_all\"",
                                             "\"restrict_with_exception\"",
                                             "\"destroy\"", "-"}));
}

TEST(MissingDependent, OnlyHasManyAndHasOneThatOwnRows) {
  Program P = located(
      {model("Physician",
             {assoc(HasMany, "appointments", "Appointment"),
              assoc(HasMany, "patients", "Patient",
                    {opt(OptionKey::Through, "appointments")}),
              assoc(HasOne, "office", "Office",
                    {opt(OptionKey::Dependent, "destroy")}),
              assoc(HasOne, "badge", "Badge"),
              assoc(BelongsTo, "clinic", "Clinic"),
              assoc(Habtm, "skills", "Skill")})});
  std::vector<Finding> F = findMissingDependents(P);
  ASSERT_EQ(F.size(), 2u);
  EXPECT_EQ(F[0].Where, P.Models[0].Associations[0].NameRange);
  EXPECT_EQ(F[1].Where, P.Models[0].Associations[3].NameRange);
}

} // namespace
