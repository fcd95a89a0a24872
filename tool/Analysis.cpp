//===- Analysis.cpp - The checks over a merged program --------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "AssocCheck.h"
#include "RunRules.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang-tidy/GlobList.h"
#include "llvm/Support/Path.h"

#include <set>

using namespace clang::tidy;
using namespace llvm;

namespace assoctidy::driver {

const ClangTidyOptions &OptionsByDirectory::forFile(StringRef File) {
  StringRef Dir = sys::path::parent_path(File);
  auto It = Cache.find(Dir);
  if (It == Cache.end())
    It = Cache.try_emplace(Dir, Context.getOptionsForFile(File)).first;
  return It->second;
}

bool enables(const std::optional<std::string> &Globs, StringRef Check) {
  return Globs && GlobList(*Globs).contains(Check);
}

std::vector<Finding> runChecks(ClangTidyContext &Context,
                               OptionsByDirectory &Options,
                               const std::vector<std::string> &Files,
                               const Program &Merged, bool Complete,
                               unsigned Jobs) {
  ClangTidyCheckFactories Factories;
  for (const auto &Entry : ClangTidyModuleRegistry::entries())
    Entry.instantiate()->addCheckFactories(Factories);
  Context.setCurrentFile(Files.front());
  std::set<std::string> Directories;
  std::vector<std::string> Probes;
  for (const std::string &File : Files)
    if (Directories.insert(sys::path::parent_path(File).str()).second)
      Probes.push_back(File);
  // Checks are made here, on one thread, since making one reads the
  // context's options; only their pure analyses run side by side.
  std::vector<std::unique_ptr<ClangTidyCheck>> Checks;
  std::vector<RuleTask> Rules;
  for (const auto &Entry : Factories) {
    StringRef Name = Entry.getKey();
    if (!Name.starts_with("assoc-") ||
        none_of(Probes, [&](const std::string &File) {
          return enables(Options.forFile(File).Checks, Name);
        }))
      continue;
    Checks.push_back(Entry.getValue()(Name, &Context));
    // Every check of the assoc module is an AssocCheck.
    auto &Check = static_cast<clang::tidy::assoc::AssocCheck &>(*Checks.back());
    Rules.push_back([&Check, Complete](const Program &P) {
      return Check.analyse(P, Complete);
    });
  }
  return runRules(Merged, Rules, Jobs);
}

} // namespace assoctidy::driver
