//===- MissingInverseCheck.cpp - assoc-missing-inverse ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "MissingInverseCheck.h"

#include "MissingInverse.h"

namespace clang::tidy::assoc {

MissingInverseCheck::MissingInverseCheck(StringRef Name,
                                         ClangTidyContext *Context)
    : AssocCheck(Name, Context, /*Inflects=*/true),
      RequireBelongsToInverse(
          boolOption("RequireBelongsToInverse",
                     Options.get("RequireBelongsToInverse", "false"))) {}

void MissingInverseCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AssocCheck::storeOptions(Opts);
  Options.store(Opts, "RequireBelongsToInverse",
                RequireBelongsToInverse ? "true" : "false");
}

std::vector<assoctidy::Finding>
MissingInverseCheck::findings(const assoctidy::Program &Program) {
  assoctidy::MissingInverseOptions O;
  O.Inflections = &inflections();
  O.RequireBelongsToInverse = RequireBelongsToInverse;
  return assoctidy::findMissingInverses(Program, O);
}

} // namespace clang::tidy::assoc
