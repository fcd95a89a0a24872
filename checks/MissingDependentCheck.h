//===- MissingDependentCheck.h - assoc-missing-dependent ---*- C++ -*-===//
//
// Part of assoc-tidy. Has_many/has_one without dependent (policy).
// Documentation: docs/checks/missing-dependent.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_MISSINGDEPENDENTCHECK_H
#define ASSOC_TIDY_CHECKS_MISSINGDEPENDENTCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class MissingDependentCheck : public AssocCheck {
public:
  MissingDependentCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_MISSINGDEPENDENTCHECK_H
