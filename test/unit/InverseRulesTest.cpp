//===- InverseRulesTest.cpp - The four inverse rules, without an AST ------===//

#include "InvalidInverse.h"
#include "MissingInverse.h"
#include "ModelBuilders.h"
#include "PolymorphicPairing.h"
#include "Support.h"
#include "ThroughChain.h"

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

using K = AssociationKind;

Program program(std::initializer_list<Model> Models) {
  Program P;
  P.Models = Models;
  return P;
}

std::vector<std::string> messages(const std::vector<Finding> &Findings) {
  std::vector<std::string> Out;
  for (const Finding &F : Findings)
    Out.push_back(F.Message);
  return Out;
}

// The guide's Customer/Order, both sides.
Program customersAndOrders() {
  return program(
      {model("Customer", {assoc(K::HasMany, "orders", "Order")}),
       model("Order", {assoc(K::BelongsTo, "customer", "Customer")})});
}

/// The option that also reports a belongs_to with no has_* back.
MissingInverseOptions withBelongsTo() {
  MissingInverseOptions O;
  O.RequireBelongsToInverse = true;
  return O;
}

TEST(MissingInverse, BothSidesPair) {
  EXPECT_TRUE(findMissingInverses(customersAndOrders(), {}).empty());
}

TEST(MissingInverse, HasManyWithoutBelongsTo) {
  Program P = program({model("Customer", {assoc(K::HasMany, "orders", "Order")}),
                       model("Order")});
  P.Models[1].DeclareEnd = at(9, 60).Begin;
  std::vector<Finding> F = findMissingInverses(P, {});
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Message,
            "has_many association 'orders' of 'Customer' has no inverse: "
            "'Order' declares no belongs_to<Customer> with foreign key "
            "'customer_id'");
  ASSERT_EQ(F[0].Fixes.size(), 1u);
  EXPECT_EQ(F[0].Fixes[0].Text, "assoc::belongs_to<Customer>(\"customer\")");
  EXPECT_EQ(F[0].Fixes[0].Where.Begin, at(9, 60).Begin);
}

TEST(MissingInverse, BelongsToWithoutHasAndTheOption) {
  Program P = program({model("Customer"),
                       model("Order", {assoc(K::BelongsTo, "customer",
                                             "Customer")})});
  P.Models[0].DeclareEnd = at(2, 40).Begin;
  P.Models[0].DeclareArguments = 1;
  std::vector<Finding> F = findMissingInverses(P, withBelongsTo());
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Fixes.at(0).Text, ", assoc::has_many<Order>(\"orders\")");
  // Off by default: a belongs_to alone is idiomatic Rails.
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
}

TEST(MissingInverse, SelfJoinPairsByForeignKey) {
  Program P = program({model(
      "Employee",
      {assoc(K::HasMany, "subordinates", "Employee",
             {opt(OptionKey::ForeignKey, "manager_id")}),
       assoc(K::BelongsTo, "manager", "Employee")})});
  EXPECT_TRUE(findMissingInverses(P, withBelongsTo()).empty());
  // Without the key, subordinates reads employee_id: nothing pairs.
  P.Models[0].Associations[0].Options.clear();
  EXPECT_EQ(findMissingInverses(P, withBelongsTo()).size(), 2u);
}

TEST(MissingInverse, SeveralHasManyShareOneColumn) {
  Program P = program(
      {model("Customer", {assoc(K::HasMany, "orders", "Order"),
                          assoc(K::HasMany, "recent_orders", "Order")}),
       model("Order", {assoc(K::BelongsTo, "customer", "Customer")})});
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
}

TEST(MissingInverse, TwoRolesPairOneToOne) {
  Program P = program(
      {model("Person", {assoc(K::HasMany, "authored_posts", "Post",
                              {opt(OptionKey::ForeignKey, "author_id")}),
                        assoc(K::HasMany, "edited_posts", "Post",
                              {opt(OptionKey::ForeignKey, "editor_id")})}),
       model("Post", {assoc(K::BelongsTo, "author", "Person"),
                      assoc(K::BelongsTo, "editor", "Person")})});
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
  // An explicit inverse_of pairs even when the keys differ.
  P.Models[0].Associations[1].Options = {opt(OptionKey::ForeignKey, "x_id"),
                                         opt(OptionKey::InverseOf, "editor")};
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
}

