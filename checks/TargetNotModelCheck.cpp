//===- TargetNotModelCheck.cpp - assoc-target-not-model ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "TargetNotModelCheck.h"

#include "TargetNotModel.h"

namespace clang::tidy::assoc {

TargetNotModelCheck::TargetNotModelCheck(StringRef Name,
                                         ClangTidyContext *Context)
    : AssocCheck(Name, Context) {}

std::vector<assoctidy::Finding>
TargetNotModelCheck::findings(const assoctidy::Program &Program) {
  // A unit cannot know that no other unit defines a forward-declared
  // target, or that no mapClass() maps a class: those halves are the
  // whole-program driver's.
  return assoctidy::findTargetsNotModels(Program, wholeProgram());
}

} // namespace clang::tidy::assoc
