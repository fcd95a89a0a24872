//===- InvalidInverse.h - inverse_of that names the wrong thing -*- C++ -*-===//
//
// Part of assoc-tidy. ActiveRecord checks only that an `inverse_of` names
// an existing association, and only at first use; a wrong kind or a wrong
// target passes silently. See docs/checks/invalid-inverse.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_INVALIDINVERSE_H
#define ASSOC_TIDY_RULES_INVALIDINVERSE_H

#include "Finding.h"

namespace assoctidy {

inline constexpr const char *InvalidInverseCheckName = "assoc-invalid-inverse";

/// An `inverse_of` that names no association of the target (error, with a
/// did-you-mean), one that does not point back or has an incompatible kind,
/// two sides whose `inverse_of` disagree, and `inverse_of` where ActiveRecord
/// ignores it (habtm, through, as, polymorphic belongs_to).
std::vector<Finding> findInvalidInverses(const Program &P);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_INVALIDINVERSE_H