TEST(MissingInverse, FixNamesTheBelongsToAfterTheKey) {
  Program P = program(
      {model("Employee", {assoc(K::HasMany, "reports", "Review",
                                {opt(OptionKey::ForeignKey, "reviewer_id")}),
                          assoc(K::HasMany, "notes", "Review",
                                {opt(OptionKey::ForeignKey, "nk")})}),
       model("Review")});
  P.Models[1].DeclareEnd = at(5, 5).Begin;
  P.Models[1].DeclareArguments = 1; // two insertions, each with its comma
  std::vector<Finding> F = findMissingInverses(P, {});
  ASSERT_EQ(F.size(), 2u);
  // One edit adds both, carried by the first finding (see the test below).
  EXPECT_EQ(F[0].Fixes.at(0).Text,
            ", assoc::belongs_to<Employee>(\"reviewer\"), "
            "assoc::belongs_to<Employee>(\"employee\", "
            "assoc::foreign_key(\"nk\"))");
  EXPECT_TRUE(F[1].Fixes.empty());
}

TEST(MissingInverse, HabtmNeedsHabtmBackButSelfIsItsOwn) {
  Program P = program({model("Assembly", {assoc(K::HasAndBelongsToMany,
                                                "parts", "Part")}),
                       model("Part")});
  std::vector<Finding> F = findMissingInverses(P, {});
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("no has_and_belongs_to_many<Assembly>"),
            std::string::npos);
  Program Self = program({model(
      "User", {assoc(K::HasAndBelongsToMany, "friends", "User")})});
  EXPECT_TRUE(findMissingInverses(Self, {}).empty());
}

TEST(MissingInverse, SilentWithoutTheOtherDefinitionAndForThroughOrAs) {
  Program P = program({model(
      "Customer",
      {assoc(K::HasMany, "orders", "Order"),
       assoc(K::HasMany, "products", "Product",
             {opt(OptionKey::Through, "orders")}),
       assoc(K::HasMany, "pictures", "Picture",
             {opt(OptionKey::As, "imageable")}),
       assoc(K::BelongsTo, "imageable", "")})});
  P.Models[0].Associations[0].State = TargetState::Unresolved;
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
}

TEST(InvalidInverse, NotFoundWithDidYouMean) {
  Program P = customersAndOrders();
  P.Models[0].Associations[0].Options = {opt(OptionKey::InverseOf, "custmer")};
  std::vector<Finding> F = findInvalidInverses(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Level, Severity::Error);
  EXPECT_EQ(F[0].Message,
            "has_many 'orders': inverse_of 'custmer' names no association of "
            "'Order' (ActiveRecord raises InverseOfAssociationNotFoundError at "
            "first use); did you mean 'customer'?");
}

TEST(InvalidInverse, WrongTargetWrongKindDisagreement) {
  Program P = program(
      {model("Customer", {assoc(K::HasMany, "orders", "Order",
                                {opt(OptionKey::InverseOf, "shop")})}),
       model("Order", {assoc(K::BelongsTo, "shop", "Store"),
                       assoc(K::BelongsTo, "customer", "Customer")})});
  EXPECT_NE(messages(findInvalidInverses(P)).at(0).find("not back to"),
            std::string::npos);

  Program Kind = program(
      {model("A", {assoc(K::HasMany, "bs", "B",
                         {opt(OptionKey::InverseOf, "as")})}),
       model("B", {assoc(K::HasMany, "as", "A")})});
  EXPECT_NE(messages(findInvalidInverses(Kind)).at(0).find(
                "names a has_many, which cannot be the inverse of a has_many"),
            std::string::npos);

  Program Disagree = customersAndOrders();
  Disagree.Models[0].Associations[0].Options = {
      opt(OptionKey::InverseOf, "customer")};
  Disagree.Models[1].Associations[0].Options = {
      opt(OptionKey::InverseOf, "purchases")};
  std::vector<std::string> M = messages(findInvalidInverses(Disagree));
  ASSERT_FALSE(M.empty());
  EXPECT_NE(M[0].find("disagrees with 'customer', whose inverse_of is "
                      "'purchases'"),
            std::string::npos);
}

