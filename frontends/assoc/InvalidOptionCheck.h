//===- InvalidOptionCheck.h - assoc-invalid-option ---*- C++ -*-===//
//
// Part of assoc-tidy. What ActiveRecord rejects or ignores at declaration.
// Documentation: docs/checks/invalid-option.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_INVALIDOPTIONCHECK_H
#define ASSOC_TIDY_CHECKS_INVALIDOPTIONCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class InvalidOptionCheck : public AssocCheck {
public:
  InvalidOptionCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_INVALIDOPTIONCHECK_H
