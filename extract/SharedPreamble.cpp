//===- SharedPreamble.cpp - One parse of the system headers ---------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "SharedPreamble.h"

#include "Extractor.h"
#include "KeptBodies.h"
#include "UnitExtraction.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Frontend/Utils.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Serialization/PCHContainerOperations.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <future>

using namespace clang;

namespace assoctidy {

namespace {

/// A run builds a few preambles per set of flags at most: the first costs
/// about what a unit's parse of its headers does, and one built on it what
/// it adds.
constexpr std::size_t MaxPreamblesPerGroup = 8;

/// How many units' headers a group remembers, to find what units share.
constexpr std::size_t MaxWantedPerGroup = 64;

/// The declarations a preamble's parse makes, as a unit's extraction would
/// read them: the same bodies kept, and whether any is a model or maps a
/// table (a preamble that holds one is never loaded).
class BuildConsumer : public ASTConsumer {
public:
  BuildConsumer(const CompilerInstance &CI, bool &HasModels, bool Chained)
      : Bodies(CI.getSourceManager(), CI.getLangOpts()), HasModels(HasModels),
        Chained(Chained) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    // A chained preamble's base was checked when it was built.
    const Program Facts = extractModels(Ctx, /*OnlyParsed=*/Chained);
    HasModels = !Facts.Models.empty() || !Facts.Mappings.empty();
  }
  bool shouldSkipFunctionBody(Decl *D) override { return !Bodies.keep(D); }

private:
  BodyFilter Bodies;
  bool &HasModels;
  const bool Chained;
};

/// Builds the PCH and records every file it read and every identifier it
/// met.
class BuildAction : public GeneratePCHAction {
public:
  BuildAction(std::string Directory, llvm::StringSet<> &Read,
              llvm::StringSet<> &Identifiers, bool &HasModels, bool Chained)
      : Directory(std::move(Directory)), Read(Read), Identifiers(Identifiers),
        HasModels(HasModels), Chained(Chained) {}

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef InFile) override {
    std::unique_ptr<ASTConsumer> PCH =
        GeneratePCHAction::CreateASTConsumer(CI, InFile);
    if (!PCH)
      return nullptr;
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::move(PCH));
    Consumers.push_back(
        std::make_unique<BuildConsumer>(CI, HasModels, Chained));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

  void EndSourceFileAction() override {
    const CompilerInstance &CI = getCompilerInstance();
    const SourceManager &SM = CI.getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
      Read.insert(inputPath(It->first.getName(), Directory));
    // Skipped #if blocks are not in the table, but the conditions that
    // skipped them are: a macro that could change this parse is here.
    for (const auto &Entry : CI.getPreprocessor().getIdentifierTable())
      Identifiers.insert(Entry.getKey());
    GeneratePCHAction::EndSourceFileAction();
  }

private:
  std::string Directory;
  llvm::StringSet<> &Read;
  llvm::StringSet<> &Identifiers;
  bool &HasModels;
  const bool Chained;
};

} // namespace

std::string inputPath(StringRef Path, StringRef Directory) {
  SmallString<256> Result(Path);
  if (!llvm::sys::path::is_absolute(Result))
    llvm::sys::fs::make_absolute(Directory, Result);
  // `..` is kept: removing it is wrong across symbolic links (GCC's include
  // paths go up through /usr/lib/gcc/<triple>/<version>/../../..).
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/false);
  return std::string(Result);
}

