//===- Analysis.cpp - The checks over a merged program --------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "AssocCheck.h"

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
                               const Program &Merged, bool Complete) {
  ClangTidyCheckFactories Factories;
  for (const auto &Entry : ClangTidyModuleRegistry::entries())
    Entry.instantiate()->addCheckFactories(Factories);
  Context.setCurrentFile(Files.front());
  std::set<std::string> Directories;
  std::vector<std::string> Probes;
  for (const std::string &File : Files)
    if (Directories.insert(sys::path::parent_path(File).str()).second)
      Probes.push_back(File);
  std::vector<Finding> All;
  for (const auto &Entry : Factories) {
    StringRef Name = Entry.getKey();
    if (!Name.starts_with("assoc-") ||
        none_of(Probes, [&](const std::string &File) {
          return enables(Options.forFile(File).Checks, Name);
        }))
      continue;
    std::unique_ptr<ClangTidyCheck> Check = Entry.getValue()(Name, &Context);
    // Every check of the assoc module is an AssocCheck.
    std::vector<Finding> Found =
        static_cast<clang::tidy::assoc::AssocCheck &>(*Check).analyse(Merged, Complete);
    std::move(Found.begin(), Found.end(), std::back_inserter(All));
  }
  return All;
}

} // namespace assoctidy::driver