TEST(InvalidInverse, IgnoredPlacesAndAgreement) {
  Program P = program({model(
      "A", {assoc(K::HasAndBelongsToMany, "bs", "B",
                  {opt(OptionKey::InverseOf, "as")})})});
  std::vector<Finding> F = findInvalidInverses(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Level, Severity::Warning);
  EXPECT_NE(F[0].Message.find("has no effect"), std::string::npos);

  Program Agree = customersAndOrders();
  Agree.Models[0].Associations[0].Options = {
      opt(OptionKey::InverseOf, "customer")};
  Agree.Models[1].Associations[0].Options = {
      opt(OptionKey::InverseOf, "orders")};
  EXPECT_TRUE(findInvalidInverses(Agree).empty());
}

TEST(InvalidInverse, FalseIsNoneTrueIsNoNameAndScopesShareABelongsTo) {
  Program P =
      program({model("Customer", {assoc(K::HasMany, "orders", "Order",
                                        {opt(OptionKey::InverseOf, "false")})}),
               model("Order", {assoc(K::BelongsTo, "customer", "Customer")})});
  P.Models[0].Associations[0].Options[0].IsString = false;
  EXPECT_TRUE(findInvalidInverses(P).empty());

  P.Models[0].Associations[0].Options[0].Value = "true";
  std::vector<Finding> F = findInvalidInverses(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Level, Severity::Error);
  EXPECT_EQ(F[0].Message,
            "has_many 'orders': inverse_of(true) names no association: "
            "ActiveRecord looks for one named 'true' and raises "
            "InverseOfAssociationNotFoundError at first use; name the "
            "inverse, or write inverse_of(false) for none");

  // The belongs_to names the plain has_many; the scoped one beside it
  // names the belongs_to too. Unscoped, that would be a disagreement.
  Option Scope = opt(OptionKey::Scope, "true");
  Scope.IsString = false;
  Program Shared =
      program({model("Customer",
                     {assoc(K::HasMany, "orders", "Order",
                            {opt(OptionKey::InverseOf, "customer")}),
                      assoc(K::HasMany, "open_orders", "Order",
                            {Scope, opt(OptionKey::InverseOf, "customer")})}),
               model("Order", {assoc(K::BelongsTo, "customer", "Customer",
                                     {opt(OptionKey::InverseOf, "orders")})})});
  EXPECT_TRUE(findInvalidInverses(Shared).empty());
  Shared.Models[0].Associations[1].Options.erase(
      Shared.Models[0].Associations[1].Options.begin());
  EXPECT_EQ(findInvalidInverses(Shared).size(), 1u);
}

TEST(PolymorphicPairing, AsMustNameAPolymorphicBelongsTo) {
  Program P = program(
      {model("Employee", {assoc(K::HasMany, "pictures", "Picture",
                                {opt(OptionKey::As, "imageable")})}),
       model("Picture", {assoc(K::BelongsTo, "imageable", "")})});
  EXPECT_TRUE(findPolymorphicPairingProblems(P, true).empty());

  P.Models[0].Associations[0].Options = {opt(OptionKey::As, "imagable")};
  std::vector<Finding> F = findPolymorphicPairingProblems(P, false);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("did you mean 'imageable'?"), std::string::npos);
  // Whole program: the polymorphic belongs_to is now named by no as:.
  EXPECT_EQ(findPolymorphicPairingProblems(P, true).size(), 2u);

  Program NotPolymorphic = program(
      {model("Employee", {assoc(K::HasMany, "pictures", "Picture",
                                {opt(OptionKey::As, "employee")})}),
       model("Picture", {assoc(K::BelongsTo, "employee", "Employee")})});
  F = findPolymorphicPairingProblems(NotPolymorphic, false);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("not polymorphic"), std::string::npos);
}

