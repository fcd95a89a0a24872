//===- KeptBodies.h - The function bodies a parse keeps ---------*- C++ -*-===//
//
// Part of assoc-tidy. Every parse of the whole-program driver skips function
// bodies: a model is a class, so no body can declare one. A library that
// reads bodies (Wt::Dbo's persist()) says which it needs, and those are
// kept. The same filter serves a unit's parse and the shared preamble's, so
// that a declaration read from the preamble is the one the unit would have
// parsed.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_KEPTBODIES_H
#define ASSOC_TIDY_EXTRACT_KEPTBODIES_H

#include "ModelReader.h"

#include "llvm/ADT/StringRef.h"

#include <memory>
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

/// Decides, for one parse, which bodies are kept (the rest are skipped):
/// those any library's reader asks for (ModelReader::bodies).
class BodyFilter {
public:
  BodyFilter(const clang::SourceManager &SM, const clang::LangOptions &Lang);
  ~BodyFilter();

  /// True when D's body must be parsed.
  bool keep(const clang::Decl *D);

private:
  std::vector<std::unique_ptr<BodyKeeper>> Keepers;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_KEPTBODIES_H
