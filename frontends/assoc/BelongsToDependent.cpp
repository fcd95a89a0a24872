//===- BelongsToDependent.cpp - dependent on a belongs_to -----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "BelongsToDependent.h"

#include "AssocRules.h"

#include "Derived.h"
#include "InvalidOption.h"
#include "Support.h"

#include <algorithm>

namespace assoctidy {

namespace {

/// True when Y (a has_many/has_one declared on Y's owner YOwner) is the
/// other side of belongs_to X of Owner: it targets Owner and reads X's
/// column, or one side names the other with inverse_of.
bool isOtherSide(const Program &P, const Model &Owner, const Association &X,
                 const Model &YOwner, const Association &Y,
                 const Inflector &I) {
  if (Y.Kind != AssociationKind::HasMany && Y.Kind != AssociationKind::HasOne)
    return false;
  if (Y.option(OptionKey::Through) || !isA(P, Owner, Y.Target))
    return false;
  if (Y.inverseName() == X.Name || X.inverseName() == Y.Name)
    return true;
  if (X.isPolymorphic())
    return Y.optionValue(OptionKey::As) == X.Name;
  return !Y.option(OptionKey::As) &&
         foreignKey(Y, YOwner, I) == foreignKey(X, Owner, I);
}

/// Every has_many/has_one that is the other side of X; a has_many first.
std::vector<std::pair<const Model *, const Association *>>
otherSides(const Program &P, const Model &Owner, const Association &X,
           const Inflector &I) {
  std::vector<std::pair<const Model *, const Association *>> Sides;
  auto Collect = [&](const Model &B) {
    for (const std::string &Name : inheritedAssociationNames(P, B)) {
      // Keys derive from the class that declares the has_many, also when
      // a subclass (single-table inheritance) inherits it.
      const Model *Declaring = &B;
      const Association *Y = findAssociation(P, B, Name, &Declaring);
      const bool Seen =
          std::any_of(Sides.begin(), Sides.end(),
                      [&](const auto &Side) { return Side.second == Y; });
      if (Y && !Seen && isOtherSide(P, Owner, X, *Declaring, *Y, I))
        Sides.push_back({Declaring, Y});
    }
  };
  if (X.isPolymorphic()) {
    for (const Model &B : modelsOf(P, ar::Library))
      Collect(B);
  } else if (const Model *B = visibleTarget(P, X)) {
    Collect(*B);
  }
  std::stable_partition(Sides.begin(), Sides.end(), [](const auto &Side) {
    return Side.second->Kind == AssociationKind::HasMany;
  });
  return Sides;
}

} // namespace

std::vector<Finding>
findBelongsToDependentProblems(const Program &P,
                               const BelongsToDependentOptions &O) {
  std::vector<Finding> Findings;
  for (const Model &A : modelsOf(P, ar::Library))
    for (const Association &X : A.Associations) {
      const Option *Dependent = X.Kind == AssociationKind::BelongsTo
                                    ? X.option(OptionKey::Dependent)
                                    : nullptr;
      if (!Dependent || Dependent->isNil())
        continue;
      const std::vector<std::string> &Valid = validDependentValues(X.Kind);
      if (std::find(Valid.begin(), Valid.end(), Dependent->Value) ==
          Valid.end())
        continue; // ActiveRecord rejects it: assoc-invalid-option says so.
      const auto Sides = otherSides(P, A, X, *O.Inflections);
      const bool Many =
          !Sides.empty() && Sides[0].second->Kind == AssociationKind::HasMany;
      if (!Many && !O.StrictMode)
        continue;
      const std::string Parent =
          X.isPolymorphic() ? "'" + X.Name + "'" : "'" + X.Target + "'";
      std::string Message =
          "dependent: '" + Dependent->Value + "' on belongs_to '" + X.Name +
          "' " + (Dependent->Value == "delete" ? "deletes" : "destroys") +
          " the " + Parent + " when " + withArticle(A.QualifiedName) +
          " is destroyed";
      if (Many)
        Message += ", orphaning the other '" + A.QualifiedName +
                   "' records of its has_many '" + Sides[0].second->Name + "'";
      else if (!Sides.empty())
        Message += ", which has_one '" + Sides[0].second->Name +
                   "' of it: the parent goes with its only child (StrictMode)";
      else
        Message += " (StrictMode)";
      Finding F = makeFinding(BelongsToDependentCheckName, Severity::Warning,
                              where(*Dependent), std::move(Message));
      if (!Sides.empty())
        F.Notes.push_back({"'" + Sides[0].first->QualifiedName + "' " +
                               std::string(spelling(Sides[0].second->Kind)) +
                               " '" + Sides[0].second->Name + "' here",
                           where(*Sides[0].second)});
      if (std::optional<TextEdit> Fix = removeOption(X, *Dependent))
        F.Fixes.push_back(*Fix);
      Findings.push_back(std::move(F));
    }
  return Findings;
}

} // namespace assoctidy
