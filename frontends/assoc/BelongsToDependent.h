//===- BelongsToDependent.h - dependent on a belongs_to ---------*- C++ -*-===//
//
// Part of assoc-tidy. `dependent` on a belongs_to destroys the parent with
// the child; when the parent has_many of them, the siblings are orphaned.
// See docs/checks/belongs-to-dependent.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_BELONGSTODEPENDENT_H
#define ASSOC_TIDY_RULES_BELONGSTODEPENDENT_H

#include "Finding.h"
#include "Inflector.h"

namespace assoctidy {

inline constexpr const char *BelongsToDependentCheckName =
    "assoc-belongs-to-dependent";

struct BelongsToDependentOptions {
  /// Default foreign keys pair the two sides: they are inflected names.
  const Inflector *Inflections = &Inflector::english();
  /// Also flag a dependent belongs_to whose target has only a has_one back,
  /// or nothing visible.
  bool StrictMode = false;
};

/// A valid `dependent` on a belongs_to whose target declares a has_many of
/// the owner on the same key (warning, note at the has_many, a fix-it that
/// removes the option); with StrictMode, every other valid one too. An
/// invalid value is assoc-invalid-option's.
std::vector<Finding>
findBelongsToDependentProblems(const Program &P,
                               const BelongsToDependentOptions &O);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_BELONGSTODEPENDENT_H
