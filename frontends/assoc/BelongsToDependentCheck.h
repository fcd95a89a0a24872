//===- BelongsToDependentCheck.h - assoc-belongs-to-dependent ---*- C++ -*-===//
//
// Part of assoc-tidy. Dependent on a belongs_to whose target has_many of it.
// Documentation: docs/checks/belongs-to-dependent.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_BELONGSTODEPENDENTCHECK_H
#define ASSOC_TIDY_CHECKS_BELONGSTODEPENDENTCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class BelongsToDependentCheck : public AssocCheck {
public:
  BelongsToDependentCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;

private:
  const bool StrictMode;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_BELONGSTODEPENDENTCHECK_H
