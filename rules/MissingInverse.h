//===- MissingInverse.h - An association with no other side -----*- C++ -*-===//
//
// Part of assoc-tidy. Associations are declared on both models (the Rails
// guide's "Bi-directional Associations"). See docs/checks/missing-inverse.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_MISSINGINVERSE_H
#define ASSOC_TIDY_RULES_MISSINGINVERSE_H

#include "Finding.h"
#include "Inflector.h"

namespace assoctidy {

inline constexpr const char *MissingInverseCheckName = "assoc-missing-inverse";

struct MissingInverseOptions {
  const Inflector *Inflections = &Inflector::english();
  /// Also require a has_many/has_one back for every belongs_to. Off by
  /// default: a belongs_to alone is idiomatic Rails (a production app has
  /// hundreds), while a has_* alone has no column to read.
  bool RequireBelongsToInverse = false;
};

/// has_many/has_one (not through, not as) from A to B need a belongs_to in
/// B back to A; habtm needs a habtm back; belongs_to (not polymorphic)
/// needs a has_many/has_one back. The two sides pair by `inverse_of`, then
/// by foreign key (several has_* may share one belongs_to's column), then by
/// the owner's underscored name, each belongs_to used once by name. Silent
/// when B is not a model visible in P.
std::vector<Finding> findMissingInverses(const Program &P,
                                         const MissingInverseOptions &O);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_MISSINGINVERSE_H
