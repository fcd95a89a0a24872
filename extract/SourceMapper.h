//===- SourceMapper.h - Clang source positions as model data ----*- C++ -*-===//
//
// Part of assoc-tidy. What every front-end needs to turn Clang's view of
// the source into the model's: plain file ranges (macro uses mapped to
// where the user sees them), absolute paths, qualified names, and how an
// argument was spelled. One per translation unit and front-end run.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_SOURCEMAPPER_H
#define ASSOC_TIDY_EXTRACT_SOURCEMAPPER_H

#include "Model.h"

#include "clang/AST/PrettyPrinter.h"
#include "clang/AST/Type.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"

#include <string>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Expr;
class NamedDecl;
class SourceManager;
} // namespace clang

namespace assoctidy {

class SourceMapper {
public:
  explicit SourceMapper(clang::ASTContext &Ctx);

  /// The file range the user sees: a range written in a macro becomes the
  /// range of the macro's expansion, which is where diagnostics belong.
  Range tokenRange(clang::SourceRange SR);
  /// [Begin, End) as characters, both already file locations.
  Range charRange(clang::SourceLocation Begin, clang::SourceLocation End);
  Location location(clang::SourceLocation Loc);
  /// Absolute, dot-free paths, so that one header reached from many
  /// translation units (or build directories) is one file.
  FilePath fileName(clang::FileID FID);

  /// `shop::Order`, template arguments included, no inline namespaces.
  std::string qualifiedName(const clang::NamedDecl *D) const;
  /// The policy qualifiedName prints with, for types.
  const clang::PrintingPolicy &policy() const { return Policy; }

  /// Names an association's target after T: its class's qualified name,
  /// or, for a type that is no class, the type as written (and then
  /// TargetState::NotModel). Returns the class, or null.
  const clang::CXXRecordDecl *nameTarget(clang::QualType T,
                                         Association &A) const;

  /// How a string argument was written; only a plain literal written in
  /// the file itself may be rewritten.
  Spelling spellingOf(const clang::Expr *E) const;
  /// True when the expression is not written as such in the file: it
  /// comes from a macro's body, or spans a macro argument and the macro.
  static bool inMacro(const clang::Expr *E);

private:
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  clang::PrintingPolicy Policy;
  llvm::DenseMap<clang::FileID, FilePath> FileNames;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_SOURCEMAPPER_H
