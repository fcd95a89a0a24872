//===- WtJoinIdCheck.cpp - assoc-wt-join-id -------------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtJoinIdCheck.h"

#include "WtJoinId.h"

namespace clang::tidy::assoc {

WtJoinIdCheck::WtJoinIdCheck(StringRef Name, ClangTidyContext *Context)
    : AssocCheck(Name, Context) {}

std::vector<assoctidy::Finding>
WtJoinIdCheck::findings(const assoctidy::Program &Program) {
  return assoctidy::findWtJoinIdProblems(Program);
}

} // namespace clang::tidy::assoc
