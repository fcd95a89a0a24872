//===- FactsCache.h - Extracted facts kept between runs ---------*- C++ -*-===//
//
// Part of assoc-tidy. The whole-program driver's cache: one entry per unit,
// keyed by the unit's command line and the tool itself, valid while every
// file the unit read has the size and modification time it had. A warm
// run therefore costs a few stats per header, shared between units, and
// no parse at all.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_TOOL_FACTSCACHE_H
#define ASSOC_TIDY_TOOL_FACTSCACHE_H

#include "UnitExtraction.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace clang::tooling {
struct CompileCommand;
} // namespace clang::tooling

namespace assoctidy {

class FactsCache {
public:
  /// Entries live in Directory (created on the first store).
  explicit FactsCache(std::string Directory);

  /// The stored facts of the unit, if an entry exists for exactly this
  /// command and none of its inputs changed since. Their Inputs are filled
  /// only WantInputs (a depfile, or storing them again, needs them).
  std::optional<UnitFacts> lookup(const clang::tooling::CompileCommand &C,
                                  bool WantInputs = true);

  /// Stores what the unit produced. Failures are never stored. Writes are
  /// atomic (a temporary file renamed), so parallel runs never read half an
  /// entry. Returns false when the entry could not be written.
  bool store(const clang::tooling::CompileCommand &C, const UnitFacts &Facts);

  const std::string &directory() const { return Directory; }

private:
  struct Stamp {
    bool Exists = false;
    unsigned long long Size = 0;
    long long ModifiedNs = 0;
  };
  /// A file's size and modification time, stat'ed once per run: thousands
  /// of units share the same headers.
  Stamp stamp(llvm::StringRef Path);
  /// Runs of input lines ("<size> <modified ns> <path>"...) that were all
  /// found unchanged in this run: every file of the run was stat'ed then,
  /// and each is stat'ed only once per run anyway.
  bool knownValid(llvm::StringRef Lines);
  void remember(llvm::StringRef Lines);
  std::string key(const clang::tooling::CompileCommand &C) const;
  std::string entryPath(const std::string &Key) const;

  std::string Directory;
  std::string ToolIdentity;
  std::mutex Lock;
  llvm::StringMap<Stamp> Stamps;
  llvm::StringSet<> ValidRuns;
};

/// A unit's facts as `--extract-only` writes them (the unit, its compiler
/// errors, its models in the model's JSON), and back (`--merge`).
std::string unitFactsToJson(const std::string &Unit, const UnitFacts &Facts);
std::optional<UnitFacts> unitFactsFromJson(std::string_view Text,
                                           std::string &Unit,
                                           std::string &Error);

} // namespace assoctidy

#endif // ASSOC_TIDY_TOOL_FACTSCACHE_H
