//===- MissingInverseCheck.h - assoc-missing-inverse -*- C++ -*-===//
//
// Part of assoc-tidy. A has_many/has_one/habtm/belongs_to whose target declares nothing back.
// Documentation: docs/checks/missing-inverse.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_MISSINGINVERSECHECK_H
#define ASSOC_TIDY_CHECKS_MISSINGINVERSECHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class MissingInverseCheck : public AssocCheck {
public:
  MissingInverseCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;

private:
  const bool RequireBelongsToInverse;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_MISSINGINVERSECHECK_H
