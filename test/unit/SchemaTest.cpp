//===- SchemaTest.cpp - The implied schema, its SQL and its checks --------===//

#include "Schema.h"
#include "Frontends.h"
#include "ModelBuilders.h"
#include "SchemaChecks.h"
#include "WtModel.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

Program shop() {
  Program P;
  P.Models.push_back(model(
      "Customer", {assoc(AssociationKind::HasMany, "orders", "Order",
                         {opt(OptionKey::Dependent, "nullify")})}));
  P.Models.push_back(model(
      "Order", {assoc(AssociationKind::BelongsTo, "customer", "Customer")}));
  P.Models.push_back(model(
      "Picture", {assoc(AssociationKind::BelongsTo, "imageable", "")}));
  P.Models.push_back(
      model("Assembly", {assoc(AssociationKind::HasAndBelongsToMany, "parts",
                               "Part")}));
  P.Models.push_back(
      model("Part", {assoc(AssociationKind::HasAndBelongsToMany,
                           "assemblies", "Assembly")}));
  Model Car = model("Car");
  Car.BaseModel = "Order";
  P.Models.push_back(Car);
  return P;
}

std::vector<std::string> describe(const std::vector<Requirement> &R) {
  static const char *Kinds[] = {"table", "join", "column", "type", "index"};
  std::vector<std::string> Out;
  for (const Requirement &X : R) {
    std::string S = std::string(Kinds[static_cast<int>(X.What)]) + " " +
                    X.Table;
    for (const std::string &C : X.Columns)
      S += " " + C;
    Out.push_back(S);
  }
  return Out;
}

TEST(Schema, RequirementsOncePerThingFromTheSideThatDeclaresIt) {
  std::vector<Requirement> R = impliedRequirements(shop());
  EXPECT_EQ(describe(R),
            (std::vector<std::string>{
                "table customers id", "column orders customer_id",
                "index orders customer_id", "table orders id",
                "table pictures id", "column pictures imageable_id",
                "type pictures imageable_type",
                "index pictures imageable_type imageable_id",
                "table assemblies id",
                "join assemblies_parts assembly_id part_id",
                "index assemblies_parts assembly_id part_id",
                "index assemblies_parts assembly_id", "table parts id",
                "index assemblies_parts part_id", "type orders type"}));
  // The key both sides need is attributed to the belongs_to, which holds
  // it, and remembers the has_many's nullify.
  EXPECT_EQ(R[1].Association, "customer");
  EXPECT_EQ(R[1].From, AssociationKind::BelongsTo);
  EXPECT_TRUE(R[1].Nullify);
  EXPECT_EQ(R[1].ReferencedTable, "customers");
}

TEST(Schema, CreateStatementsPutReferencedTablesFirst) {
  const std::string SQL =
      createStatements(impliedRequirements(shop()), Dialect::PostgreSQL,
                       "bigint");
  EXPECT_LT(SQL.find("CREATE TABLE \"customers\""),
            SQL.find("CREATE TABLE \"orders\""));
  EXPECT_NE(SQL.find("\"id\" bigserial PRIMARY KEY"), std::string::npos);
  EXPECT_NE(SQL.find("\"imageable_type\" character varying"),
            std::string::npos);
  EXPECT_NE(SQL.find("CREATE UNIQUE INDEX \"index_assemblies_parts_on_"
                     "assembly_id_and_part_id\""),
            std::string::npos);
  // The join table has no id.
  const std::size_t Join = SQL.find("CREATE TABLE \"assemblies_parts\"");
  ASSERT_NE(Join, std::string::npos);
  const std::string Body = SQL.substr(Join, SQL.find(");", Join) - Join);
  EXPECT_EQ(Body.find("\"id\""), std::string::npos) << Body;
  EXPECT_EQ(SQL.find("DROP"), std::string::npos);
}

Schema complete() {
  Schema S;
  Table Customers{"customers", {{"id", "bigint", true, true}}, {}};
  Table Orders{"orders",
               {{"id", "bigint", true, true},
                {"customer_id", "integer", true, false},
                {"type", "character varying", false, false}},
               {}};
  Table Pictures{"pictures",
                 {{"id", "bigint", true, true},
                  {"imageable_id", "bigint", true, false},
                  {"imageable_type", "character varying", false, false}},
                 {{"by_owner", {"imageable_type", "imageable_id"}, false}}};
  Table Assemblies{"assemblies", {{"id", "bigint", true, true}}, {}};
  Table Parts{"parts", {{"id", "bigint", true, true}}, {}};
  Table Join{"assemblies_parts",
             {{"part_id", "bigint", true, false},
              {"assembly_id", "bigint", true, false}},
             {{"pair", {"part_id", "assembly_id"}, true},
              {"by_assembly", {"assembly_id"}, false}}};
  S.Tables = {Customers, Orders, Pictures, Assemblies, Parts, Join};
  return S;
}

