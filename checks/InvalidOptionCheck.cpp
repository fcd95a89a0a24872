//===- InvalidOptionCheck.cpp - assoc-invalid-option ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "InvalidOptionCheck.h"

#include "InvalidOption.h"

namespace clang::tidy::assoc {

InvalidOptionCheck::InvalidOptionCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : AssocCheck(Name, Context) {}

std::vector<assoctidy::Finding>
InvalidOptionCheck::findings(const assoctidy::Program &Program) {
  return assoctidy::findInvalidOptions(Program);
}

} // namespace clang::tidy::assoc
