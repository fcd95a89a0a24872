//===- DuplicateAssociationCheck.cpp - assoc-duplicate-association --------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "DuplicateAssociationCheck.h"

#include "DuplicateAssociation.h"

namespace clang::tidy::assoc {

std::vector<assoctidy::Finding>
DuplicateAssociationCheck::findings(const assoctidy::Program &Program) {
  std::vector<assoctidy::Finding> All;
  for (const assoctidy::Model &M :
       assoctidy::modelsOf(Program, assoctidy::Library::Assoc))
    for (assoctidy::Finding &F : assoctidy::findDuplicateAssociations(M))
      All.push_back(std::move(F));
  for (assoctidy::Finding &F : assoctidy::findWtDuplicateColumns(Program))
    All.push_back(std::move(F));
  return All;
}

} // namespace clang::tidy::assoc
