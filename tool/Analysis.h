//===- Analysis.h - The checks over a merged program ------------*- C++ -*-===//
//
// Part of assoc-tidy. What the two front-ends outside clang-tidy share (the
// whole-program driver and assoc-clangd): every enabled assoc check, built
// by clang-tidy's own factories with the user's configuration, run on a
// program the front-end extracted itself.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_TOOL_ANALYSIS_H
#define ASSOC_TIDY_TOOL_ANALYSIS_H

#include "Finding.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringMap.h"

#include <optional>
#include <string>
#include <vector>

namespace assoctidy::driver {

/// The configuration of each file (.clang-tidy files, --config, the
/// command line), read once per directory: that is what it depends on.
class OptionsByDirectory {
public:
  explicit OptionsByDirectory(clang::tidy::ClangTidyContext &Context)
      : Context(Context) {}
  const clang::tidy::ClangTidyOptions &forFile(llvm::StringRef File);

private:
  clang::tidy::ClangTidyContext &Context;
  llvm::StringMap<clang::tidy::ClangTidyOptions> Cache;
};

/// True when the glob list enables Check.
bool enables(const std::optional<std::string> &Globs, llvm::StringRef Check);

/// Runs every assoc check that some file enables on the merged program,
/// with the check options of the first file's configuration. Complete when
/// the files are the whole compilation database: only then is a model or
/// an as: that no file declares known not to exist. The checks run side by
/// side on up to Jobs threads; their findings come in the same order.
std::vector<Finding> runChecks(clang::tidy::ClangTidyContext &Context,
                               OptionsByDirectory &Options,
                               const std::vector<std::string> &Files,
                               const Program &Program, bool Complete,
                               unsigned Jobs = 1);

} // namespace assoctidy::driver

#endif // ASSOC_TIDY_TOOL_ANALYSIS_H