Program physicians() {
  return program(
      {model("Physician",
             {assoc(K::HasMany, "appointments", "Appointment"),
              assoc(K::HasMany, "patients", "Patient",
                    {opt(OptionKey::Through, "appointments")})}),
       model("Appointment", {assoc(K::BelongsTo, "physician", "Physician"),
                             assoc(K::BelongsTo, "patient", "Patient")}),
       model("Patient")});
}

std::string firstThroughProblem(const Program &P) {
  std::vector<Finding> F = findThroughChainProblems(P);
  return F.empty() ? "" : F[0].Message;
}

TEST(ThroughChain, ResolvesAndEachFailureInOrder) {
  Program P = physicians();
  EXPECT_EQ(firstThroughProblem(P), "");

  Program NoThrough = physicians();
  NoThrough.Models[0].Associations[1].Options = {
      opt(OptionKey::Through, "apointments")};
  EXPECT_EQ(firstThroughProblem(NoThrough),
            "has_many 'patients' of 'Physician': through 'apointments' names "
            "no association of 'Physician' "
            "(HasManyThroughAssociationNotFoundError); did you mean "
            "'appointments'?");

  Program NoSource = physicians();
  NoSource.Models[1].Associations[1].Name = "client";
  EXPECT_NE(firstThroughProblem(NoSource).find(
                "no source association 'patient' or 'patients' in "
                "'Appointment'"),
            std::string::npos);

  Program Ambiguous = physicians();
  Ambiguous.Models[1].Associations.push_back(
      assoc(K::HasMany, "patients", "Patient"));
  EXPECT_NE(firstThroughProblem(Ambiguous).find(
                "AmbiguousSourceReflectionForThroughAssociation"),
            std::string::npos);

  Program Pointless = physicians();
  Pointless.Models[0].Associations[1].Options.push_back(
      opt(OptionKey::SourceType, "Patient"));
  EXPECT_NE(firstThroughProblem(Pointless).find(
                "HasManyThroughAssociationPointlessSourceTypeError"),
            std::string::npos);

  Program Order = physicians();
  std::swap(Order.Models[0].Associations[0].Position,
            Order.Models[0].Associations[1].Position);
  EXPECT_NE(firstThroughProblem(Order).find("HasManyThroughOrderError"),
            std::string::npos);
}

TEST(ThroughChain, PolymorphicThroughSourceAndHasOneThroughCollection) {
  Program Through = program({model(
      "Comment", {assoc(K::BelongsTo, "commentable", ""),
                  assoc(K::HasMany, "tags", "Tag",
                        {opt(OptionKey::Through, "commentable")})})});
  EXPECT_NE(firstThroughProblem(Through).find(
                "HasManyThroughAssociationPolymorphicThroughError"),
            std::string::npos);

  Program Source = program(
      {model("Tag", {assoc(K::HasMany, "taggings", "Tagging"),
                     assoc(K::HasMany, "posts", "Post",
                           {opt(OptionKey::Through, "taggings"),
                            opt(OptionKey::Source, "taggable")})}),
       model("Tagging", {assoc(K::BelongsTo, "taggable", ""),
                         assoc(K::BelongsTo, "tag", "Tag")})});
  EXPECT_NE(firstThroughProblem(Source).find(
                "HasManyThroughAssociationPolymorphicSourceError"),
            std::string::npos);
  Source.Models[0].Associations[1].Options.push_back(
      opt(OptionKey::SourceType, "Post"));
  EXPECT_EQ(firstThroughProblem(Source), "");

  Program One = physicians();
  One.Models[0].Associations[1].Kind = K::HasOne;
  One.Models[0].Associations[1].Name = "patient";
  EXPECT_NE(firstThroughProblem(One).find(
                "HasOneThroughCantAssociateThroughCollection"),
            std::string::npos);
}

TEST(ThroughChain, StopsWhereTheThroughModelIsNotVisible) {
  Program P = physicians();
  P.Models[0].Associations[0].State = TargetState::Unresolved;
  EXPECT_EQ(firstThroughProblem(P), "");
}