SearchPath searchPath(const HeaderSearchOptions &Options, bool CPlusPlus,
                      StringRef Directory) {
  using frontend::IncludeDirGroup;
  auto Path = [&](const HeaderSearchOptions::Entry &E) {
    std::string Dir = E.Path;
    if (!E.IgnoreSysRoot && !Options.Sysroot.empty() &&
        Options.Sysroot != "/" && llvm::sys::path::is_absolute(Dir))
      Dir = Options.Sysroot + Dir;
    return inputPath(Dir, Directory);
  };
  auto IsSystem = [&](IncludeDirGroup G) {
    return G == frontend::System || G == frontend::ExternCSystem ||
           G == frontend::After ||
           (CPlusPlus ? G == frontend::CXXSystem : G == frontend::CSystem);
  };
  SearchPath Result;
  std::vector<std::string> System;
  for (const HeaderSearchOptions::Entry &E : Options.UserEntries)
    if (!E.IsFramework && E.Group == frontend::Quoted)
      Result.Quoted.push_back(Path(E));
  for (const HeaderSearchOptions::Entry &E : Options.UserEntries)
    if (!E.IsFramework && IsSystem(E.Group) && E.Group != frontend::After)
      System.push_back(Path(E));
  for (const HeaderSearchOptions::Entry &E : Options.UserEntries)
    if (!E.IsFramework && E.Group == frontend::After)
      System.push_back(Path(E));
  // A directory given both as -I and as a system one is a system one, as
  // the preprocessor has it.
  for (const HeaderSearchOptions::Entry &E : Options.UserEntries)
    if (!E.IsFramework &&
        (E.Group == frontend::Angled || E.Group == frontend::IndexHeaderMap))
      if (std::string Dir = Path(E); llvm::find(System, Dir) == System.end())
        Result.Angled.push_back({std::move(Dir), /*System=*/false});
  for (std::string &Dir : System)
    Result.Angled.push_back({std::move(Dir), /*System=*/true});
  return Result;
}

struct SharedPreambles::Preamble {
  std::vector<std::string> Headers; ///< As spelled; the vocabulary by path.
  std::vector<std::string> Files;   ///< What they resolve to.
  /// The preamble it is built on (a chained PCH), whose headers it holds.
  std::shared_ptr<Preamble> Base;
  std::once_flag Once; ///< Its one build (ensureBuilt).
  // Set by the one build, read after it.
  bool Ok = false;
  std::string Failure;           ///< Why it cannot be loaded.
  std::string Path;              ///< The PCH.
  llvm::StringSet<> Read;        ///< Every file it read.
  llvm::StringSet<> Identifiers; ///< Every identifier its parse met.
};

struct SharedPreambles::Group {
  std::vector<std::shared_ptr<Preamble>> Preambles;
  /// The system headers (as files) of units seen so far.
  std::vector<std::vector<std::string>> Wanted;
  /// Planned before any unit was parsed, from every unit's includes.
  std::vector<std::shared_ptr<Preamble>> Planned;
};

SharedPreambles::SharedPreambles() = default;

SharedPreambles::~SharedPreambles() {
  if (Directory.empty())
    return;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC))
    llvm::sys::fs::remove(It->path());
  llvm::sys::fs::remove(Directory);
}

void SharedPreambles::fellBack() {
  std::lock_guard<std::mutex> Guard(Lock);
  --Served;
}

unsigned SharedPreambles::unitsServed() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return Served;
}

unsigned SharedPreambles::preamblesBuilt() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return Built;
}

std::string SharedPreambles::refusal(const Preamble &P,
                                     const llvm::StringSet<> &Reads,
                                     const IncludePlan &Plan,
                                     bool *MacroConflict) {
  if (!P.Ok)
    return P.Failure;
  for (const auto &File : P.Read)
    if (!Reads.contains(File.getKey()))
      return ("the preamble reads " + File.getKey() +
              ", which the unit does not")
          .str();
  for (const EarlyMacro &Macro : Plan.Macros)
    if (P.Identifiers.contains(Macro.Name)) {
      if (MacroConflict)
        *MacroConflict = true;
      return Macro.File + " defines or undefines " + Macro.Name +
             ", which the shared headers read, before one of them";
    }
  return "";
}

