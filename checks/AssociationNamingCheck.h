//===- AssociationNamingCheck.h - assoc-association-naming ------*- C++ -*-===//
//
// Part of assoc-tidy. Singular belongs_to/has_one, plural has_many/habtm,
// snake_case everywhere, by ActiveSupport's own inflections.
// Documentation: docs/checks/association-naming.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_ASSOCIATIONNAMINGCHECK_H
#define ASSOC_TIDY_CHECKS_ASSOCIATIONNAMINGCHECK_H

#include "AssocCheck.h"

#include "llvm/Support/Regex.h"

namespace clang::tidy::assoc {

class AssociationNamingCheck : public AssocCheck {
public:
  AssociationNamingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;

private:
  /// `;`-separated regular expressions, each matched against a whole name.
  std::string IgnoredNames;
  std::vector<llvm::Regex> Ignored;
  /// Leaves deliberate English alone (assoctidy::englishForm).
  bool EnglishForms;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_ASSOCIATIONNAMINGCHECK_H
