//===- MissingDependent.cpp - has_many/has_one without dependent ----------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssocRules.h"
#include "MissingDependent.h"

#include "Support.h"

namespace assoctidy::ar {

std::vector<Finding> findMissingDependents(const Program &P) {
  std::vector<Finding> Findings;
  for (const Model &M : modelsOf(P, Library))
    for (const Association &A : M.Associations) {
      const bool HasMany = A.Kind == AssociationKind::HasMany;
      if ((!HasMany && A.Kind != AssociationKind::HasOne) ||
          A.option(OptionKey::Dependent) || A.option(OptionKey::Through))
        continue;
      // A through association's rows belong to its join model, whose own
      // has_many carries the policy.
      Findings.push_back(makeFinding(
          MissingDependentCheckName, Severity::Warning, where(A),
          std::string(spelling(A.Kind)) + " '" + A.Name +
              "' has no dependent option: destroying " +
              withArticle(M.QualifiedName) + " leaves " + (HasMany ? "its" : "the") + " '" + A.Name +
              "' row" + (HasMany ? "s" : "") + " pointing at nothing"));
    }
  return Findings;
}

} // namespace assoctidy::ar
