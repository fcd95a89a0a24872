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

/// The same, before the unit is scanned: an include counts when Exists
/// says its file is there (every branch of an #if is taken).
IncludePlan planIncludes(
    llvm::StringRef MainFile, llvm::function_ref<bool(llvm::StringRef)> Exists,
    const SearchPath &Search, llvm::StringRef Vocabulary,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read);

/// One preamble of a plan: its system headers (files), those of its
/// parent first, and the preamble it is built on (an index into the plan,
/// before it), if any.
struct PlannedPreamble {
  std::vector<std::string> Files;
  std::optional<std::size_t> Parent;
};

/// Which preambles to build for units of one set of flags, given the
/// system headers (as files, in order) each unit includes: a tree. Each
/// preamble adds to its parent's the headers most widely included by the
/// units under the parent: as many as three quarters of those units all
/// include, or else as many as save the most parses (a header counts once
/// for each unit served after the first; at least two are served); its
/// children do the same for the units it serves, and its
/// siblings for those it does not. At most Max preambles.
std::vector<PlannedPreamble>
planPreambles(const std::vector<std::vector<std::string>> &Units,
              std::size_t Max);

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_INCLUDEPLAN_H
