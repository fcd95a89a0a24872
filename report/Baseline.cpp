//===- Baseline.cpp - Known findings, for adopting assoc-tidy -------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Baseline.h"

#include "Report.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <unordered_map>

using json = nlohmann::ordered_json;

namespace assoctidy {

namespace {

constexpr int BaselineVersion = 1;

/// The declarations of a program by file: a model's name, and each
/// association's whole call, so that a finding's model and association are
/// found from where it points, anew on every run, and follow the
/// declaration wherever it moves. Built once for all the findings of a run.
class Declarations {
public:
  explicit Declarations(const Program &P) {
    for (const Model &M : P.Models) {
      add(M.Definition, M, nullptr);
      for (const Association &A : M.Associations)
        add(A.Whole, M, &A);
    }
  }

  /// Associations do not nest, and a model's range is its name, so at
  /// most one declaration contains a location; the first of the program
  /// wins should two copies of one header both be seen.
  void identify(const Location &At, Fingerprint &Key) const {
    auto It = ByFile.find(At.File.view());
    if (It == ByFile.end())
      return;
    for (const Span &S : It->second)
      if (At.Offset >= S.Begin && At.Offset < S.End) {
        Key.Model = S.Owner->QualifiedName;
        Key.Association = S.Of ? S.Of->Name : "";
        return;
      }
  }

private:
  struct Span {
    unsigned Begin, End;
    const Model *Owner;
    const Association *Of;
  };

  void add(const Range &R, const Model &M, const Association *A) {
    if (R.isValid() && R.End.File == R.Begin.File)
      ByFile[R.Begin.File.view()].push_back(
          {R.Begin.Offset, R.End.Offset, &M, A});
  }

