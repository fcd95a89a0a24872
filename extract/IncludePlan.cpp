//===- IncludePlan.cpp - The system headers a unit reaches ----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "IncludePlan.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

#include <algorithm>
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
  Planner(llvm::function_ref<bool(llvm::StringRef)> Taken,
          const SearchPath &Search, llvm::StringRef Vocabulary,
          llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read)
      : Taken(Taken), Search(Search), Vocabulary(Vocabulary), Read(Read) {}

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
  /// first candidate the unit reads (Taken) is the one it found.
  std::optional<std::string> resolve(llvm::StringRef Name, bool Angled,
                                     llvm::StringRef Directory, bool &System) {
    if (llvm::sys::path::is_absolute(Name)) {
      const std::string Path = join("", Name);
      if (!Taken(Path))
        return std::nullopt;
      System = false;
      return Path;
    }
    if (!Angled) {
      if (std::string Path = join(Directory, Name); Taken(Path))
        return Path;
      for (const std::string &Quoted : Search.Quoted)
        if (std::string Path = join(Quoted, Name); Taken(Path))
          return Path;
    }
    for (const SearchPath::Directory &Dir : Search.Angled)
      if (std::string Path = join(Dir.Path, Name); Taken(Path)) {
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

  llvm::function_ref<bool(llvm::StringRef)> Taken;
  const SearchPath &Search;
  const llvm::StringRef Vocabulary;
  llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read;
  llvm::StringSet<> Visited, Added;
  std::vector<EarlyMacro> Pending; ///< Macros after the last header added.
  IncludePlan Plan;
};

} // namespace

IncludePlan planIncludes(
    llvm::StringRef MainFile, const std::vector<std::string> &Inputs,
    const SearchPath &Search, llvm::StringRef Vocabulary,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read) {
  llvm::StringSet<> Reads;
  for (const std::string &Input : Inputs)
    Reads.insert(Input);
  auto Taken = [&](llvm::StringRef Path) { return Reads.contains(Path); };
  Planner P(Taken, Search, Vocabulary, Read);
  P.visit(MainFile.str());
  return P.finish();
}

IncludePlan planIncludes(
    llvm::StringRef MainFile, llvm::function_ref<bool(llvm::StringRef)> Exists,
    const SearchPath &Search, llvm::StringRef Vocabulary,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Read) {
  Planner P(Exists, Search, Vocabulary, Read);
  P.visit(MainFile.str());
  return P.finish();
}

namespace {

/// Plans the preambles of some of the units under a parent preamble.
class TreePlanner {
public:
  TreePlanner(const std::vector<std::vector<std::string>> &All, std::size_t Max)
      : All(All), Max(Max) {
    for (const std::vector<std::string> &Files : All) {
      Sets.emplace_back();
      for (const std::string &File : Files)
        Sets.back().insert(File);
    }
  }

  void plan(std::vector<std::size_t> Units, std::optional<std::size_t> Parent) {
    while (Units.size() >= 2 && Plan.size() < Max) {
      const llvm::StringSet<> *Above = Parent ? &PlanSets[*Parent] : nullptr;
      // How many of the units include each header not above them, in the
      // order the units meet them.
      std::vector<std::string> Order;
      llvm::StringMap<std::size_t> Count;
      for (std::size_t U : Units)
        for (const std::string &File : All[U])
          if (!Above || !Above->contains(File))
            if (Count[File]++ == 0)
              Order.push_back(File);
      std::stable_sort(Order.begin(), Order.end(),
                       [&](const std::string &A, const std::string &B) {
                         return Count[A] > Count[B];
                       });
      // The most widely included first, as long as two units still
      // include every header chosen; then as many as three quarters of the
      // units all include, or else the number that saves the most parses
      // (each unit served but the first would have parsed them).
      std::vector<std::string> Taken;
      std::vector<std::vector<std::size_t>> ServedAfter;
      std::vector<std::size_t> Served = Units;
      for (const std::string &File : Order) {
        std::vector<std::size_t> Next;
        for (std::size_t U : Served)
          if (Sets[U].contains(File))
            Next.push_back(U);
        if (Next.size() < 2)
          continue;
        Taken.push_back(File);
        Served = std::move(Next);
        ServedAfter.push_back(Served);
      }
      // What three quarters of the units share comes first: the others
      // would build it again in a sibling, while a child is built on it.
      std::size_t Best = 0, BestSaving = 0;
      for (std::size_t K = 1; K <= Taken.size(); ++K)
        if (ServedAfter[K - 1].size() * 4 >= Units.size() * 3)
          Best = K;
      for (std::size_t K = 1; !Best && K <= Taken.size(); ++K)
        if (std::size_t Saving = K * (ServedAfter[K - 1].size() - 1);
            Saving > BestSaving) {
          Best = K;
          BestSaving = Saving;
        }
      llvm::StringSet<> Chosen;
      for (std::size_t K = 0; K < Best; ++K)
        Chosen.insert(Taken[K]);
      if (Best)
        Served = ServedAfter[Best - 1];
      if (Chosen.empty())
        return;
      PlannedPreamble P;
      P.Parent = Parent;
      if (Parent)
        P.Files = Plan[*Parent].Files;
      // In the order the first unit served includes them.
      for (const std::string &File : All[Served.front()])
        if (Chosen.contains(File))
          P.Files.push_back(File);
      const std::size_t Index = Plan.size();
      PlanSets.emplace_back();
      for (const std::string &File : P.Files)
        PlanSets.back().insert(File);
      Plan.push_back(std::move(P));
      // The units it serves may share more; the others, something else.
      std::vector<std::size_t> Rest;
      for (std::size_t U : Units)
        if (!llvm::is_contained(Served, U))
          Rest.push_back(U);
      plan(std::move(Served), Index);
      Units = std::move(Rest);
    }
  }

  std::vector<PlannedPreamble> finish() { return std::move(Plan); }

private:
  const std::vector<std::vector<std::string>> &All;
  const std::size_t Max;
  std::vector<llvm::StringSet<>> Sets;
  std::vector<PlannedPreamble> Plan;
  std::vector<llvm::StringSet<>> PlanSets;
};

} // namespace

std::vector<PlannedPreamble>
planPreambles(const std::vector<std::vector<std::string>> &Units,
              std::size_t Max) {
  TreePlanner Planner(Units, Max);
  std::vector<std::size_t> All(Units.size());
  for (std::size_t I = 0; I < Units.size(); ++I)
    All[I] = I;
  Planner.plan(std::move(All), std::nullopt);
  return Planner.finish();
}

} // namespace assoctidy
