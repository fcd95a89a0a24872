//===- WholeProgram.cpp - Every unit's facts, in parallel -----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WholeProgram.h"

#include "FactsCache.h"
#include "SharedPreamble.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace assoctidy {

namespace {

/// Units a worker extracts with one scanner and file manager.
constexpr unsigned RecycleUnits = 256;

/// One line, rewritten in place, only when stderr is a terminal: a log
/// file or CI output gets nothing extra.
class Progress {
public:
  Progress(bool Enabled, std::size_t Total)
      : Enabled(Enabled && llvm::sys::Process::StandardErrIsDisplayed()),
        Total(Total) {}
  ~Progress() {
    if (Enabled && Shown)
      llvm::errs() << "\r\033[K";
  }
  void unitDone(std::size_t Models, std::size_t Errors) {
    if (!Enabled)
      return;
    std::lock_guard<std::mutex> Guard(Lock);
    ++Done;
    this->Models += Models;
    this->Errors += Errors;
    llvm::errs() << "\r\033[K[" << Done << "/" << Total << "] "
                 << this->Models << " model definition"
                 << (this->Models == 1 ? "" : "s") << ", " << this->Errors
                 << " compiler error" << (this->Errors == 1 ? "" : "s");
    llvm::errs().flush();
    Shown = true;
  }

private:
  const bool Enabled;
  const std::size_t Total;
  std::mutex Lock;
  std::size_t Done = 0, Models = 0, Errors = 0;
  bool Shown = false;
};

} // namespace

ExtractionRun extractUnits(const clang::tooling::CompilationDatabase &DB,
                           const std::vector<std::string> &Files,
                           const ExtractionOptions &Options) {
  ExtractionRun Run;
  Run.Units.resize(Files.size());
  std::optional<SharedPreambles> Preambles;
  if (Options.SharePreambles && Options.Prefilter) {
    Preambles.emplace();
    // Read when the first unit wants a preamble: a warm run reads none.
    Preambles->setUnits([&] {
      std::vector<PlannedCommand> Units;
      for (const std::string &File : Files) {
        // The one a unit is parsed with: the first (as the workers do).
        std::vector<clang::tooling::CompileCommand> Commands =
            DB.getCompileCommands(File);
        if (!Commands.empty())
          Units.push_back({commandLine(Commands.front()),
                           Commands.front().Directory,
                           Commands.front().Filename});
      }
      return Units;
    });
  }
  std::optional<FactsCache> Cache;
  if (!Options.CacheDirectory.empty())
    Cache.emplace(Options.CacheDirectory);
  Progress Line(Options.Progress, Files.size());

  // Workers take the next unit from a shared counter, so that a slow unit
  // never holds up the others' queue.
  std::atomic<std::size_t> Next{0};
  std::mutex Lock;
  // Units are merged in the order of Files, whatever order they finish in,
  // so that the first definition of a model, and every conflict, are the
  // same at any -j. A unit done before an earlier one waits for it; with a
  // shared counter only the units in flight can be ahead.
  ProgramMerger Merger;
  std::vector<char> Done(Options.Merge ? Files.size() : 0);
  std::size_t NextToMerge = 0;
  auto Work = [&] {
    // A worker's dependency scanner keeps the text and directives of every
    // file it reads, and its file managers every file they look up: both
    // start afresh every RecycleUnits units, so that a run's memory does
    // not grow with the size of the codebase. Headers most units share are
    // then read again once per RecycleUnits units, which costs little.
    std::unique_ptr<clang::tooling::dependencies::DependencyScanningService>
        Scanning;
    std::optional<UnitExtractor> Extractor;
    unsigned Extracted = 0;
    auto extractor = [&]() -> UnitExtractor & {
      if (!Extractor || Extracted == RecycleUnits) {
        Extractor.reset();
        Scanning = makeScanningService();
        Extractor.emplace(*Scanning, Preambles ? &*Preambles : nullptr);
        Extracted = 0;
      }
      ++Extracted;
      return *Extractor;
    };
    for (std::size_t I = Next++; I < Files.size(); I = Next++) {
      UnitOutcome &Out = Run.Units[I];
      Out.File = Files[I];
      std::vector<clang::tooling::CompileCommand> Commands =
          DB.getCompileCommands(Files[I]);
      if (Commands.empty()) {
        Out.Facts.Failure = "no compile command for '" + Files[I] + "'";
      } else if (std::optional<UnitFacts> Hit =
                     Cache ? Cache->lookup(Commands.front(),
                                           /*WantInputs=*/!Options.Merge)
                           : std::nullopt) {
        Out.Facts = std::move(*Hit);
        Out.FromCache = true;
      } else {
        Out.Facts = extractor().run(Commands.front(), Options.Prefilter);
        if (Cache)
          Cache->store(Commands.front(), Out.Facts);
      }
      const std::size_t Models = Out.Facts.Facts.Models.size();
      {
        std::lock_guard<std::mutex> Guard(Lock);
        if (Options.Merge) {
          Done[I] = true;
          for (; NextToMerge < Files.size() && Done[NextToMerge];
               ++NextToMerge) {
            UnitFacts &Facts = Run.Units[NextToMerge].Facts;
            Merger.add(std::move(Facts.Facts));
            Facts.Facts = Program();
            // Only the cache and --extract-only's depfile read them.
            Facts.Inputs = std::vector<std::string>();
          }
        }
        if (Out.FromCache)
          ++Run.Cached;
        else if (Out.Facts.Result == UnitFacts::Outcome::Extracted)
          ++Run.Parsed;
        else if (Out.Facts.Result == UnitFacts::Outcome::NoVocabulary)
          ++Run.Skipped;
        else
          ++Run.Failed;
      }
      Line.unitDone(Models, Out.Facts.Errors.size());
    }
  };

  unsigned Jobs = Options.Jobs ? Options.Jobs
                               : llvm::hardware_concurrency().compute_thread_count();
  Jobs = std::max(1u, std::min<unsigned>(Jobs, Files.size()));
  if (Jobs == 1) {
    Work();
  } else {
    std::vector<std::thread> Workers;
    // LLVM's parser needs deep stacks on real code; std::thread's default
    // (8 MiB on Linux) matches the main thread's.
    for (unsigned J = 0; J < Jobs; ++J)
      Workers.emplace_back(Work);
    for (std::thread &T : Workers)
      T.join();
  }
  if (Options.Merge)
    Run.Merged = Merger.finish();
  if (Preambles) {
    Run.Preambled = Preambles->unitsServed();
    Run.Preambles = Preambles->preamblesBuilt();
  }
  return Run;
}

} // namespace assoctidy