  std::unordered_map<std::string_view, std::vector<Span>> ByFile;
};

Fingerprint fingerprintIn(const Finding &F, const Declarations &D,
                          std::string_view Directory) {
  Fingerprint Key;
  Key.Check = F.Check;
  Key.Message = F.Message;
  Key.File = relativeTo(F.Where.Begin.File.view(), Directory);
  D.identify(F.Where.Begin, Key);
  return Key;
}

} // namespace

std::string relativeTo(std::string_view Path, std::string_view Directory) {
  if (Directory.empty() || Path.size() <= Directory.size() ||
      Path.substr(0, Directory.size()) != Directory)
    return "";
  // The root directory ends in '/' already; any other must be followed by
  // one, or "/src/a" would hold "/src/ab/x.h".
  if (Directory.back() == '/')
    return std::string(Path.substr(Directory.size()));
  if (Path[Directory.size()] != '/')
    return "";
  return std::string(Path.substr(Directory.size() + 1));
}

Fingerprint fingerprint(const Finding &F, const Program &P,
                        std::string_view Directory) {
  return fingerprintIn(F, Declarations(P), Directory);
}

Baseline makeBaseline(std::vector<Fingerprint> Found) {
  std::sort(Found.begin(), Found.end());
  Baseline B;
  for (Fingerprint &Key : Found) {
    if (!B.Entries.empty() && B.Entries.back().Key == Key) {
      ++B.Entries.back().Count;
      continue;
    }
    B.Entries.push_back({std::move(Key), 1});
  }
  return B;
}

std::string baselineToJson(const Baseline &B) {
  json Findings = json::array();
  for (const BaselineEntry &E : B.Entries) {
    json J = {{"check", E.Key.Check},
              {"model", E.Key.Model},
              {"association", E.Key.Association},
              {"message", E.Key.Message}};
    // Outside the baseline's directory there is no path worth keeping.
    if (!E.Key.File.empty())
      J["file"] = E.Key.File;
    J["count"] = E.Count;
    Findings.push_back(std::move(J));
  }
  json Out = {{"version", BaselineVersion},
              {"tool", "assoc-tidy"},
              {"findings", std::move(Findings)}};
  return Out.dump(2) + "\n";
}

std::optional<Baseline> baselineFromJson(std::string_view Text,
                                         std::string &Error) {
  const json Doc = json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (Doc.is_discarded()) {
    Error = "not valid JSON";
    return std::nullopt;
  }
  if (!Doc.is_object()) {
    Error = "not a JSON object";
    return std::nullopt;
  }
  auto Version = Doc.find("version");
  if (Version == Doc.end() || !Version->is_number_integer()) {
    Error = "no \"version\"";
    return std::nullopt;
  }
  if (*Version != BaselineVersion) {
    Error = "version " + Version->dump() + ", but this assoc-tidy reads " +
            std::to_string(BaselineVersion);
    return std::nullopt;
  }
  auto Tool = Doc.find("tool");
  if (Tool != Doc.end() && *Tool != "assoc-tidy") {
    Error = "written by " + Tool->dump() + ", not assoc-tidy";
    return std::nullopt;
  }
  auto List = Doc.find("findings");
  if (List == Doc.end() || !List->is_array()) {
    Error = "no \"findings\" array";
    return std::nullopt;
  }
  std::map<Fingerprint, unsigned> Counts;
  for (std::size_t I = 0; I < List->size(); ++I) {
    const json &E = (*List)[I];
    const std::string Where = "finding " + std::to_string(I + 1);
    if (!E.is_object()) {
      Error = Where + " is not an object";
      return std::nullopt;
    }
    Fingerprint Key;
    // check and message are required; the others may be absent (empty).
    const struct {
      const char *Name;
      std::string *Field;
      bool Required;
    } Fields[] = {{"check", &Key.Check, true},
                  {"model", &Key.Model, false},
                  {"association", &Key.Association, false},
                  {"message", &Key.Message, true},
                  {"file", &Key.File, false}};
    for (auto [Name, Field, Required] : Fields) {
      auto It = E.find(Name);
      if (It == E.end() && !Required)
        continue;
      if (It == E.end() || !It->is_string() ||
          (Required && It->get_ref<const std::string &>().empty())) {
        Error = Where + ": \"" + Name + "\" must be a" +
                (Required ? " non-empty" : "") + " string";
        return std::nullopt;
      }
      *Field = It->get<std::string>();
    }
    unsigned Count = 1;
    if (auto It = E.find("count"); It != E.end()) {
      if (!It->is_number_integer() || *It < 1) {
        Error = Where + ": \"count\" must be a whole number of at least 1";
        return std::nullopt;
      }
      Count = It->get<unsigned>();
    }
    // A file edited by hand may repeat an entry: its counts add up.
    Counts[std::move(Key)] += Count;
  }
  Baseline B;
  for (auto &[Key, Count] : Counts)
    B.Entries.push_back({Key, Count});
  return B;
}

BaselineMatch matchBaseline(const Baseline &B,
                            const std::vector<Fingerprint> &Found) {
  std::map<Fingerprint, unsigned> Left;
  for (const BaselineEntry &E : B.Entries)
    Left[E.Key] += E.Count;
  BaselineMatch Match;
  Match.Known.reserve(Found.size());
  for (const Fingerprint &Key : Found) {
    auto It = Left.find(Key);
    const bool Known = It != Left.end() && It->second > 0;
    if (Known)
      --It->second;
    Match.Known.push_back(Known);
  }
  for (auto &[Key, Count] : Left)
    if (Count)
      Match.Absent.push_back({Key, Count});
  return Match;
}

bool baselineable(const Finding &F) {
  return F.Check != "clang-diagnostic-error";
}

Baseline baselineOf(const std::vector<Reported> &Shown, const Program &P,
                    std::string_view Directory) {
  const Declarations D(P);
  std::vector<Fingerprint> Found;
  for (const Reported &R : Shown)
    if (baselineable(R.What))
      Found.push_back(fingerprintIn(R.What, D, Directory));
  return makeBaseline(std::move(Found));
}

std::vector<BaselineEntry> markBaseline(const Baseline &B,
                                        std::vector<Reported> &Shown,
                                        const Program &P,
                                        std::string_view Directory) {
  const Declarations D(P);
  std::vector<Fingerprint> Found;
  std::vector<Reported *> Candidates;
  for (Reported &R : Shown) {
    R.Baseline = BaselineState::New;
    if (!baselineable(R.What))
      continue;
    Found.push_back(fingerprintIn(R.What, D, Directory));
    Candidates.push_back(&R);
  }
  BaselineMatch Match = matchBaseline(B, Found);
  for (std::size_t I = 0; I < Candidates.size(); ++I)
    if (Match.Known[I])
      Candidates[I]->Baseline = BaselineState::Unchanged;
  return std::move(Match.Absent);
}

} // namespace assoctidy
