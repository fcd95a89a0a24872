//===- WholeProgram.h - Every unit's facts, in parallel ---------*- C++ -*-===//
//
// Part of assoc-tidy. The whole-program driver's extraction phase: each
// unit of the compilation database is scanned, parsed only if it can hold
// a model, and its facts kept (and cached). Units run in parallel, one
// UnitExtractor (and file manager) per worker thread.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_TOOL_WHOLEPROGRAM_H
#define ASSOC_TIDY_TOOL_WHOLEPROGRAM_H

#include "Merge.h"
#include "UnitExtraction.h"

#include <string>
#include <vector>

namespace clang::tooling {
class CompilationDatabase;
} // namespace clang::tooling

namespace assoctidy {

struct ExtractionOptions {
  unsigned Jobs = 0;          ///< 0: one per core.
  bool Prefilter = true;      ///< Skip units that never include the header.
  std::string CacheDirectory; ///< Empty: no cache.
  bool Progress = false;      ///< A progress line on stderr.
  /// Merge each unit's facts as soon as it and every unit before it are
  /// done, and keep only its errors: what the run holds then grows with the
  /// distinct models, not with the units that include them.
  bool Merge = false;
  /// Units of the same flags share a parse of the system headers they
  /// reach (extract/SharedPreamble.h). Needs Prefilter.
  bool SharePreambles = true;
};

struct UnitOutcome {
  std::string File;
  UnitFacts Facts;
  bool FromCache = false;
};

struct ExtractionRun {
  /// In the order of the files given. With ExtractionOptions::Merge, each
  /// unit's Facts.Facts and Facts.Inputs are empty: its models are in Merged.
  std::vector<UnitOutcome> Units;
  MergeResult Merged; ///< With ExtractionOptions::Merge only.
  unsigned Parsed = 0, Cached = 0, Skipped = 0, Failed = 0;
  /// Parsed units that loaded a shared preamble, and preambles made.
  unsigned Preambled = 0, Preambles = 0;
};

/// Extracts Files (each with its first compile command in Compilations).
ExtractionRun extractUnits(const clang::tooling::CompilationDatabase &DB,
                           const std::vector<std::string> &Files,
                           const ExtractionOptions &Options);

} // namespace assoctidy

#endif // ASSOC_TIDY_TOOL_WHOLEPROGRAM_H
