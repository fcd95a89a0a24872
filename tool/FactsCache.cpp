//===- FactsCache.cpp - Extracted facts kept between runs -----------------===//
//
// Part of assoc-tidy.
//
// An entry is three parts: a first line of JSON (the full key, to rule out
// hash collisions; the outcome; the compiler errors; the number of inputs),
// one line per input ("<size> <modified ns> <path>", plain text: a unit
// reads hundreds of headers, and a warm run reads every entry, so this is
// what it parses most), and then the facts in the model's own JSON format.
//
//===----------------------------------------------------------------------===//

#include "FactsCache.h"

#include "Frontends.h"
#include "JsonInteger.h"
#include "ModelJson.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

#include <chrono>

using json = nlohmann::json;

namespace assoctidy {

namespace {

/// The tool binary's own stamp: a rebuilt assoc-tidy may extract
/// differently, so its entries must not be reused.
std::string toolIdentity() {
  static int Anchor;
  std::string Self = llvm::sys::fs::getMainExecutable("assoc-tidy", &Anchor);
  llvm::sys::fs::file_status Status;
  std::string Identity = "entry-v2;facts-v" +
                         std::to_string(ModelJsonVersion) + ";";
  if (!llvm::sys::fs::status(Self, Status))
    Identity += Self + ";" + std::to_string(Status.getSize()) + ";" +
                std::to_string(Status.getLastModificationTime()
                                   .time_since_epoch()
                                   .count());
  return Identity;
}

json errorsToJson(const std::vector<CompilerDiagnostic> &Errors) {
  json List = json::array();
  for (const CompilerDiagnostic &D : Errors)
    List.push_back({{"file", D.Where.File},
                    {"offset", D.Where.Offset},
                    {"line", D.Where.Line},
                    {"column", D.Where.Column},
                    {"message", D.Message}});
  return List;
}

std::vector<CompilerDiagnostic> errorsFromJson(const json &List) {
  std::vector<CompilerDiagnostic> Errors;
  for (const json &E : List) {
    CompilerDiagnostic D;
    D.Where.File = E.at("file").get<std::string>();
    D.Where.Offset = jsonInteger<unsigned>(E.at("offset"));
    D.Where.Line = jsonInteger<unsigned>(E.at("line"));
    D.Where.Column = jsonInteger<unsigned>(E.at("column"));
    D.Message = E.at("message").get<std::string>();
    Errors.push_back(std::move(D));
  }
  return Errors;
}

std::string outcomeName(UnitFacts::Outcome O) {
  return O == UnitFacts::Outcome::NoVocabulary ? "no-vocabulary" : "extracted";
}

} // namespace

FactsCache::FactsCache(std::string Directory)
    : Directory(std::move(Directory)), ToolIdentity(toolIdentity()) {}

FactsCache::Stamp FactsCache::stamp(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Stamps.find(Path);
    if (It != Stamps.end())
      return It->second;
  }
  Stamp S;
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Path, Status) &&
      llvm::sys::fs::exists(Status)) {
    S.Exists = true;
    S.Size = Status.getSize();
    S.ModifiedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                       Status.getLastModificationTime().time_since_epoch())
                       .count();
  }
  std::lock_guard<std::mutex> Guard(Lock);
  return Stamps.try_emplace(Path, S).first->second;
}

bool FactsCache::knownValid(llvm::StringRef Lines) {
  std::lock_guard<std::mutex> Guard(Lock);
  return ValidRuns.contains(Lines);
}

void FactsCache::remember(llvm::StringRef Lines) {
  std::lock_guard<std::mutex> Guard(Lock);
  ValidRuns.insert(Lines);
}

std::string FactsCache::key(const clang::tooling::CompileCommand &C) const {
  std::string Key = ToolIdentity;
  Key += '\0';
  Key += C.Directory;
  Key += '\0';
  Key += C.Filename;
  for (const std::string &Arg : C.CommandLine) {
    Key += '\0';
    Key += Arg;
  }
  return Key;
}

std::string FactsCache::entryPath(const std::string &Key) const {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(
      Path, llvm::utohexstr(llvm::xxh3_64bits(llvm::arrayRefFromStringRef(Key)),
                            /*LowerCase=*/true, /*Width=*/16) +
                ".json");
  return std::string(Path);
}

