//===- WtConstraintFlagsCheck.cpp - assoc-wt-constraint-flags -------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtConstraintFlagsCheck.h"

#include "WtConstraintFlags.h"

namespace clang::tidy::assoc {

WtConstraintFlagsCheck::WtConstraintFlagsCheck(StringRef Name,
                                               ClangTidyContext *Context)
    : AssocCheck(Name, Context) {}

std::vector<assoctidy::Finding>
WtConstraintFlagsCheck::findings(const assoctidy::Program &Program) {
  return assoctidy::findWtConstraintFlagProblems(Program);
}

} // namespace clang::tidy::assoc
