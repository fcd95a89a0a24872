//===- DerivedTest.cpp - Table names and default foreign keys -------------===//

#include "Derived.h"
#include "ModelBuilders.h"

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;

namespace {

std::string table(const char *Qualified) {
  Program P;
  P.Models.push_back(model(Qualified));
  return tableName(P.Models[0], P);
}

TEST(TableName, FollowsTableizeOfTheClassName) {
  EXPECT_EQ(table("Customer"), "customers");
  EXPECT_EQ(table("LineItem"), "line_items");
  EXPECT_EQ(table("Person"), "people");
  EXPECT_EQ(table("AccountHistory"), "account_histories");
  EXPECT_EQ(table("Octopus"), "octopi");
  EXPECT_EQ(table("Status"), "statuses");
  EXPECT_EQ(table("Equipment"), "equipment");
}

TEST(TableName, NamespacesDoNotEnter) {
  EXPECT_EQ(table("billing::Invoice"), "invoices");
  EXPECT_EQ(table("admin::v2::User"), "users");
}

TEST(TableName, OverrideWins) {
  Program P;
  P.Models.push_back(model("Customer"));
  P.Models[0].TableNameOverride = "clients";
  EXPECT_EQ(tableName(P.Models[0], P), "clients");
}

TEST(TableName, SingleTableInheritanceUsesTheRoot) {
  Program P;
  P.Models.push_back(model("Vehicle"));
  P.Models.push_back(model("Car"));
  P.Models.push_back(model("SportsCar"));
  P.Models[1].BaseModel = "Vehicle";
  P.Models[2].BaseModel = "Car";
  EXPECT_EQ(tableName(P.Models[2], P), "vehicles");
  P.Models[0].TableNameOverride = "fleet";
  EXPECT_EQ(tableName(P.Models[2], P), "fleet");
}

TEST(TableName, CyclicInheritanceTerminates) {
  Program P;
  P.Models.push_back(model("A"));
  P.Models.push_back(model("B"));
  P.Models[0].BaseModel = "B";
  P.Models[1].BaseModel = "A";
  EXPECT_EQ(tableName(P.Models[0], P), "bs");
}

TEST(ForeignKey, BelongsToUsesTheAssociationName) {
  Model Employee = model("Employee");
  EXPECT_EQ(foreignKey(assoc(AssociationKind::BelongsTo, "manager",
                             "Employee"),
                       Employee),
            "manager_id");
}

TEST(ForeignKey, HasManyUsesTheOwnerClass) {
  Model Owner = model("admin::User");
  EXPECT_EQ(foreignKey(assoc(AssociationKind::HasMany, "posts", "Post"), Owner),
            "user_id");
  Model LineItemOwner = model("LineItem");
  EXPECT_EQ(foreignKey(assoc(AssociationKind::HasOne, "note", "Note"),
                       LineItemOwner),
            "line_item_id");
}

TEST(ForeignKey, OptionsOverride) {
  Model Employee = model("Employee");
  EXPECT_EQ(foreignKey(assoc(AssociationKind::HasMany, "subordinates",
                             "Employee",
                             {opt(OptionKey::ForeignKey, "manager_id")}),
                       Employee),
            "manager_id");
  EXPECT_EQ(foreignKey(assoc(AssociationKind::HasMany, "pictures", "Picture",
                             {opt(OptionKey::As, "imageable")}),
                       Employee),
            "imageable_id");
  EXPECT_EQ(foreignKey(assoc(AssociationKind::HasMany, "patients", "Patient",
                             {opt(OptionKey::Through, "appointments")}),
                       Employee),
            "");
}

TEST(ForeignKey, HabtmTargetSide) {
  EXPECT_EQ(associationForeignKey(assoc(AssociationKind::HasAndBelongsToMany,
                                        "parts", "factory::Part")),
            "part_id");
  EXPECT_EQ(associationForeignKey(
                assoc(AssociationKind::HasAndBelongsToMany, "friends", "User",
                      {opt(OptionKey::AssociationForeignKey, "friend_id")})),
            "friend_id");
  EXPECT_EQ(associationForeignKey(
                assoc(AssociationKind::HasMany, "parts", "Part")),
            "");
}

} // namespace

namespace {

struct JoinCase {
  const char *A, *B, *Expected;
};

// Every example of activerecord-semantics.md section b, plus cases that pin
// the byte order, the greedy prefix and the single substitution.
const JoinCase JoinCases[] = {
    {"catalog_categories", "catalog_products", "catalog_categories_products"},
    {"paper_boxes", "papers", "paper_boxes_papers"},
    {"papers", "paper_boxes", "paper_boxes_papers"},
    {"developers", "projects", "developers_projects"},
    {"projects", "developers", "developers_projects"},
    {"assemblies", "parts", "assemblies_parts"},
    {"users", "user_groups", "user_groups_users"},
    {"admin_users", "admin_roles", "admin_roles_users"},
    {"shop_items", "shop_item_tags", "shop_item_tags_items"},
    {"people", "people", "people_people"},
    {"x_a", "x_a", "x_a_a"},
    {"acct.ledgers", "acct.entries", "acct.entries_ledgers"},
    {"categories", "products", "categories_products"},
    {"products", "categories", "categories_products"},
    {"users", "shows", "shows_users"},
    {"events", "users", "events_users"},
    {"posts", "tags", "posts_tags"},
    {"a", "b", "a_b"},
    {"b", "a", "a_b"},
    {"Users", "accounts", "Users_accounts"},
    {"users2", "users_", "users2_users_"},
    {"app_v1_users", "app_v1_roles", "app_v1_roles_users"},
    {"app_v1_users", "app_v2_roles", "app_v1_users_v2_roles"},
    {"a_b_c", "a_b_d", "a_b_c_d"},
    {"a_b_c", "a_c", "a_b_c_c"},
    {"ab_", "ab_x", "ab__ab_x"},
    {"ab_c", "ab_", "ab__ab_c"},
    {"team_members", "teams", "team_members_teams"},
    {"line_items", "orders", "line_items_orders"},
    {"order_lines", "orders", "order_lines_orders"},
    {"org_units", "org_unit_members", "org_unit_members_units"},
    {"schema.a_x", "schema.a_y", "schema.a_x_y"},
    {"", "users", "_users"},
};

TEST(JoinTableName, MatchesActiveRecord) {
  for (const JoinCase &C : JoinCases)
    EXPECT_EQ(joinTableName(C.A, C.B), C.Expected)
        << C.A << " + " << C.B;
}

TEST(JoinTable, OptionElseRealTableNames) {
  Program P;
  P.Models.push_back(model("Assembly", {assoc(AssociationKind::HasAndBelongsToMany,
                                              "parts", "factory::Part")}));
  P.Models.push_back(model("factory::Part"));
  EXPECT_EQ(joinTable(P.Models[0].Associations[0], P.Models[0], P),
            "assemblies_parts");
  // The target's table_name override enters the derivation.
  P.Models[1].TableNameOverride = "components";
  EXPECT_EQ(joinTable(P.Models[0].Associations[0], P.Models[0], P),
            "assemblies_components");
  // A target not in the program: its class name gives the table.
  P.Models.pop_back();
  EXPECT_EQ(joinTable(P.Models[0].Associations[0], P.Models[0], P),
            "assemblies_parts");
  P.Models[0].Associations[0].Options.push_back(
      opt(OptionKey::JoinTable, "manifests"));
  EXPECT_EQ(joinTable(P.Models[0].Associations[0], P.Models[0], P),
            "manifests");
}

} // namespace
