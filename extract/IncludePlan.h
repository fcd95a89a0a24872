//===- IncludePlan.h - The system headers a unit reaches --------*- C++ -*-===//
//
// Part of assoc-tidy. A unit reaches the standard library, Boost, Qt and its
// ORM through its own headers, rarely from its .cpp file alone. To share
// one parse of those headers (SharedPreamble.h), the driver needs to know,
// before parsing, which system headers the unit's own files include and in
// what order, and which macros those files define on the way. This reads
// it from the text of the unit's project files, following their includes
// as the preprocessor would find them; the dependency scan's list of the
// files the unit reads says which include was taken. Pure: no Clang.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_INCLUDEPLAN_H
#define ASSOC_TIDY_EXTRACT_INCLUDEPLAN_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace assoctidy {

/// Where the unit's includes are looked for, in the preprocessor's order,
/// each directory absolute (as inputPath makes it).
struct SearchPath {
  struct Directory {
    std::string Path;
    bool System = false; ///< -isystem and the compiler's own.
  };
  std::vector<std::string> Quoted; ///< -iquote: `#include "..."` only.
  std::vector<Directory> Angled;   ///< -I, then the system directories.
};

/// A macro a project file defines or undefines before the unit's last
/// system header is included: it may change what a shared header declares.
struct EarlyMacro {
  std::string Name;
  std::string File;
};

struct IncludePlan {
  /// The system headers the unit's project files include, in the order the
  /// preprocessor first meets them, as spelled (`vector`, `Wt/Dbo/Dbo.h`),
  /// and the vocabulary header (by its path) where it is met.
  std::vector<std::string> Headers;
  /// The same headers, as the files they resolve to.
  std::vector<std::string> Files;
  std::vector<EarlyMacro> Macros;
};

/// Follows the includes of MainFile (an absolute path) through the project
/// files the unit reads (Inputs, absolute, from its dependency scan), with
/// Read giving a file's text (std::nullopt when it cannot be read). An
/// include counts only when the file it resolves to is among Inputs; one
/// spelled by a macro, or an #include_next, is not followed. <cassert> and
/// <assert.h> are never listed: they are meant to be included again. The
/// vocabulary (the input ending in Vocabulary, when not empty) is listed
/// as a header, and not followed.
IncludePlan planIncludes(
    llvm::StringRef MainFile, const std::vector<std::string> &Inputs,
    const SearchPath &Search, llvm::StringRef Vocabulary,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read);

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_INCLUDEPLAN_H
