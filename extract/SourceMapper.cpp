//===- SourceMapper.cpp - Clang source positions as model data ------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "SourceMapper.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace assoctidy {

SourceMapper::SourceMapper(ASTContext &Ctx)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Policy(Ctx.getPrintingPolicy()) {
  Policy.SuppressUnwrittenScope = true;
}

Range SourceMapper::tokenRange(SourceRange SR) {
  CharSourceRange CR = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(SR), SM, Ctx.getLangOpts());
  if (CR.isInvalid())
    CR = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(SM.getExpansionRange(SR).getAsRange()),
        SM, Ctx.getLangOpts());
  if (CR.isInvalid())
    return {};
  return {location(CR.getBegin()), location(CR.getEnd())};
}

Range SourceMapper::charRange(SourceLocation Begin, SourceLocation End) {
  if (Begin.isInvalid() || End.isInvalid() || !Begin.isFileID() ||
      !End.isFileID())
    return {};
  return {location(Begin), location(End)};
}

Location SourceMapper::location(SourceLocation Loc) {
  auto [FID, Offset] = SM.getDecomposedLoc(SM.getFileLoc(Loc));
  Location L;
  L.File = fileName(FID);
  L.Offset = Offset;
  L.Line = SM.getLineNumber(FID, Offset);
  L.Column = SM.getColumnNumber(FID, Offset);
  return L;
}

FilePath SourceMapper::fileName(FileID FID) {
  auto [It, Inserted] = FileNames.try_emplace(FID);
  if (!Inserted)
    return It->second;
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
    SmallString<256> Path(FE->getName());
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    It->second = FilePath(std::string_view(Path.data(), Path.size()));
  }
  return It->second;
}

std::string SourceMapper::qualifiedName(const NamedDecl *D) const {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  D->getNameForDiagnostic(OS, Policy, /*Qualified=*/true);
  return Name;
}

const CXXRecordDecl *SourceMapper::nameTarget(QualType T,
                                              Association &A) const {
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD) {
    A.Target = T.getAsString(Policy);
    A.State = TargetState::NotModel;
    return nullptr;
  }
  A.Target = qualifiedName(RD);
  return RD;
}

Spelling SourceMapper::spellingOf(const Expr *E) const {
  if (E->getBeginLoc().isMacroID())
    return Spelling::Macro;
  const auto *Literal = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts());
  // A literal whose value is not all of its text (an embedded NUL ends
  // the evaluated string early) cannot be rewritten as a whole.
  if (!Literal || Literal->getString().contains('\0'))
    return Spelling::Constant;
  return Spelling::Literal;
}

bool SourceMapper::inMacro(const Expr *E) {
  return E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID();
}

} // namespace assoctidy