std::string SharedPreambles::groupKey(const CompilerInvocation &Unit,
                                      StringRef WorkDir) {
  // Units share a preamble only with the same flags, whatever their file's
  // name, and from the same directory when an include path is relative to
  // it (a build with absolute include paths shares across directories).
  CompilerInvocation Flags(Unit);
  Flags.getFrontendOpts().Inputs.clear();
  Flags.getFrontendOpts().OutputFile.clear();
  Flags.getCodeGenOpts().MainFileName.clear();
  Flags.getCodeGenOpts().DebugCompilationDir.clear();
  Flags.getCodeGenOpts().CoverageCompilationDir.clear();
  Flags.getFileSystemOpts().WorkingDir.clear();
  Flags.getDependencyOutputOpts() = DependencyOutputOptions();
  // How the parse is run and shown, not what it reads: the planner's
  // invocation and the unit's differ there.
  Flags.getFrontendOpts().DisableFree = false;
  Flags.getDiagnosticOpts().ShowCarets = true;
  const bool Relative =
      llvm::any_of(Unit.getHeaderSearchOpts().UserEntries,
                   [](const HeaderSearchOptions::Entry &E) {
                     return !llvm::sys::path::is_absolute(E.Path);
                   });
  std::string Key = Relative ? WorkDir.str() : std::string();
  for (const std::string &Arg : Flags.getCC1CommandLine())
    Key += '\0' + Arg;
  return Key;
}

void SharedPreambles::setUnits(
    std::function<std::vector<PlannedCommand>()> Units) {
  this->Units = std::move(Units);
}

void SharedPreambles::ensureBuilt(Preamble &P, const CompilerInvocation &Unit,
                                  FileManager &Files, StringRef WorkDir) {
  if (P.Base)
    ensureBuilt(*P.Base, Unit, Files, WorkDir);
  std::call_once(P.Once, [&] {
    if (P.Base && !P.Base->Ok)
      P.Failure = P.Base->Failure;
    else
      build(P, Unit, Files, WorkDir);
    std::lock_guard<std::mutex> Guard(Lock);
    ++Built;
  });
}

void SharedPreambles::planAll() {
  if (!Units)
    return;
  // What a unit's flags give, computed once per command line (without the
  // unit's own file): the group's key and the search path.
  struct Context {
    bool Ok = false;
    std::string Key;
    SearchPath Search;
  };
  std::map<std::string, Context> Contexts;
  llvm::StringMap<bool> Exists;
  llvm::StringMap<std::optional<std::string>> Directives;
  auto exists = [&](StringRef Path) {
    auto [It, New] = Exists.try_emplace(Path, false);
    if (New)
      It->second = llvm::sys::fs::exists(Path);
    return It->second;
  };
  // Only the directive lines of a file are kept: the planner reads nothing
  // else, and a codebase's headers need not be held whole.
  auto read = [&](StringRef Path) -> std::optional<std::string> {
    auto [It, New] = Directives.try_emplace(Path);
    if (New) {
      llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
          llvm::MemoryBuffer::getFile(Path);
      if (Buffer) {
        std::string Kept;
        StringRef Text = (*Buffer)->getBuffer();
        while (!Text.empty()) {
          auto [Line, Rest] = Text.split('\n');
          Text = Rest;
          if (Line.ltrim().starts_with("#"))
            Kept.append(Line.data(), Line.size()).push_back('\n');
        }
        It->second = std::move(Kept);
      }
    }
    return It->second;
  };
  std::map<std::string, std::vector<std::vector<std::string>>> ByGroup;
  std::map<std::string, std::string> Spelling; // File -> as included.
  for (const PlannedCommand &Command : Units()) {
    const std::string Main = inputPath(Command.File, Command.Directory);
    std::string Raw = Command.Directory;
    for (const std::string &Arg : Command.Args)
      if (inputPath(Arg, Command.Directory) != Main)
        Raw += '\0' + Arg;
    auto [It, New] = Contexts.try_emplace(Raw);
    Context &C = It->second;
    if (New) {
      IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
          llvm::vfs::createPhysicalFileSystem();
      FS->setCurrentWorkingDirectory(Command.Directory);
      CreateInvocationOptions Options;
      Options.Diags = CompilerInstance::createDiagnostics(
          new DiagnosticOptions(), new IgnoringDiagConsumer(),
          /*ShouldOwnClient=*/true);
      Options.VFS = FS;
      std::vector<const char *> Argv;
      for (const std::string &Arg : Command.Args)
        Argv.push_back(Arg.c_str());
      if (std::shared_ptr<CompilerInvocation> Invocation =
              createInvocation(Argv, Options)) {
        C.Ok = true;
        C.Key = groupKey(*Invocation, Command.Directory);
        C.Search =
            searchPath(Invocation->getHeaderSearchOpts(),
                       Invocation->getLangOpts().CPlusPlus, Command.Directory);
      }
    }
    if (!C.Ok)
      continue;
    IncludePlan Plan =
        planIncludes(Main, exists, C.Search, vocabularyHeader(), read);
    // A unit that cannot hold a model is never parsed: it plans nothing.
    if (llvm::none_of(Plan.Files, [](const std::string &F) {
          return includesVocabulary(F);
        }))
      continue;
    for (std::size_t I = 0; I < Plan.Files.size(); ++I)
      Spelling.try_emplace(Plan.Files[I], Plan.Headers[I]);
    ByGroup[C.Key].push_back(std::move(Plan.Files));
  }
  std::lock_guard<std::mutex> Guard(Lock);
  for (auto &[Key, Plans] : ByGroup) {
    std::unique_ptr<Group> &G = Groups[Key];
    if (!G)
      G = std::make_unique<Group>();
    for (PlannedPreamble &Planned :
         planPreambles(Plans, MaxPreamblesPerGroup)) {
      auto P = std::make_shared<Preamble>();
      if (Planned.Parent)
        P->Base = G->Planned[*Planned.Parent];
      for (const std::string &File : Planned.Files) {
        P->Headers.push_back(Spelling[File]);
        P->Files.push_back(File);
      }
      G->Planned.push_back(std::move(P));
    }
  }
}

