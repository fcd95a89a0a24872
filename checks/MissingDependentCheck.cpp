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
    : AssocCheck(Name, Context),
      WtOnDelete(boolOption("WtOnDelete", Options.get("WtOnDelete", "false"))) {
}

void MissingDependentCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AssocCheck::storeOptions(Opts);
  Options.store(Opts, "WtOnDelete", WtOnDelete ? "true" : "false");
}

std::vector<assoctidy::Finding>
MissingDependentCheck::findings(const assoctidy::Program &Program) {
  std::vector<assoctidy::Finding> All =
      assoctidy::findMissingDependents(Program);
  // Wt::Dbo's counterpart is a policy of its own, asked for by name.
  if (WtOnDelete)
    for (assoctidy::Finding &F : assoctidy::findWtMissingOnDelete(Program))
      All.push_back(std::move(F));
  return All;
}

} // namespace clang::tidy::assoc