TEST(InvalidInverse, AsAndThroughAreLookedUpNotIgnored) {
  Program P = program(
      {model("Employee", {assoc(K::HasMany, "pictures", "Picture",
                                {opt(OptionKey::As, "imageable"),
                                 opt(OptionKey::InverseOf, "imageable")})}),
       model("Picture", {assoc(K::BelongsTo, "imageable", "")})});
  EXPECT_TRUE(findInvalidInverses(P).empty());
  P.Models[0].Associations[0].Options[1].Value = "imagable";
  EXPECT_NE(messages(findInvalidInverses(P)).at(0).find(
                "InverseOfAssociationNotFoundError"),
            std::string::npos);

  Program Through = physicians();
  Through.Models[0].Associations[1].Options.push_back(
      opt(OptionKey::InverseOf, "physicians"));
  EXPECT_NE(messages(findInvalidInverses(Through)).at(0).find(
                "names no association of 'Patient'"),
            std::string::npos);
}

TEST(Inheritance, SubclassesInheritAssociations) {
  Program P = program(
      {model("Customer", {assoc(K::HasMany, "orders", "Order")}),
       model("Vip", {assoc(K::HasMany, "gifts", "Gift",
                           {opt(OptionKey::Through, "orders")})}),
       model("Order", {assoc(K::BelongsTo, "customer", "Customer"),
                       assoc(K::BelongsTo, "vip", "Vip",
                             {opt(OptionKey::InverseOf, "orders")}),
                       assoc(K::HasMany, "gifts", "Gift")}),
       model("Gift")});
  P.Models[1].BaseModel = "Customer";
  // `orders` is Customer's, inherited by Vip; and it points to Order.
  EXPECT_TRUE(findInvalidInverses(P).empty());
  EXPECT_TRUE(findThroughChainProblems(P).empty());
  EXPECT_TRUE(isA(P, P.Models[1], "Customer"));
  EXPECT_FALSE(isA(P, P.Models[0], "Vip"));
}

TEST(MissingInverse, NoFixThatWouldDuplicateAName) {
  Program P = program(
      {model("Customer", {assoc(K::HasMany, "orders", "Order")}),
       model("Order", {assoc(K::HasOne, "customer", "Receipt")})});
  P.Models[1].DeclareEnd = at(3, 3).Begin;
  std::vector<Finding> F = findMissingInverses(P, {});
  ASSERT_EQ(F.size(), 1u);
  EXPECT_TRUE(F[0].Fixes.empty());
}

TEST(MissingInverse, HasManyBackHonoursTheInverseOf) {
  Program P = program(
      {model("Customer"),
       model("Order", {assoc(K::BelongsTo, "customer", "Customer",
                             {opt(OptionKey::InverseOf, "purchases")})})});
  P.Models[0].DeclareEnd = at(2, 2).Begin;
  EXPECT_EQ(findMissingInverses(P, withBelongsTo()).at(0).Fixes.at(0).Text,
            "assoc::has_many<Order>(\"purchases\")");
}

TEST(Inheritance, ThroughOrderComparesWithinOneModel) {
  Program P = program(
      {model("Garage", {assoc(K::HasMany, "notes", "Note"),
                        assoc(K::HasMany, "cars", "Car")}),
       model("BigGarage", {assoc(K::HasMany, "owners", "Owner",
                                 {opt(OptionKey::Through, "cars")})}),
       model("Car", {assoc(K::BelongsTo, "owner", "Owner")}),
       model("Owner")});
  P.Models[1].BaseModel = "Garage";
  EXPECT_TRUE(findThroughChainProblems(P).empty());
}

TEST(PolymorphicPairing, OnlyHasManyAndHasOneAndInheritedSuggestions) {
  Program P = program(
      {model("Vehicle", {assoc(K::BelongsTo, "ownable", "")}),
       model("Car"),
       model("Person", {assoc(K::HasMany, "rides", "Car",
                              {opt(OptionKey::As, "ownabel")}),
                        assoc(K::BelongsTo, "car", "Car",
                              {opt(OptionKey::As, "nothing")})})});
  P.Models[1].BaseModel = "Vehicle";
  std::vector<Finding> F = findPolymorphicPairingProblems(P, false);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("did you mean 'ownable'?"), std::string::npos);
}

