//===- InvalidInverseCheck.h - assoc-invalid-inverse -*- C++ -*-===//
//
// Part of assoc-tidy. An inverse_of that names nothing, the wrong thing, or is ignored.
// Documentation: docs/checks/invalid-inverse.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_INVALIDINVERSECHECK_H
#define ASSOC_TIDY_CHECKS_INVALIDINVERSECHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class InvalidInverseCheck : public AssocCheck {
public:
  InvalidInverseCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_INVALIDINVERSECHECK_H
