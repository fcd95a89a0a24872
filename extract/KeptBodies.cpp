//===- KeptBodies.cpp - The function bodies a parse keeps -----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "KeptBodies.h"

#include "WtExtractor.h"

#include "clang/AST/DeclBase.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>

using namespace clang;

namespace assoctidy {

unsigned functionExtentEnd(StringRef Text, unsigned Offset,
                           const LangOptions &Lang) {
  if (Offset >= Text.size())
    return Text.size();
  Lexer Raw(SourceLocation(), Lang, Text.begin(), Text.begin() + Offset,
            Text.end());
  Raw.SetCommentRetentionState(false);
  Token Tok;
  unsigned Nesting = 0; // Parentheses and brackets.
  unsigned Braces = 0;
  bool GroupClosed = false;
  for (;;) {
    Raw.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      break;
    // A directive may open or close a brace on one branch only: the
    // extent is not known, so it runs to the end of the file.
    if (Tok.is(tok::hash) && Tok.isAtStartOfLine())
      return Text.size();
    if (GroupClosed) {
      GroupClosed = false;
      const bool Continues =
          Tok.isOneOf(tok::comma, tok::l_brace) ||
          (Tok.is(tok::raw_identifier) && Tok.getRawIdentifier() == "catch");
      if (!Continues)
        return Raw.getCurrentBufferOffset() - Tok.getLength();
    }
    switch (Tok.getKind()) {
    case tok::l_paren:
    case tok::l_square:
      ++Nesting;
      break;
    case tok::r_paren:
    case tok::r_square:
      if (Nesting)
        --Nesting;
      break;
    case tok::l_brace:
      ++Braces;
      break;
    case tok::r_brace:
      if (Braces && --Braces == 0 && Nesting == 0)
        GroupClosed = true;
      break;
    default:
      break;
    }
  }
  return Text.size();
}

const BodyFilter::FileFacts &BodyFilter::facts(FileID File,
                                               SourceLocation Loc) {
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

bool BodyFilter::callsMapClass(const FileFacts &Facts, FileID File,
                               SourceLocation Loc) {
  if (Facts.MapClass.empty())
    return false;
  // The name of a function written by a macro is where the macro is
  // used: the extent from there holds the body, or runs to the file's end.
  const unsigned Offset = SM.getFileOffset(Loc);
  auto First =
      std::lower_bound(Facts.MapClass.begin(), Facts.MapClass.end(), Offset);
  if (First == Facts.MapClass.end())
    return false;
  return *First < functionExtentEnd(SM.getBufferData(File), Offset, Lang);
}

bool BodyFilter::keep(const Decl *D) {
  if (wtIsPersist(D))
    return true;
  const SourceLocation Loc = SM.getFileLoc(D->getLocation());
  const FileID File = SM.getFileID(Loc);
  if (File.isInvalid())
    return true;
  const FileFacts &Facts = facts(File, Loc);
  // mapClass names a table in the body of an ordinary function: only a
  // function whose text calls it is parsed, not every function of its file.
  if (callsMapClass(Facts, File, Loc))
    return true;
  return Facts.Helpers && wtMayTakeAction(D);
}

} // namespace assoctidy