PreambleChoice SharedPreambles::forUnit(const CompilerInvocation &Unit,
                                        FileManager &Files, StringRef WorkDir,
                                        const std::vector<std::string> &Inputs,
                                        StringRef Vocabulary) {
  PreambleChoice Choice;
  const PreprocessorOptions &PP = Unit.getPreprocessorOpts();
  if (!PP.ImplicitPCHInclude.empty() || !PP.Includes.empty() ||
      !PP.MacroIncludes.empty() || Unit.getLangOpts().Modules ||
      Unit.getFrontendOpts().Inputs.size() != 1) {
    Choice.Why = "the command line loads a PCH or modules, or forces an "
                 "include";
    return Choice;
  }
  const std::string Main =
      inputPath(Unit.getFrontendOpts().Inputs.front().getFile(), WorkDir);
  llvm::vfs::FileSystem &FS = Files.getVirtualFileSystem();
  const IncludePlan Plan = planIncludes(
      Main, Inputs,
      searchPath(Unit.getHeaderSearchOpts(), Unit.getLangOpts().CPlusPlus,
                 WorkDir),
      Vocabulary, [&](StringRef Path) -> std::optional<std::string> {
        llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
            FS.getBufferForFile(Path);
        if (!Buffer)
          return std::nullopt;
        return (*Buffer)->getBuffer().str();
      });
  if (Plan.Files.empty())
    return Choice;
  llvm::StringSet<> Reads;
  for (const std::string &Input : Inputs)
    Reads.insert(Input);

  const std::string Key = groupKey(Unit, WorkDir);
  std::call_once(PlanOnce, [&] { planAll(); });
  std::shared_ptr<Preamble> Planned;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    std::unique_ptr<Group> &G = Groups[Key];
    if (G && !G->Planned.empty()) {
      // The largest planned preamble whose headers the unit all includes.
      llvm::StringSet<> Mine;
      for (const std::string &File : Plan.Files)
        Mine.insert(File);
      for (const std::shared_ptr<Preamble> &P : G->Planned)
        if ((!Planned || P->Files.size() > Planned->Files.size()) &&
            llvm::all_of(P->Files, [&](const std::string &File) {
              return Mine.contains(File);
            }))
          Planned = P;
      if (!Planned)
        Choice.Why = "no planned preamble holds only headers it includes";
    }
  }
  // Planned: that one, or the nearest it is built on that the unit may
  // load.
  for (std::shared_ptr<Preamble> P = Planned; P; P = P->Base) {
    ensureBuilt(*P, Unit, Files, WorkDir);
    std::string Why = refusal(*P, Reads, Plan);
    if (Why.empty()) {
      std::lock_guard<std::mutex> Guard(Lock);
      ++Served;
      Choice.Path = P->Path;
      Choice.Why.clear();
      return Choice;
    }
    if (P == Planned) // What the unit was planned to load says why.
      Choice.Why = std::move(Why);
  }
  if (Planned || !Choice.Why.empty())
    return Choice;

  std::shared_ptr<Preamble> Best =
      firstComeChoice(Key, Plan, Reads, Unit, Files, WorkDir, Choice.Why);
  if (!Best)
    return Choice;
  std::lock_guard<std::mutex> Guard(Lock);
  ++Served;
  Choice.Path = Best->Path;
  Choice.Why.clear();
  return Choice;
}

