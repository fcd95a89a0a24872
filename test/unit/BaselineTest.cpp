//===- BaselineTest.cpp - Fingerprints, the baseline file, matching ------===//

#include "Baseline.h"
#include "ModelBuilders.h"
#include "Report.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;
using json = nlohmann::json;

namespace {

/// Customer has_many orders, its call on line Line of /src/models.h.
Program shop(unsigned Line) {
  Association Orders = assoc(AssociationKind::HasMany, "orders", "Order");
  Orders.Whole = at(Line, 7, 40);
  Orders.NameRange = at(Line, 30, 8);
  Model Customer = model("shop::Customer", {Orders});
  Customer.Definition = at(Line - 2, 8, 8);
  Program P;
  P.Models.push_back(Customer);
  return P;
}

Finding missingInverse(const Range &Where) {
  Finding F;
  F.Check = "assoc-missing-inverse";
  F.Level = Severity::Warning;
  F.Message = "has_many association 'orders' of 'shop::Customer' has no "
              "inverse";
  F.Where = Where;
  return F;
}

Fingerprint key(std::string Check, std::string Message, std::string Model = "",
                std::string Association = "", std::string File = "") {
  return {std::move(Check), std::move(Model), std::move(Association),
          std::move(Message), std::move(File)};
}

TEST(Baseline, RelativeToTheBaselineDirectoryOrNothing) {
  EXPECT_EQ(relativeTo("/src/app/models.h", "/src"), "app/models.h");
  EXPECT_EQ(relativeTo("/src/models.h", "/"), "src/models.h");
  EXPECT_EQ(relativeTo("/srcx/models.h", "/src"), "")
      << "a sibling that shares the prefix is outside";
  EXPECT_EQ(relativeTo("/usr/include/x.h", "/src"), "");
  EXPECT_EQ(relativeTo("/src", "/src"), "");
}

TEST(Baseline, FingerprintNamesModelAndAssociationNotTheLine) {
  const Program Before = shop(10), After = shop(25);
  const Fingerprint A =
      fingerprint(missingInverse(at(10, 30, 8)), Before, "/src");
  EXPECT_EQ(A.Check, "assoc-missing-inverse");
  EXPECT_EQ(A.Model, "shop::Customer");
  EXPECT_EQ(A.Association, "orders");
  EXPECT_EQ(A.File, "models.h");
  // Fifteen lines inserted above: the same declaration, the same print.
  EXPECT_EQ(fingerprint(missingInverse(at(25, 30, 8)), After, "/src"), A);
}

TEST(Baseline, FingerprintOfAModelsNameHasNoAssociation) {
  Finding F = missingInverse(at(8, 8, 8));
  const Fingerprint K = fingerprint(F, shop(10), "/src");
  EXPECT_EQ(K.Model, "shop::Customer");
  EXPECT_EQ(K.Association, "");
  F.Where = at(50, 1, 3); // Outside every declaration.
  EXPECT_EQ(fingerprint(F, shop(10), "/src").Model, "");
}

TEST(Baseline, FileOutsideTheDirectoryIsLeftOut) {
  EXPECT_EQ(
      fingerprint(missingInverse(at(10, 30, 8)), shop(10), "/elsewhere").File,
      "");
}

TEST(Baseline, EqualFingerprintsAreCountedAndSorted) {
  const Baseline B = makeBaseline({key("assoc-z", "m"), key("assoc-a", "m2"),
                                   key("assoc-z", "m"), key("assoc-a", "m1")});
  ASSERT_EQ(B.Entries.size(), 3u);
  EXPECT_EQ(B.Entries[0].Key.Message, "m1");
  EXPECT_EQ(B.Entries[1].Key.Message, "m2");
  EXPECT_EQ(B.Entries[2].Key.Check, "assoc-z");
  EXPECT_EQ(B.Entries[2].Count, 2u);
}

TEST(Baseline, JsonRoundTrips) {
  const Baseline B =
      makeBaseline({key("assoc-missing-inverse", "no inverse", "shop::Customer",
                        "orders", "src/customer.h"),
                    key("assoc-missing-inverse", "no inverse", "shop::Customer",
                        "orders", "src/customer.h"),
                    key("assoc-wt-join-id", "outside")});
  const std::string Text = baselineToJson(B);
  const json J = json::parse(Text);
  EXPECT_EQ(J["version"], 1);
  EXPECT_EQ(J["tool"], "assoc-tidy");
  EXPECT_EQ(J["findings"][0]["count"], 2);
  EXPECT_EQ(J["findings"][0]["file"], "src/customer.h");
  EXPECT_FALSE(J["findings"][1].contains("file"))
      << "no path is kept for a file outside the baseline's directory";
  EXPECT_EQ(Text.find("/tmp"), std::string::npos);
  std::string Error;
  std::optional<Baseline> Read = baselineFromJson(Text, Error);
  ASSERT_TRUE(Read) << Error;
  ASSERT_EQ(Read->Entries.size(), 2u);
  EXPECT_EQ(Read->Entries[0].Key, B.Entries[0].Key);
  EXPECT_EQ(Read->Entries[0].Count, 2u);
  EXPECT_EQ(Read->Entries[1].Key, B.Entries[1].Key);
}

TEST(Baseline, RejectsWhatItCannotRead) {
  const std::pair<const char *, const char *> Cases[] = {
      {"{", "not valid JSON"},
      {"[]", "not a JSON object"},
      {R"({"findings": []})", "no \"version\""},
      {R"({"version": 2, "findings": []})", "version 2"},
      {R"({"version": 1, "tool": "phpstan", "findings": []})", "phpstan"},
      {R"({"version": 1})", "no \"findings\""},
      {R"({"version": 1, "findings": [3]})", "finding 1 is not an object"},
      {R"({"version": 1, "findings": [{"message": "m"}]})", "\"check\""},
      {R"({"version": 1, "findings": [{"check": "c", "message": "m",
          "model": 1}]})",
       "\"model\" must be a string"},
      {R"({"version": 1, "findings": [{"check": "c", "message": "m",
          "count": 0}]})",
       "\"count\""},
  };
  for (auto [Text, Why] : Cases) {
    std::string Error;
    EXPECT_FALSE(baselineFromJson(Text, Error)) << Text;
    EXPECT_NE(Error.find(Why), std::string::npos) << Text << ": " << Error;
  }
}

