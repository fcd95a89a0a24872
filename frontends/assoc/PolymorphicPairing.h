//===- PolymorphicPairing.h - as: and polymorphic belongs_to ----*- C++ -*-===//
//
// Part of assoc-tidy. ActiveRecord does not check that an `as:` names a
// polymorphic belongs_to; a wrong one silently reads other columns.
// See docs/checks/polymorphic-pairing.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_POLYMORPHICPAIRING_H
#define ASSOC_TIDY_RULES_POLYMORPHICPAIRING_H

#include "Finding.h"

namespace assoctidy {

inline constexpr const char *PolymorphicPairingCheckName =
    "assoc-polymorphic-pairing";

/// An `as("x")` whose target declares no `belongs_to<polymorphic>("x")`, or
/// a non-polymorphic one (errors). With WholeProgram, also a polymorphic
/// belongs_to that no `as:` anywhere names (a translation unit cannot know).
std::vector<Finding> findPolymorphicPairingProblems(const Program &P,
                                                    bool WholeProgram);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_POLYMORPHICPAIRING_H
