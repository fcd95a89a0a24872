//===- ModelJsonTest.cpp - The model survives JSON ------------------------===//

#include "ModelJson.h"
#include "Frontends.h"
#include "ModelBuilders.h"

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

Program sampleProgram() {
  Program P;
  Model Customer = model(
      "shop::Customer",
      {assoc(AssociationKind::HasMany, "orders", "shop::Order",
             {opt(OptionKey::Dependent, "destroy"),
              opt(OptionKey::InverseOf, "customer"),
              flag(OptionKey::Autosave, false)})});
  Customer.TableNameOverride = "clients";
  Customer.Definition = at(3, 8, 8);
  Customer.DeclareEnd = at(6, 70).Begin;
  Customer.DeclareArguments = 1;
  Customer.Associations[0].NameRange = at(5, 30, 8);
  Customer.Associations[0].Whole = at(5, 7, 60);
  Customer.Associations[0].NameSpelling = Spelling::Macro;
  Customer.Associations[0].Options[0].ValueRange = at(5, 50, 9);
  Customer.Associations[0].Options[0].ValueSpelling = Spelling::Constant;
  Customer.Associations[0].Options[1].InMacro = true;
  Customer.Associations[0].InMacro = true;
  Customer.Members = {{"total", at(7, 10, 5)}, {"orders_count", at(8, 7, 12)}};
  Customer.Declarations = {at(1, 8, 8).Begin, at(3, 8, 8).Begin};
  P.Models.push_back(Customer);

  Model Picture = model("Picture",
                        {assoc(AssociationKind::BelongsTo, "imageable", "")});
  Picture.BaseModel = "Asset";
  P.Models.push_back(Picture);

  Model Order = model("shop::Order", {assoc(AssociationKind::BelongsTo,
                                            "customer", "shop::Customer")});
  Order.Associations[0].State = TargetState::Unresolved;
  P.Models.push_back(Order);
  return P;
}

void expectSameOption(const Option &A, const Option &B) {
  EXPECT_EQ(A.Key, B.Key);
  EXPECT_EQ(A.Value, B.Value);
  EXPECT_EQ(A.IsString, B.IsString);
  EXPECT_EQ(A.ValueSpelling, B.ValueSpelling);
  EXPECT_EQ(A.ValueRange, B.ValueRange);
  EXPECT_EQ(A.Whole, B.Whole);
  EXPECT_EQ(A.InMacro, B.InMacro);
}

void expectSameProgram(const Program &A, const Program &B) {
  ASSERT_EQ(A.Models.size(), B.Models.size());
  for (size_t I = 0; I < A.Models.size(); ++I) {
    const Model &X = A.Models[I], &Y = B.Models[I];
    EXPECT_EQ(X.QualifiedName, Y.QualifiedName);
    EXPECT_EQ(X.ClassName, Y.ClassName);
    EXPECT_EQ(X.TableNameOverride, Y.TableNameOverride);
    EXPECT_EQ(X.BaseModel, Y.BaseModel);
    EXPECT_EQ(X.Definition, Y.Definition);
    EXPECT_EQ(X.DeclareEnd, Y.DeclareEnd);
    EXPECT_EQ(X.DeclareArguments, Y.DeclareArguments);
    EXPECT_EQ(X.Declarations, Y.Declarations);
    EXPECT_EQ(X.InSystemHeader, Y.InSystemHeader);
    EXPECT_EQ(X.UnitLocal, Y.UnitLocal);
    ASSERT_EQ(X.Members.size(), Y.Members.size());
    for (size_t J = 0; J < X.Members.size(); ++J) {
      EXPECT_EQ(X.Members[J].Name, Y.Members[J].Name);
      EXPECT_EQ(X.Members[J].Where, Y.Members[J].Where);
    }
    ASSERT_EQ(X.Associations.size(), Y.Associations.size());
    for (size_t J = 0; J < X.Associations.size(); ++J) {
      const Association &P = X.Associations[J], &Q = Y.Associations[J];
      EXPECT_EQ(P.Kind, Q.Kind);
      EXPECT_EQ(P.Name, Q.Name);
      EXPECT_EQ(P.NameSpelling, Q.NameSpelling);
      EXPECT_EQ(P.NameRange, Q.NameRange);
      EXPECT_EQ(P.Whole, Q.Whole);
      EXPECT_EQ(P.InMacro, Q.InMacro);
      EXPECT_EQ(P.Position, Q.Position);
      EXPECT_EQ(P.Target, Q.Target);
      EXPECT_EQ(P.State, Q.State);
      ASSERT_EQ(P.Options.size(), Q.Options.size());
      for (size_t K = 0; K < P.Options.size(); ++K)
        expectSameOption(P.Options[K], Q.Options[K]);
    }
  }
}

