//===- AssocCheck.h - What every assoc-* check shares -----------*- C++ -*-===//
//
// Part of assoc-tidy. The adapter between clang-tidy and the rules: it gets
// the translation unit's association model (extracted once, whatever the
// number of enabled checks), runs one rule on it, and turns the rule's
// findings into clang-tidy diagnostics with notes and fix-its. A concrete
// check only names its rule.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_ASSOCCHECK_H
#define ASSOC_TIDY_CHECKS_ASSOCCHECK_H

#include "Finding.h"
#include "Frontend.h"
#include "InflectionConfig.h"
#include "Inflector.h"

#include "clang-tidy/ClangTidyCheck.h"

#include <vector>

namespace clang::tidy::assoc {

class LocationMapper;

class AssocCheck : public ClangTidyCheck {
public:
  /// A check that inflects names (Inflects) reads the custom inflections;
  /// the others neither read nor report them.
  AssocCheck(StringRef Name, ClangTidyContext *Context, bool Inflects = false);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() final;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// The rule with this check's options over merged units, for the
  /// whole-program driver. Complete: the units are every unit of the
  /// program, so that what no unit declares is known to be absent.
  std::vector<assoctidy::Finding> analyse(const assoctidy::Program &Program,
                                          bool Complete) {
    WholeProgram = Complete;
    return findings(Program);
  }

protected:
  /// True when the program is the whole program (every unit of the
  /// compilation database merged), so that a rule may report an absence.
  bool wholeProgram() const { return WholeProgram; }

  /// ActiveSupport's inflections plus the custom ones configured with the
  /// options Irregulars, Uncountables, Plurals, Singulars and Acronyms,
  /// read for this check or, failing that, globally: one configuration
  /// serves every check that inflects.
  const assoctidy::Inflector &inflections() const { return Inflections; }

  /// A boolean option's text (`true`/`false`, `1`/`0`, any case), for the
  /// option named Option. Read as text because g++ mangles clang-tidy's
  /// OptionsView::get<bool> specialisation differently from the libraries
  /// that define it, so neither the plugin nor the driver would link. An
  /// invalid value is reported and reads as true.
  bool boolOption(StringRef Option, StringRef Value) const;

  /// The values of the options front-ends add to this check, by name.
  const assoctidy::LibraryOptionValues &libraryOptions() const {
    return LibraryOptions;
  }

  /// The rule: the translation unit's model in, findings out.
  virtual std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) = 0;

private:
  void readInflections();
  void report(const assoctidy::Finding &F, LocationMapper &Mapper,
              const SourceManager &SM);
  bool isFilteredError(const assoctidy::Finding &F, SourceLocation Where,
                       const SourceManager &SM) const;

  ClangTidyContext *Context;
  std::string Name;
  bool Inflects;
  bool WholeProgram = false;
  assoctidy::InflectionOptions InflectionConfig;
  assoctidy::Inflector Inflections;
  assoctidy::LibraryOptionValues LibraryOptions;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_ASSOCCHECK_H
