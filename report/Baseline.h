//===- Baseline.h - Known findings, for adopting assoc-tidy -----*- C++ -*-===//
//
// Part of assoc-tidy. `--write-baseline` records the findings of today's
// code so that `--baseline` reports only those that are new, as PHPStan's
// baseline, ESLint's bulk suppressions and SwiftLint's and Android Lint's
// baselines do. A finding is known by a fingerprint that survives moved
// lines and unrelated edits: its check, the model and association it is
// about, its message, and its file relative to the baseline's directory.
// No line, offset or absolute path is in it. The same fingerprint may occur
// several times; an entry absorbs as many findings as it recorded.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_REPORT_BASELINE_H
#define ASSOC_TIDY_REPORT_BASELINE_H

#include "Finding.h"

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace assoctidy {

struct Reported; // Report.h

/// Where a shown finding stands against the baseline; None without one.
enum class BaselineState { None, New, Unchanged };

struct Fingerprint {
  std::string Check;
  /// The qualified name of the model whose declaration the finding points
  /// into, and the association's name when it points into one; empty when
  /// it points into neither (a mapClass call, a conflict's second reading).
  std::string Model, Association;
  std::string Message;
  /// The path relative to the baseline's directory, with '/'; empty for a
  /// file outside it, whose path would differ between checkouts.
  std::string File;

  auto tied() const {
    return std::tie(Check, Model, Association, Message, File);
  }
  friend bool operator<(const Fingerprint &A, const Fingerprint &B) {
    return A.tied() < B.tied();
  }
  friend bool operator==(const Fingerprint &A, const Fingerprint &B) {
    return A.tied() == B.tied();
  }
};

struct BaselineEntry {
  Fingerprint Key;
  unsigned Count = 1; ///< Findings with this fingerprint.
};

/// Entries sorted by fingerprint, each fingerprint once.
struct Baseline {
  std::vector<BaselineEntry> Entries;
};

/// Path relative to Directory (absolute, without a trailing '/'), or empty
/// when Path is not under it.
std::string relativeTo(std::string_view Path, std::string_view Directory);

/// F's fingerprint: the model and association are those of P whose
/// declaration contains F's location, the file relative to Directory.
Fingerprint fingerprint(const Finding &F, const Program &P,
                        std::string_view Directory);

/// Counts equal fingerprints into sorted entries.
Baseline makeBaseline(std::vector<Fingerprint> Found);

/// `{"version": 1, "tool": "assoc-tidy", "findings": [...]}`, one entry per
/// fingerprint in sorted order, so that the file diffs well in review.
std::string baselineToJson(const Baseline &B);

/// The baseline in Text, or nothing with Error saying why (not JSON, another
/// version, an entry without a check or message, a count below 1).
std::optional<Baseline> baselineFromJson(std::string_view Text,
                                         std::string &Error);

struct BaselineMatch {
  /// For each fingerprint found, in order: absorbed by the baseline.
  std::vector<bool> Known;
  /// Entries not found as often as recorded, with the missing count.
  std::vector<BaselineEntry> Absent;
};

/// Each entry absorbs up to Count findings of its fingerprint, the first
/// ones in Found's order; the rest are new.
BaselineMatch matchBaseline(const Baseline &B,
                            const std::vector<Fingerprint> &Found);

/// Whether a shown diagnostic is recorded in a baseline. A compiler error
/// never is: it says the analysis was incomplete, which no baseline may
/// hide.
bool baselineable(const Finding &F);

/// The baseline of Shown (the diagnostics after every filter).
Baseline baselineOf(const std::vector<Reported> &Shown, const Program &P,
                    std::string_view Directory);

/// Marks each of Shown new or unchanged against B and returns the entries
/// no longer found as often as recorded (SARIF's "absent").
std::vector<BaselineEntry> markBaseline(const Baseline &B,
                                        std::vector<Reported> &Shown,
                                        const Program &P,
                                        std::string_view Directory);

} // namespace assoctidy

#endif // ASSOC_TIDY_REPORT_BASELINE_H