TEST(ModelJson, RoundTripKeepsEveryField) {
  Program P = sampleProgram();
  ASSERT_FALSE(P.Models.empty());
  P.Models.front().InSystemHeader = true;
  P.Models.back().UnitLocal = true;
  std::string Error;
  std::optional<Program> Back =
      programFromJson(programToJson(P), Error, extensionReaders());
  ASSERT_TRUE(Back) << Error;
  expectSameProgram(P, *Back);
  // And the text is stable: serialising the copy gives the same bytes.
  EXPECT_EQ(programToJson(P, 2), programToJson(*Back, 2));
}

TEST(ModelJson, LayoutUsesRailsSpellings) {
  std::string Text = programToJson(sampleProgram());
  EXPECT_NE(Text.find("\"kind\":\"has_many\""), std::string::npos);
  EXPECT_NE(Text.find("\"key\":\"inverse_of\""), std::string::npos);
  EXPECT_NE(Text.find("\"target_state\":\"unresolved\""), std::string::npos);
  EXPECT_NE(Text.find("\"table_name\":\"clients\""), std::string::npos);
}

TEST(ModelJson, RejectsMalformedInputWithoutThrowing) {
  std::string Error;
  EXPECT_FALSE(programFromJson("{not json", Error, extensionReaders()));
  EXPECT_FALSE(Error.empty());

  Error.clear();
  EXPECT_FALSE(
      programFromJson(R"({"version":3,"models":[{"qualified_name":3}]})", Error,
                      extensionReaders()));
  EXPECT_FALSE(Error.empty());

  Error.clear();
  std::string Text = programToJson(sampleProgram());
  Text.replace(Text.find("has_many"), 8, "has_lots");
  EXPECT_FALSE(programFromJson(Text, Error, extensionReaders()));
  EXPECT_NE(Error.find("has_lots"), std::string::npos);
}

TEST(ModelJson, RejectsNumbersThatDoNotFit) {
  // Found by the model_json fuzzer: `6e39` cast to unsigned was undefined
  // behaviour inside nlohmann/json. Every integer is now range-checked.
  const std::string Good = programToJson(sampleProgram());
  const std::string Offset = "\"offset\":";
  const std::size_t At = Good.find(Offset) + Offset.size();
  const std::size_t End = Good.find_first_of(",}", At);
  for (const char *Bad : {"6e39", "-1", "1.5", "4294967296", "true"}) {
    std::string Text = Good;
    Text.replace(At, End - At, Bad);
    std::string Error;
    EXPECT_FALSE(programFromJson(Text, Error, extensionReaders())) << Bad;
    EXPECT_FALSE(Error.empty()) << Bad;
  }
  std::string Error;
  EXPECT_FALSE(programFromJson(R"({"version":1e300,"models":[]})", Error,
                               extensionReaders()));
  EXPECT_FALSE(Error.empty());
}

TEST(ModelJson, RejectsOtherVersions) {
  std::string Error;
  EXPECT_FALSE(programFromJson(R"({"version":999,"models":[]})", Error,
                               extensionReaders()));
  EXPECT_NE(Error.find("999"), std::string::npos);
}

TEST(Model, LastDeclarationOfANameWins) {
  Model M = model("Post", {assoc(AssociationKind::HasMany, "tags", "Tag"),
                           assoc(AssociationKind::HasOne, "tags", "Tag")});
  ASSERT_NE(M.association("tags"), nullptr);
  EXPECT_EQ(M.association("tags")->Kind, AssociationKind::HasOne);
  EXPECT_EQ(M.association("missing"), nullptr);
}

TEST(Model, LastOptionOfAKeyWins) {
  Association A = assoc(AssociationKind::HasMany, "orders", "Order",
                        {opt(OptionKey::Dependent, "destroy"),
                         opt(OptionKey::Dependent, "nullify")});
  EXPECT_EQ(A.optionValue(OptionKey::Dependent), "nullify");
  EXPECT_EQ(A.option(OptionKey::Through), nullptr);
  EXPECT_EQ(A.optionValue(OptionKey::Through), "");
}

TEST(Model, SpellingsRoundTrip) {
  for (auto K : {AssociationKind::BelongsTo, AssociationKind::HasOne,
                 AssociationKind::HasMany,
                 AssociationKind::HasAndBelongsToMany})
    EXPECT_EQ(parseAssociationKind(spelling(K)), K);
  for (int I = 0; I <= static_cast<int>(OptionKey::Validate); ++I) {
    auto Key = static_cast<OptionKey>(I);
    EXPECT_FALSE(spelling(Key).empty());
    EXPECT_EQ(parseOptionKey(spelling(Key)), Key);
  }
  EXPECT_FALSE(parseOptionKey("polymorphic"));
  EXPECT_TRUE(isCollection(AssociationKind::HasAndBelongsToMany));
  EXPECT_FALSE(isCollection(AssociationKind::HasOne));
}

} // namespace