TEST(MissingInverse, AsNamingAPlainBelongsToPairsIt) {
  Program P = program(
      {model("Employee", {assoc(K::HasMany, "pictures", "Picture",
                                {opt(OptionKey::As, "imageable")})}),
       model("Picture", {assoc(K::BelongsTo, "imageable", "Employee")})});
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
}

TEST(MissingInverse, APairedBelongsToIsNotReusedByName) {
  // books pairs with author by key; edited_books reads editor_id, and the
  // already paired `author` must not be taken again by name.
  Program P = program(
      {model("Author", {assoc(K::HasMany, "edited_books", "Book",
                              {opt(OptionKey::ForeignKey, "editor_id")}),
                        assoc(K::HasMany, "books", "Book")}),
       model("Book", {assoc(K::BelongsTo, "author", "Author")})});
  std::vector<Finding> F = findMissingInverses(P, {});
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("'edited_books'"), std::string::npos);
}

TEST(MissingInverse, OneRunNeverAddsANameTwiceAndAddsToADeclareInOneEdit) {
  Program P = program(
      {model("Library"),
       model("Shelf", {assoc(K::BelongsTo, "library", "Library"),
                       assoc(K::BelongsTo, "annex", "Library",
                             {opt(OptionKey::ForeignKey,
                                  "annex_library_id")})})});
  P.Models[0].DeclareEnd = at(2, 2).Begin;
  P.Models[0].DeclareArguments = 1;
  std::vector<Finding> F = findMissingInverses(P, withBelongsTo());
  ASSERT_EQ(F.size(), 2u);
  EXPECT_EQ(F[0].Fixes.size(), 1u);
  EXPECT_TRUE(F[1].Fixes.empty()); // would add a second `shelves`

  Program Empty = program(
      {model("Depot"),
       model("Truck", {assoc(K::BelongsTo, "depot", "Depot"),
                       assoc(K::BelongsTo, "store", "Depot")})});
  Empty.Models[0].DeclareEnd = at(2, 2).Begin;
  Empty.Models[1].Associations[1].Options = {
      opt(OptionKey::InverseOf, "stored_trucks")};
  F = findMissingInverses(Empty, withBelongsTo());
  ASSERT_EQ(F.size(), 2u);
  // Both additions into the empty declare() are one edit, with the comma
  // between them, carried by the first finding; the second points to it.
  ASSERT_EQ(F[0].Fixes.size(), 1u);
  EXPECT_EQ(F[0].Fixes[0].Text,
            "assoc::has_many<Truck>(\"trucks\"), "
            "assoc::has_many<Truck>(\"stored_trucks\", "
            "assoc::foreign_key(\"store_id\"))");
  EXPECT_TRUE(F[1].Fixes.empty());
  ASSERT_EQ(F[1].Notes.size(), 2u);
  EXPECT_EQ(F[1].Notes[1].Message, "the fix-it for 'depot' adds this one too");
  EXPECT_EQ(F[1].Notes[1].Where, F[0].Where);
}

/// `inverse_of(false)` as the extractor reads it: a flag, not a name.
Option inverseOfFalse() {
  Option O = opt(OptionKey::InverseOf, "false");
  O.IsString = false;
  return O;
}

TEST(MissingInverse, InverseOfFalseSaysThereIsNone) {
  Program P = program({model("Customer", {assoc(K::HasMany, "orders", "Order",
                                                {inverseOfFalse()})}),
                       model("Order")});
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
  // `inverse_of(nullptr)` is Ruby's `inverse_of: nil`, which is `false`.
  P.Models[0].Associations[0].Options[0].Value = "nil";
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
  // A habtm ignores it in ActiveRecord: still reported.
  P = program({model("Kit", {assoc(K::HasAndBelongsToMany, "parts", "Part",
                                   {inverseOfFalse()})}),
               model("Part")});
  EXPECT_EQ(findMissingInverses(P, {}).size(), 1u);
}