std::optional<UnitFacts>
FactsCache::lookup(const clang::tooling::CompileCommand &C, bool WantInputs) {
  const std::string Key = key(C);
  auto Buffer = llvm::MemoryBuffer::getFile(entryPath(Key));
  if (!Buffer)
    return std::nullopt;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  auto [HeaderLine, Rest] = Text.split('\n');
  try {
    json Header = json::parse(HeaderLine.begin(), HeaderLine.end());
    if (Header.at("key").get<std::string>() != Key)
      return std::nullopt;
    UnitFacts Facts;
    const auto Inputs = jsonInteger<std::size_t>(Header.at("inputs"));
    // The input lines come in runs that many entries share (the standard
    // headers, in the order units include them). A run is cut where a
    // line's hash says so, so that the same lines make the same run in
    // every entry, whatever comes before them; a run found valid once in
    // this run of the tool is not stat'ed or parsed again.
    llvm::StringRef Run = Rest;
    std::size_t RunLines = 0;
    auto unchanged = [&](llvm::StringRef Lines) {
      while (!Lines.empty()) {
        auto [Line, After] = Lines.split('\n');
        Lines = After;
        auto [SizeText, Tail] = Line.split(' ');
        auto [ModifiedText, Path] = Tail.split(' ');
        unsigned long long Size;
        long long Modified;
        if (Path.empty() || SizeText.getAsInteger(10, Size) ||
            ModifiedText.getAsInteger(10, Modified))
          return false; // Damaged.
        Stamp Now = stamp(Path);
        if (!Now.Exists || Now.Size != Size || Now.ModifiedNs != Modified)
          return false;
      }
      return true;
    };
    for (std::size_t I = 0; I < Inputs; ++I) {
      const std::size_t End = Rest.find('\n');
      if (End == llvm::StringRef::npos)
        return std::nullopt; // Damaged: fewer lines than it says.
      llvm::StringRef Line = Rest.take_front(End);
      Rest = Rest.drop_front(End + 1);
      if (WantInputs)
        Facts.Inputs.push_back(Line.split(' ').second.split(' ').second.str());
      ++RunLines;
      const bool Last = I + 1 == Inputs;
      if (!Last && RunLines < 64 &&
          (llvm::xxh3_64bits(llvm::arrayRefFromStringRef(Line)) & 15) != 0)
        continue;
      // The run's lines, without the last one's '\n'.
      llvm::StringRef Lines =
          Run.take_front(Rest.data() - Run.data()).drop_back();
      if (!knownValid(Lines)) {
        if (!unchanged(Lines))
          return std::nullopt;
        remember(Lines);
      }
      Run = Rest;
      RunLines = 0;
    }
    Facts.Errors = errorsFromJson(Header.at("errors"));
    const std::string Outcome = Header.at("outcome").get<std::string>();
    Facts.Result = Outcome == "no-vocabulary"
                       ? UnitFacts::Outcome::NoVocabulary
                       : UnitFacts::Outcome::Extracted;
    std::string Error;
    std::optional<Program> P = programFromJson(Rest, Error, extensionReaders());
    if (!P)
      return std::nullopt;
    Facts.Facts = std::move(*P);
    return Facts;
  } catch (const std::exception &) {
    return std::nullopt; // A damaged entry is a miss, never an error.
  }
}

bool FactsCache::store(const clang::tooling::CompileCommand &C,
                       const UnitFacts &Facts) {
  if (Facts.Result == UnitFacts::Outcome::Failed || Facts.Inputs.empty())
    return false;
  const std::string Key = key(C);
  json Header;
  Header["key"] = Key;
  Header["outcome"] = outcomeName(Facts.Result);
  Header["errors"] = errorsToJson(Facts.Errors);
  Header["inputs"] = Facts.Inputs.size();
  std::string Inputs;
  for (const std::string &Path : Facts.Inputs) {
    Stamp S = stamp(Path);
    if (!S.Exists)
      return false; // Read during the run, gone now: nothing to trust.
    if (Path.find('\n') != std::string::npos)
      return false; // One line per input: such a unit is not cached.
    Inputs += std::to_string(S.Size) + ' ' + std::to_string(S.ModifiedNs) +
              ' ' + Path + '\n';
  }

  if (llvm::sys::fs::create_directories(Directory))
    return false;
  const std::string Final = entryPath(Key);
  llvm::SmallString<256> Temporary;
  int FD = -1;
  if (llvm::sys::fs::createUniqueFile(Final + ".%%%%%%.tmp", FD, Temporary))
    return false;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Header.dump() << '\n' << Inputs << programToJson(Facts.Facts);
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temporary);
      return false;
    }
  }
  if (llvm::sys::fs::rename(Temporary, Final)) {
    llvm::sys::fs::remove(Temporary);
    return false;
  }
  return true;
}

std::string unitFactsToJson(const std::string &Unit, const UnitFacts &Facts) {
  json J = {{"version", ModelJsonVersion},
            {"unit", Unit},
            {"errors", errorsToJson(Facts.Errors)},
            {"program", json::parse(programToJson(Facts.Facts))}};
  return J.dump() + "\n";
}

std::optional<UnitFacts> unitFactsFromJson(std::string_view Text,
                                           std::string &Unit,
                                           std::string &Error) {
  try {
    json J = json::parse(Text.begin(), Text.end());
    UnitFacts Facts;
    Unit = J.at("unit").get<std::string>();
    Facts.Errors = errorsFromJson(J.at("errors"));
    std::optional<Program> P =
        programFromJson(J.at("program").dump(), Error, extensionReaders());
    if (!P)
      return std::nullopt;
    Facts.Facts = std::move(*P);
    Facts.Result = UnitFacts::Outcome::Extracted;
    return Facts;
  } catch (const std::exception &E) {
    Error = E.what();
    return std::nullopt;
  }
}

} // namespace assoctidy
