//===- JoinTableNameCheck.h - assoc-join-table-name ---*- C++ -*-===//
//
// Part of assoc-tidy. The join tables of has_and_belongs_to_many.
// Documentation: docs/checks/join-table-name.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_JOINTABLENAMECHECK_H
#define ASSOC_TIDY_CHECKS_JOINTABLENAMECHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class JoinTableNameCheck : public AssocCheck {
public:
  JoinTableNameCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;

private:
  const bool RequireConventionalName;
  const bool CheckThroughJoinModels;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_JOINTABLENAMECHECK_H
