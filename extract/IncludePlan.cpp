//===- IncludePlan.cpp - The system headers a unit reaches ----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "IncludePlan.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

#include <cctype>

namespace assoctidy {

namespace {

/// One preprocessor directive of a file's text that the plan reads.
struct Directive {
  enum Kind { Include, Macro } What;
  std::string Name; ///< Included as spelled, or the macro's name.
  bool Angled = false;
};

bool isIdentifierChar(char C) {
  return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
}

/// The #include, #define and #undef lines of Text, in order. An include
/// spelled by a macro and an #include_next are left out: neither is
/// followed (an #include_next depends on where its own file was found).
std::vector<Directive> directives(llvm::StringRef Text) {
  std::vector<Directive> Result;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    Line = Line.ltrim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    const llvm::StringRef Word = Line.take_while(isIdentifierChar);
    Line = Line.drop_front(Word.size()).ltrim();
    if (Word == "define" || Word == "undef") {
      const llvm::StringRef Name = Line.take_while(isIdentifierChar);
      if (!Name.empty())
        Result.push_back({Directive::Macro, Name.str()});
      continue;
    }
    if (Word != "include" && Word != "import")
      continue;
    const char Open = Line.empty() ? 0 : Line.front();
    const char Close = Open == '<' ? '>' : Open == '"' ? '"' : 0;
    if (!Close)
      continue;
    const llvm::StringRef Name =
        Line.drop_front().take_until([&](char C) { return C == Close; });
    if (!Name.empty())
      Result.push_back({Directive::Include, Name.str(), Open == '<'});
  }
  return Result;
}

std::string join(llvm::StringRef Directory, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, Name);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
  return std::string(Path);
}

bool reincluded(llvm::StringRef Name) {
  return Name == "cassert" || Name == "assert.h";
}

class Planner {
public:
  Planner(const std::vector<std::string> &Inputs, const SearchPath &Search,
          llvm::StringRef Vocabulary,
          llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read)
      : Search(Search), Vocabulary(Vocabulary), Read(Read) {
    for (const std::string &Input : Inputs)
      Reads.insert(Input);
  }

  void visit(const std::string &File) {
    if (!Visited.insert(File).second)
      return;
    const std::optional<std::string> Text = Read(File);
    if (!Text)
      return;
    const llvm::StringRef Directory = llvm::sys::path::parent_path(File);
    for (const Directive &D : directives(*Text)) {
      if (D.What == Directive::Macro) {
        Pending.push_back({D.Name, File});
        continue;
      }
      bool System = false;
      const std::optional<std::string> Found =
          resolve(D.Name, D.Angled, Directory, System);
      if (!Found)
        continue;
      if (!Vocabulary.empty() && llvm::StringRef(*Found).ends_with(Vocabulary))
        add(*Found, *Found);
      else if (System)
        add(D.Name, *Found);
      else
        visit(*Found);
    }
  }

  IncludePlan finish() { return std::move(Plan); }

private:
  /// The file an include names, as the preprocessor looks for it: beside
  /// the including file (quoted includes), then along the search path. The
  /// first candidate the unit reads is the one it found.
  std::optional<std::string> resolve(llvm::StringRef Name, bool Angled,
                                     llvm::StringRef Directory, bool &System) {
    if (llvm::sys::path::is_absolute(Name)) {
      const std::string Path = join("", Name);
      if (!Reads.contains(Path))
        return std::nullopt;
      System = false;
      return Path;
    }
    if (!Angled) {
      if (std::string Path = join(Directory, Name); Reads.contains(Path))
        return Path;
      for (const std::string &Quoted : Search.Quoted)
        if (std::string Path = join(Quoted, Name); Reads.contains(Path))
          return Path;
    }
    for (const SearchPath::Directory &Dir : Search.Angled)
      if (std::string Path = join(Dir.Path, Name); Reads.contains(Path)) {
        System = Dir.System;
        return Path;
      }
    return std::nullopt;
  }

  void add(llvm::StringRef Header, const std::string &File) {
    if (reincluded(Header) || !Added.insert(File).second)
      return;
    Plan.Headers.push_back(Header.str());
    Plan.Files.push_back(File);
    // A macro defined before this header may change what it declares.
    for (EarlyMacro &Macro : Pending)
      Plan.Macros.push_back(std::move(Macro));
    Pending.clear();
  }

  const SearchPath &Search;
  const llvm::StringRef Vocabulary;
  llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read;
  llvm::StringSet<> Reads, Visited, Added;
  std::vector<EarlyMacro> Pending; ///< Macros after the last header added.
  IncludePlan Plan;
};

} // namespace

IncludePlan planIncludes(
    llvm::StringRef MainFile, const std::vector<std::string> &Inputs,
    const SearchPath &Search, llvm::StringRef Vocabulary,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read) {
  Planner P(Inputs, Search, Vocabulary, Read);
  P.visit(MainFile.str());
  return P.finish();
}

} // namespace assoctidy
