//===- BelongsToDependentCheck.cpp - assoc-belongs-to-dependent ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "BelongsToDependentCheck.h"

#include "BelongsToDependent.h"

namespace clang::tidy::assoc {

BelongsToDependentCheck::BelongsToDependentCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : AssocCheck(Name, Context, /*Inflects=*/true),
      StrictMode(boolOption("StrictMode", Options.get("StrictMode", "false"))) {
}

void BelongsToDependentCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AssocCheck::storeOptions(Opts);
  Options.store(Opts, "StrictMode", StrictMode ? "true" : "false");
}

std::vector<assoctidy::Finding>
BelongsToDependentCheck::findings(const assoctidy::Program &Program) {
  assoctidy::BelongsToDependentOptions O;
  O.Inflections = &inflections();
  O.StrictMode = StrictMode;
  return assoctidy::findBelongsToDependentProblems(Program, O);
}

} // namespace clang::tidy::assoc
