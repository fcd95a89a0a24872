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
  // target: that half is the whole-program driver's.
  std::vector<assoctidy::Finding> All =
      assoctidy::findTargetsNotModels(Program, wholeProgram());
  // Likewise, only the whole program shows that no mapClass() maps a class.
  if (wholeProgram())
    for (assoctidy::Finding &F : assoctidy::findWtUnmappedTargets(Program))
      All.push_back(std::move(F));
  return All;
}

} // namespace clang::tidy::assoc
