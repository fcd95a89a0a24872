//===- AssocTidyMain.cpp - The standalone assoc-tidy driver ---------------===//
//
// Part of assoc-tidy. clang-tidy's command-line conventions with the assoc
// checks built in and enabled by default:
//
//   assoc-tidy [options] <files...> [-- <compiler flags>]
//   assoc-tidy [options] -p <build dir> [<files...>]
//
// It analyses the whole program: every unit is scanned (and parsed only if
// it includes the vocabulary), its models extracted once, in parallel and
// cached, and the units' models merged, so that a check sees both sides of
// an association even when no unit includes both (tool/WholeProgram.h).
// clang-tidy's own libraries do the rest: options and .clang-tidy files,
// check options, the text output and fix-its, --export-fixes.
// Exit codes: 0 clean or warnings only, 1 errors found (an assoc error, a
// compiler error, or a warning promoted by --warnings-as-errors; with
// --baseline, only those it does not record), 2 usage or input errors (bad
// option, unknown check, missing file or compilation database, a baseline
// that cannot be read).
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"
#include "FactsCache.h"
#include "Fixes.h"
#include "Frontends.h"
#include "Graph.h"
#include "Merge.h"
#include "ModelJson.h"
#include "Nolint.h"
#include "Report.h"
#include "SchemaChecks.h"
#include "SchemaSource.h"
#include "WholeProgram.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <csignal>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;
using assoctidy::driver::enables;
using assoctidy::driver::OptionsByDirectory;
using assoctidy::driver::runChecks;

namespace clang::tidy {
extern volatile int AssocModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED AssocModuleAnchorDestination =
    AssocModuleAnchorSource;
} // namespace clang::tidy

namespace {

constexpr const char *DefaultChecks = "-*,assoc-*";
/// Reported by this driver alone (a unit sees one definition of a model):
/// not a registered check, but named, enabled and filtered like one.
constexpr const char *ModelConflictCheck = "assoc-model-conflict";
constexpr int ExitFindings = 1;
constexpr int ExitUsage = 2;

cl::OptionCategory Category("assoc-tidy options");

const char Overview[] = R"(
assoc-tidy checks ActiveRecord-style association declarations written with
the assoc vocabulary (include/assoc/associations.hpp).

  assoc-tidy [options] <files...> [-- <compiler flags>]
  assoc-tidy [options] -p <build dir> [<files...>]

With -p and no file, every file of compile_commands.json is checked.
Configuration is read from .clang-tidy files as clang-tidy does; --checks
is added to it. The default is ')" "-*,assoc-*" R"('.
)";

cl::opt<std::string> BuildPath("p", cl::desc("Build directory holding "
                                             "compile_commands.json"),
                               cl::value_desc("build dir"), cl::cat(Category));
cl::list<std::string> SourcePaths(cl::Positional,
                                  cl::desc("<source files>"),
                                  cl::cat(Category));
cl::opt<std::string> Checks("checks",
                            cl::desc("Comma-separated globs of checks to run, "
                                     "added to the configured ones; a '-' "
                                     "prefix removes"),
                            cl::cat(Category));
cl::opt<std::string> HeaderFilter(
    "header-filter",
    cl::desc("Regular expression of headers whose diagnostics are shown "
             "(default '.*': every non-system header; '' shows none; "
             "diagnostics in the main file always are)"),
    cl::cat(Category));
cl::opt<std::string> ExcludeHeaderFilter(
    "exclude-header-filter",
    cl::desc("Regular expression of headers whose diagnostics are not "
             "shown, of those --header-filter shows"),
    cl::cat(Category));
cl::opt<std::string> WarningsAsErrors(
    "warnings-as-errors",
    cl::desc("Globs of checks whose warnings are treated as errors"),
    cl::cat(Category));
cl::opt<std::string> Config(
    "config",
    cl::desc("Configuration in YAML or JSON, as in a .clang-tidy file, used "
             "instead of the .clang-tidy files, e.g. "
             "--config=\"{CheckOptions: {assoc-association-naming.Irregulars: "
             "'cactus:cacti'}}\""),
    cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply fix-its (not when the code has "
                                  "compiler errors)"),
                  cl::cat(Category));
cl::opt<bool> FixErrors("fix-errors",
                        cl::desc("Apply fix-its even when the code has "
                                 "compiler errors"),
                        cl::cat(Category));
cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("Write the fix-its to this YAML file (clang-apply-replacements "
             "format)"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> ListChecks("list-checks",
                         cl::desc("List the enabled checks and exit"),
                         cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("Print no summary line"),
                    cl::cat(Category));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Compiler argument to append"),
                                cl::cat(Category));
cl::list<std::string> ExtraArgsBefore("extra-arg-before",
                                      cl::desc("Compiler argument to prepend"),
                                      cl::cat(Category));
cl::opt<unsigned> Jobs("j",
                       cl::desc("Translation units analysed in parallel "
                                "(default: the number of cores)"),
                       cl::init(0), cl::Prefix, cl::cat(Category));
enum class Format { Text, Json, Sarif };
cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text",
                          "clang-tidy's diagnostics (default)"),
               clEnumValN(Format::Json, "json",
                          "JSON, documented in docs/output-formats.md"),
               clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0")),
    cl::cat(Category));
cl::opt<bool> NoCache("no-cache",
                      cl::desc("Neither read nor write the facts cache "
                               "(<build dir>/.assoc-tidy-cache, with -p)"),
                      cl::cat(Category));
cl::opt<std::string> CacheDir(
    "cache-dir",
    cl::desc("Where to keep the facts cache (default: "
             "<build dir>/.assoc-tidy-cache with -p, none otherwise)"),
    cl::value_desc("dir"), cl::cat(Category));
enum class Dump { None, Json, Dot, Mermaid };
cl::opt<Dump> DumpModel(
    "dump-model",
    cl::desc("Write the merged association graph to stdout instead of the "
             "diagnostics"),
    cl::init(Dump::None),
    cl::values(clEnumValN(Dump::Json, "json",
                          "models, associations and what ActiveRecord "
                          "derives (docs/output-formats.md)"),
               clEnumValN(Dump::Dot, "dot", "a Graphviz diagram"),
               clEnumValN(Dump::Mermaid, "mermaid", "a Mermaid diagram")),
    cl::cat(Category));
cl::opt<bool> Verbose("v",
                      cl::desc("Say how each unit was handled: parsed, read "
                               "from the cache, or skipped"),
                      cl::cat(Category));
cl::opt<std::string> SchemaSourceOption(
    "schema",
    cl::desc("Check the declarations against a real schema: a .sql file "
             "(DDL, run by SQLite in memory), an SQLite database (opened "
             "read-only), or a PostgreSQL connection "
             "(postgresql://... or 'host=... dbname=...')"),
    cl::value_desc("source"), cl::cat(Category));
