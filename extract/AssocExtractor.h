//===- AssocExtractor.h - The assoc vocabulary, from AST to model -*- C++ -*-=//
//
// Part of assoc-tidy. The front-end for the `assoc` vocabulary: it reads
// every model of a translation unit into the plain association model. It is
// the only code that knows both Clang and the model, and it runs once per
// translation unit whatever the number of checks.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_ASSOCEXTRACTOR_H
#define ASSOC_TIDY_EXTRACT_ASSOCEXTRACTOR_H

#include "Model.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace assoctidy {

/// Extracts every model defined in the translation unit.
///
/// Models are classes deriving from `assoc::model<...>` at namespace or
/// class scope (including instantiated class templates); classes local to a
/// function are never models, which is why function bodies need not be
/// parsed at all. A target that is only forward-declared in the unit is
/// recorded as TargetState::Unresolved, never guessed.
///
/// With OnlyParsed, declarations loaded from a precompiled header are not
/// visited: the unit loaded a shared preamble (SharedPreamble.h), which
/// holds standard headers and never a model, and loading its declarations
/// would undo what it saves. A PCH of the user's own may hold models, so it
/// is walked like the rest.
Program extractModels(clang::ASTContext &Ctx, bool OnlyParsed = false);

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_ASSOCEXTRACTOR_H
