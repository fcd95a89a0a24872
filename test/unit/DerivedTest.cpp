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