TEST(Baseline, RepeatedEntriesAddUp) {
  std::string Error;
  std::optional<Baseline> B = baselineFromJson(
      R"({"version": 1, "findings": [{"check": "c", "message": "m"},
          {"check": "c", "message": "m", "count": 2}]})",
      Error);
  ASSERT_TRUE(B) << Error;
  ASSERT_EQ(B->Entries.size(), 1u);
  EXPECT_EQ(B->Entries[0].Count, 3u);
}

TEST(Baseline, AnEntryAbsorbsAsManyAsItRecorded) {
  Baseline B =
      makeBaseline({key("c", "twice"), key("c", "twice"), key("c", "gone")});
  const BaselineMatch M =
      matchBaseline(B, {key("c", "twice"), key("c", "new"), key("c", "twice"),
                        key("c", "twice")});
  EXPECT_EQ(M.Known, (std::vector<bool>{true, false, true, false}))
      << "a third 'twice' is new";
  ASSERT_EQ(M.Absent.size(), 1u);
  EXPECT_EQ(M.Absent[0].Key.Message, "gone");
  EXPECT_EQ(M.Absent[0].Count, 1u);

  const BaselineMatch Fewer = matchBaseline(B, {key("c", "twice")});
  ASSERT_EQ(Fewer.Absent.size(), 2u);
  EXPECT_EQ(Fewer.Absent[1].Key.Message, "twice");
  EXPECT_EQ(Fewer.Absent[1].Count, 1u) << "one of the two is gone";
}

