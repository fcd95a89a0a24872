//===- KeptBodies.cpp - The function bodies a parse keeps -----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "KeptBodies.h"

#include "ModelReader.h"

#include "clang/Lex/Lexer.h"

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

BodyFilter::BodyFilter(const SourceManager &SM, const LangOptions &Lang) {
  for (const ModelReader *Library : modelReaders())
    if (std::unique_ptr<BodyKeeper> Keeper = Library->bodies(SM, Lang))
      Keepers.push_back(std::move(Keeper));
}

BodyFilter::~BodyFilter() = default;

bool BodyFilter::keep(const Decl *D) {
  for (const std::unique_ptr<BodyKeeper> &Keeper : Keepers)
    if (Keeper->keep(D))
      return true;
  return false;
}

} // namespace assoctidy
