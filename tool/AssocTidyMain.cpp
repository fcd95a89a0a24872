//===- AssocTidyMain.cpp - The standalone assoc-tidy driver ---------------===//
//
// Part of assoc-tidy. clang-tidy's command-line conventions with the assoc
// checks built in and enabled by default:
//
//   assoc-tidy [options] <files...> [-- <compiler flags>]
//   assoc-tidy [options] -p <build dir> [<files...>]
//
// The driver wires clang-tidy's own libraries together (options and
// .clang-tidy files, NOLINT, diagnostics, fix-its); it owns no analysis.
// Exit codes: 0 clean or warnings only, 1 errors found (an assoc error, a
// compiler error, or a warning promoted by --warnings-as-errors), 2 usage or
// input errors (bad option, unknown check, missing file or compilation
// database).
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace clang::tidy {
extern volatile int AssocModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED AssocModuleAnchorDestination =
    AssocModuleAnchorSource;
} // namespace clang::tidy

namespace {

constexpr const char *DefaultChecks = "-*,assoc-*";
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
             "(diagnostics in the main file always are)"),
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

int usageError(const Twine &Message) {
  errs() << "assoc-tidy: error: " << Message << "\n";
  return ExitUsage;
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
  Defaults.HeaderFilterRegex = "";
  ClangTidyOptions Overrides;
  if (Checks.getNumOccurrences())
    Overrides.Checks = Checks;
  if (HeaderFilter.getNumOccurrences())
    Overrides.HeaderFilterRegex = HeaderFilter;
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
    auto DB = tooling::CompilationDatabase::autoDetectFromDirectory(BuildPath,
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

} // namespace

int main(int argc, const char **argv) {
  InitLLVM Init(argc, argv);
  cl::HideUnrelatedOptions(Category);

  // Everything after `--` is the compiler command line of every file.
  int ArgcBeforeDashes = argc;
  std::string DashesError;
  std::unique_ptr<tooling::CompilationDatabase> FromDashes =
      tooling::FixedCompilationDatabase::loadFromCommandLine(
          ArgcBeforeDashes, argv, DashesError);
  if (!DashesError.empty())
    return usageError(DashesError);
  if (!cl::ParseCommandLineOptions(ArgcBeforeDashes, argv, Overview, &errs()))
    return ExitUsage;

  IntrusiveRefCntPtr<vfs::OverlayFileSystem> BaseFS(
      new vfs::OverlayFileSystem(vfs::getRealFileSystem()));

  if (Checks.getNumOccurrences())
    if (std::optional<std::string> Unknown = unknownCheckGlob(Checks))
      return usageError("unknown check '" + *Unknown +
                        "' in --checks (see --list-checks)");

  std::string ConfigError;
  std::unique_ptr<ClangTidyOptionsProvider> Provider =
      makeOptionsProvider(BaseFS, ConfigError);
  if (!Provider)
    return usageError(ConfigError);

  if (ListChecks) {
    // The configuration that applies to the first file (or to a file in
    // the current directory) decides which checks are enabled.
    SmallString<256> Probe(SourcePaths.empty() ? "dummy.cpp"
                                               : SourcePaths.front());
    sys::fs::make_absolute(Probe);
    ClangTidyOptions Effective = Provider->getOptions(Probe);
    outs() << "Enabled checks:\n";
    for (const std::string &Name : getCheckNames(Effective, false))
      outs() << "    " << Name << "\n";
    return 0;
  }

  if (SourcePaths.empty() && BuildPath.empty())
    return usageError("no input files; name source files, or pass -p <build "
                      "dir> to check every file of compile_commands.json");
  for (const std::string &Path : SourcePaths)
    if (!sys::fs::exists(Path))
      return usageError("no such file: '" + Path + "'");

  std::string DBError;
  std::unique_ptr<tooling::CompilationDatabase> Compilations =
      loadCompilations(std::move(FromDashes), DBError);
  if (!Compilations)
    return usageError(DBError);

  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  if (Files.empty())
    Files = Compilations->getAllFiles();
  if (Files.empty())
    return usageError("the compilation database in '" + BuildPath +
                      "' lists no files");

  auto Adjusted = std::make_unique<tooling::ArgumentsAdjustingCompilations>(
      std::move(Compilations));
  Adjusted->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  Adjusted->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      ExtraArgs, tooling::ArgumentInsertPosition::END));

  ClangTidyContext Context(std::move(Provider));
  std::vector<ClangTidyError> Errors =
      runClangTidy(Context, *Adjusted, Files, BaseFS, /*ApplyAnyFix=*/false);

  const bool CompilerErrors = any_of(Errors, [](const ClangTidyError &E) {
    return E.DiagnosticName == "clang-diagnostic-error";
  });
  const bool FindingErrors = any_of(Errors, [](const ClangTidyError &E) {
    return E.DiagLevel == ClangTidyError::Error;
  });
  // Unlike clang-tidy, an assoc error does not block --fix: only code that
  // did not compile does, since its fix-its may rest on a wrong AST.
  const bool ApplyFixes = FixErrors || (Fix && !CompilerErrors);
  unsigned WarningsAsErrorsCount = 0;
  handleErrors(Errors, Context, ApplyFixes ? FB_Fix : FB_NoFix,
               WarningsAsErrorsCount, BaseFS);

  if (!ExportFixes.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(ExportFixes, EC, sys::fs::OF_None);
    if (EC)
      return usageError("cannot write '" + ExportFixes + "': " +
                        EC.message());
    exportReplacements(Files.front(), Errors, OS);
  }

  if (CompilerErrors && Fix && !FixErrors)
    errs() << "assoc-tidy: compiler errors found; fix-its were not applied "
              "(use --fix-errors to apply them anyway)\n";
  if (!Quiet) {
    const size_t Findings = count_if(Errors, [](const ClangTidyError &E) {
      return StringRef(E.DiagnosticName).starts_with("assoc-");
    });
    errs() << Findings << " assoc finding" << (Findings == 1 ? "" : "s")
           << " in " << Files.size() << " file"
           << (Files.size() == 1 ? "" : "s") << ".\n";
  }
  if (WarningsAsErrorsCount || FindingErrors)
    return ExitFindings;
  return 0;
}
