//===- KeptBodies.h - The function bodies a parse keeps ---------*- C++ -*-===//
//
// Part of assoc-tidy. Every parse of the whole-program driver skips function
// bodies: a model is a class, so no body can declare one. Wt::Dbo is the
// exception, and the bodies it needs are kept (WtExtractor.h): persist()
// and dbo_traits' key functions, the templates persist() may hand its
// Action to, and the functions that call mapClass. The same filter serves a
// unit's parse and the shared preamble's, so that a declaration read from
// the preamble is the one the unit would have parsed.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_KEPTBODIES_H
#define ASSOC_TIDY_EXTRACT_KEPTBODIES_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

#include <vector>

namespace clang {
class Decl;
class LangOptions;
class SourceManager;
} // namespace clang

namespace assoctidy {

/// The offset just past the end of the body of the function whose name is
/// at Offset in Text: the first brace group at the name's nesting level
/// that is not followed by `,`, `{` or `catch` (a constructor's member
/// initialisers and a function-try-block are part of it). Text.size() when
/// no such group ends. Raw lexing: comments and literals are skipped, and
/// no macro is expanded.
unsigned functionExtentEnd(llvm::StringRef Text, unsigned Offset,
                           const clang::LangOptions &Lang);

/// Decides, for one parse, which bodies are kept (the rest are skipped).
class BodyFilter {
public:
  BodyFilter(const clang::SourceManager &SM, const clang::LangOptions &Lang)
      : SM(SM), Lang(Lang) {}

  /// True when D's body must be parsed.
  bool keep(const clang::Decl *D);

private:
  /// What a file's text says, searched once per file.
  struct FileFacts {
    /// Where the file's text says `mapClass`, in order.
    std::vector<unsigned> MapClass;
    /// It may hold a helper persist() hands its Action to.
    bool Helpers = false;
  };
  const FileFacts &facts(clang::FileID File, clang::SourceLocation Loc);
  /// True when the text of the function named at Loc says `mapClass`.
  bool callsMapClass(const FileFacts &Facts, clang::FileID File,
                     clang::SourceLocation Loc);

  const clang::SourceManager &SM;
  const clang::LangOptions &Lang;
  llvm::DenseMap<clang::FileID, FileFacts> Files;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_KEPTBODIES_H
