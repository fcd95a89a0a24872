//===- SharedPreamble.h - One parse of the system headers -------*- C++ -*-===//
//
// Part of assoc-tidy. Every unit of a codebase parses the same system
// headers again (the standard library, Boost, Qt, Wt), wherever they are
// included from, and with function bodies skipped that parse is most of
// what a unit costs. Units compiled with the same flags share a precompiled
// header of the system headers their project files include (and of the
// vocabulary), built once per run, in-process, and loaded by each unit
// instead of parsing those headers.
//
// A unit uses a shared preamble only when it changes nothing the unit sees,
// and each condition is checked from its dependency scan and the text of
// its project files (IncludePlan.h):
// - every file the preamble read is a file the unit reads anyway, so the
//   preamble adds no declaration; only system headers move ahead of the
//   project's code, and they cannot depend on it but through macros;
// - no project file defines or undefines, before the unit's last system
//   header, a macro the shared headers read (the preamble's parse records
//   every identifier it met: NDEBUG, _GLIBCXX_*, QT_*, BOOST_* as they
//   are tested);
// - the command line loads no PCH or module and forces no include;
// - the shared headers declare no model and map no table themselves: the
//   unit's extraction skips the preamble's declarations (it instantiates
//   their class templates, which are visited).
// Where one fails, the unit is parsed as it is written, and the reason is
// kept for -v.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_SHAREDPREAMBLE_H
#define ASSOC_TIDY_EXTRACT_SHAREDPREAMBLE_H

#include "IncludePlan.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace clang {
class CompilerInvocation;
class FileManager;
class HeaderSearchOptions;
} // namespace clang

namespace assoctidy {

/// A file's path as a unit's inputs are named: made absolute against the
/// unit's directory, with `.` removed and `..` kept. The dependency scan's
/// list and a preamble's files are compared in this form.
std::string inputPath(llvm::StringRef Path, llvm::StringRef Directory);

/// The include search path of a unit, in the preprocessor's order.
SearchPath searchPath(const clang::HeaderSearchOptions &Options, bool CPlusPlus,
                      llvm::StringRef Directory);

/// A unit of the run as its compile command gives it (the command line as
/// the unit is parsed with), read to plan the preambles before any parse.
struct PlannedCommand {
  std::vector<std::string> Args;
  std::string Directory;
  std::string File;
};

/// The preamble a unit loads, or why it loads none.
struct PreambleChoice {
  std::string Path; ///< Empty: parse the unit as it is written.
  std::string Why;  ///< With no Path: why not (empty when nothing to share).
};

/// The precompiled preambles of one run, shared by its worker threads, and
/// deleted with it.
class SharedPreambles {
public:
  SharedPreambles();
  ~SharedPreambles();
  SharedPreambles(const SharedPreambles &) = delete;
  SharedPreambles &operator=(const SharedPreambles &) = delete;

  /// The preamble to load for a unit compiled by Unit (in Directory, with
  /// Files, on the calling worker's thread), which reads Inputs (absolute
  /// paths, from its dependency scan, one of them Vocabulary when not
  /// empty). Of the preambles built for its flags, the largest that it may
  /// load; a new one is built, of the system headers it shares with an
  /// earlier unit, when none covers three quarters of its own.
  PreambleChoice forUnit(const clang::CompilerInvocation &Unit,
                         clang::FileManager &Files, llvm::StringRef Directory,
                         const std::vector<std::string> &Inputs,
                         llvm::StringRef Vocabulary);

  /// The run's units, read once, when the first unit asks for a preamble
  /// (a run that parses nothing reads none): the preambles are planned
  /// from the system headers they all include (planPreambles), and a unit
  /// loads the largest planned one that holds only headers it includes.
  /// Units of flags no plan covers choose as they come, as without it.
  void setUnits(std::function<std::vector<PlannedCommand>()> Units);

  /// A unit that loaded the preamble forUnit gave it was parsed again
  /// without it (it has errors): it is not counted as served.
  void fellBack();

  /// Units that loaded a shared preamble, and preambles made (or tried).
  unsigned unitsServed() const;
  unsigned preamblesBuilt() const;

private:
  struct Preamble;
  struct Group;
  static std::string groupKey(const clang::CompilerInvocation &Unit,
                              llvm::StringRef Directory);
  void planAll();
  /// For units of flags no plan covers: the largest preamble built so far
  /// that the unit may load, or a new one, built on it, of what the unit
  /// shares with the earlier unit it shares the most with, when that
  /// covers a quarter more of its headers. Null, and Why, when none.
  std::shared_ptr<Preamble> firstComeChoice(
      const std::string &Key, const IncludePlan &Plan,
      const llvm::StringSet<> &Reads, const clang::CompilerInvocation &Unit,
      clang::FileManager &Files, llvm::StringRef Directory, std::string &Why);
  /// Why a unit that reads Reads, and whose includes are Plan, must not
  /// load P (built), or empty; MacroConflict is set when a macro is why.
  static std::string refusal(const Preamble &P, const llvm::StringSet<> &Reads,
                             const IncludePlan &Plan,
                             bool *MacroConflict = nullptr);
  /// Builds P once (and what it is built on first).
  void ensureBuilt(Preamble &P, const clang::CompilerInvocation &Unit,
                   clang::FileManager &Files, llvm::StringRef Directory);
  /// Builds P's PCH and fills its Path, Read and Identifiers.
  void build(Preamble &P, const clang::CompilerInvocation &Unit,
             clang::FileManager &Files, llvm::StringRef Directory);

  mutable std::mutex Lock;
  std::string Directory; ///< Where the preambles are written; made lazily.
  bool DirectoryFailed = false;
  std::map<std::string, std::unique_ptr<Group>> Groups;
  std::function<std::vector<PlannedCommand>()> Units;
  std::once_flag PlanOnce;
  unsigned Served = 0, Built = 0;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_SHAREDPREAMBLE_H
