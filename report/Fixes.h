//===- Fixes.h - Fix-its: conflicts resolved, files rewritten safely -*- C++ -*-===//
//
// Part of assoc-tidy. Users let --fix rewrite their sources, so a fix is
// applied whole or not at all, and a file is replaced by its fixed text in
// one step: whatever stops the run (a signal, a full disk), every file is
// either untouched or fully fixed. Free of Clang, like the rest of report/.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_REPORT_FIXES_H
#define ASSOC_TIDY_REPORT_FIXES_H

#include "Report.h"

#include <string>
#include <vector>

namespace assoctidy {

/// The note on a diagnostic whose fix-it was dropped: clang-tidy's words,
/// so that the plugin and the standalone driver print the same.
extern const char *const OverlapNote;

/// Of every group of diagnostics whose fix-its overlap, keeps the fix of
/// the one that edits the most text (ties: the first), and drops the others'
/// fix-its whole, with OverlapNote. Identical edits do not overlap (they
/// are applied once); two different insertions at one point do.
/// Returns how many fix-its were dropped.
unsigned resolveFixConflicts(std::vector<Reported> &Diagnostics);

struct FixOutcome {
  unsigned Applied = 0; ///< Distinct edits written.
  unsigned Files = 0;   ///< Files rewritten.
  unsigned Pending = 0; ///< Files not reached: the run was interrupted.
  int Signal = 0;       ///< The signal that interrupted the run, or 0.
  std::vector<std::string> Errors; ///< Files that could not be rewritten.
};

/// Writes the fix-its of Diagnostics (conflicts already resolved), each
/// distinct edit once. Per file: the fixed text goes to a temporary file
/// beside it, with its permissions and owner, then replaces it by rename;
/// a symbolic link is followed, and a file that uses CRLF gets CRLF in the
/// inserted text too. A file whose edits do not fit its text is left alone.
/// SIGINT, SIGTERM or SIGHUP during the run let the file being written
/// finish, then stop it: Signal says which came.
FixOutcome applyFixes(const std::vector<Reported> &Diagnostics);

} // namespace assoctidy

#endif // ASSOC_TIDY_REPORT_FIXES_H
