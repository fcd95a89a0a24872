//===- WtJoinId.h - Wt::Dbo joinId misuse -----------------------*- C++ -*-===//
//
// Part of assoc-tidy. See docs/checks/wt-join-id.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_WTJOINID_H
#define ASSOC_TIDY_RULES_WTJOINID_H

#include "Finding.h"

namespace assoctidy {

inline constexpr const char *WtJoinIdCheckName = "assoc-wt-join-id";

/// hasMany()'s joinId names this side's column in a ManyToMany's join
/// table: Wt throws when a ManyToOne is given one. A self-referential
/// ManyToMany is two hasMany(ManyToMany) of one class on one join table,
/// whose two columns must differ: each needs its own joinId.
std::vector<Finding> findWtJoinIdProblems(const Program &P);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_WTJOINID_H
