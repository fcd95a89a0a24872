//===- ThroughChain.cpp - through: chains that do not resolve -------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "ThroughChain.h"

#include "AssocRules.h"

#include "Support.h"

namespace assoctidy {

namespace {

struct Problem {
  std::string Message;
  std::vector<Note> Notes;
};

std::string quoted(std::string_view S) { return "'" + std::string(S) + "'"; }

/// The first problem ActiveRecord's check_validity! would raise for X, an
/// association of A with `through:`; nullopt if the chain resolves (or
/// cannot be followed from what is visible).
std::optional<Problem> firstProblem(const Program &P, const Model &A,
                                    const Association &X, const Inflector &I) {
  const bool One = X.Kind == AssociationKind::HasOne;
  const std::string_view Through = X.optionValue(OptionKey::Through);
  const Association *T = findAssociation(P, A, Through);
  if (!T)
    return Problem{"through " + quoted(Through) + " names no association of '" +
                       A.QualifiedName +
                       "' (HasManyThroughAssociationNotFoundError)" +
                       didYouMeanSuffix(Through,
                                        inheritedAssociationNames(P, A)),
                   {}};
  const Note AtThrough{quoted(Through) + " is declared here", where(*T)};
  if (T->isPolymorphic())
    return Problem{"through " + quoted(Through) +
                       " is a polymorphic belongs_to (" +
                       (One ? "HasOneAssociationPolymorphicThroughError"
                            : "HasManyThroughAssociationPolymorphicThroughError") +
                       ")",
                   {AtThrough}};
  const Model *Via = visibleTarget(P, *T);
  if (!Via)
    return std::nullopt;

  // The source: `source:` if given, else the singular then the plural name.
  const Association *Source = nullptr;
  if (const Option *Named = X.option(OptionKey::Source)) {
    Source = findAssociation(P, *Via, Named->Value);
    if (!Source)
      return Problem{"no source association " + quoted(Named->Value) + " in '" +
                         Via->QualifiedName +
                         "' (HasManyThroughSourceAssociationNotFoundError)" +
                         didYouMeanSuffix(Named->Value,
                                          inheritedAssociationNames(P, *Via)),
                     {{"'" + Via->QualifiedName + "' is defined here",
                       Via->Definition}}};
  } else {
    const std::string Singular = I.singularize(X.Name);
    const Association *BySingular = findAssociation(P, *Via, Singular);
    const Association *ByPlural = findAssociation(P, *Via, X.Name);
    if (!BySingular && !ByPlural)
      return Problem{"no source association " + quoted(Singular) +
                         (Singular == X.Name ? "" : " or " + quoted(X.Name)) +
                         " in '" + Via->QualifiedName +
                         "'; name one with source(...) "
                         "(HasManyThroughSourceAssociationNotFoundError)",
                     {{"'" + Via->QualifiedName + "' is defined here",
                       Via->Definition}}};
    if (BySingular && ByPlural && BySingular != ByPlural)
      return Problem{"both " + quoted(Singular) + " and " + quoted(X.Name) +
                         " of '" + Via->QualifiedName +
                         "' could be the source; name one with source(...) "
                         "(AmbiguousSourceReflectionForThroughAssociation)",
                     {{quoted(Singular) + " is declared here",
                       where(*BySingular)},
                      {quoted(X.Name) + " is declared here", where(*ByPlural)}}};
    Source = BySingular ? BySingular : ByPlural;
  }
  const Note AtSource{quoted(Source->Name) + " is declared here",
                      where(*Source)};
  if (X.option(OptionKey::SourceType) && !Source->isPolymorphic())
    return Problem{"source_type is given but the source " +
                       quoted(Source->Name) +
                       " is not polymorphic "
                       "(HasManyThroughAssociationPointlessSourceTypeError)",
                   {AtSource}};
  if (Source->isPolymorphic() && !X.option(OptionKey::SourceType))
    return Problem{"the source " + quoted(Source->Name) +
                       " is a polymorphic belongs_to; name the class with "
                       "source_type(...) "
                       "(HasManyThroughAssociationPolymorphicSourceError)",
                   {AtSource}};
  if (One && isCollection(T->Kind))
    return Problem{"a has_one cannot go through the collection " +
                       quoted(Through) +
                       " (HasOneThroughCantAssociateThroughCollection)",
                   {AtThrough}};
  // Positions compare within one model only: inherited associations are
  // always declared before a subclass's own.
  if (A.association(Through) == T && T->Position > X.Position)
    return Problem{"through " + quoted(Through) +
                       " is declared after the association that uses it "
                       "(HasManyThroughOrderError)",
                   {AtThrough}};
  return std::nullopt;
}

} // namespace

std::vector<Finding> findThroughChainProblems(const Program &P,
                                              const Inflector &I) {
  std::vector<Finding> Findings;
  for (const Model &A : modelsOf(P, ar::Library))
    for (const Association &X : A.Associations) {
      const Option *Through = X.option(OptionKey::Through);
      if (!Through)
        continue;
      std::optional<Problem> Found = firstProblem(P, A, X, I);
      if (!Found)
        continue;
      Finding F;
      F.Check = ThroughChainCheckName;
      F.Level = Severity::Error;
      F.Where = where(X);
      F.Message = std::string(spelling(X.Kind)) + " '" + X.Name +
                  "' of '" + A.QualifiedName + "': " + Found->Message;
      F.Notes = std::move(Found->Notes);
      Findings.push_back(std::move(F));
    }
  return Findings;
}

} // namespace assoctidy
