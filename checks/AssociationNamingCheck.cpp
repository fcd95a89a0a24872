//===- AssociationNamingCheck.cpp - assoc-association-naming --------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssociationNamingCheck.h"

#include "AssociationNaming.h"

#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::assoc {

AssociationNamingCheck::AssociationNamingCheck(StringRef Name,
                                               ClangTidyContext *Context)
    : AssocCheck(Name, Context, /*Inflects=*/true),
      IgnoredNames(Options.get("IgnoredNames", "")),
      EnglishForms(
          boolOption("EnglishForms", Options.get("EnglishForms", "true"))) {
  SmallVector<StringRef, 4> Patterns;
  StringRef(IgnoredNames).split(Patterns, ';', -1, /*KeepEmpty=*/false);
  for (StringRef Pattern : Patterns) {
    Pattern = Pattern.trim();
    if (Pattern.empty())
      continue;
    // Anchored: a pattern names whole association names.
    llvm::Regex R(("^(" + Pattern + ")$").str());
    std::string Error;
    if (!R.isValid(Error)) {
      configurationDiag("invalid regular expression '%0' in '%1.IgnoredNames': "
                        "%2")
          << Pattern << Name << Error;
      continue;
    }
    Ignored.push_back(std::move(R));
  }
}

void AssociationNamingCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AssocCheck::storeOptions(Opts);
  Options.store(Opts, "IgnoredNames", IgnoredNames);
  Options.store(Opts, "EnglishForms", EnglishForms ? "true" : "false");
}

std::vector<assoctidy::Finding>
AssociationNamingCheck::findings(const assoctidy::Program &Program) {
  assoctidy::NamingOptions Naming;
  Naming.Inflections = &inflections();
  Naming.IsIgnored = [this](std::string_view Name) {
    return llvm::any_of(Ignored, [&](const llvm::Regex &R) {
      return R.match(StringRef(Name.data(), Name.size()));
    });
  };
  Naming.AllowEnglishForms = EnglishForms;
  return assoctidy::findNamingProblems(Program, Naming);
}

} // namespace clang::tidy::assoc
