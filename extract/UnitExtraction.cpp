//===- UnitExtraction.cpp - One translation unit's facts ------------------===//
//
// Part of assoc-tidy.
//
// Two steps, each as cheap as it can be. The dependency scanner runs only
// the preprocessor directives of each file (Clang's minimized sources) and
// answers "does this unit include the vocabulary?"; most units of a real
// codebase do not, and are never parsed. The units that do are parsed
// in-process with SkipFunctionBodies: a model is a namespace- or class-scope
// class, so no body can hold one, while constexpr functions (which may
// compute a name) are never skipped by Clang. Wt::Dbo is the exception:
// its models declare relations in the body of persist() and of the
// templates persist() hands its Action to, and its tables are named by
// mapClass calls in ordinary functions, so those bodies are kept
// (KeptBodies.h).
// A unit may also load a shared preamble (SharedPreamble.h) instead of
// parsing the system headers again; one with errors is then parsed again
// without it.
//
//===----------------------------------------------------------------------===//

#include "UnitExtraction.h"

#include "Extractor.h"
#include "KeptBodies.h"
#include "ModelReader.h"
#include "SharedPreamble.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningTool.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>

using namespace clang;
using namespace clang::tooling;
using namespace clang::tooling::dependencies;

namespace assoctidy {

namespace {

/// Anchors the resource directory to this binary, as ClangTool does.
int ResourceAnchor;

/// A name the unit's file manager knows, made absolute against the unit's
/// working directory (the extractor names files the same way).
std::string absolute(StringRef Path, const FileManager &Files,
                     bool RemoveDotDot) {
  SmallString<256> Result(Path);
  Files.makeAbsolutePath(Result);
  llvm::sys::path::remove_dots(Result, RemoveDotDot);
  return std::string(Result);
}

} // namespace

std::vector<std::string> commandLine(const CompileCommand &Command) {
  std::vector<std::string> Args = Command.CommandLine;
  Args = getClangStripOutputAdjuster()(Args, Command.Filename);
  Args = getClangStripDependencyFileAdjuster()(Args, Command.Filename);
  Args = getClangSyntaxOnlyAdjuster()(Args, Command.Filename);
  bool HasResourceDir = false;
  for (const std::string &Arg : Args)
    HasResourceDir |= StringRef(Arg).starts_with("-resource-dir");
  if (!HasResourceDir)
    Args = getInsertArgumentAdjuster(
        ("-resource-dir=" +
         CompilerInvocation::GetResourcesPath("assoc-tidy", &ResourceAnchor))
            .c_str())(Args, Command.Filename);
  return Args;
}

namespace {

/// Keeps the errors of a parse (facts are extracted anyway) and prints
/// nothing: the driver decides what the user sees.
class ErrorCollector : public DiagnosticConsumer {
public:
  explicit ErrorCollector(std::vector<CompilerDiagnostic> &Errors)
      : Errors(Errors) {}

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    CompilerDiagnostic D;
    SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    D.Message = std::string(Text);
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Info.getLocation()));
      if (P.isValid()) {
        D.Where.File = absolute(P.getFilename(), SM.getFileManager(),
                                /*RemoveDotDot=*/true);
        D.Where.Offset = SM.getFileOffset(SM.getFileLoc(Info.getLocation()));
        D.Where.Line = P.getLine();
        D.Where.Column = P.getColumn();
      }
    }
    Errors.push_back(std::move(D));
  }

private:
  std::vector<CompilerDiagnostic> &Errors;
};

class ExtractConsumer : public ASTConsumer {
public:
  ExtractConsumer(UnitFacts &Out, const CompilerInstance &CI, bool OnlyParsed)
      : Out(Out), Bodies(CI.getSourceManager(), CI.getLangOpts()),
        OnlyParsed(OnlyParsed) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out.Facts = extractModels(Ctx, OnlyParsed, PreambleTemplates);
  }
  /// A class template of the shared preamble instantiated by this unit
  /// (Wt::Auth::Dbo::AuthInfo<User>): the walk skips the preamble's
  /// declarations, so its specializations are visited from here.
  void HandleTagDeclDefinition(TagDecl *D) override {
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D);
    if (!OnlyParsed || !Spec || Spec->isFromASTFile())
      return;
    const ClassTemplateDecl *Template = Spec->getSpecializedTemplate();
    if (Template->isFromASTFile() &&
        llvm::find(PreambleTemplates, Template) == PreambleTemplates.end())
      PreambleTemplates.push_back(Template);
  }
  bool shouldSkipFunctionBody(Decl *D) override { return !Bodies.keep(D); }