std::shared_ptr<SharedPreambles::Preamble> SharedPreambles::firstComeChoice(
    const std::string &Key, const IncludePlan &Plan,
    const llvm::StringSet<> &Reads, const CompilerInvocation &Unit,
    FileManager &Files, StringRef WorkDir, std::string &Why) {
  std::vector<std::shared_ptr<Preamble>> Known;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    std::unique_ptr<Group> &G = Groups[Key];
    if (!G)
      G = std::make_unique<Group>();
    Known = G->Preambles;
  }
  // The largest preamble the unit may load: the one that saves the most.
  std::shared_ptr<Preamble> Best;
  // A macro the unit defines conflicts with headers it would share: any
  // preamble holding them would be refused too, so none is built for it.
  bool MacroConflict = false;
  for (const std::shared_ptr<Preamble> &P : Known) {
    ensureBuilt(*P, Unit, Files, WorkDir);
    std::string Refused = refusal(*P, Reads, Plan, &MacroConflict);
    if (!Refused.empty()) {
      if (Why.empty())
        Why = std::move(Refused);
      continue;
    }
    if (!Best || P->Read.size() > Best->Read.size())
      Best = P;
  }
  std::size_t Uncovered = Plan.Files.size();
  if (Best)
    Uncovered = llvm::count_if(Plan.Files, [&](const std::string &File) {
      return !Best->Read.contains(File);
    });

  // Too little covered: build, of what this unit shares with the earlier
  // unit it shares the most with (the first unit of a kind builds nothing:
  // alone, it would gain nothing).
  std::shared_ptr<Preamble> Building;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Group &G = *Groups[Key];
    if (!MacroConflict && Uncovered * 4 > Plan.Files.size() &&
        G.Preambles.size() < MaxPreamblesPerGroup) {
      std::vector<std::size_t> Shared;
      for (const std::vector<std::string> &Earlier : G.Wanted) {
        std::vector<std::size_t> Common;
        for (std::size_t I = 0; I < Plan.Files.size(); ++I)
          if (llvm::is_contained(Earlier, Plan.Files[I]))
            Common.push_back(I);
        if (Common.size() > Shared.size())
          Shared = std::move(Common);
      }
      const std::size_t Gain = llvm::count_if(Shared, [&](std::size_t I) {
        return !Best || !Best->Read.contains(Plan.Files[I]);
      });
      // What it would hold: the best one's headers and the shared ones.
      llvm::StringSet<> Wants;
      if (Best)
        for (const std::string &File : Best->Files)
          Wants.insert(File);
      for (std::size_t I : Shared)
        Wants.insert(Plan.Files[I]);
      auto Same = [&](const std::shared_ptr<Preamble> &P) {
        return P->Files.size() == Wants.size() &&
               llvm::all_of(P->Files, [&](const std::string &File) {
                 return Wants.contains(File);
               });
      };
      if (Gain * 4 > Plan.Files.size() && llvm::none_of(G.Preambles, Same)) {
        // Built on the best one, so that its parse is only what it adds.
        Building = std::make_shared<Preamble>();
        Building->Base = Best;
        if (Best) {
          Building->Headers = Best->Headers;
          Building->Files = Best->Files;
        }
        for (std::size_t I : Shared)
          if (!llvm::is_contained(Building->Files, Plan.Files[I])) {
            Building->Headers.push_back(Plan.Headers[I]);
            Building->Files.push_back(Plan.Files[I]);
          }
        G.Preambles.push_back(Building);
      }
    }
    if (G.Wanted.size() < MaxWantedPerGroup &&
        !llvm::is_contained(G.Wanted, Plan.Files))
      G.Wanted.push_back(Plan.Files);
  }
  if (Building) {
    ensureBuilt(*Building, Unit, Files, WorkDir);
    std::string Refused = refusal(*Building, Reads, Plan);
    if (Refused.empty() && (!Best || Building->Read.size() > Best->Read.size()))
      Best = Building;
    else if (!Refused.empty() && !Best)
      Why = std::move(Refused);
  }
  if (!Best && Why.empty())
    Why = Known.empty() && !Building
              ? "the first unit of its flags and headers"
              : "no earlier unit shares enough of its system headers";
  return Best;
}

