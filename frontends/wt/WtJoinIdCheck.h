//===- WtJoinIdCheck.h - assoc-wt-join-id -----------------------*- C++ -*-===//
//
// Part of assoc-tidy. A Wt::Dbo joinId where Wt rejects one or needs two;
// see docs/checks/wt-join-id.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_WTJOINIDCHECK_H
#define ASSOC_TIDY_CHECKS_WTJOINIDCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class WtJoinIdCheck : public AssocCheck {
public:
  WtJoinIdCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_WTJOINIDCHECK_H