TEST(SchemaChecks, EveryKindOfGapAtItsDeclaration) {
  SchemaCheckOptions O;
  O.Of = Dialect::PostgreSQL;
  std::vector<Finding> F = checkSchema(impliedRequirements(shop()),
                                       complete(), O);
  std::vector<std::string> Checks;
  for (const Finding &X : F)
    Checks.push_back(X.Check);
  // integer vs bigint, nullify over NOT NULL, no index on customer_id.
  EXPECT_EQ(Checks, (std::vector<std::string>{SchemaColumnType,
                                              SchemaNullability,
                                              SchemaMissingIndex}));
  // On SQLite both are INTEGER affinity: not a finding.
  O.Of = Dialect::SQLite;
  F = checkSchema(impliedRequirements(shop()), complete(), O);
  EXPECT_EQ(F.size(), 2u);
}

// A schema finding ends with what the model's library does at run time,
// never with another library's behaviour.
TEST(SchemaChecks, TheLibraryOfTheModelWordsTheFinding) {
  Schema S;
  Table Join{"assemblies_parts", {}, {}};
  Join.Columns.push_back({"id", "bigint", true, true});
  Join.Columns.push_back({"assembly_id", "bigint", true, false});
  Join.Columns.push_back({"part_id", "bigint", true, false});
  Join.Indexes.push_back({"pair", {"assembly_id", "part_id"}, true});
  S.Tables.push_back(Join);
  Requirement R;
  R.What = Requirement::Kind::JoinTable;
  R.Table = "assemblies_parts";
  R.Columns = {"assembly_id", "part_id"};
  R.Model = "Assembly";
  R.Association = "parts";
  R.From = AssociationKind::HasAndBelongsToMany;
  std::vector<Finding> F = checkSchema({R}, S);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("(ActiveRecord inserts rows without one)"),
            std::string::npos)
      << F[0].Message;
  R.Lib = wt::Library;
  F = checkSchema({R}, S);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("(Wt::Dbo inserts the two keys only)"),
            std::string::npos)
      << F[0].Message;
  EXPECT_EQ(F[0].Message.find("ActiveRecord"), std::string::npos);
}

TEST(SchemaChecks, AMissingTableIsSaidOnceAndHidesItsColumns) {
  Schema Empty;
  std::vector<Finding> F = checkSchema(impliedRequirements(shop()), Empty);
  for (const Finding &X : F)
    EXPECT_EQ(X.Check, SchemaMissingTable) << X.Message;
  EXPECT_EQ(F.size(), 6u); // 5 model tables and 1 join table.
}

TEST(SchemaChecks, MigrationClosesTheGapAndNeverDrops) {
  Schema S = complete();
  S.Tables.erase(S.Tables.begin() + 5); // The join table.
  S.Tables[2].Columns.pop_back();        // pictures.imageable_type.
  const std::string SQL = migrationStatements(impliedRequirements(shop()), S,
                                              Dialect::SQLite, "bigint");
  EXPECT_NE(SQL.find("CREATE TABLE \"assemblies_parts\""), std::string::npos);
  EXPECT_NE(SQL.find("ALTER TABLE \"pictures\" ADD COLUMN \"imageable_type\""),
            std::string::npos);
  EXPECT_NE(SQL.find("CREATE INDEX \"index_orders_on_customer_id\""),
            std::string::npos);
  EXPECT_EQ(SQL.find("DROP"), std::string::npos);
  EXPECT_EQ(SQL.find("ALTER COLUMN"), std::string::npos);
  EXPECT_EQ(SQL.find("CREATE TABLE \"customers\""), std::string::npos);
}

TEST(Schema, InvalidPolymorphicTargetsRequireNothing) {
  // has_many<assoc::polymorphic> is assoc-invalid-option's error; the
  // schema has nothing to derive from it (and must not crash trying).
  Program P;
  P.Models.push_back(model("Post", {assoc(AssociationKind::HasMany,
                                          "things", "")}));
  EXPECT_EQ(describe(impliedRequirements(P)),
            std::vector<std::string>{"table posts id"});
}

TEST(Schema, KeyTypeFamilies) {
  EXPECT_EQ(keyTypeFamily("int8", Dialect::PostgreSQL), "bigint");
  EXPECT_EQ(keyTypeFamily("integer", Dialect::PostgreSQL), "integer");
  EXPECT_EQ(keyTypeFamily("uuid", Dialect::PostgreSQL), "uuid");
  EXPECT_EQ(keyTypeFamily("BIGINT", Dialect::SQLite),
            keyTypeFamily("integer", Dialect::SQLite));
  EXPECT_NE(keyTypeFamily("varchar(36)", Dialect::SQLite),
            keyTypeFamily("integer", Dialect::SQLite));
}

} // namespace
