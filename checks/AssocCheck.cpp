//===- AssocCheck.cpp - What every assoc-* check shares -------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssocCheck.h"

#include "Extractor.h"
#include "Frontends.h"
#include "Nolint.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"

#include <optional>
#include <set>

using namespace clang::ast_matchers;

namespace clang::tidy::assoc {

namespace {
/// The translation unit's model, shared by every assoc check. clang-tidy
/// runs all checks' callbacks for one unit before it starts the next, and
/// calls onEndOfTranslationUnit on each check afterwards, which clears it.
/// thread_local: a multi-threaded driver runs one unit per thread.
struct SharedModel {
  const ASTContext *Owner = nullptr;
  std::optional<assoctidy::Program> Program;
};
thread_local SharedModel Shared;

const assoctidy::Program &modelOf(ASTContext &Ctx) {
  if (Shared.Owner != &Ctx || !Shared.Program) {
    Shared.Owner = &Ctx;
    Shared.Program = assoctidy::extractModels(Ctx);
  }
  return *Shared.Program;
}

} // namespace

/// Maps model locations back into this unit's SourceManager, caching each
/// file's FileID.
class LocationMapper {
public:
  explicit LocationMapper(const SourceManager &SM) : SM(SM) {}

  SourceLocation map(const assoctidy::Location &L) {
    if (!L.isValid())
      return {};
    auto [It, Inserted] = Files.try_emplace(L.File.str());
    if (Inserted)
      if (auto FE = SM.getFileManager().getOptionalFileRef(L.File.str()))
        It->second = SM.translateFile(*FE);
    if (It->second.isInvalid())
      return {};
    return SM.getComposedLoc(It->second, L.Offset);
  }

  CharSourceRange map(const assoctidy::Range &R) {
    return CharSourceRange::getCharRange(map(R.Begin), map(R.End));
  }

private:
  const SourceManager &SM;
  llvm::StringMap<FileID> Files;
};

AssocCheck::AssocCheck(StringRef Name, ClangTidyContext *Context,
                       bool Inflects)
    : ClangTidyCheck(Name, Context), Context(Context), Name(Name),
      Inflects(Inflects) {
  readInflections();
  // The options front-ends add to this check (Wt::Dbo's WtOnDelete).
  for (const assoctidy::Frontend *F : assoctidy::frontends())
    for (const assoctidy::LibraryOption &O : F->options())
      if (O.Check == this->Name)
        LibraryOptions[std::string(O.Name)] = boolOption(
            O.Name, Options.get(O.Name, O.Default ? "true" : "false"));
}

void AssocCheck::readInflections() {
  if (!Inflects)
    return;
  InflectionConfig.Irregulars = Options.getLocalOrGlobal("Irregulars", "");
  InflectionConfig.Uncountables = Options.getLocalOrGlobal("Uncountables", "");
  InflectionConfig.Plurals = Options.getLocalOrGlobal("Plurals", "");
  InflectionConfig.Singulars = Options.getLocalOrGlobal("Singulars", "");
  InflectionConfig.Acronyms = Options.getLocalOrGlobal("Acronyms", "");
  if (InflectionConfig.empty())
    return;
  std::vector<std::string> Errors;
  Inflections = assoctidy::makeInflector(InflectionConfig, Errors);
  // Global inflections are read by every inflecting check: say each
  // problem once per run, not once per check.
  static std::set<std::pair<const ClangTidyContext *, std::string>> Reported;
  for (const std::string &Error : Errors)
    if (Reported.insert({Context, Error}).second)
      configurationDiag("invalid custom inflection: %0") << Error;
}

void AssocCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const auto &[Option, Value] : LibraryOptions)
    Options.store(Opts, Option, Value ? "true" : "false");
  if (!Inflects)
    return;
  Options.store(Opts, "Irregulars", InflectionConfig.Irregulars);
  Options.store(Opts, "Uncountables", InflectionConfig.Uncountables);
  Options.store(Opts, "Plurals", InflectionConfig.Plurals);
  Options.store(Opts, "Singulars", InflectionConfig.Singulars);
  Options.store(Opts, "Acronyms", InflectionConfig.Acronyms);
}

bool AssocCheck::boolOption(StringRef Option, StringRef Value) const {
  if (Value.equals_insensitive("true") || Value == "1")
    return true;
  if (Value.equals_insensitive("false") || Value == "0")
    return false;
  configurationDiag("invalid value '%0' for '%1.%2': expected true or false; "
                    "using true")
      << Value << Name << Option;
  return true;
}

void AssocCheck::registerMatchers(MatchFinder *Finder) {
  // One callback per unit: the rules work on the whole unit's model.
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void AssocCheck::check(const MatchFinder::MatchResult &Result) {
  LocationMapper Mapper(*Result.SourceManager);
  for (const assoctidy::Finding &F : findings(modelOf(*Result.Context)))
    report(F, Mapper, *Result.SourceManager);
}

void AssocCheck::onEndOfTranslationUnit() {
  Shared = SharedModel();
}

void AssocCheck::report(const assoctidy::Finding &F, LocationMapper &Mapper,
                        const SourceManager &SM) {
  CharSourceRange Where = Mapper.map(F.Where);
  if (Where.getBegin().isInvalid())
    return; // The file is not part of this unit: another unit reports it.
  if (F.Level == assoctidy::Severity::Error &&
      isFilteredError(F, Where.getBegin(), SM))
    return;
  auto Level = F.Level == assoctidy::Severity::Error ? DiagnosticIDs::Error
                                                     : DiagnosticIDs::Warning;
  {
    // The message is an argument, never the format string: user strings
    // may contain '%'.
    DiagnosticBuilder D = diag(Where.getBegin(), "%0", Level) << F.Message;
    D << Where;
    for (const assoctidy::TextEdit &Edit : F.Fixes) {
      CharSourceRange R = Mapper.map(Edit.Where);
      if (R.getBegin().isInvalid() || R.getEnd().isInvalid())
        continue;
      D << FixItHint::CreateReplacement(R, Edit.Text);
    }
  }
  for (const assoctidy::Note &N : F.Notes) {
    CharSourceRange R = Mapper.map(N.Where);
    if (R.getBegin().isInvalid())
      continue;
    diag(R.getBegin(), "%0", DiagnosticIDs::Note) << N.Message << R;
  }
}

/// clang-tidy applies NOLINT and --header-filter to warnings only, on the
/// assumption that an error comes from the compiler. An assoc error is a
/// finding like any other, so the same two filters are applied here.
bool AssocCheck::isFilteredError(const assoctidy::Finding &F,
                                 SourceLocation Where,
                                 const SourceManager &SM) const {
  auto [FID, Offset] = SM.getDecomposedLoc(Where);
  if (assoctidy::isSuppressedByNolint(SM.getBufferData(FID), Offset, F.Check))
    return true;
  if (FID == SM.getMainFileID())
    return false;
  const ClangTidyOptions &Options = Context->getOptions();
  if (SM.isInSystemHeader(Where) && !Options.SystemHeaders.value_or(false))
    return true;
  // As in clang-tidy, an empty header filter shows no header.
  const std::string Include = Options.HeaderFilterRegex.value_or("");
  if (Include.empty() || !llvm::Regex(Include).match(F.Where.Begin.File.str()))
    return true;
  const std::string Exclude = Options.ExcludeHeaderFilterRegex.value_or("");
  return !Exclude.empty() && llvm::Regex(Exclude).match(F.Where.Begin.File.str());
}

} // namespace clang::tidy::assoc
