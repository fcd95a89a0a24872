//===- WtConstraintFlagsCheck.h - assoc-wt-constraint-flags -----*- C++ -*-===//
//
// Part of assoc-tidy. Contradictory Wt::Dbo constraint flags; see
// docs/checks/wt-constraint-flags.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_WTCONSTRAINTFLAGSCHECK_H
#define ASSOC_TIDY_CHECKS_WTCONSTRAINTFLAGSCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class WtConstraintFlagsCheck : public AssocCheck {
public:
  WtConstraintFlagsCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_WTCONSTRAINTFLAGSCHECK_H
