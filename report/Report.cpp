//===- Report.cpp - Diagnostics as JSON and SARIF -------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Report.h"

#include "Catalog.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

using json = nlohmann::ordered_json;

namespace assoctidy {

namespace {

const char *severityName(const Reported &R) {
  return R.What.Level == Severity::Error || R.WarningAsError ? "error"
                                                             : "warning";
}

json position(const Range &R) {
  return {{"file", R.Begin.File},     {"line", R.Begin.Line},
          {"column", R.Begin.Column}, {"end_line", R.End.Line},
          {"end_column", R.End.Column}};
}

/// SARIF counts columns in code points (the run says "unicodeCodePoints");
/// locations count bytes. The files are read once each to convert.
class Columns {
public:
  unsigned codePoint(const Location &L) {
    auto [It, Inserted] = Texts.try_emplace(L.File);
    if (Inserted) {
      std::ifstream In(L.File, std::ios::binary);
      std::stringstream Buffer;
      Buffer << In.rdbuf();
      It->second = Buffer.str();
    }
    const std::string &Text = It->second;
    std::size_t Start = 0;
    for (unsigned Line = 1; Line < L.Line && Start != std::string::npos;
         ++Line) {
      Start = Text.find('\n', Start);
      Start = Start == std::string::npos ? Start : Start + 1;
    }
    if (Start == std::string::npos || L.Column == 0)
      return L.Column; // Not readable: bytes are the best there is.
    unsigned Points = 1;
    for (std::size_t I = Start; I < Start + L.Column - 1 && I < Text.size();
         ++I)
      Points += (static_cast<unsigned char>(Text[I]) & 0xC0) != 0x80;
    return Points;
  }

private:
  std::map<std::string, std::string> Texts;
};

json region(const Range &R, Columns &C) {
  json Region = {{"startLine", R.Begin.Line},
                 {"startColumn", C.codePoint(R.Begin)}};
  if (R.End.isValid()) {
    Region["endLine"] = R.End.Line;
    Region["endColumn"] = C.codePoint(R.End);
  }
  return Region;
}

const char *stateName(BaselineState S) {
  return S == BaselineState::Unchanged ? "unchanged" : "new";
}

/// An absent entry's file as an absolute path, or empty when the baseline
/// keeps none.
std::string absentFile(const BaselineEntry &E, const RunSummary &Summary) {
  if (E.Key.File.empty())
    return "";
  std::string Dir = Summary.BaselineDirectory;
  if (!Dir.empty() && Dir.back() != '/')
    Dir += '/';
  return Dir + E.Key.File;
}

json physicalLocation(const Range &R, Columns &C) {
  return {{"artifactLocation", {{"uri", fileUri(R.Begin.File)}}},
          {"region", region(R, C)}};
}

} // namespace

std::string fileUri(const std::string &Path) {
  // RFC 3986: keep unreserved characters and '/', percent-encode the rest.
  std::string Uri = "file://";
  static const char *Hex = "0123456789ABCDEF";
  for (unsigned char C : Path) {
    if (std::isalnum(C) || C == '/' || C == '-' || C == '.' || C == '_' ||
        C == '~')
      Uri += static_cast<char>(C);
    else {
      Uri += '%';
      Uri += Hex[C >> 4];
      Uri += Hex[C & 15];
    }
  }
  return Uri;
}

std::string toJson(const std::vector<Reported> &Diagnostics,
                   const RunSummary &Summary) {
  json Out;
  Out["version"] = 1;
  Out["tool"] = "assoc-tidy";
  Out["tool_version"] = Summary.ToolVersion;
  json List = json::array();
  std::size_t Errors = 0, NewCount = 0, NewErrors = 0, Unchanged = 0;
  for (const Reported &R : Diagnostics) {
    const Finding &F = R.What;
    json D = {{"check", F.Check},
              {"severity", severityName(R)},
              {"warning_as_error", R.WarningAsError},
              {"message", F.Message}};
    D.update(position(F.Where));
    json Notes = json::array();
    for (const Note &N : F.Notes) {
      json J = {{"message", N.Message}};
      J.update(position(N.Where));
      Notes.push_back(std::move(J));
    }
    D["notes"] = std::move(Notes);
    json Fixes = json::array();
    for (const TextEdit &E : F.Fixes)
      Fixes.push_back({{"file", E.Where.Begin.File},
                       {"offset", E.Where.Begin.Offset},
                       {"length", E.Where.End.Offset - E.Where.Begin.Offset},
                       {"line", E.Where.Begin.Line},
                       {"column", E.Where.Begin.Column},
                       {"end_line", E.Where.End.Line},
                       {"end_column", E.Where.End.Column},
                       {"replacement", E.Text}});
    D["fixes"] = std::move(Fixes);
    const bool Error = std::string(severityName(R)) == "error";
    Errors += Error;
    if (Summary.Baselined) {
      D["baseline"] = stateName(R.Baseline);
      const bool New = R.Baseline != BaselineState::Unchanged;
      ++(New ? NewCount : Unchanged);
      NewErrors += New && Error;
    }
    List.push_back(std::move(D));
  }
  Out["diagnostics"] = std::move(List);
  if (Summary.Baselined) {
    json Absent = json::array();
    std::size_t AbsentCount = 0;
    for (const BaselineEntry &E : Summary.Absent) {
      Absent.push_back({{"check", E.Key.Check},
                        {"model", E.Key.Model},
                        {"association", E.Key.Association},
                        {"message", E.Key.Message},
                        {"file", E.Key.File.empty()
                                     ? json(nullptr)
                                     : json(absentFile(E, Summary))},
                        {"count", E.Count}});
      AbsentCount += E.Count;
    }
    Out["baseline_absent"] = std::move(Absent);
    Out["summary"] = {{"files", Summary.Files},
                      {"diagnostics", Diagnostics.size()},
                      {"errors", Errors},
                      {"baseline",
                       {{"new", NewCount},
                        {"new_errors", NewErrors},
                        {"unchanged", Unchanged},
                        {"absent", AbsentCount}}}};
    return Out.dump(2) + "\n";
  }
  Out["summary"] = {{"files", Summary.Files},
                    {"diagnostics", Diagnostics.size()},
                    {"errors", Errors}};
  return Out.dump(2) + "\n";
}

std::string toSarif(const std::vector<Reported> &Diagnostics,
                    const RunSummary &Summary,
                    const std::string &DocsBaseUri) {
  // Rules: every catalogued check, so that dashboards can show rules with
  // no result, plus any other name that occurs (compiler diagnostics).
  json Rules = json::array();
  std::map<std::string, std::size_t> RuleIndex;
  auto AddRule = [&](const std::string &Id, const std::string &Summary,
                     const std::string &Page) {
    json Rule = {{"id", Id},
                 {"shortDescription", {{"text", Summary}}},
                 {"fullDescription", {{"text", Summary}}},
                 {"help", {{"text", Summary}}}};
    if (!Page.empty())
      Rule["helpUri"] = DocsBaseUri + Page;
    RuleIndex[Id] = Rules.size();
    Rules.push_back(std::move(Rule));
  };
  for (const CheckInfo &C : checkCatalog())
    AddRule(std::string(C.Name), std::string(C.Summary),
            std::string(C.DocPage));
  for (const Reported &R : Diagnostics)
    if (!RuleIndex.count(R.What.Check))
      AddRule(R.What.Check,
              R.What.Check == "clang-diagnostic-error"
                  ? "A compiler error in a translation unit."
                  : "Diagnostic " + R.What.Check + ".",
              "");

  json Results = json::array();
  Columns C;
  for (const Reported &R : Diagnostics) {
    const Finding &F = R.What;
    json Result = {{"ruleId", F.Check},
                   {"ruleIndex", RuleIndex[F.Check]},
                   {"level", severityName(R)},
                   {"message", {{"text", F.Message}}}};
    if (Summary.Baselined)
      Result["baselineState"] = stateName(R.Baseline);
    if (F.Where.isValid())
      Result["locations"] =
          json::array({{{"physicalLocation", physicalLocation(F.Where, C)}}});
    json Related = json::array();
    int Id = 1;
    for (const Note &N : F.Notes)
      if (N.Where.isValid())
        Related.push_back({{"id", Id++},
                           {"message", {{"text", N.Message}}},
                           {"physicalLocation", physicalLocation(N.Where, C)}});
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    if (!F.Fixes.empty()) {
      std::map<std::string, json> ByFile;
      for (const TextEdit &E : F.Fixes) {
        json &Change = ByFile[E.Where.Begin.File];
        if (Change.is_null())
          Change = {{"artifactLocation", {{"uri", fileUri(E.Where.Begin.File)}}},
                    {"replacements", json::array()}};
        Change["replacements"].push_back(
            {{"deletedRegion", region(E.Where, C)},
             {"insertedContent", {{"text", E.Text}}}});
      }
      json Changes = json::array();
      for (auto &[File, Change] : ByFile)
        Changes.push_back(std::move(Change));
      Result["fixes"] = json::array(
          {{{"description", {{"text", "Apply the suggested change"}}},
            {"artifactChanges", std::move(Changes)}}});
    }
    Results.push_back(std::move(Result));
  }
  // SARIF 2.1.0 §3.27.24: a result of the baseline's run that this run no
  // longer has. It is not a problem now ("pass", level "none"); one result
  // per occurrence recorded, as each was one result of that run. The
  // baseline keeps no line, so the location is the file alone.
  for (const BaselineEntry &E : Summary.Absent) {
    if (!RuleIndex.count(E.Key.Check))
      AddRule(E.Key.Check, "Diagnostic " + E.Key.Check + ".", "");
    json Result = {{"ruleId", E.Key.Check},
                   {"ruleIndex", RuleIndex[E.Key.Check]},
                   {"kind", "pass"},
                   {"level", "none"},
                   {"message", {{"text", E.Key.Message}}},
                   {"baselineState", "absent"}};
    if (const std::string File = absentFile(E, Summary); !File.empty())
      Result["locations"] = json::array(
          {{{"physicalLocation",
             {{"artifactLocation", {{"uri", fileUri(File)}}}}}}});
    json Properties = json::object();
    if (!E.Key.Model.empty())
      Properties["model"] = E.Key.Model;
    if (!E.Key.Association.empty())
      Properties["association"] = E.Key.Association;
    if (!Properties.empty())
      Result["properties"] = std::move(Properties);
    for (unsigned I = 0; I < E.Count; ++I)
      Results.push_back(Result);
  }

  json Driver = {{"name", "assoc-tidy"},
                 {"version", Summary.ToolVersion},
                 {"informationUri", DocsBaseUri + "README.md"},
                 {"rules", std::move(Rules)}};
  json Run = {{"tool", {{"driver", std::move(Driver)}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(Results)}};
  json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(Run)})}};
  return Log.dump(2) + "\n";
}

} // namespace assoctidy
