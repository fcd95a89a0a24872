//===- ByLibrary.cpp - The shared checks, over every front-end ------------===//
//
// Part of assoc-tidy. A shared check is the same check whatever library
// declares the models; what pairs, which column a relation uses and what
// the library does at run time are each front-end's (frontends/). Each
// entry here asks every registered front-end for its part, in the order of
// Frontends.def, so the findings come out library by library.
//
//===----------------------------------------------------------------------===//

#include "DuplicateAssociation.h"
#include "Frontends.h"
#include "JoinTableName.h"
#include "MissingDependent.h"
#include "MissingInverse.h"
#include "TargetNotModel.h"

namespace assoctidy {

std::vector<Finding> findMissingInverses(const Program &P,
                                         const MissingInverseOptions &O) {
  std::vector<Finding> All;
  for (const Frontend *F : frontends())
    F->missingInverses(P, O, All);
  return All;
}

std::vector<Finding> findJoinTableProblems(const Program &P,
                                           const JoinTableNameOptions &O) {
  std::vector<Finding> All;
  for (const Frontend *F : frontends())
    F->joinTableProblems(P, O, All);
  return All;
}

std::vector<Finding> findDuplicateAssociations(const Program &P) {
  std::vector<Finding> All;
  for (const Frontend *F : frontends())
    F->duplicateAssociations(P, All);
  return All;
}

std::vector<Finding> findTargetsNotModels(const Program &P, bool WholeProgram) {
  std::vector<Finding> All;
  for (const Frontend *F : frontends())
    F->targetsNotModels(P, WholeProgram, All);
  return All;
}

std::vector<Finding> findMissingDependents(const Program &P,
                                           const LibraryOptionValues &Options) {
  std::vector<Finding> All;
  for (const Frontend *F : frontends())
    F->missingDependents(P, Options, All);
  return All;
}

} // namespace assoctidy
