//===- WtMissingOnDelete.cpp - Wt::Dbo foreign keys without OnDelete ------===//
//
// Part of assoc-tidy. A policy, not a bug: a belongsTo() that a parent's
// hasMany(ManyToOne) pairs with, and that gives no OnDelete... flag,
// creates a foreign key with the database's default action, so deleting a
// parent that still has children fails on the key.
//
//===----------------------------------------------------------------------===//

#include "MissingDependent.h"
#include "WtRules.h"

#include "Support.h"
#include "WtSupport.h"

#include <algorithm>
#include <set>

namespace assoctidy {

std::vector<Finding> findWtMissingOnDelete(const Program &P) {
  std::vector<Finding> Findings;
  const wt::Tables Tables(P);
  std::set<const Association *> Reported;
  for (const Model &Parent : modelsOf(P, wt::Library))
    for (const Association &Many : Parent.Associations) {
      const Model *Child = wt::target(P, Many);
      const std::optional<std::string> Name =
          wt::pairingName(Parent, Many, Tables);
      if (Many.Kind != AssociationKind::HasMany || !Child || !Name)
        continue;
      for (const Association &Key : Child->Associations) {
        if (Key.Kind != AssociationKind::BelongsTo ||
            Key.Target != Parent.QualifiedName ||
            wt::pairingName(*Child, Key, Tables) != Name ||
            wt::relation(Key).Function != "belongsTo" ||
            std::any_of(wt::relation(Key).Flags.begin(),
                        wt::relation(Key).Flags.end(),
                        [](const wt::Flag &F) {
                          return F.Name.rfind("OnDelete", 0) == 0;
                        }) ||
            !Reported.insert(&Key).second)
          continue;
        Finding F = makeFinding(
            MissingDependentCheckName, Severity::Warning, where(Key),
            wt::subject(Key) + " of '" + Child->QualifiedName +
                "' gives no OnDelete... flag: deleting " +
                withArticle(Parent.QualifiedName) +
                " that still has rows in '" + wt::tableOrClass(*Child, Tables) +
                "' fails on the foreign key");
        F.Notes.push_back({"'" + Parent.QualifiedName +
                               "' maps the other side"
                               " with " +
                               wt::subject(Many) + " here",
                           where(Many)});
        Findings.push_back(std::move(F));
      }
    }
  return Findings;
}

} // namespace assoctidy
