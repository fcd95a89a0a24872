//===- Report.h - Diagnostics as JSON and SARIF ----------------*- C++ -*-===//
//
// Part of assoc-tidy. What the whole-program driver reports, as plain data:
// its findings, its compiler errors and its model conflicts, each with a
// check name. The text output is clang-tidy's own; the structured outputs
// for CI (JSON, SARIF 2.1.0) are here (the fix applier is in Fixes.h), free of Clang,
// so that unit tests and --merge share them.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_REPORT_REPORT_H
#define ASSOC_TIDY_REPORT_REPORT_H

#include "Baseline.h"
#include "Finding.h"

#include <string>
#include <vector>

namespace assoctidy {

/// A finding as shown: after --warnings-as-errors, and against --baseline.
struct Reported {
  Finding What;
  bool WarningAsError = false; ///< Promoted from a warning.
  BaselineState Baseline = BaselineState::None;
};

struct RunSummary {
  std::size_t Files = 0; ///< Translation units analysed.
  std::string ToolVersion;
  /// With --baseline (or --write-baseline): each diagnostic's state is
  /// written, and the entries no longer found, whose files are relative to
  /// BaselineDirectory (absolute).
  bool Baselined = false;
  std::string BaselineDirectory;
  std::vector<BaselineEntry> Absent;
};

/// The documented JSON output (docs/output-formats.md): every diagnostic
/// with check, severity, message, position and end, notes and fix-its.
std::string toJson(const std::vector<Reported> &Diagnostics,
                   const RunSummary &Summary);

/// A SARIF 2.1.0 log with one run: one rule per check that the catalog
/// knows (help text, and a link under DocsBaseUri), one result per
/// diagnostic with its location, related locations for notes and fixes.
std::string toSarif(const std::vector<Reported> &Diagnostics,
                    const RunSummary &Summary, const std::string &DocsBaseUri);

/// `file:///a/b%20c.h` for an absolute path.
std::string fileUri(const std::string &Path);

} // namespace assoctidy

#endif // ASSOC_TIDY_REPORT_REPORT_H
