//===- UnitExtraction.h - One translation unit's facts ----------*- C++ -*-===//
//
// Part of assoc-tidy. The whole-program driver's front half: for one entry
// of the compilation database, find out cheaply whether the unit can hold a
// model at all (Clang's dependency scanner: preprocessor directives only),
// and if it can, parse it in-process with function bodies skipped and
// extract its models. One UnitExtractor per worker thread; the scanning
// service is shared by all of them.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_UNITEXTRACTION_H
#define ASSOC_TIDY_EXTRACT_UNITEXTRACTION_H

#include "Model.h"

#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace clang::tooling {
struct CompileCommand;
namespace dependencies {
class DependencyScanningService;
} // namespace dependencies
} // namespace clang::tooling

namespace assoctidy {

/// A compiler diagnostic worth showing: an error that may have cost facts.
struct CompilerDiagnostic {
  Location Where; ///< Invalid when the error has no file position.
  std::string Message;
};

struct UnitFacts {
  enum class Outcome {
    Extracted,    ///< Parsed; Facts hold its models (maybe none).
    NoVocabulary, ///< Never includes the vocabulary: not parsed.
    Failed,       ///< Could not be read or scanned at all.
  };
  Outcome Result = Outcome::Failed;
  Program Facts;
  /// Every file the unit reads (absolute), for the cache's validation.
  std::vector<std::string> Inputs;
  /// Compiler errors met while parsing; facts are still extracted.
  std::vector<CompilerDiagnostic> Errors;
  /// Why the unit failed, when it did.
  std::string Failure;
  /// Why the unit was parsed without a shared preamble, when it had system
  /// headers to share (for -v).
  std::string PreambleNote;
};

/// The path suffix of the one library header written among the user's
/// files that is shared between units like a system header
/// (ModelReader::vocabularyHeader): the assoc vocabulary's. Other
/// libraries' headers are system headers, shared as such.
llvm::StringRef vocabularyHeader();

/// True for an input that can bring models into a unit: one of a
/// registered library's headers (ModelReader::isLibraryHeader).
bool includesVocabulary(llvm::StringRef Input);

class SharedPreambles;

class UnitExtractor {
public:
  /// With Preambles, units of the same flags share a parse of their
  /// system headers (see SharedPreamble.h); it outlives the extractor.
  explicit UnitExtractor(
      clang::tooling::dependencies::DependencyScanningService &Scanning,
      SharedPreambles *Preambles = nullptr);
  ~UnitExtractor();
  UnitExtractor(const UnitExtractor &) = delete;
  UnitExtractor &operator=(const UnitExtractor &) = delete;

  /// Scans, and parses when the unit includes the vocabulary. With
  /// Prefilter off, every unit is parsed (and Inputs come from the parse).
  UnitFacts run(const clang::tooling::CompileCommand &Command,
                bool Prefilter = true);

  /// Parses the unit with the file at Path read as Text instead of from
  /// disk (an editor's unsaved buffer), with a file manager of its own.
  UnitFacts runOnBuffer(const clang::tooling::CompileCommand &Command,
                        const std::string &Path, const std::string &Text);

private:
  struct Impl;
  std::unique_ptr<Impl> State;
};

/// The unit's command line as it is parsed: a syntax-only run, with our
/// resource directory unless the command names one.
std::vector<std::string>
commandLine(const clang::tooling::CompileCommand &Command);

/// A scanning service configured for prefiltering; share one per run.
std::unique_ptr<clang::tooling::dependencies::DependencyScanningService>
makeScanningService();

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_UNITEXTRACTION_H
