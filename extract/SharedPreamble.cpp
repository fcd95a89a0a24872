//===- SharedPreamble.cpp - One parse of the standard headers -------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "SharedPreamble.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Serialization/PCHContainerOperations.h"
#include "clang/Tooling/Inclusions/StandardLibrary.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using namespace clang;

namespace assoctidy {

namespace {

/// A run builds a few preambles per set of flags at most: a codebase whose
/// units include many different sets of standard headers would otherwise
/// build one per unit, each costing about what a unit's parse does.
constexpr std::size_t MaxPreamblesPerGroup = 4;

/// A preamble is built for the second unit that wants it, not the first: a
/// unit whose flags or headers no other unit shares would pay for building
/// one and gain nothing.
constexpr unsigned UnitsBeforeBuilding = 2;

/// How many different sets of headers a group remembers.
constexpr std::size_t MaxWantedPerGroup = 64;

/// A macro that may change what a standard header declares.
bool configuresLibrary(StringRef Name) {
  return Name == "NDEBUG" ||
         (Name.size() > 1 && Name[0] == '_' &&
          (Name[1] == '_' || (Name[1] >= 'A' && Name[1] <= 'Z')));
}

/// Builds the PCH and records every file it read.
class BuildAction : public GeneratePCHAction {
public:
  BuildAction(std::string Directory, std::vector<std::string> &Read)
      : Directory(std::move(Directory)), Read(Read) {}
  void EndSourceFileAction() override {
    const SourceManager &SM = getCompilerInstance().getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
      Read.push_back(inputPath(It->first.getName(), Directory));
    GeneratePCHAction::EndSourceFileAction();
  }

private:
  std::string Directory;
  std::vector<std::string> &Read;
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

std::optional<std::vector<std::string>> standardIncludes(StringRef Text) {
  std::vector<std::string> Headers;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    Line = Line.ltrim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    if (Line.consume_front("define") || Line.consume_front("undef")) {
      if (Line.empty() || !isspace(static_cast<unsigned char>(Line[0])))
        continue;
      StringRef Name = Line.ltrim().take_while([](char C) {
        return isalnum(static_cast<unsigned char>(C)) || C == '_';
      });
      if (configuresLibrary(Name))
        return std::nullopt;
      continue;
    }
    if (!Line.consume_front("include"))
      continue;
    Line = Line.ltrim();
    if (!Line.consume_front("<"))
      continue;
    StringRef Name = Line.take_until([](char C) { return C == '>'; });
    // The C++ names only: <stdio.h> and friends are C's, and a name with a
    // path is a library's own, not the standard's.
    if (Name.contains('.') || Name.contains('/') || Name == "cassert" ||
        !tooling::stdlib::Header::named(("<" + Name + ">").str()))
      continue;
    if (llvm::find(Headers, Name) == Headers.end())
      Headers.push_back(Name.str());
  }
  return Headers;
}

struct SharedPreambles::Preamble {
  std::vector<std::string> Headers; ///< What it includes, vocabulary last.
  unsigned Wanted = 0;              ///< Units that asked for it.
  bool Building = false;            ///< One of the group's builds.
  std::once_flag Once;
  bool Ok = false;
  std::string Path;              ///< The PCH.
  std::vector<std::string> Read; ///< Every file it read.
};

struct SharedPreambles::Group {
  std::vector<std::shared_ptr<Preamble>> Preambles;
  std::size_t Builds = 0;
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

std::string SharedPreambles::forUnit(const CompilerInvocation &Unit,
                                     FileManager &Files, StringRef WorkDir,
                                     StringRef MainText,
                                     const std::vector<std::string> &Inputs,
                                     StringRef Vocabulary) {
  const PreprocessorOptions &PP = Unit.getPreprocessorOpts();
  // A unit that already loads a PCH or a module, or forces an include
  // ahead of its own file, is parsed as it is written.
  if (!PP.ImplicitPCHInclude.empty() || !PP.Includes.empty() ||
      !PP.MacroIncludes.empty() || Unit.getLangOpts().Modules ||
      Unit.getFrontendOpts().Inputs.size() != 1)
    return "";
  std::optional<std::vector<std::string>> Headers = standardIncludes(MainText);
  if (!Headers || (Headers->empty() && Vocabulary.empty()))
    return "";
  if (!Vocabulary.empty())
    Headers->push_back(Vocabulary.str());

  // Units share a preamble only with the same flags, from the same
  // directory (relative include paths), whatever their file's name.
  CompilerInvocation Flags(Unit);
  Flags.getFrontendOpts().Inputs.clear();
  Flags.getFrontendOpts().OutputFile.clear();
  Flags.getCodeGenOpts().MainFileName.clear();
  Flags.getDependencyOutputOpts() = DependencyOutputOptions();
  std::string Key = WorkDir.str();
  for (const std::string &Arg : Flags.getCC1CommandLine())
    Key += '\0' + Arg;

  std::shared_ptr<Preamble> Chosen;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    std::unique_ptr<Group> &G = Groups[Key];
    if (!G)
      G = std::make_unique<Group>();
    for (const std::shared_ptr<Preamble> &P : G->Preambles)
      if (P->Headers == *Headers)
        Chosen = P;
    if (!Chosen) {
      if (G->Preambles.size() >= MaxWantedPerGroup)
        return "";
      Chosen = std::make_shared<Preamble>();
      Chosen->Headers = *Headers;
      G->Preambles.push_back(Chosen);
    }
    if (++Chosen->Wanted < UnitsBeforeBuilding)
      return "";
    if (!Chosen->Building) {
      if (G->Builds >= MaxPreamblesPerGroup)
        return "";
      Chosen->Building = true;
      ++G->Builds;
    }
  }
  // One unit builds it; any other that wants it meanwhile waits for it.
  std::call_once(Chosen->Once, [&] {
    Chosen->Ok = build(*Chosen, Unit, Files, WorkDir, Vocabulary);
  });
  if (!Chosen->Ok)
    return "";
  // Nothing the unit would not read anyway.
  llvm::StringSet<> Reads;
  for (const std::string &Input : Inputs)
    Reads.insert(Input);
  for (const std::string &File : Chosen->Read)
    if (!Reads.contains(File))
      return "";
  std::lock_guard<std::mutex> Guard(Lock);
  ++Served;
  return Chosen->Path;
}

bool SharedPreambles::build(Preamble &P, const CompilerInvocation &Unit,
                            FileManager &Files, StringRef WorkDir,
                            StringRef Vocabulary) {
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
    if (DirectoryFailed)
      return false;
    const std::string Stem = Directory + "/preamble-" + std::to_string(Built++);
    Header = Stem + ".h";
    Output = Stem + ".pch";
  }
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Header, EC, llvm::sys::fs::OF_Text);
    if (EC)
      return false;
    Out << "// assoc-tidy: the standard headers shared by units with the "
           "same flags.\n";
    for (const std::string &Name : P.Headers)
      if (Name != Vocabulary)
        Out << "#include <" << Name << ">\n";
    if (!Vocabulary.empty())
      Out << "#include \"" << Vocabulary << "\"\n";
  }

  auto Invocation = std::make_shared<CompilerInvocation>(Unit);
  FrontendOptions &Frontend = Invocation->getFrontendOpts();
  const InputKind Kind = Frontend.Inputs.front().getKind();
  Frontend.Inputs = {FrontendInputFile(Header, Kind.getHeader())};
  Frontend.OutputFile = Output;
  Frontend.ProgramAction = frontend::GeneratePCH;
  // The same parse as the units': no bodies but constexpr ones.
  Frontend.SkipFunctionBodies = true;
  Invocation->getDependencyOutputOpts() = DependencyOutputOptions();
  Invocation->getCodeGenOpts().MainFileName.clear();

  CompilerInstance Compiler(std::make_shared<PCHContainerOperations>());
  Compiler.setInvocation(std::move(Invocation));
  Compiler.setFileManager(&Files);
  // The unit's own parse reports any error these headers have.
  Compiler.createDiagnostics(new IgnoringDiagConsumer(),
                             /*ShouldOwnClient=*/true);
  Compiler.createSourceManager(Files);
  BuildAction Action(WorkDir.str(), P.Read);
  const bool Ok = Compiler.ExecuteAction(Action) &&
                  !Compiler.getDiagnostics().hasErrorOccurred();
  Files.clearStatCache();
  if (!Ok)
    return false;
  // The header is the preamble's own input, not one the unit reads.
  llvm::erase_if(P.Read,
                 [&](const std::string &File) { return File == Header; });
  P.Path = Output;
  return true;
}

} // namespace assoctidy
