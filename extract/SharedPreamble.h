//===- SharedPreamble.h - One parse of the standard headers -----*- C++ -*-===//
//
// Part of assoc-tidy. Every unit of a codebase parses the same standard
// library headers again, and with function bodies skipped that parse is most
// of what a unit costs. Units compiled with the same flags share one
// precompiled header of the standard headers their own file includes (and
// of the vocabulary), built once per run, in-process, and loaded by each
// unit instead of parsing those headers.
//
// A unit uses a shared preamble only when it changes nothing the unit sees:
// every file the preamble read is a file the unit reads anyway (its
// dependency scan lists it), so the preamble adds no declaration; only the
// order of standard headers changes, which the standard allows
// ([using.headers]: they may be included in any order). A unit whose own
// file defines a macro that configures the library (a reserved name, or
// NDEBUG) before including it is parsed as it is.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_SHAREDPREAMBLE_H
#define ASSOC_TIDY_EXTRACT_SHAREDPREAMBLE_H

#include "llvm/ADT/StringRef.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CompilerInvocation;
class FileManager;
} // namespace clang

namespace assoctidy {

/// A file's path as a unit's inputs are named: made absolute against the
/// unit's directory, with `.` removed and `..` kept. The dependency scan's
/// list and a preamble's files are compared in this form.
std::string inputPath(llvm::StringRef Path, llvm::StringRef Directory);

/// The C++ standard library headers (by name, e.g. "vector") that Text
/// includes with angle brackets, in order, without repeats; std::nullopt
/// when Text defines or undefines a macro that may configure the library
/// (NDEBUG, or a name reserved to the implementation: `_X...` or `__...`).
/// <cassert> is never listed: it is meant to be included again.
std::optional<std::vector<std::string>> standardIncludes(llvm::StringRef Text);

/// The precompiled preambles of one run, shared by its worker threads, and
/// deleted with it.
class SharedPreambles {
public:
  SharedPreambles();
  ~SharedPreambles();
  SharedPreambles(const SharedPreambles &) = delete;
  SharedPreambles &operator=(const SharedPreambles &) = delete;

  /// The preamble to load for a unit compiled by Unit (in Directory, with
  /// Files, on the calling worker's thread), whose own file is MainText and
  /// which reads Inputs (absolute paths, from its dependency scan, one of
  /// them Vocabulary when not empty). Builds it when this is the second
  /// unit of its flags and headers to want it (the first is parsed as it
  /// is). Empty when there is none to use.
  std::string forUnit(const clang::CompilerInvocation &Unit,
                      clang::FileManager &Files, llvm::StringRef Directory,
                      llvm::StringRef MainText,
                      const std::vector<std::string> &Inputs,
                      llvm::StringRef Vocabulary);

  /// A unit that loaded the preamble forUnit gave it was parsed again
  /// without it (it has errors): it is not counted as served.
  void fellBack();

  /// Units that loaded a shared preamble, and preambles made (or tried).
  unsigned unitsServed() const;
  unsigned preamblesBuilt() const;

private:
  struct Preamble;
  struct Group;
  /// Builds P's PCH and fills its Path and Read; false when it failed.
  bool build(Preamble &P, const clang::CompilerInvocation &Unit,
             clang::FileManager &Files, llvm::StringRef Directory,
             llvm::StringRef Vocabulary);

  mutable std::mutex Lock;
  std::string Directory; ///< Where the preambles are written; made lazily.
  bool DirectoryFailed = false;
  std::map<std::string, std::unique_ptr<Group>> Groups;
  unsigned Served = 0, Built = 0;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_SHAREDPREAMBLE_H
