//===- WtConstraintFlags.h - Contradictory Wt::Dbo constraints -*- C++ -*-===//
//
// Part of assoc-tidy. See docs/checks/wt-constraint-flags.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_WTCONSTRAINTFLAGS_H
#define ASSOC_TIDY_RULES_WTCONSTRAINTFLAGS_H

#include "Finding.h"

namespace assoctidy {

inline constexpr const char *WtConstraintFlagsCheckName =
    "assoc-wt-constraint-flags";

/// The constraint flags of one Wt::Dbo relation only shape its foreign
/// key's DDL, and Wt never rejects a combination: `NotNull` with
/// `OnDeleteSetNull` (or `OnUpdateSetNull`) makes the database refuse
/// every delete (update) of a referenced row; of two `OnDelete...` (or
/// `OnUpdate...`) flags, Wt keeps the first of Cascade, SetNull, Restrict
/// and drops the other silently; a flag written twice does nothing more.
std::vector<Finding> findWtConstraintFlagProblems(const Program &P);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_WTCONSTRAINTFLAGS_H
