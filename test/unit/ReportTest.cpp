//===- ReportTest.cpp - JSON, SARIF and the graph ------------------------===//

#include "Graph.h"
#include "ModelBuilders.h"
#include "Report.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace assoctidy;
using namespace assoctidy::test;
using json = nlohmann::json;

namespace {

Reported sample() {
  Finding F;
  F.Check = "assoc-association-naming";
  F.Level = Severity::Warning;
  F.Message = "has_many association 'order' should be plural: 'orders'";
  F.Where = at(5, 30, 7);
  F.Notes.push_back({"'Order' is defined here", at(9, 8, 5)});
  F.Fixes.push_back({at(5, 30, 7), "\"orders\""});
  return {F, /*WarningAsError=*/true};
}

TEST(Report, JsonCarriesEveryField) {
  json J = json::parse(toJson({sample()}, {3, "0.1.0"}));
  EXPECT_EQ(J["version"], 1);
  const json &D = J["diagnostics"].at(0);
  EXPECT_EQ(D["check"], "assoc-association-naming");
  EXPECT_EQ(D["severity"], "error") << "promoted by --warnings-as-errors";
  EXPECT_EQ(D["warning_as_error"], true);
  EXPECT_EQ(D["file"], "/src/models.h");
  EXPECT_EQ(D["line"], 5);
  EXPECT_EQ(D["column"], 30);
  EXPECT_EQ(D["end_column"], 37);
  EXPECT_EQ(D["notes"].at(0)["line"], 9);
  EXPECT_EQ(D["fixes"].at(0)["replacement"], "\"orders\"");
  EXPECT_EQ(D["fixes"].at(0)["length"], 7);
  EXPECT_EQ(J["summary"]["files"], 3);
  EXPECT_EQ(J["summary"]["errors"], 1);
}

TEST(Report, SarifHasRulesResultsRelatedLocationsAndFixes) {
  json J = json::parse(toSarif({sample()}, {1, "0.1.0"}, "file:///docs/"));
  EXPECT_EQ(J["version"], "2.1.0");
  const json &Run = J["runs"].at(0);
  const json &Rules = Run["tool"]["driver"]["rules"];
  ASSERT_GT(Rules.size(), 10u);
  const json &Result = Run["results"].at(0);
  const json &Rule = Rules.at(Result["ruleIndex"].get<size_t>());
  EXPECT_EQ(Rule["id"], "assoc-association-naming");
  EXPECT_EQ(Rule["helpUri"], "file:///docs/association-naming.md");
  EXPECT_EQ(Result["level"], "error");
  const json &Location = Result["locations"].at(0)["physicalLocation"];
  EXPECT_EQ(Location["artifactLocation"]["uri"], "file:///src/models.h");
  EXPECT_EQ(Location["region"]["startLine"], 5);
  EXPECT_EQ(Result["relatedLocations"].at(0)["message"]["text"],
            "'Order' is defined here");
  EXPECT_EQ(Result["fixes"].at(0)["artifactChanges"].at(0)["replacements"]
                .at(0)["insertedContent"]["text"],
            "\"orders\"");
}

TEST(Report, FileUrisArePercentEncoded) {
  EXPECT_EQ(fileUri("/src/my models/ø.h"), "file:///src/my%20models/%C3%B8.h");
}

TEST(Graph, DerivedFactsAndProblemsInEveryFormat) {
  Program P;
  P.Models.push_back(model(
      "Assembly", {assoc(AssociationKind::HasAndBelongsToMany, "parts", "Part"),
                   assoc(AssociationKind::HasMany, "manuals", "Manual")}));
  P.Models.push_back(model(
      "Part", {assoc(AssociationKind::HasAndBelongsToMany, "assemblies",
                     "Assembly")}));
  P.Models.push_back(
      model("Manual", {assoc(AssociationKind::BelongsTo, "assembly",
                             "Assembly")}));
  P.Models[0].Associations[1].Whole = at(3, 7, 40);
  Finding Problem;
  Problem.Check = "assoc-missing-dependent";
  Problem.Where = at(3, 30, 9);
  json J = json::parse(graphToJson(P, {Problem}));
  const json &Parts = J["models"].at(0)["associations"].at(0);
  EXPECT_EQ(J["models"].at(0)["table"], "assemblies");
  EXPECT_EQ(Parts["join_table"], "assemblies_parts");
  EXPECT_EQ(Parts["foreign_key"], "assembly_id");
  EXPECT_EQ(Parts["association_foreign_key"], "part_id");
  EXPECT_EQ(Parts["inverse"], "assemblies");
  const json &Manuals = J["models"].at(0)["associations"].at(1);
  EXPECT_EQ(Manuals["inverse"], "assembly");
  EXPECT_EQ(Manuals["findings"].at(0)["check"], "assoc-missing-dependent");
  EXPECT_EQ(J["models"].at(2)["associations"].at(0)["inverse"], "manuals");

  const std::string Dot = graphToDot(P, {Problem});
  EXPECT_NE(Dot.find("m_Assembly -> m_Manual [label=\"has_many manuals\", "
                     "color=red"),
            std::string::npos)
      << Dot;
  const std::string Mermaid = graphToMermaid(P, {Problem});
  EXPECT_NE(Mermaid.find("m_Assembly -->|\"has_many manuals\"| m_Manual"),
            std::string::npos)
      << Mermaid;
  EXPECT_NE(Mermaid.find("linkStyle 1 stroke:red"), std::string::npos);
}

} // namespace
