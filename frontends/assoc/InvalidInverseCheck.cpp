//===- InvalidInverseCheck.cpp - assoc-invalid-inverse ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "InvalidInverseCheck.h"

#include "InvalidInverse.h"

namespace clang::tidy::assoc {

InvalidInverseCheck::InvalidInverseCheck(StringRef Name,
                                         ClangTidyContext *Context)
    : AssocCheck(Name, Context) {}

std::vector<assoctidy::Finding>
InvalidInverseCheck::findings(const assoctidy::Program &Program) {
  return assoctidy::findInvalidInverses(Program);
}

} // namespace clang::tidy::assoc
