//===- MissingDependentCheck.cpp - assoc-missing-dependent ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "MissingDependentCheck.h"

#include "MissingDependent.h"

namespace clang::tidy::assoc {

MissingDependentCheck::MissingDependentCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : AssocCheck(Name, Context) {}

std::vector<assoctidy::Finding>
MissingDependentCheck::findings(const assoctidy::Program &Program) {
  return assoctidy::findMissingDependents(Program, libraryOptions());
}

} // namespace clang::tidy::assoc
