//===- DuplicateAssociation.h - Two associations, one name ------*- C++ -*-===//
//
// Part of assoc-tidy. ActiveRecord keeps only the last association of a name
// (`add_reflection` overwrites silently), so an earlier one is dead code that
// looks alive. See docs/checks/duplicate-association.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_DUPLICATEASSOCIATION_H
#define ASSOC_TIDY_RULES_DUPLICATEASSOCIATION_H

#include "Finding.h"

namespace assoctidy {

inline constexpr const char *DuplicateAssociationCheckName =
    "assoc-duplicate-association";

/// One error per later declaration of a name already declared in the same
/// model, with a note at the first declaration. When the later one repeats
/// the earlier exactly, the fix removes it (behaviour is unchanged).
std::vector<Finding> findDuplicateAssociations(const Program &P);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_DUPLICATEASSOCIATION_H
