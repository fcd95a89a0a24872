//===- WtKeptBodies.cpp - The function bodies Wt::Dbo needs parsed --------===//
//
// Part of assoc-tidy. A parse that skips bodies keeps persist() and
// dbo_traits' key functions, the templates persist() may hand its Action
// to, and the functions that call mapClass (WtExtractor.h). The same
// filter serves a unit's parse and the shared preamble's, so that a
// declaration read from the preamble is the one the unit would have parsed.
//
//===----------------------------------------------------------------------===//

#include "KeptBodies.h"
#include "WtExtractor.h"

#include "clang/AST/DeclBase.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

#include <algorithm>
#include <vector>

using namespace clang;

namespace assoctidy {
namespace {

class WtKeptBodies final : public BodyKeeper {
public:
  WtKeptBodies(const SourceManager &SM, const LangOptions &Lang)
      : SM(SM), Lang(Lang) {}

  bool keep(const Decl *D) override {
    if (wtIsPersist(D))
      return true;
    const SourceLocation Loc = SM.getFileLoc(D->getLocation());
    const FileID File = SM.getFileID(Loc);
    if (File.isInvalid())
      return true;
    const FileFacts &Facts = facts(File, Loc);
    // mapClass names a table in the body of an ordinary function: only a
    // function whose text calls it is parsed, not every function of its
    // file.
    if (callsMapClass(Facts, File, Loc))
      return true;
    return Facts.Helpers && wtMayTakeAction(D);
  }

private:
  /// What a file's text says, searched once per file.
  struct FileFacts {
    /// Where the file's text says `mapClass`, in order.
    std::vector<unsigned> MapClass;
    /// It may hold a helper persist() hands its Action to.
    bool Helpers = false;
  };

  const FileFacts &facts(FileID File, SourceLocation Loc) {
    auto [It, Inserted] = Files.try_emplace(File);
    if (!Inserted)
      return It->second;
    const StringRef Text = SM.getBufferData(File);
    if (wtMentionsMapClass(Text))
      for (std::size_t At = Text.find("mapClass"); At != StringRef::npos;
           At = Text.find("mapClass", At + 1))
        It->second.MapClass.push_back(At);
    It->second.Helpers = !SM.isInSystemHeader(Loc) &&
                         !wtIsDboHeader(SM.getFilename(Loc)) &&
                         wtMentionsDbo(Text);
    return It->second;
  }

  /// True when the text of the function named at Loc says `mapClass`.
  bool callsMapClass(const FileFacts &Facts, FileID File, SourceLocation Loc) {
    if (Facts.MapClass.empty())
      return false;
    // The name of a function written by a macro is where the macro is
    // used: the extent from there holds the body, or runs to the file's
    // end.
    const unsigned Offset = SM.getFileOffset(Loc);
    auto First =
        std::lower_bound(Facts.MapClass.begin(), Facts.MapClass.end(), Offset);
    if (First == Facts.MapClass.end())
      return false;
    return *First < functionExtentEnd(SM.getBufferData(File), Offset, Lang);
  }

  const SourceManager &SM;
  const LangOptions &Lang;
  llvm::DenseMap<FileID, FileFacts> Files;
};

} // namespace

std::unique_ptr<BodyKeeper> wtKeptBodies(const SourceManager &SM,
                                         const LangOptions &Lang) {
  return std::make_unique<WtKeptBodies>(SM, Lang);
}

} // namespace assoctidy
