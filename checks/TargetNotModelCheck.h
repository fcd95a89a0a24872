//===- TargetNotModelCheck.h - assoc-target-not-model ---*- C++ -*-===//
//
// Part of assoc-tidy. An association whose target is not a model.
// Documentation: docs/checks/target-not-model.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_TARGETNOTMODELCHECK_H
#define ASSOC_TIDY_CHECKS_TARGETNOTMODELCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class TargetNotModelCheck : public AssocCheck {
public:
  TargetNotModelCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_TARGETNOTMODELCHECK_H
