//===- AssocRules.h - The vocabulary's front-end ----------------*- C++ -*-===//
//
// Part of assoc-tidy. This project's `assoc` vocabulary, read by
// ActiveRecord's rules (activerecord-semantics.md): its conventions,
// resolved once, and its halves of the shared checks. Namespace `ar`, for
// ActiveRecord, whose conventions these are.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_ASSOC_ASSOCRULES_H
#define ASSOC_TIDY_FRONTENDS_ASSOC_ASSOCRULES_H

#include "Finding.h"
#include "Inflector.h"
#include "JoinTableName.h"
#include "MissingInverse.h"
#include "Resolved.h"

#include <vector>

namespace assoctidy {
class Frontend;
}

namespace assoctidy::ar {

/// The vocabulary's library: the default of every model.
inline constexpr LibraryId Library{};

/// The front-end, as Frontends.def registers it.
const Frontend &frontend();

/// Tables, keys, join tables and partners of the vocabulary's models.
void resolve(const Program &P, const Inflector &I, Resolution &Out);

/// The vocabulary's halves of the shared checks.
std::vector<Finding> findMissingInverses(const Program &P,
                                         const MissingInverseOptions &O);
std::vector<Finding> findJoinTableProblems(const Program &P,
                                           const JoinTableNameOptions &O);
std::vector<Finding> findDuplicateAssociations(const Model &M);
std::vector<Finding> findTargetsNotModels(const Program &P, bool WholeProgram);
std::vector<Finding> findMissingDependents(const Program &P);

} // namespace assoctidy::ar

#endif // ASSOC_TIDY_FRONTENDS_ASSOC_ASSOCRULES_H