TEST(Baseline, CompilerErrorsAreNeverBaselined) {
  Finding Compiler;
  Compiler.Check = "clang-diagnostic-error";
  Compiler.Level = Severity::Error;
  Compiler.Message = "unknown type name 'Ordr'";
  Compiler.Where = at(3, 1, 4);
  std::vector<Reported> Shown = {{Compiler}, {missingInverse(at(10, 30, 8))}};
  const Baseline B = baselineOf(Shown, shop(10), "/src");
  ASSERT_EQ(B.Entries.size(), 1u);
  EXPECT_EQ(B.Entries[0].Key.Check, "assoc-missing-inverse");

  // Even a hand-written entry for it does not hide it.
  Baseline Forged = B;
  Forged.Entries.push_back(
      {key("clang-diagnostic-error", Compiler.Message, "", "", "models.h"), 1});
  const std::vector<BaselineEntry> Absent =
      markBaseline(Forged, Shown, shop(10), "/src");
  EXPECT_EQ(Shown[0].Baseline, BaselineState::New);
  EXPECT_EQ(Shown[1].Baseline, BaselineState::Unchanged);
  ASSERT_EQ(Absent.size(), 1u);
  EXPECT_EQ(Absent[0].Key.Check, "clang-diagnostic-error");
}

TEST(Baseline, JsonAndSarifCarryTheState) {
  std::vector<Reported> Shown = {{missingInverse(at(25, 30, 8))},
                                 {missingInverse(at(26, 30, 8))}};
  Shown[1].What.Level = Severity::Error;
  Shown[1].What.Message = "planted";
  const Baseline B = makeBaseline({fingerprint(Shown[0].What, shop(25), "/src"),
                                   key("assoc-invalid-inverse", "fixed since",
                                       "shop::Order", "customer", "order.h")});
  RunSummary Summary{1, "0.1.0"};
  Summary.Baselined = true;
  Summary.BaselineDirectory = "/src";
  Summary.Absent = markBaseline(B, Shown, shop(25), "/src");

  const json J = json::parse(toJson(Shown, Summary));
  EXPECT_EQ(J["diagnostics"][0]["baseline"], "unchanged");
  EXPECT_EQ(J["diagnostics"][1]["baseline"], "new");
  EXPECT_EQ(J["summary"]["baseline"]["new_errors"], 1);
  EXPECT_EQ(J["summary"]["baseline"]["unchanged"], 1);
  EXPECT_EQ(J["baseline_absent"][0]["file"], "/src/order.h");
  EXPECT_EQ(J["baseline_absent"][0]["association"], "customer");

  const json S = json::parse(toSarif(Shown, Summary, "file:///docs/"));
  const json &Results = S["runs"][0]["results"];
  ASSERT_EQ(Results.size(), 3u);
  EXPECT_EQ(Results[0]["baselineState"], "unchanged");
  EXPECT_EQ(Results[1]["baselineState"], "new");
  EXPECT_EQ(Results[2]["baselineState"], "absent");
  EXPECT_EQ(Results[2]["kind"], "pass");
  EXPECT_EQ(
      Results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
      "file:///src/order.h");
  EXPECT_FALSE(
      Results[2]["locations"][0]["physicalLocation"].contains("region"))
      << "the baseline keeps no line";
  EXPECT_EQ(Results[2]["properties"]["model"], "shop::Order");
}

TEST(Baseline, NoStateWithoutABaseline) {
  const std::vector<Reported> Shown = {{missingInverse(at(10, 30, 8))}};
  const json J = json::parse(toJson(Shown, {1, "0.1.0"}));
  EXPECT_FALSE(J["diagnostics"][0].contains("baseline"));
  EXPECT_FALSE(J.contains("baseline_absent"));
  const json S = json::parse(toSarif(Shown, {1, "0.1.0"}, "file:///docs/"));
  EXPECT_FALSE(S["runs"][0]["results"][0].contains("baselineState"));
}

} // namespace