enum class EmitSchema { None, Sql, Json };
cl::opt<EmitSchema> EmitSchemaOption(
    "emit-schema",
    cl::desc("Print the schema the associations imply, instead of the "
             "diagnostics"),
    cl::init(EmitSchema::None),
    cl::values(clEnumValN(EmitSchema::Sql, "sql",
                          "CREATE TABLE and CREATE INDEX statements"),
               clEnumValN(EmitSchema::Json, "json",
                          "the requirements (docs/before-migrations.md)")),
    cl::cat(Category));
cl::opt<assoctidy::Dialect> DialectOption(
    "dialect", cl::desc("SQL dialect of --emit-schema (default: sqlite; "
                        "with --schema, the schema's)"),
    cl::init(assoctidy::Dialect::SQLite),
    cl::values(clEnumValN(assoctidy::Dialect::SQLite, "sqlite", "SQLite"),
               clEnumValN(assoctidy::Dialect::PostgreSQL, "postgresql",
                          "PostgreSQL")),
    cl::cat(Category));
cl::opt<std::string> KeyType(
    "key-type", cl::desc("Type of key columns in emitted SQL: bigint "
                         "(default) or integer"),
    cl::init("bigint"), cl::cat(Category));
cl::opt<std::string> EmitMigration(
    "emit-migration", cl::ValueOptional,
    cl::desc("With --schema: write the SQL that adds what the schema lacks "
             "to the file, or with no file to stdout instead of the "
             "diagnostics; never drops or alters data"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> ExtractOnly(
    "extract-only",
    cl::desc("Write one unit's facts to -o instead of checking: the unit of "
             "a distributed build step, merged later with --merge"),
    cl::cat(Category));
cl::opt<std::string> OutputFile("o", cl::desc("Output of --extract-only"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> MergeFacts(
    "merge",
    cl::desc("The inputs are facts files written by --extract-only: merge "
             "them and check the whole program, as -p would"),
    cl::cat(Category));
cl::opt<bool> NoSharedPreamble(
    "no-shared-preamble",
    cl::desc("Parse the system headers in every unit instead of sharing "
             "their parse between units of the same compile flags"),
    cl::cat(Category));
cl::opt<bool> NoPrefilter(
    "no-prefilter",
    cl::desc("Parse every unit, even one that never includes the "
             "vocabulary header (for measurements)"),
    cl::Hidden, cl::cat(Category));
cl::opt<std::string> BaselineFile(
    "baseline",
    cl::desc("Report only the findings this file, written by "
             "--write-baseline, does not record; the exit code counts new "
             "errors only"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteBaselineFile(
    "write-baseline",
    cl::desc("Record today's findings in this file, for --baseline, and "
             "exit 0 unless the run failed"),
    cl::value_desc("file"), cl::cat(Category));

int usageError(const Twine &Message) {
  errs() << "assoc-tidy: error: " << Message << "\n";
  return ExitUsage;
}

/// The directory a baseline's file paths are relative to: the baseline's
/// own, so that a baseline committed with the code reads the same in every
/// checkout.
std::string baselineDirectory(StringRef File) {
  SmallString<256> Path(File);
  sys::fs::make_absolute(Path);
  sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return sys::path::parent_path(Path).str();
}

/// The summary's account of the baseline: " (5 known in the baseline not
/// shown)", or nothing without one.
std::string baselineClause(std::size_t Known, std::size_t Absent,
                           bool InDocument) {
  std::string Out = " (" + std::to_string(Known) + " known in the baseline " +
                    (InDocument ? "marked unchanged" : "not shown");
  if (Absent)
    Out += ", " + std::to_string(Absent) + " of its findings no longer found";
  return Out + ")";
}

/// The options of every file: defaults (the assoc checks), then .clang-tidy
/// files or --config, then the command line. Sets Error and returns null
/// when --config does not parse.
std::unique_ptr<ClangTidyOptionsProvider>
makeOptionsProvider(IntrusiveRefCntPtr<vfs::FileSystem> FS,
                    std::string &Error) {
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = DefaultChecks;
  Defaults.WarningsAsErrors = "";
  // Models live in headers: as clang-tidy does since LLVM 22, every
  // non-system header is shown unless a filter narrows it.
  Defaults.HeaderFilterRegex = ".*";
  ClangTidyOptions Overrides;
  if (Checks.getNumOccurrences())
    Overrides.Checks = Checks;
  if (HeaderFilter.getNumOccurrences())
    Overrides.HeaderFilterRegex = HeaderFilter;
  if (ExcludeHeaderFilter.getNumOccurrences())
    Overrides.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  if (WarningsAsErrors.getNumOccurrences())
    Overrides.WarningsAsErrors = WarningsAsErrors;
  if (Config.getNumOccurrences()) {
    ErrorOr<ClangTidyOptions> Parsed =
        parseConfiguration(MemoryBufferRef(Config, "--config"));
    if (!Parsed) {
      Error = "invalid --config: " + Parsed.getError().message();
      return nullptr;
    }
    return std::make_unique<ConfigOptionsProvider>(
        ClangTidyGlobalOptions(), Defaults, *Parsed, Overrides, std::move(FS));
  }
  return std::make_unique<FileOptionsProvider>(ClangTidyGlobalOptions(),
                                               Defaults, Overrides,
                                               std::move(FS));
}

/// A --checks glob that matches no check is a typo: say so rather than run
/// nothing. `clang-diagnostic-*` names compiler warnings, always allowed.
std::optional<std::string> unknownCheckGlob(StringRef Globs) {
  ClangTidyOptions All;
  All.Checks = "*";
  std::vector<std::string> Known = getCheckNames(All, false);
  Known.push_back(ModelConflictCheck);
  for (std::string_view Name : assoctidy::schemaCheckNames())
    Known.emplace_back(Name);
  SmallVector<StringRef, 8> Patterns;
  Globs.split(Patterns, ',', -1, /*KeepEmpty=*/false);
  for (StringRef Pattern : Patterns) {
    Pattern = Pattern.trim().ltrim('-').trim();
    if (Pattern.empty() || Pattern.starts_with("clang-diagnostic-"))
      continue;
    GlobList Glob(Pattern);
    if (none_of(Known, [&](const std::string &Name) {
          return Glob.contains(Name);
        }))
      return Pattern.str();
  }
  return std::nullopt;
}

std::unique_ptr<tooling::CompilationDatabase>
loadCompilations(std::unique_ptr<tooling::CompilationDatabase> FromDashes,
                 std::string &Error) {
  if (FromDashes)
    return FromDashes;
  if (!BuildPath.empty()) {
    if (!sys::fs::is_directory(BuildPath)) {
      Error = "build directory '" + BuildPath + "' does not exist";
      return nullptr;
    }
    std::string Why;
    // The database in the named directory, or why it is broken. Only a
    // directory without one is searched upwards, as clang-tidy does: a
    // broken file must not quietly hand the run to a parent's database
    // (a build directory inside another project's build, say).
    // With both files, compile_commands.json is the database (Clang's own
    // search would take whichever plugin registered first).
    const std::string Json = BuildPath + "/compile_commands.json";
    std::unique_ptr<tooling::CompilationDatabase> DB;
    if (sys::fs::exists(Json)) {
      DB = tooling::JSONCompilationDatabase::loadFromFile(
          Json, Why, tooling::JSONCommandLineSyntax::AutoDetect);
      if (!DB) // Worded as Clang's search words it.
        Why = "json-compilation-database: " + Why;
    } else
      DB = tooling::CompilationDatabase::loadFromDirectory(BuildPath, Why);
    const bool HasOwn =
        sys::fs::exists(Json) ||
        sys::fs::exists(BuildPath + "/compile_flags.txt");
    if (!DB && !HasOwn)
      DB = tooling::CompilationDatabase::autoDetectFromDirectory(BuildPath,
                                                                 Why);
    if (!DB)
      Error = "cannot load the compilation database in '" + BuildPath +
              "': " + StringRef(Why).trim().str();
    return DB;
  }
  std::string Why;
  auto DB = tooling::CompilationDatabase::autoDetectFromSource(
      SourcePaths.front(), Why);
  if (!DB)
    Error = "no compile_commands.json found for '" + SourcePaths.front() +
            "' or its parent directories; pass -p <build dir>, or the "
            "compiler flags after '--'";
  return DB;
}

/// Decides what is shown, as clang-tidy would for a unit (the check is
/// enabled for the file, no NOLINT, a header passes --header-filter, and
/// --warnings-as-errors), and turns it into clang-tidy's errors.
class Reporter {
public:
  /// AllHeaders: every header is shown, whatever --header-filter says (the
  /// graph describes the whole program).
  Reporter(OptionsByDirectory &Options, const std::vector<std::string> &Files,
           bool AllHeaders)
      : Options(Options), MainFiles(Files.begin(), Files.end()),
        AllHeaders(AllHeaders) {}

  void compilerError(const assoctidy::CompilerDiagnostic &D) {
    assoctidy::Finding F;
    F.Check = "clang-diagnostic-error";
    F.Level = assoctidy::Severity::Error;
    F.Message = D.Message;
    F.Where = {D.Where, D.Where};
    Shown.push_back({std::move(F), false});
  }

  /// A conflict is a finding of its own check, assoc-model-conflict, which
  /// only this driver reports: the same filters apply.
  void conflict(const assoctidy::MergeConflict &C,
                const std::vector<std::string> &Units) {
    const std::string First = sys::path::filename(Units[C.FirstUnit]).str();
    const std::string Second = sys::path::filename(Units[C.SecondUnit]).str();
    assoctidy::Finding F;
    F.Check = ModelConflictCheck;
    F.Level = assoctidy::Severity::Error;
    F.Where = C.Second.Definition;
    if (C.SameDefinition)
      F.Message = "model '" + C.Second.QualifiedName + "' reads differently in '" +
                  Second + "' than in '" + First +
                  "' (different macros or flags); the checks use the reading "
                  "of '" + First + "'";
    else
      F.Message = "model '" + C.Second.QualifiedName +
                  "' is defined again, differently (seen by '" + Second +
                  "'); the checks use the first definition (seen by '" +
                  First + "')";
    F.Notes.push_back({C.SameDefinition
                           ? "as read by '" + First + "'"
                           : "the first definition is here",
                       C.First.Definition});
    finding(std::move(F));
  }

  /// The files of models defined in system headers, whose findings are
  /// hidden as clang-tidy hides a system header's.
  void systemHeadersOf(const assoctidy::Program &P) {
    for (const assoctidy::Model &M : P.Models)
      if (M.InSystemHeader)
        SystemFiles.insert(M.Definition.Begin.File.str());
  }

  void finding(assoctidy::Finding F) {
    const std::string &File = F.Where.Begin.File;
    if (File.empty())
      return;
    const ClangTidyOptions &O = Options.forFile(File);
    if (!enables(O.Checks, F.Check))
      return;
    if (suppressed(F)) {
      ++Hidden.Nolint;
      return;
    }
    // A conflict is almost always in a header, and hiding it would hide
    // which definition every other finding rests on; a schema finding was
    // asked for with --schema: both are shown regardless.
    if (!AllHeaders && !MainFiles.count(File) &&
        F.Check != ModelConflictCheck &&
        !StringRef(F.Check).starts_with("assoc-schema-")) {
      if (SystemFiles.count(File)) {
        ++Hidden.System;
        return;
      }
      // As in clang-tidy, an empty header filter shows no header.
      const std::string Include = O.HeaderFilterRegex.value_or("");
      if (Include.empty() || !Regex(Include).match(File)) {
        ++Hidden.ByFilter;
        Hidden.Filters.insert(Include);
        return;
      }
      const std::string Exclude = O.ExcludeHeaderFilterRegex.value_or("");
      if (!Exclude.empty() && Regex(Exclude).match(File)) {
        ++Hidden.ByExclude;
        Hidden.Excludes.insert(Exclude);
        return;
      }
    }
    const bool Promoted = F.Level == assoctidy::Severity::Warning &&
                          enables(O.WarningsAsErrors, F.Check);
    Shown.push_back({std::move(F), Promoted});
  }

  /// Sorted as clang-tidy sorts a unit's diagnostics, each shown once
  /// however many units produced it.
  std::vector<assoctidy::Reported> &shown() {
    auto Key = [](const assoctidy::Reported &R) {
      return std::tie(R.What.Where.Begin.File, R.What.Where.Begin.Offset,
                      R.What.Check, R.What.Message);
    };
    std::stable_sort(Shown.begin(), Shown.end(),
                     [&](const auto &A, const auto &B) {
                       return Key(A) < Key(B);
                     });
    Shown.erase(std::unique(Shown.begin(), Shown.end(),
                            [&](const auto &A, const auto &B) {
                              return Key(A) == Key(B);
                            }),
                Shown.end());
    return Shown;
  }

  /// What was found but not shown, and why.
  struct HiddenCounts {
    unsigned Nolint = 0, System = 0, ByFilter = 0, ByExclude = 0;
    /// The filters that hid them (per directory, .clang-tidy may differ).
    std::set<std::string> Filters, Excludes;
  };
  const HiddenCounts &hidden() const { return Hidden; }

private:
  bool suppressed(const assoctidy::Finding &F) {
    auto It = Texts.find(F.Where.Begin.File.str());
    if (It == Texts.end()) {
      auto Buffer = MemoryBuffer::getFile(F.Where.Begin.File.str());
      It = Texts.try_emplace(F.Where.Begin.File.str(),
                             Buffer ? (*Buffer)->getBuffer().str()
                                    : std::string())
               .first;
    }
    return assoctidy::isSuppressedByNolint(It->second, F.Where.Begin.Offset,
                                           F.Check);
  }

  OptionsByDirectory &Options;
  std::set<std::string> MainFiles;
  bool AllHeaders;
  StringMap<std::string> Texts;
  std::set<std::string> SystemFiles;
  HiddenCounts Hidden;
  std::vector<assoctidy::Reported> Shown;
};

/// The summary's account of hidden findings, as clang-tidy's "Suppressed N
/// warnings (...)": "; 3 hidden: 2 in headers --header-filter 'src/' does
/// not match, 1 by NOLINT", or nothing when nothing was hidden.
std::string hiddenClause(const Reporter::HiddenCounts &H) {
  auto Quoted = [](const std::set<std::string> &Regexes) {
    std::string Out;
    for (const std::string &R : Regexes)
      Out += (Out.empty() ? " '" : ", '") + R + "'";
    return Out;
  };
  std::vector<std::string> Parts;
  if (H.ByFilter)
    Parts.push_back(
        std::to_string(H.ByFilter) + " in headers " +
        (H.Filters.count("") && H.Filters.size() == 1
             ? std::string("(--header-filter is empty)")
             : "--header-filter" + Quoted(H.Filters) + " does not match"));
  if (H.ByExclude)
    Parts.push_back(std::to_string(H.ByExclude) +
                    " in headers --exclude-header-filter" + Quoted(H.Excludes) +
                    " matches");
  if (H.System)
    Parts.push_back(std::to_string(H.System) + " in system headers");
  if (H.Nolint)
    Parts.push_back(std::to_string(H.Nolint) + " by NOLINT");
  if (Parts.empty())
    return "";
  const unsigned Total = H.ByFilter + H.ByExclude + H.System + H.Nolint;
  std::string Out = "; " + std::to_string(Total) + " hidden: ";
  for (std::size_t I = 0; I < Parts.size(); ++I)
    Out += (I ? ", " : "") + Parts[I];
  return Out;
}

tooling::DiagnosticMessage message(const std::string &Text,
                                   const assoctidy::Range &Where) {
  tooling::DiagnosticMessage M;
  M.Message = Text;
  M.FilePath = Where.Begin.File;
  M.FileOffset = Where.Begin.Offset;
  if (Where.End.isValid() && Where.End.File == Where.Begin.File &&
      Where.End.Offset > Where.Begin.Offset) {
    tooling::FileByteRange R;
    R.FilePath = Where.Begin.File;
    R.FileOffset = Where.Begin.Offset;
    R.Length = Where.End.Offset - Where.Begin.Offset;
    M.Ranges.push_back(std::move(R));
  }
  return M;
}

/// clang-tidy's form of a shown diagnostic, for its text output, its fix
/// applier and --export-fixes.
/// With Applied, each edit also gets the note clang-tidy prints for an
/// applied fix (the text printer does not write files: applyFixes does).
ClangTidyError toClangTidyError(const assoctidy::Reported &R, bool Applied) {
  const assoctidy::Finding &F = R.What;
  const bool Error = F.Level == assoctidy::Severity::Error || R.WarningAsError;
  ClangTidyError E(F.Check, Error ? ClangTidyError::Error
                                  : ClangTidyError::Warning,
                   /*BuildDirectory=*/"", R.WarningAsError);
  E.Message = message(F.Message, F.Where);
  for (const assoctidy::TextEdit &Edit : F.Fixes) {
    const assoctidy::Range &W = Edit.Where;
    if (!W.isValid() || W.End.File != W.Begin.File)
      continue;
    consumeError(E.Message.Fix[W.Begin.File.str()].add(tooling::Replacement(
        W.Begin.File.str(), W.Begin.Offset, W.End.Offset - W.Begin.Offset,
        Edit.Text)));
  }
  // In the order clang-tidy prints them: its replacements' (file, offset).
  if (Applied)
    for (const auto &[File, Replacements] : E.Message.Fix)
      for (const tooling::Replacement &Done : Replacements)
        E.Notes.push_back(message(
            "FIX-IT applied suggested code changes",
            {{File.str(), Done.getOffset()}, {File.str(), Done.getOffset()}}));
  for (const assoctidy::Note &N : F.Notes)
    E.Notes.push_back(message(N.Message, N.Where));
  return E;
}


/// Reads a facts file of --extract-only; Error says why when it cannot.
std::optional<assoctidy::UnitOutcome> unitFactsFromFile(const std::string &Path,
                                                        std::string &Error) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Error = "cannot read facts file '" + Path + "': " +
            Buffer.getError().message();
    return std::nullopt;
  }
  assoctidy::UnitOutcome Out;
  std::string Why;
  std::optional<assoctidy::UnitFacts> Facts =
      assoctidy::unitFactsFromJson((*Buffer)->getBuffer(), Out.File, Why);
  if (!Facts) {
    Error = "'" + Path + "' is not a facts file: " + Why;
    return std::nullopt;
  }
  Out.Facts = std::move(*Facts);
  return Out;
}

/// What one run carries from phase to phase, filled in as it goes.
struct Run {
  // Options.
  IntrusiveRefCntPtr<vfs::OverlayFileSystem> BaseFS;
  /// The compiler command line after `--`, if there is one.
  std::unique_ptr<tooling::CompilationDatabase> FromDashes;
  /// Handed to clang-tidy's context when the checks run.
  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  std::unique_ptr<raw_fd_ostream> FixesOut;
  bool Baselining = false;
  /// Read from --baseline, or recorded for --write-baseline.
  std::optional<assoctidy::Baseline> Known;
  std::string BaselineDir;
  // Database.
  /// With --extra-arg and --extra-arg-before; none with --merge.
  std::unique_ptr<tooling::CompilationDatabase> Compilations;
  /// Sorted: the first file's configuration and the first definition of a
  /// model must not vary between runs.
  std::vector<std::string> Files;
  // Run.
  assoctidy::ExtractionRun Extracted;
  assoctidy::MergeResult Merged;
};

/// The command line and the configuration it names are the options phase:
/// every mistake in them is a usage error before any file is read.
std::optional<int> parseOptions(int argc, const char **argv, Run &R) {
  cl::HideUnrelatedOptions(Category);

  // Everything after `--` is the compiler command line of every file.
  int ArgcBeforeDashes = argc;
  std::string DashesError;
  R.FromDashes = tooling::FixedCompilationDatabase::loadFromCommandLine(
      ArgcBeforeDashes, argv, DashesError);
  if (!DashesError.empty())
    return usageError(DashesError);
  if (!cl::ParseCommandLineOptions(ArgcBeforeDashes, argv, Overview, &errs()))
    return ExitUsage;

  R.BaseFS = new vfs::OverlayFileSystem(vfs::getRealFileSystem());

  if (Checks.getNumOccurrences())
    if (std::optional<std::string> Unknown = unknownCheckGlob(Checks))
      return usageError("unknown check '" + *Unknown +
                        "' in --checks (see --list-checks)");

  std::string ConfigError;
  R.Provider = makeOptionsProvider(R.BaseFS, ConfigError);
  if (!R.Provider)
    return usageError(ConfigError);
  return std::nullopt;
}

/// --list-checks needs the configuration and nothing else, so it answers
/// before the other options are even checked.
int listChecks(ClangTidyOptionsProvider &Provider) {
  // The configuration that applies to the first file (or to a file in
  // the current directory) decides which checks are enabled.
  SmallString<256> Probe(SourcePaths.empty() ? "dummy.cpp"
                                             : SourcePaths.front());
  sys::fs::make_absolute(Probe);
  ClangTidyOptions Effective = Provider.getOptions(Probe);
  std::vector<std::string> Names = getCheckNames(Effective, false);
  std::vector<std::string> DriverChecks = {ModelConflictCheck};
  for (std::string_view Name : assoctidy::schemaCheckNames())
    DriverChecks.emplace_back(Name);
  for (const std::string &Name : DriverChecks)
    if (Effective.Checks && GlobList(*Effective.Checks).contains(Name))
      Names.push_back(Name);
  llvm::sort(Names);
  outs() << "Enabled checks:\n";
  for (const std::string &Name : Names)
    outs() << "    " << Name << "\n";
  return 0;
}

/// A baseline that cannot be read is a usage error, never a run that
/// quietly reports everything as new: so it is read with the options.
std::optional<int> readBaseline(Run &R) {
  R.Baselining = !BaselineFile.empty() || !WriteBaselineFile.empty();
  if (!BaselineFile.empty() && !WriteBaselineFile.empty())
    return usageError("--baseline and --write-baseline do not go together: "
                      "--write-baseline records today's findings, "
                      "--baseline reports those not recorded");
  if (R.Baselining && (DumpModel != Dump::None ||
                       EmitSchemaOption != EmitSchema::None || ExtractOnly))
    return usageError("--baseline and --write-baseline apply to "
                      "diagnostics, not to --dump-model, --emit-schema or "
                      "--extract-only");
  R.BaselineDir = baselineDirectory(BaselineFile.empty() ? WriteBaselineFile
                                                         : BaselineFile);
  if (BaselineFile.empty())
    return std::nullopt;
  auto Buffer = MemoryBuffer::getFile(BaselineFile);
  if (!Buffer)
    return usageError("cannot read baseline '" + BaselineFile +
                      "': " + Buffer.getError().message());
  std::string Why;
  R.Known = assoctidy::baselineFromJson((*Buffer)->getBuffer(), Why);
  if (!R.Known)
    return usageError("'" + BaselineFile +
                      "' is not an assoc-tidy baseline: " + Why);
  return std::nullopt;
}

/// The rest of the options phase: options that contradict each other, and
/// the files they name, caught before any work rather than after it.
std::optional<int> checkOptions(Run &R) {
  if (KeyType != "bigint" && KeyType != "integer")
    return usageError("--key-type must be bigint or integer, not '" +
                      KeyType + "'");
  if (EmitMigration.getNumOccurrences() && SchemaSourceOption.empty())
    return usageError("--emit-migration needs --schema: the migration adds "
                      "what that schema lacks");

  // Opened before any work: a path that cannot be written is a usage
  // error, not a surprise after the fixes were applied.
  if (!ExportFixes.empty()) {
    std::error_code EC;
    R.FixesOut =
        std::make_unique<raw_fd_ostream>(ExportFixes, EC, sys::fs::OF_None);
    if (EC)
      return usageError("cannot write '" + ExportFixes + "': " +
                        EC.message());
  }

  if (ExtractOnly && (SourcePaths.size() != 1 || OutputFile.empty()))
    return usageError("--extract-only takes one source file and -o <file>");
  if (ExtractOnly && MergeFacts)
    return usageError("--extract-only and --merge are two steps, not one");
  return readBaseline(R);
}

/// With --merge, the facts files written by --extract-only stand for the
/// compilation database: their units are the run's, and nothing is parsed.
std::optional<int> readFactsFiles(Run &R) {
  if (SourcePaths.empty())
    return usageError("--merge needs the facts files to merge");
  std::vector<assoctidy::UnitOutcome> &Units = R.Extracted.Units;
  for (const std::string &Path : SourcePaths) {
    std::string Error;
    std::optional<assoctidy::UnitOutcome> Unit = unitFactsFromFile(Path, Error);
    if (!Unit)
      return usageError(Error);
    Units.push_back(std::move(*Unit));
  }
  // The same order as a whole-program run: by unit path.
  llvm::stable_sort(
      Units, [](const assoctidy::UnitOutcome &A,
                const assoctidy::UnitOutcome &B) { return A.File < B.File; });
  for (const assoctidy::UnitOutcome &Unit : Units)
    R.Files.push_back(Unit.File);
  R.Extracted.Parsed = R.Files.size();
  return std::nullopt;
}

/// The database phase settles which files the run covers and how each is
/// compiled; an input that is missing or broken ends the run here.
std::optional<int> loadDatabase(Run &R) {
  if (MergeFacts)
    return readFactsFiles(R);
  if (SourcePaths.empty() && BuildPath.empty())
    return usageError("no input files; name source files, or pass -p <build "
                      "dir> to check every file of compile_commands.json");
  for (const std::string &Path : SourcePaths)
    if (!sys::fs::exists(Path))
      return usageError("no such file: '" + Path + "'");

  std::string DBError;
  std::unique_ptr<tooling::CompilationDatabase> Compilations =
      loadCompilations(std::move(R.FromDashes), DBError);
  if (!Compilations)
    return usageError(DBError);

  R.Files.assign(SourcePaths.begin(), SourcePaths.end());
  if (R.Files.empty())
    R.Files = Compilations->getAllFiles();
  // The database lists its files in no stable order; the first file's
  // configuration and the first definition of a model must not vary.
  llvm::sort(R.Files);
  if (R.Files.empty())
    return usageError("the compilation database in '" + BuildPath +
                      "' lists no files");

  auto Adjusted = std::make_unique<tooling::ArgumentsAdjustingCompilations>(
      std::move(Compilations));
  Adjusted->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  Adjusted->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      ExtraArgs, tooling::ArgumentInsertPosition::END));
  R.Compilations = std::move(Adjusted);

  for (std::string &File : R.Files) {
    SmallString<256> Absolute(File);
    sys::fs::make_absolute(Absolute);
    sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
    File = std::string(Absolute);
  }
  return std::nullopt;
}

/// A path as a depfile writes it (Ninja and Make read this format).
std::string depfileEscaped(StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (C == ' ' || C == '#' || C == '\\')
      Out += '\\';
    if (C == '$')
      Out += '$';
    Out += C;
  }
  return Out;
}

/// --extract-only: the unit's facts are the run's whole output, for a
/// distributed build to merge later with --merge.
int writeFacts(const assoctidy::UnitOutcome &Unit) {
  if (Unit.Facts.Result == assoctidy::UnitFacts::Outcome::Failed)
    return usageError(Unit.Facts.Failure);
  std::error_code EC;
  raw_fd_ostream FactsOut(OutputFile, EC, sys::fs::OF_None);
  if (EC)
    return usageError("cannot write '" + OutputFile + "': " + EC.message());
  FactsOut << assoctidy::unitFactsToJson(Unit.File, Unit.Facts);
  // A depfile beside it, so that a build system re-extracts the unit
  // when any file it read changes.
  raw_fd_ostream DepsOut(OutputFile + ".d", EC, sys::fs::OF_None);
  if (EC)
    return usageError("cannot write '" + OutputFile + ".d': " + EC.message());
  DepsOut << depfileEscaped(OutputFile) << ":";
  for (const std::string &Input : Unit.Facts.Inputs)
    DepsOut << " \\\n  " << depfileEscaped(Input);
  DepsOut << "\n";
  return 0;
}

/// The run phase begins with the units' facts: extracted once, in
/// parallel and cached (with --merge they were read with the database).
/// --extract-only ends the run with them.
std::optional<int> extract(Run &R) {
  if (MergeFacts)
    return std::nullopt;
  const bool WantCache = !NoCache && (!CacheDir.empty() || !BuildPath.empty());
  assoctidy::ExtractionOptions Extraction;
  Extraction.Jobs = Jobs;
  Extraction.Prefilter = !NoPrefilter;
  Extraction.Progress = true;
  Extraction.Merge = !ExtractOnly;
  Extraction.SharePreambles = !NoSharedPreamble;
  if (WantCache) {
    SmallString<256> Dir(CacheDir.empty() ? StringRef(BuildPath)
                                          : StringRef(CacheDir));
    if (CacheDir.empty())
      sys::path::append(Dir, ".assoc-tidy-cache");
    sys::fs::make_absolute(Dir);
    Extraction.CacheDirectory = std::string(Dir);
  }
  R.Extracted = assoctidy::extractUnits(*R.Compilations, R.Files, Extraction);
  if (ExtractOnly)
    return writeFacts(R.Extracted.Units.front());
  return std::nullopt;
}

/// clang-tidy's context and what reads it. They neither move nor copy, and
/// both the checks and the report need them: one object, built once the
/// files are known.
struct Checking {
  explicit Checking(Run &R)
      : Context(std::move(R.Provider)), ConfigConsumer(Context),
        ConfigEngine(new DiagnosticIDs(), new DiagnosticOptions(),
                     &ConfigConsumer, /*ShouldOwnClient=*/false),
        Options(Context), Out(Options, R.Files,
                              /*AllHeaders=*/DumpModel != Dump::None) {
    // Check options that do not parse are reported through clang-tidy's
    // own consumer, as clang-tidy reports them.
    Context.setDiagnosticsEngine(&ConfigEngine);
  }

  ClangTidyContext Context;
  ClangTidyDiagnosticConsumer ConfigConsumer;
  DiagnosticsEngine ConfigEngine;
  OptionsByDirectory Options;
  Reporter Out;
};

/// The heart of the run phase: the units' models merged into one program,
/// and every enabled check run on it.
void checkProgram(Run &R, Checking &C) {
  // A whole-program run merged each unit as it finished; stored facts
  // are merged here, in the same order.
  assoctidy::ProgramMerger Merger;
  for (assoctidy::UnitOutcome &Unit : R.Extracted.Units) {
    if (Unit.Facts.Result == assoctidy::UnitFacts::Outcome::Failed)
      errs() << "assoc-tidy: error: " << Unit.Facts.Failure << "\n";
    for (const assoctidy::CompilerDiagnostic &D : Unit.Facts.Errors)
      C.Out.compilerError(D);
    if (MergeFacts)
      Merger.add(std::move(Unit.Facts.Facts));
  }
  R.Merged = MergeFacts ? Merger.finish() : std::move(R.Extracted.Merged);
  C.Out.systemHeadersOf(R.Merged.Merged);
  for (const assoctidy::MergeConflict &Conflict : R.Merged.Conflicts)
    C.Out.conflict(Conflict, R.Files);
  for (assoctidy::Finding &F : runChecks(
           C.Context, C.Options, R.Files, R.Merged.Merged,
           /*Complete=*/(SourcePaths.empty() && !BuildPath.empty()) ||
               MergeFacts,
           Jobs ? Jobs : llvm::hardware_concurrency().compute_thread_count()))
    C.Out.finding(std::move(F));
}

/// The schema checks' one option, read from the first file's configuration
/// as the other checks' are; a value that does not parse is warned of.
assoctidy::SchemaCheckOptions
schemaCheckOptions(assoctidy::Dialect Of, const ClangTidyOptions &First) {
  assoctidy::SchemaCheckOptions SchemaOptions;
  SchemaOptions.Of = Of;
  auto Suggest = First.CheckOptions.find(
      "assoc-schema-nullability.RequiredBelongsToNotNull");
  if (Suggest == First.CheckOptions.end())
    return SchemaOptions;
  StringRef Value = Suggest->getValue().Value;
  if (Value.equals_insensitive("true") || Value == "1")
    SchemaOptions.RequiredBelongsToNotNull = true;
  else if (!Value.equals_insensitive("false") && Value != "0")
    errs() << "assoc-tidy: warning: invalid value '" << Value
           << "' for 'assoc-schema-nullability.RequiredBelongsToNotNull':"
              " expected true or false; using false\n";
  return SchemaOptions;
}

/// --emit-migration: the SQL that adds what the schema lacks, to stdout
/// (which ends the run) or to a file.
std::optional<int>
emitMigration(const std::vector<assoctidy::Requirement> &Needed,
              const assoctidy::LoadedSchema &Actual) {
  // Keys of the type the schema's own primary keys have, unless
  // --key-type says otherwise.
  std::string Keys = KeyType;
  if (!KeyType.getNumOccurrences())
    for (const assoctidy::Table &T : Actual.Tables.Tables)
      if (const assoctidy::Column *Id = Actual.Tables.column(T, "id"))
        if (Id->PrimaryKey) {
          Keys = assoctidy::keyTypeFamily(Id->Type, Actual.Kind) == "integer" &&
                         Actual.Kind == assoctidy::Dialect::PostgreSQL
                     ? "integer"
                     : "bigint";
          break;
        }
  const std::string SQL =
      assoctidy::migrationStatements(Needed, Actual.Tables, Actual.Kind, Keys);
  if (EmitMigration.empty()) {
    outs() << SQL;
    return 0;
  }
  std::error_code EC;
  raw_fd_ostream MigrationOut(EmitMigration, EC, sys::fs::OF_None);
  if (EC)
    return usageError("cannot write '" + EmitMigration + "': " + EC.message());
  MigrationOut << SQL;
  return std::nullopt;
}

/// The rest of the run phase: the schema the declarations imply, printed
/// (--emit-schema, which ends the run) or checked against --schema, whose
/// findings join the checks'.
std::optional<int> runSchema(Run &R, Checking &C) {
  if (EmitSchemaOption == EmitSchema::None && SchemaSourceOption.empty())
    return std::nullopt;
  const std::vector<assoctidy::Requirement> Needed =
      assoctidy::impliedRequirements(R.Merged.Merged);
  if (EmitSchemaOption != EmitSchema::None) {
    outs() << (EmitSchemaOption == EmitSchema::Sql
                   ? assoctidy::createStatements(Needed, DialectOption, KeyType)
                   : assoctidy::requirementsToJson(Needed, KeyType));
    return 0;
  }

  std::string SchemaError;
  std::optional<assoctidy::LoadedSchema> Actual =
      assoctidy::loadSchema(SchemaSourceOption, SchemaError);
  if (!Actual)
    return usageError(SchemaError);
  const assoctidy::SchemaCheckOptions SchemaOptions =
      schemaCheckOptions(Actual->Kind, C.Options.forFile(R.Files.front()));
  for (assoctidy::Finding &F :
       assoctidy::checkSchema(Needed, Actual->Tables, SchemaOptions))
    C.Out.finding(std::move(F));
  if (!EmitMigration.getNumOccurrences())
    return std::nullopt;
  return emitMigration(Needed, *Actual);
}

/// -v: how each unit was handled, for whoever wonders where the time went.
void printStatistics(const Run &R) {
  const assoctidy::ExtractionRun &E = R.Extracted;
  const std::size_t Models = R.Merged.Merged.Models.size();
  errs() << "assoc-tidy: " << R.Files.size() << " translation unit"
         << (R.Files.size() == 1 ? "" : "s") << ": " << E.Parsed << " parsed, "
         << E.Cached << " from the cache, " << E.Skipped
         << " without the vocabulary, " << E.Failed << " failed; " << Models
         << " model" << (Models == 1 ? "" : "s") << "\n";
  if (E.Preambles)
    errs() << "assoc-tidy: " << E.Preambles << " shared preamble"
           << (E.Preambles == 1 ? "" : "s") << ", loaded by " << E.Preambled
           << " of the " << E.Parsed << " parsed units\n";
  for (const assoctidy::UnitOutcome &Unit : E.Units)
    if (!Unit.Facts.PreambleNote.empty())
      errs() << "assoc-tidy: " << Unit.File
             << ": parsed without a shared preamble: "
             << Unit.Facts.PreambleNote << "\n";
}

/// --dump-model: the graph, with what was found in it, instead of the
/// diagnostics.
int dumpModel(const assoctidy::Program &Merged,
              const std::vector<assoctidy::Reported> &Shown) {
  std::vector<assoctidy::Finding> Problems;
  for (const assoctidy::Reported &R : Shown)
    Problems.push_back(R.What);
  outs() << (DumpModel == Dump::Json ? assoctidy::graphToJson(Merged, Problems)
             : DumpModel == Dump::Dot
                 ? assoctidy::graphToDot(Merged, Problems)
                 : assoctidy::graphToMermaid(Merged, Problems));
  return 0;
}

/// The findings a baseline's entries stand for (each counts its own).
std::size_t findingsIn(const std::vector<assoctidy::BaselineEntry> &Entries) {
  std::size_t Findings = 0;
  for (const assoctidy::BaselineEntry &Entry : Entries)
    Findings += Entry.Count;
  return Findings;
}

/// The report phase: what was found goes out once, in the form asked for,
/// and becomes the exit code. Its steps all read and narrow the same shown
/// findings, so they are one object.
class Report {
public:
  Report(Run &R, Checking &C) : R(R), C(C), Shown(C.Out.shown()) {}

  int run() {
    // Every output, --export-fixes and --fix then agree on which fixes
    // apply.
    DroppedFixes = assoctidy::resolveFixConflicts(Shown);
    if (Verbose)
      printStatistics(R);
    if (DumpModel != Dump::None)
      return dumpModel(R.Merged.Merged, Shown);
    if (std::optional<int> Exit = baseline())
      return *Exit;
    printDiagnostics();
    if (ApplyFixes)
      if (std::optional<int> Exit = fix())
        return *Exit;
    if (R.FixesOut)
      exportReplacements(R.Files.front(), Errors, *R.FixesOut);
    if (CompilerErrors && Fix && !FixErrors)
      errs() << "assoc-tidy: compiler errors found; fix-its were not applied "
                "(use --fix-errors to apply them anyway)\n";
    if (!Quiet)
      printSummary();
    // A file that --fix could not rewrite is as much a failure of the run
    // as an --export-fixes file that cannot be written.
    if (FixesFailed)
      return ExitUsage;
    // A unit that could not be analysed at all is an error: CI must not
    // pass on code nobody looked at.
    if (WarningsAsErrorsCount || FindingErrors || R.Extracted.Failed)
      return ExitFindings;
    return 0;
  }

private:
  /// --write-baseline records what is shown, and the run is then compared
  /// with what it recorded, as --baseline would: everything is known, so
  /// only a failed run exits non-zero. Known findings leave Shown, which
  /// the text output, the fixes and the exit code read; the JSON and SARIF
  /// documents keep them, marked.
  std::optional<int> baseline() {
    if (!R.Baselining)
      return std::nullopt;
    if (!WriteBaselineFile.empty())
      if (std::optional<int> Exit = writeBaseline())
        return *Exit;
    Absent = assoctidy::markBaseline(*R.Known, Shown, R.Merged.Merged,
                                     R.BaselineDir);
    Marked = Shown;
    llvm::erase_if(Shown, [](const assoctidy::Reported &Found) {
      return Found.Baseline == assoctidy::BaselineState::Unchanged;
    });
    return std::nullopt;
  }

  std::optional<int> writeBaseline() {
    R.Known = assoctidy::baselineOf(Shown, R.Merged.Merged, R.BaselineDir);
    if (Error E = writeToOutput(WriteBaselineFile, [&](raw_ostream &OS) {
          OS << assoctidy::baselineToJson(*R.Known);
          return Error::success();
        }))
      return usageError("cannot write baseline '" + WriteBaselineFile +
                        "': " + toString(std::move(E)));
    const std::size_t Recorded = findingsIn(R.Known->Entries);
    errs() << "assoc-tidy: wrote " << Recorded << " finding"
           << (Recorded == 1 ? "" : "s") << " to baseline '"
           << WriteBaselineFile << "'\n";
    return std::nullopt;
  }

  /// The findings as clang-tidy's errors, printed as clang-tidy prints
  /// them or as a JSON or SARIF document.
  void printDiagnostics() {
    Errors = C.ConfigConsumer.take();
    CompilerErrors = any_of(Shown, [](const assoctidy::Reported &Found) {
      return Found.What.Check == "clang-diagnostic-error";
    });
    // Unlike clang-tidy, an assoc error does not block --fix: only code
    // that did not compile does, since its fix-its may rest on a wrong AST.
    ApplyFixes = FixErrors || (Fix && !CompilerErrors);
    for (const assoctidy::Reported &Found : Shown)
      Errors.push_back(
          toClangTidyError(Found, ApplyFixes && OutputFormat == Format::Text));
    FindingErrors = any_of(Errors, [](const ClangTidyError &E) {
      return E.DiagLevel == ClangTidyError::Error;
    });
    if (OutputFormat == Format::Text) {
      // Printing only: clang-tidy's own applier would interleave
      // overlapping fixes and lose the files' permissions; fix() does
      // neither.
      handleErrors(Errors, C.Context, FB_NoFix, WarningsAsErrorsCount,
                   R.BaseFS);
      return;
    }
    // Configuration problems have no place in the document: stderr.
    for (const ClangTidyError &E : Errors)
      if (E.Message.FilePath.empty())
        errs() << "assoc-tidy: warning: " << E.Message.Message << "\n";
    assoctidy::RunSummary Summary;
    Summary.Files = R.Files.size();
    Summary.ToolVersion = ASSOC_TIDY_VERSION;
    Summary.Baselined = R.Baselining;
    Summary.BaselineDirectory = R.BaselineDir;
    Summary.Absent = Absent;
    const std::vector<assoctidy::Reported> &Document =
        R.Baselining ? Marked : Shown;
    outs() << (OutputFormat == Format::Json
                   ? assoctidy::toJson(Document, Summary)
                   : assoctidy::toSarif(Document, Summary,
                                        ASSOC_TIDY_DOCS_URL));
    WarningsAsErrorsCount =
        count_if(Shown, [](const assoctidy::Reported &Found) {
          return Found.WarningAsError;
        });
  }

  /// --fix: the shown fixes, applied. An interrupted run dies of its signal
  /// here.
  std::optional<int> fix() {
    assoctidy::FixOutcome Fixed = assoctidy::applyFixes(Shown);
    for (const std::string &Problem : Fixed.Errors)
      errs() << "assoc-tidy: error: " << Problem << "\n";
    FixesFailed = !Fixed.Errors.empty();
    errs() << "assoc-tidy: applied " << Fixed.Applied << " fix-it"
           << (Fixed.Applied == 1 ? "" : "s") << " in " << Fixed.Files
           << " file" << (Fixed.Files == 1 ? "" : "s");
    if (DroppedFixes)
      errs() << "; " << DroppedFixes << " overlapping fix-it"
             << (DroppedFixes == 1 ? "" : "s") << " not applied";
    errs() << "\n";
    if (!Fixed.Signal)
      return std::nullopt;
    // Every file is either fixed whole or untouched; die of the signal,
    // as the shell that sent it expects.
    errs() << "assoc-tidy: interrupted: " << Fixed.Pending << " file"
           << (Fixed.Pending == 1 ? "" : "s")
           << " not fixed (left untouched)\n";
    errs().flush();
    std::signal(Fixed.Signal, SIG_DFL);
    std::raise(Fixed.Signal);
    return 128 + Fixed.Signal;
  }

  /// The summary line on stderr, which --quiet drops.
  void printSummary() {
    const size_t Findings = count_if(Errors, [](const ClangTidyError &E) {
      return StringRef(E.DiagnosticName).starts_with("assoc-");
    });
    errs() << Findings << " assoc finding" << (Findings == 1 ? "" : "s")
           << " in " << R.Files.size() << " file"
           << (R.Files.size() == 1 ? "" : "s");
    if (R.Baselining) {
      errs() << baselineClause(Marked.size() - Shown.size(), findingsIn(Absent),
                               OutputFormat != Format::Text);
    }
    errs() << hiddenClause(C.Out.hidden()) << ".\n";
  }

  Run &R;
  Checking &C;
  std::vector<assoctidy::Reported> &Shown;
  unsigned DroppedFixes = 0;
  /// With a baseline: every shown finding, marked, and what it records
  /// that was not found.
  std::vector<assoctidy::Reported> Marked;
  std::vector<assoctidy::BaselineEntry> Absent;
  std::vector<ClangTidyError> Errors;
  bool CompilerErrors = false, ApplyFixes = false, FindingErrors = false;
  bool FixesFailed = false;
  unsigned WarningsAsErrorsCount = 0;
};

} // namespace

// The pipeline. Each phase either hands the run on or ends it with an exit
// code: a usage error, or a mode whose output is all the run is for.
int main(int argc, const char **argv) {
  InitLLVM Init(argc, argv);
  Run R;

  // Options: the command line and configuration, checked before any work.
  if (std::optional<int> Exit = parseOptions(argc, argv, R))
    return *Exit;
  if (ListChecks)
    return listChecks(*R.Provider);
  if (std::optional<int> Exit = checkOptions(R))
    return *Exit;

  // Database: the files to check and how each is compiled (or, with
  // --merge, the facts files that stand for them).
  if (std::optional<int> Exit = loadDatabase(R))
    return *Exit;

  // Run: extract the units' facts (--extract-only stops there), merge them
  // into one program, run the checks, and print or check the schema.
  if (std::optional<int> Exit = extract(R))
    return *Exit;
  Checking C(R);
  checkProgram(R, C);
  if (std::optional<int> Exit = runSchema(R, C))
    return *Exit;

  // Report: the findings printed or exported, fixed, baselined and
  // summed up, and the exit code they make.
  return Report(R, C).run();
}
