//===- AssociationNamingTest.cpp - The naming rule, without an AST --------===//

#include "AssociationNaming.h"
#include "InflectionConfig.h"
#include "ModelBuilders.h"

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

std::vector<Finding> check(const Program &P, NamingOptions O = {}) {
  return findNamingProblems(P, O);
}

Program one(Model M) {
  Program P;
  P.Models.push_back(std::move(M));
  return P;
}

TEST(ConventionalName, NumberByKind) {
  const Inflector &I = Inflector::english();
  EXPECT_EQ(conventionalName(AssociationKind::BelongsTo, "customers", I),
            "customer");
  EXPECT_EQ(conventionalName(AssociationKind::HasOne, "accounts", I),
            "account");
  EXPECT_EQ(conventionalName(AssociationKind::HasMany, "order", I), "orders");
  EXPECT_EQ(conventionalName(AssociationKind::HasAndBelongsToMany, "part", I),
            "parts");
  EXPECT_EQ(conventionalName(AssociationKind::HasMany, "lineItems", I),
            "line_items");
  EXPECT_EQ(conventionalName(AssociationKind::BelongsTo, "LineItems", I),
            "line_item");
  // Uncountables pass both ways; irregulars are honoured.
  EXPECT_EQ(conventionalName(AssociationKind::HasMany, "equipment", I),
            "equipment");
  EXPECT_EQ(conventionalName(AssociationKind::BelongsTo, "equipment", I),
            "equipment");
  EXPECT_EQ(conventionalName(AssociationKind::HasMany, "person", I), "people");
  EXPECT_EQ(conventionalName(AssociationKind::BelongsTo, "status", I),
            "status");
}

TEST(AssociationNaming, ConventionalNamesPass) {
  Program P = one(model(
      "Customer", {assoc(AssociationKind::HasMany, "orders", "Order"),
                   assoc(AssociationKind::HasOne, "account", "Account"),
                   assoc(AssociationKind::BelongsTo, "sales_person", "Person"),
                   assoc(AssociationKind::HasAndBelongsToMany, "people",
                         "Person")}));
  EXPECT_TRUE(check(P).empty());
}

TEST(AssociationNaming, MessageNamesKindAndExpectedForm) {
  Program P = one(model("Order", {assoc(AssociationKind::BelongsTo,
                                        "customers", "Customer")}));
  P.Models[0].Associations[0].NameRange = at(3, 30, 11);
  std::vector<Finding> F = check(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Check, "assoc-association-naming");
  EXPECT_EQ(F[0].Level, Severity::Warning);
  EXPECT_EQ(F[0].Message,
            "belongs_to association 'customers' should be singular: "
            "'customer'");
  ASSERT_EQ(F[0].Fixes.size(), 1u);
  EXPECT_EQ(F[0].Fixes[0].Where, at(3, 30, 11));
  EXPECT_EQ(F[0].Fixes[0].Text, "\"customer\"");
}

TEST(AssociationNaming, CaseAndNumberTogether) {
  Program P = one(model("Order", {assoc(AssociationKind::HasMany, "lineItem",
                                        "LineItem"),
                                  assoc(AssociationKind::HasMany, "lineItems",
                                        "LineItem")}));
  std::vector<Finding> F = check(P);
  ASSERT_EQ(F.size(), 2u);
  EXPECT_EQ(F[0].Message, "has_many association 'lineItem' should be plural "
                          "and snake_case: 'line_items'");
  EXPECT_EQ(F[1].Message,
            "has_many association 'lineItems' should be snake_case: "
            "'line_items'");
}

TEST(AssociationNaming, FixRenamesEveryLiteralReference) {
  Program P;
  Model Customer = model(
      "Customer",
      {assoc(AssociationKind::HasMany, "order", "Order"),
       assoc(AssociationKind::HasMany, "products", "Product",
             {opt(OptionKey::Through, "order")})});
  Customer.Associations[0].NameRange = at(2, 10, 7);
  Customer.Associations[1].Options[0].ValueRange = at(3, 40, 7);
  Model Order = model("Order", {assoc(AssociationKind::BelongsTo, "customer",
                                      "Customer",
                                      {opt(OptionKey::InverseOf, "order")})});
  Order.Associations[0].Options[0].ValueRange = at(8, 40, 7);
  // An association of another model with the same name is not a reference.
  Model Other = model("Other", {assoc(AssociationKind::BelongsTo, "thing",
                                      "Thing",
                                      {opt(OptionKey::InverseOf, "order")})});
  P.Models = {Customer, Order, Other};

  std::vector<Finding> F = check(P);
  ASSERT_EQ(F.size(), 1u);
  ASSERT_EQ(F[0].Fixes.size(), 3u);
  EXPECT_EQ(F[0].Fixes[0].Where, at(2, 10, 7));
  EXPECT_EQ(F[0].Fixes[1].Where, at(3, 40, 7));
  EXPECT_EQ(F[0].Fixes[2].Where, at(8, 40, 7));
  for (const TextEdit &E : F[0].Fixes)
    EXPECT_EQ(E.Text, "\"orders\"");
}

