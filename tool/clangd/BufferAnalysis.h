//===- BufferAnalysis.h - The assoc checks on an editor buffer --*- C++ -*-===//
//
// Part of assoc-tidy. assoc-clangd's analysis of one open document: the
// unsaved text parsed with the compile command clangd would use for it
// (the same compile_commands.json, with clangd's interpolation for headers
// it does not list), the checks configured by the file's .clang-tidy, the
// findings in that document.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_TOOL_CLANGD_BUFFERANALYSIS_H
#define ASSOC_TIDY_TOOL_CLANGD_BUFFERANALYSIS_H

#include "Finding.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tooling {
class CompilationDatabase;
} // namespace clang::tooling

namespace assoctidy {

class BufferAnalyzer {
public:
  /// CompileCommandsDir: clangd's --compile-commands-dir, if it was given;
  /// otherwise the database is searched upward from each file, as clangd
  /// does.
  explicit BufferAnalyzer(std::optional<std::string> CompileCommandsDir);
  ~BufferAnalyzer();

  /// The findings in the file at Path (absolute) whose text is Text.
  std::vector<Finding> analyse(const std::string &Path,
                               const std::string &Text);

private:
  clang::tooling::CompilationDatabase *databaseFor(const std::string &Path);

  std::optional<std::string> CompileCommandsDir;
  std::map<std::string, std::unique_ptr<clang::tooling::CompilationDatabase>>
      Databases;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_TOOL_CLANGD_BUFFERANALYSIS_H
