//===- DuplicateAssociationCheck.h - assoc-duplicate-association -*- C++ -*-=//
//
// Part of assoc-tidy. Two associations with one name in one model:
// ActiveRecord silently keeps the last.
// Documentation: docs/checks/duplicate-association.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_DUPLICATEASSOCIATIONCHECK_H
#define ASSOC_TIDY_CHECKS_DUPLICATEASSOCIATIONCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class DuplicateAssociationCheck : public AssocCheck {
public:
  using AssocCheck::AssocCheck;

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_DUPLICATEASSOCIATIONCHECK_H