TEST(AssociationNaming, SourceOnTheThroughModelIsAReference) {
  Program P;
  Model Physician = model(
      "Physician",
      {assoc(AssociationKind::HasMany, "appointments", "Appointment"),
       assoc(AssociationKind::HasMany, "clients", "Patient",
             {opt(OptionKey::Through, "appointments"),
              opt(OptionKey::Source, "patients")})});
  Physician.Associations[1].Options[1].ValueRange = at(4, 50, 10);
  Model Appointment = model("Appointment", {assoc(AssociationKind::BelongsTo,
                                                  "patients", "Patient")});
  Appointment.Associations[0].NameRange = at(9, 30, 10);
  P.Models = {Physician, Appointment};
  std::vector<Finding> F = check(P);
  ASSERT_EQ(F.size(), 1u);
  ASSERT_EQ(F[0].Fixes.size(), 2u);
  EXPECT_EQ(F[0].Fixes[1].Where, at(4, 50, 10));
  EXPECT_EQ(F[0].Fixes[1].Text, "\"patient\"");
}

TEST(AssociationNaming, NonLiteralNameOrReferenceGetsANoteAndNoFix) {
  Program P = one(model("Order", {assoc(AssociationKind::BelongsTo,
                                        "customers", "Customer")}));
  P.Models[0].Associations[0].NameSpelling = Spelling::Macro;
  std::vector<Finding> F = check(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_TRUE(F[0].Fixes.empty());
  ASSERT_EQ(F[0].Notes.size(), 1u);
  EXPECT_NE(F[0].Notes[0].Message.find("macro"), std::string::npos);

  Program Q = one(model("Customer",
                        {assoc(AssociationKind::HasMany, "order", "Order"),
                         assoc(AssociationKind::HasMany, "products", "Product",
                               {opt(OptionKey::Through, "order")})}));
  Q.Models[0].Associations[1].Options[0].ValueSpelling = Spelling::Constant;
  F = check(Q);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_TRUE(F[0].Fixes.empty());
  ASSERT_EQ(F[0].Notes.size(), 1u);
  EXPECT_NE(F[0].Notes[0].Message.find("not by a literal"), std::string::npos);
}

TEST(AssociationNaming, NoFixOntoANameTheModelAlreadyDeclares) {
  // The fix would make a duplicate, which a second --fix run would then
  // remove: a fix must leave nothing fixable behind.
  Program P = one(model("Customer",
                        {assoc(AssociationKind::HasMany, "orders", "Order"),
                         assoc(AssociationKind::HasMany, "order", "Order")}));
  P.Models[0].Associations[0].NameRange = at(3, 30, 8);
  std::vector<Finding> F = check(P);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_TRUE(F[0].Fixes.empty());
  ASSERT_EQ(F[0].Notes.size(), 1u);
  EXPECT_EQ(F[0].Notes[0].Message,
            "'orders' is already declared here; renaming would declare it "
            "twice");
  EXPECT_EQ(F[0].Notes[0].Where, at(3, 30, 8));
}

TEST(AssociationNaming, IgnoredNames) {
  Program P = one(model("Order", {assoc(AssociationKind::BelongsTo,
                                        "customers", "Customer")}));
  NamingOptions O;
  O.IsIgnored = [](std::string_view N) { return N == "customers"; };
  EXPECT_TRUE(check(P, O).empty());
}

TEST(EnglishForm, PrepositionsParticiplesMassNounsAndThroughGerunds) {
  EXPECT_STREQ(englishForm("blocked_by", false), "ends in a preposition");
  EXPECT_STREQ(englishForm("local_favorited", false),
               "ends in a past participle");
  EXPECT_STREQ(englishForm("data", false), "ends in a mass noun");
  EXPECT_STREQ(englishForm("audit_metadata", false), "ends in a mass noun");
  EXPECT_STREQ(englishForm("following", true), "ends in a gerund");
  // Nouns that take a number are left to the inflector.
  EXPECT_EQ(englishForm("by", false), nullptr);
  EXPECT_EQ(englishForm("feed", false), nullptr);
  EXPECT_EQ(englishForm("shed", false), nullptr);
  EXPECT_EQ(englishForm("incoming_email", false), nullptr);
  EXPECT_EQ(englishForm("setting", false), nullptr); // not a through
  EXPECT_EQ(englishForm("thing", true), nullptr);
}

TEST(AssociationNaming, DeliberateEnglishKeepsItsNumberNotItsCase) {
  using K = AssociationKind;
  Program P =
      one(model("Account", {assoc(K::HasMany, "blocked_by", "Account"),
                            assoc(K::HasMany, "local_favorited", "Status"),
                            assoc(K::HasOne, "data", "Blob"),
                            assoc(K::HasMany, "following", "Account",
                                  {opt(OptionKey::Through, "follows")}),
                            assoc(K::HasMany, "setting", "Setting"),
                            assoc(K::HasMany, "incoming_email", "Email"),
                            assoc(K::HasMany, "blockedBy", "Account")}));
  std::vector<Finding> F = check(P);
  ASSERT_EQ(F.size(), 3u);
  EXPECT_EQ(F[0].Message,
            "has_many association 'setting' should be plural: 'settings'");
  EXPECT_EQ(F[1].Message, "has_many association 'incoming_email' should be "
                          "plural: 'incoming_emails'");
  EXPECT_EQ(F[2].Message,
            "has_many association 'blockedBy' should be snake_case: "
            "'blocked_by'");
  // The option off: the inflector judges every name, as before.
  NamingOptions Strict;
  Strict.AllowEnglishForms = false;
  EXPECT_EQ(check(P, Strict).size(), 7u);
}

TEST(AssociationNaming, CustomInflections) {
  // ActiveSupport singularizes `cactus` to `cactu`, so a faithful check
  // flags `belongs_to :cactus`; a team fixes it the Rails way.
  Program P = one(model("Pot", {assoc(AssociationKind::BelongsTo, "cactus",
                                      "Cactus")}));
  std::vector<Finding> Default = check(P);
  ASSERT_EQ(Default.size(), 1u);
  EXPECT_NE(Default[0].Message.find("'cactu'"), std::string::npos);
  InflectionOptions Config;
  Config.Irregulars = "cactus:cacti";
  std::vector<std::string> Errors;
  Inflector Custom = makeInflector(Config, Errors);
  EXPECT_TRUE(Errors.empty());
  NamingOptions O;
  O.Inflections = &Custom;
  EXPECT_TRUE(check(P, O).empty());
}

TEST(InflectionConfig, EveryOptionApplies) {
  InflectionOptions Config;
  Config.Irregulars = " cactus:cacti ; octopus:octopuses";
  Config.Uncountables = "feedback;metadata";
  Config.Plurals = "(ox)$->\\1en";
  Config.Singulars = "(ox)en$->\\1";
  Config.Acronyms = "API";
  std::vector<std::string> Errors;
  Inflector I = makeInflector(Config, Errors);
  EXPECT_TRUE(Errors.empty());
  EXPECT_EQ(I.pluralize("cactus"), "cacti");
  EXPECT_EQ(I.singularize("cacti"), "cactus");
  EXPECT_EQ(I.pluralize("octopus"), "octopuses");
  EXPECT_EQ(I.pluralize("feedback"), "feedback");
  EXPECT_EQ(I.singularize("metadata"), "metadata");
  EXPECT_EQ(I.pluralize("box"), "boxen");
  EXPECT_EQ(I.singularize("boxen"), "box");
  EXPECT_EQ(I.underscore("APIKey"), "api_key");
}

TEST(InflectionConfig, MalformedEntriesAreReportedAndSkipped) {
  InflectionOptions Config;
  Config.Irregulars = "cactus;octopus:octopuses";
  Config.Plurals = "no arrow here;([a-$->x";
  std::vector<std::string> Errors;
  Inflector I = makeInflector(Config, Errors);
  ASSERT_EQ(Errors.size(), 3u);
  EXPECT_NE(Errors[0].find("Plurals: 'no arrow here'"), std::string::npos);
  EXPECT_NE(Errors[1].find("not a valid regular expression"),
            std::string::npos);
  EXPECT_NE(Errors[2].find("Irregulars: 'cactus'"), std::string::npos);
  // The valid entry still applies.
  EXPECT_EQ(I.pluralize("octopus"), "octopuses");
}

} // namespace