void SharedPreambles::build(Preamble &P, const CompilerInvocation &Unit,
                            FileManager &Files, StringRef WorkDir) {
  std::string Header, Output;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (Directory.empty() && !DirectoryFailed) {
      SmallString<128> Made;
      if (llvm::sys::fs::createUniqueDirectory("assoc-tidy-preamble", Made))
        DirectoryFailed = true;
      else
        Directory = std::string(Made);
    }
    if (DirectoryFailed) {
      P.Failure = "no temporary directory for the preamble";
      return;
    }
    const std::string Stem =
        Directory + "/preamble-" + std::to_string(Groups.size()) + "-" +
        std::to_string(reinterpret_cast<std::uintptr_t>(&P));
    Header = Stem + ".h";
    Output = Stem + ".pch";
  }
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Header, EC, llvm::sys::fs::OF_Text);
    if (EC) {
      P.Failure = "cannot write " + Header + ": " + EC.message();
      return;
    }
    Out << "// assoc-tidy: the system headers shared by units with the "
           "same flags.\n";
    for (const std::string &Name : P.Headers)
      if (P.Base && llvm::is_contained(P.Base->Headers, Name))
        continue; // In the base already.
      else if (llvm::sys::path::is_absolute(Name))
        Out << "#include \"" << Name << "\"\n";
      else
        Out << "#include <" << Name << ">\n";
  }

  auto Invocation = std::make_shared<CompilerInvocation>(Unit);
  FrontendOptions &Frontend = Invocation->getFrontendOpts();
  const InputKind Kind = Frontend.Inputs.front().getKind();
  Frontend.Inputs = {FrontendInputFile(Header, Kind.getHeader())};
  Frontend.OutputFile = Output;
  Frontend.ProgramAction = frontend::GeneratePCH;
  // The same parse as the units': the bodies they keep, no other.
  Frontend.SkipFunctionBodies = true;
  Invocation->getDependencyOutputOpts() = DependencyOutputOptions();
  Invocation->getCodeGenOpts().MainFileName.clear();
  if (P.Base)
    Invocation->getPreprocessorOpts().ImplicitPCHInclude = P.Base->Path;

  CompilerInstance Compiler(std::make_shared<PCHContainerOperations>());
  Compiler.setInvocation(std::move(Invocation));
  Compiler.setFileManager(&Files);
  // The unit's own parse reports any error these headers have.
  Compiler.createDiagnostics(new IgnoringDiagConsumer(),
                             /*ShouldOwnClient=*/true);
  Compiler.createSourceManager(Files);
  bool HasModels = false;
  BuildAction Action(WorkDir.str(), P.Read, P.Identifiers, HasModels,
                     /*Chained=*/P.Base != nullptr);
  const bool Ok = Compiler.ExecuteAction(Action) &&
                  !Compiler.getDiagnostics().hasErrorOccurred();
  Files.clearStatCache();
  if (!Ok) {
    P.Failure = "the shared headers do not compile on their own";
    return;
  }
  if (HasModels) {
    P.Failure = "the shared headers declare models or map tables";
    return;
  }
  // The header is the preamble's own input, not one the unit reads.
  P.Read.erase(Header);
  if (P.Base) {
    for (const auto &File : P.Base->Read)
      P.Read.insert(File.getKey());
    for (const auto &Entry : P.Base->Identifiers)
      P.Identifiers.insert(Entry.getKey());
  }
  P.Path = Output;
  P.Ok = true;
}

} // namespace assoctidy
