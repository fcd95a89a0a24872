//===- JoinTableNameCheck.cpp - assoc-join-table-name ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "JoinTableNameCheck.h"

#include "JoinTableName.h"

namespace clang::tidy::assoc {

JoinTableNameCheck::JoinTableNameCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : AssocCheck(Name, Context, /*Inflects=*/true),
      RequireConventionalName(
          boolOption("RequireConventionalName",
                     Options.get("RequireConventionalName", "false"))),
      CheckThroughJoinModels(
          boolOption("CheckThroughJoinModels",
                     Options.get("CheckThroughJoinModels", "false"))) {}

void JoinTableNameCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AssocCheck::storeOptions(Opts);
  Options.store(Opts, "RequireConventionalName",
                RequireConventionalName ? "true" : "false");
  Options.store(Opts, "CheckThroughJoinModels",
                CheckThroughJoinModels ? "true" : "false");
}

std::vector<assoctidy::Finding>
JoinTableNameCheck::findings(const assoctidy::Program &Program) {
  assoctidy::JoinTableNameOptions O;
  O.Inflections = &inflections();
  O.RequireConventionalName = RequireConventionalName;
  O.CheckThroughJoinModels = CheckThroughJoinModels;
  return assoctidy::findJoinTableProblems(Program, O);
}

} // namespace clang::tidy::assoc