TEST(MissingInverse, AScopeStopsPairingByTheOwnersName) {
  // writings reads author_id; the belongs_to `author` uses writer_id. They
  // pair only by name, ActiveRecord's automatic inverse, which a scope stops.
  Option Scope = opt(OptionKey::Scope, "true");
  Scope.IsString = false;
  Program P = program(
      {model("Author", {assoc(K::HasMany, "writings", "Book")}),
       model("Book", {assoc(K::BelongsTo, "author", "Author",
                            {opt(OptionKey::ForeignKey, "writer_id")})})});
  EXPECT_TRUE(findMissingInverses(P, {}).empty());
  P.Models[0].Associations[0].Options = {Scope};
  EXPECT_EQ(findMissingInverses(P, {}).size(), 1u);
}

TEST(MissingInverse, AHasManyOfASubclassPairsWithABelongsToTheBase) {
  // Moderator < User: has_many assigned_reports (foreign_key
  // assigned_user_id); Report belongs_to assigned_user, a User.
  Program P = program(
      {model("User"),
       model("Moderator",
             {assoc(K::HasMany, "assigned_reports", "Report",
                    {opt(OptionKey::ForeignKey, "assigned_user_id")})}),
       model("Report", {assoc(K::BelongsTo, "assigned_user", "User")})});
  P.Models[1].BaseModel = "User";
  EXPECT_TRUE(findMissingInverses(P, withBelongsTo()).empty());
  // Without the subclass relation, Report points at another model.
  P.Models[1].BaseModel.clear();
  EXPECT_EQ(findMissingInverses(P, {}).size(), 1u);
}

TEST(MissingInverse, HabtmFixSwapsTheKeys) {
  Program P = program(
      {model("Kit", {assoc(K::HasAndBelongsToMany, "parts", "Part",
                           {opt(OptionKey::JoinTable, "kits"),
                            opt(OptionKey::ForeignKey, "kit_id"),
                            opt(OptionKey::AssociationForeignKey,
                                "component_id")})}),
       model("Part")});
  P.Models[1].DeclareEnd = at(2, 2).Begin;
  EXPECT_EQ(findMissingInverses(P, {}).at(0).Fixes.at(0).Text,
            "assoc::has_and_belongs_to_many<Kit>(\"kits\", "
            "assoc::join_table(\"kits\"), assoc::foreign_key(\"component_id\"), "
            "assoc::association_foreign_key(\"kit_id\"))");
}

TEST(Support, DidYouMeanOnlyForCloseNames) {
  EXPECT_EQ(didYouMean("custmer", {"orders", "customer"}),
            std::optional<std::string>("customer"));
  EXPECT_EQ(didYouMean("zzz", {"orders", "customer"}), std::nullopt);
}

TEST(MissingInverse, NoFixNamingAModelItsFileNeverDeclares) {
  // Order lives in order.h, which never declares Customer: adding
  // belongs_to<Customer> there would not compile. The note still says it.
  Program P;
  P.Models.push_back(model("Customer", {assoc(AssociationKind::HasMany,
                                              "orders", "Order")}));
  P.Models.back().Declarations = {{"/src/customer.h", 10, 2, 8}};
  P.Models.push_back(model("Order"));
  P.Models.back().DeclareEnd = {"/src/order.h", 120, 5, 40};
  P.Models.back().Declarations = {{"/src/order.h", 30, 2, 8}};
  std::vector<Finding> F = findMissingInverses(P, {});
  ASSERT_EQ(F.size(), 1u);
  EXPECT_TRUE(F[0].Fixes.empty());
  EXPECT_NE(F[0].Notes.at(0).Message.find("add assoc::belongs_to<Customer>"),
            std::string::npos);
}

} // namespace

namespace {

TEST(Support, ArticlesFollowTheSoundNotTheLetter) {
  EXPECT_EQ(withArticle("shop::Order"), "an 'shop::Order'");
  EXPECT_EQ(withArticle("Customer"), "a 'Customer'");
  EXPECT_EQ(withArticle("User"), "a 'User'");
  EXPECT_EQ(withArticle("Unit"), "a 'Unit'");
  EXPECT_EQ(withArticle("URL"), "a 'URL'");
  EXPECT_EQ(withArticle("Update"), "an 'Update'");
  EXPECT_EQ(withArticle("Umbrella"), "an 'Umbrella'");
}

} // namespace
