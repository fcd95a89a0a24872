//===- BufferAnalysis.cpp - The assoc checks on an editor buffer ----------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "BufferAnalysis.h"

#include "Analysis.h"
#include "Nolint.h"
#include "UnitExtraction.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;
using namespace clang::tidy;

namespace assoctidy {

BufferAnalyzer::BufferAnalyzer(std::optional<std::string> CompileCommandsDir)
    : CompileCommandsDir(std::move(CompileCommandsDir)) {}

BufferAnalyzer::~BufferAnalyzer() = default;

tooling::CompilationDatabase *
BufferAnalyzer::databaseFor(const std::string &Path) {
  const std::string Key = CompileCommandsDir
                              ? *CompileCommandsDir
                              : llvm::sys::path::parent_path(Path).str();
  auto It = Databases.find(Key);
  if (It != Databases.end())
    return It->second.get();
  std::string Error;
  std::unique_ptr<tooling::CompilationDatabase> DB =
      CompileCommandsDir
          ? tooling::CompilationDatabase::autoDetectFromDirectory(
                *CompileCommandsDir, Error)
          : tooling::CompilationDatabase::autoDetectFromSource(Path, Error);
  // As clangd: a header the database does not list borrows the command of
  // the closest file it does.
  if (DB)
    DB = tooling::inferMissingCompileCommands(std::move(DB));
  return (Databases[Key] = std::move(DB)).get();
}

std::vector<Finding> BufferAnalyzer::analyse(const std::string &Path,
                                             const std::string &Text) {
  tooling::CompileCommand Command;
  tooling::CompilationDatabase *DB = databaseFor(Path);
  std::vector<tooling::CompileCommand> Commands =
      DB ? DB->getCompileCommands(Path) : std::vector<tooling::CompileCommand>();
  if (!Commands.empty()) {
    Command = Commands.front();
  } else {
    // clangd's fallback: no flags but the language.
    Command.Directory = llvm::sys::path::parent_path(Path).str();
    Command.Filename = Path;
    Command.CommandLine = {"clang++", "-xc++", "-std=c++17", Path};
  }

  auto Scanning = makeScanningService();
  UnitExtractor Extractor(*Scanning);
  UnitFacts Facts = Extractor.runOnBuffer(Command, Path, Text);

  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "-*,assoc-*";
  ClangTidyContext Context(std::make_unique<FileOptionsProvider>(
      ClangTidyGlobalOptions(), Defaults, ClangTidyOptions(),
      llvm::vfs::getRealFileSystem()));
  // Configuration problems go to the log (stderr), not into the editor.
  ClangTidyDiagnosticConsumer ConfigConsumer(Context);
  DiagnosticsEngine ConfigEngine(new DiagnosticIDs(), new DiagnosticOptions(),
                                 &ConfigConsumer, /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&ConfigEngine);
  driver::OptionsByDirectory Options(Context);
  std::vector<Finding> All = driver::runChecks(
      Context, Options, {Path}, Facts.Facts, /*Complete=*/false);

  std::vector<Finding> Here;
  const ClangTidyOptions &FileOptions = Options.forFile(Path);
  for (Finding &F : All)
    if (F.Where.Begin.File == Path &&
        driver::enables(FileOptions.Checks, F.Check) &&
        !isSuppressedByNolint(Text, F.Where.Begin.Offset, F.Check))
      Here.push_back(std::move(F));
  return Here;
}

} // namespace assoctidy
