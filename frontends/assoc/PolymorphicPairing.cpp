//===- PolymorphicPairing.cpp - as: and polymorphic belongs_to ------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "PolymorphicPairing.h"

#include "AssocRules.h"

#include "Derived.h"
#include "Support.h"

#include <set>
#include <utility>

namespace assoctidy {


std::vector<Finding> findPolymorphicPairingProblems(const Program &P,
                                                    bool WholeProgram) {
  std::vector<Finding> Findings;
  for (const Model &A : modelsOf(P, ar::Library)) {
    for (const Association &X : A.Associations) {
      // as: belongs to has_many/has_one; elsewhere it is an invalid option
      // (belongs_to) or ignored (habtm), which is another check's business.
      const bool Has = X.Kind == AssociationKind::HasMany ||
                       X.Kind == AssociationKind::HasOne;
      const Option *As = Has ? X.option(OptionKey::As) : nullptr;
      const Model *B = As ? visibleTarget(P, X) : nullptr;
      if (!B)
        continue;
      const Range &Where = where(*As);
      const Association *Y = findAssociation(P, *B, As->Value);
      if (!Y) {
        std::vector<std::string> Polymorphic;
        for (const std::string &Name : inheritedAssociationNames(P, *B))
          if (findAssociation(P, *B, Name)->isPolymorphic())
            Polymorphic.push_back(Name);
        Finding F = makeFinding(
            PolymorphicPairingCheckName, Severity::Error, Where,
            std::string(spelling(X.Kind)) + " '" + X.Name + "': as: '" +
                As->Value + "' names no polymorphic belongs_to of '" +
                B->QualifiedName + "' (ActiveRecord would read columns '" +
                foreignKey(X, A) + "' and '" + As->Value + "_type')" +
                didYouMeanSuffix(As->Value, Polymorphic));
        F.Notes.push_back(
            {"'" + B->QualifiedName + "' is defined here", B->Definition});
        Findings.push_back(std::move(F));
      } else if (!Y->isPolymorphic()) {
        Finding F = makeFinding(
            PolymorphicPairingCheckName, Severity::Error, Where,
            std::string(spelling(X.Kind)) + " '" + X.Name + "': as: '" +
                As->Value + "' names a " + std::string(spelling(Y->Kind)) +
                " that is not polymorphic; ActiveRecord accepts it and reads "
                "a '" + As->Value + "_type' column the other side never "
                "writes");
        F.Notes.push_back({"'" + Y->Name + "' is declared here", where(*Y)});
        Findings.push_back(std::move(F));
      }
    }
  }
  if (!WholeProgram)
    return Findings;
  // Every (model, as:) that some association names; an as: to a subclass
  // names the base's polymorphic belongs_to too (single-table inheritance).
  std::set<std::pair<std::string, std::string>> Named;
  for (const Model &A : modelsOf(P, ar::Library))
    for (const Association &X : A.Associations) {
      const Option *As = X.option(OptionKey::As);
      const Model *T = As ? P.model(X.Target) : nullptr;
      for (int Depth = 0; T && Depth < 64; ++Depth) {
        Named.insert({T->QualifiedName, As->Value});
        T = T->BaseModel.empty() ? nullptr : P.model(T->BaseModel);
      }
    }
  for (const Model &B : modelsOf(P, ar::Library))
    for (const Association &Y : B.Associations) {
      if (!Y.isPolymorphic() || Named.count({B.QualifiedName, Y.Name}))
        continue;
      Findings.push_back(makeFinding(
            PolymorphicPairingCheckName, Severity::Warning, where(Y),
            "polymorphic belongs_to '" + Y.Name + "' of '" + B.QualifiedName +
                "' is named by no as: '" + Y.Name + "' in the whole program"));
    }
  return Findings;
}

} // namespace assoctidy