private:
  UnitFacts &Out;
  BodyFilter Bodies;
  const bool OnlyParsed; ///< Skip the shared preamble's declarations.
  std::vector<const ClassTemplateDecl *> PreambleTemplates;
};

class ExtractFrontendAction : public ASTFrontendAction {
public:
  ExtractFrontendAction(UnitFacts &Out, bool OnlyParsed)
      : Out(Out), OnlyParsed(OnlyParsed) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<ExtractConsumer>(Out, CI, OnlyParsed);
  }
  void EndSourceFileAction() override {
    if (!Out.Inputs.empty())
      return; // The scanner already listed them.
    const SourceManager &SM = getCompilerInstance().getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
      Out.Inputs.push_back(absolute(It->first.getName(), SM.getFileManager(),
                                    /*RemoveDotDot=*/false));
  }

private:
  UnitFacts &Out;
  const bool OnlyParsed;
};

/// What a unit may share with others of its flags (SharedPreamble.h).
struct PreambleRequest {
  SharedPreambles *Preambles = nullptr; ///< Null: share nothing.
  std::string Directory;
  const std::vector<std::string> *Inputs = nullptr; ///< From the scan.
  std::string Vocabulary; ///< The vocabulary header among Inputs, if any.
};

/// FrontendActionFactory::runInvocation, with function bodies skipped.
class ExtractToolAction : public ToolAction {
public:
  ExtractToolAction(UnitFacts &Out, PreambleRequest Shared = {})
      : Out(Out), Shared(std::move(Shared)) {}
  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCH,
                     DiagnosticConsumer *Diagnostics) override {
    Invocation->getFrontendOpts().SkipFunctionBodies = true;
    // Errors are collected, not printed: no "N errors generated." either.
    Invocation->getDiagnosticOpts().ShowCarets = false;
    const std::string Preamble = preambleFor(*Invocation, *Files);
    if (Preamble.empty())
      return parse(std::move(Invocation), Files, std::move(PCH), Diagnostics,
                   /*OnlyParsed=*/false);
    auto Plain = std::make_shared<CompilerInvocation>(*Invocation);
    Invocation->getPreprocessorOpts().ImplicitPCHInclude = Preamble;
    const bool Success = parse(std::move(Invocation), Files, PCH, Diagnostics,
                               /*OnlyParsed=*/true);
    if (Success && Out.Errors.empty())
      return true;
    // A unit with errors is parsed again as it is written, so that what
    // the user is told (and every fact) never depends on the preamble.
    Shared.Preambles->fellBack();
    Out.PreambleNote = "it has compiler errors, and was parsed again as "
                       "written";
    Out.Errors.clear();
    Out.Facts = Program();
    Diagnostics->clear();
    return parse(std::move(Plain), Files, std::move(PCH), Diagnostics,
                 /*OnlyParsed=*/false);
  }

private:
  std::string preambleFor(const CompilerInvocation &Invocation,
                          FileManager &Files) {
    if (!Shared.Preambles || !Shared.Inputs)
      return "";
    PreambleChoice Choice = Shared.Preambles->forUnit(
        Invocation, Files, Shared.Directory, *Shared.Inputs, Shared.Vocabulary);
    Out.PreambleNote = std::move(Choice.Why);
    return Choice.Path;
  }

  bool parse(std::shared_ptr<CompilerInvocation> Invocation,
             FileManager *Files, std::shared_ptr<PCHContainerOperations> PCH,
             DiagnosticConsumer *Diagnostics, bool OnlyParsed) {
    CompilerInstance Compiler(std::move(PCH));
    Compiler.setInvocation(std::move(Invocation));
    Compiler.setFileManager(Files);
    auto Action = std::make_unique<ExtractFrontendAction>(Out, OnlyParsed);
    Compiler.createDiagnostics(Diagnostics, /*ShouldOwnClient=*/false);
    if (!Compiler.hasDiagnostics())
      return false;
    Compiler.createSourceManager(*Files);
    const bool Success = Compiler.ExecuteAction(*Action);
    Files->clearStatCache();
    return Success;
  }

  UnitFacts &Out;
  PreambleRequest Shared;
};

} // namespace

struct UnitExtractor::Impl {
  Impl(DependencyScanningService &Service, SharedPreambles *Preambles)
      : Scanner(Service), Preambles(Preambles) {}

