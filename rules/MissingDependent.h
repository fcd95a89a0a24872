//===- MissingDependent.h - has_many/has_one without dependent --*- C++ -*-===//
//
// Part of assoc-tidy. A policy check, as rubocop-rails'
// HasManyOrHasOneDependent: say what happens to the children when the
// parent goes. See docs/checks/missing-dependent.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_MISSINGDEPENDENT_H
#define ASSOC_TIDY_RULES_MISSINGDEPENDENT_H

#include "Finding.h"
#include "Frontend.h"

namespace assoctidy {

inline constexpr const char *MissingDependentCheckName =
    "assoc-missing-dependent";

/// A has_many or has_one that is not `through` and has no `dependent`.
/// Options: the values of the options front-ends add to this check
/// (Frontend::options()), by name; absent ones take their defaults.
std::vector<Finding>
findMissingDependents(const Program &P,
                      const LibraryOptionValues &Options = {});

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_MISSINGDEPENDENT_H
