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
  return assoctidy::findDuplicateAssociations(Program);
}

} // namespace clang::tidy::assoc