  /// The file manager of units compiled in Directory: shared by them all
  /// (a compilation database rarely has more than a few directories), and
  /// never by units of another directory, since relative names differ.
  FileManager &filesFor(const std::string &Directory) {
    IntrusiveRefCntPtr<FileManager> &Files = ByDirectory[Directory];
    if (!Files) {
      IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
          llvm::vfs::createPhysicalFileSystem();
      FS->setCurrentWorkingDirectory(Directory);
      Files = new FileManager(FileSystemOptions(), std::move(FS));
    }
    return *Files;
  }

  DependencyScanningTool Scanner;
  SharedPreambles *Preambles;
  std::map<std::string, IntrusiveRefCntPtr<FileManager>> ByDirectory;
};

UnitExtractor::UnitExtractor(DependencyScanningService &Scanning,
                             SharedPreambles *Preambles)
    : State(std::make_unique<Impl>(Scanning, Preambles)) {}

UnitExtractor::~UnitExtractor() = default;

StringRef vocabularyHeader() {
  static const StringRef Header = [] {
    for (const ModelReader *Library : modelReaders())
      if (!Library->vocabularyHeader().empty())
        return Library->vocabularyHeader();
    return StringRef();
  }();
  return Header;
}

bool includesVocabulary(StringRef Input) {
  return llvm::any_of(modelReaders(), [&](const ModelReader *Library) {
    return Library->isLibraryHeader(Input);
  });
}

UnitFacts UnitExtractor::run(const CompileCommand &Command, bool Prefilter) {
  UnitFacts Out;
  std::vector<std::string> Args = commandLine(Command);
  if (Prefilter) {
    llvm::Expected<TranslationUnitDeps> Deps =
        State->Scanner.getTranslationUnitDependencies(
            Args, Command.Directory, {},
            [](const ModuleID &, ModuleOutputKind) { return std::string(); });
    if (!Deps) {
      // A unit the preprocessor cannot even read (a missing file or
      // include): parse it anyway, so that the user sees the real error.
      llvm::consumeError(Deps.takeError());
    } else {
      bool Vocabulary = false;
      for (const std::string &File : Deps->FileDeps) {
        Out.Inputs.push_back(inputPath(File, Command.Directory));
        Vocabulary |= includesVocabulary(Out.Inputs.back());
      }
      if (!Vocabulary) {
        Out.Result = UnitFacts::Outcome::NoVocabulary;
        return Out;
      }
    }
  }
  ErrorCollector Errors(Out.Errors);
  PreambleRequest Shared;
  // Only a scanned unit can share: the scan says what it reads.
  if (Prefilter && !Out.Inputs.empty()) {
    Shared.Preambles = State->Preambles;
    Shared.Directory = Command.Directory;
    Shared.Inputs = &Out.Inputs;
    for (const std::string &Input : Out.Inputs)
      if (!vocabularyHeader().empty() &&
          StringRef(Input).ends_with(vocabularyHeader()))
        Shared.Vocabulary = Input;
  }
  ExtractToolAction Action(Out, std::move(Shared));
  // ToolInvocation resolves the driver command line into a cc1 invocation
  // and runs it against this worker's file manager, shared by its units.
  ToolInvocation Invocation(std::move(Args), &Action,
                            &State->filesFor(Command.Directory),
                            std::make_shared<PCHContainerOperations>());
  Invocation.setDiagnosticConsumer(&Errors);
  if (!Invocation.run() && Out.Facts.Models.empty() && Out.Errors.empty()) {
    Out.Failure = "cannot parse '" + Command.Filename + "'";
    return Out;
  }
  Out.Result = UnitFacts::Outcome::Extracted;
  return Out;
}

UnitFacts UnitExtractor::runOnBuffer(const CompileCommand &Command,
                                     const std::string &Path,
                                     const std::string &Text) {
  UnitFacts Out;
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Memory->addFile(Path, 0, llvm::MemoryBuffer::getMemBufferCopy(Text, Path));
  auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::createPhysicalFileSystem());
  Overlay->pushOverlay(Memory);
  Overlay->setCurrentWorkingDirectory(Command.Directory);
  // Its own file manager: the buffer changes from one run to the next.
  auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(),
                                                      Overlay);
  ErrorCollector Errors(Out.Errors);
  ExtractToolAction Action(Out);
  ToolInvocation Invocation(commandLine(Command), &Action, Files.get(),
                            std::make_shared<PCHContainerOperations>());
  Invocation.setDiagnosticConsumer(&Errors);
  Invocation.run();
  Out.Result = UnitFacts::Outcome::Extracted;
  return Out;
}

std::unique_ptr<DependencyScanningService> makeScanningService() {
  return std::make_unique<DependencyScanningService>(
      ScanningMode::DependencyDirectivesScan, ScanningOutputFormat::Full);
}

} // namespace assoctidy
