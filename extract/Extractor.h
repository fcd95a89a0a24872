//===- Extractor.h - Every library's models, from AST to model --*- C++ -*-===//
//
// Part of assoc-tidy. Reads every model of a translation unit into the
// plain association model, each by its library's reader (ModelReader.h).
// It runs once per translation unit whatever the number of checks.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_EXTRACTOR_H
#define ASSOC_TIDY_EXTRACT_EXTRACTOR_H

#include "Model.h"

#include "llvm/ADT/ArrayRef.h"

namespace clang {
class ASTContext;
class ClassTemplateDecl;
} // namespace clang

namespace assoctidy {

/// Extracts every model defined in the translation unit.
///
/// Models are classes at namespace or class scope (including instantiated
/// class templates) that a registered library's reader takes, such as
/// those deriving from `assoc::model<...>`; classes local to a function
/// are never models, which is why function bodies need not be
/// parsed at all. A target that is only forward-declared in the unit is
/// recorded as TargetState::Unresolved, never guessed.
///
/// With OnlyParsed, declarations loaded from a precompiled header are not
/// visited: the unit loaded a shared preamble (SharedPreamble.h), which
/// holds system headers and never a model, and loading its declarations
/// would undo what it saves. Its class templates may still be models once
/// the unit instantiates them: PreambleTemplates are those the unit did,
/// whose specializations made in the unit are visited first, where the
/// plain parse meets them (system headers are included before the code
/// using them). A PCH of the user's own may hold models, so it is walked
/// like the rest.
Program extractModels(
    clang::ASTContext &Ctx, bool OnlyParsed = false,
    llvm::ArrayRef<const clang::ClassTemplateDecl *> PreambleTemplates = {});

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_EXTRACTOR_H
