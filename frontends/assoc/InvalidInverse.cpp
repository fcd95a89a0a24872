//===- InvalidInverse.cpp - inverse_of that names the wrong thing ---------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "InvalidInverse.h"

#include "AssocRules.h"

#include "Support.h"

namespace assoctidy {

namespace {

Finding finding(const Option &Inverse, Severity Level, std::string Message) {
  return makeFinding(InvalidInverseCheckName, Level, where(Inverse),
                     std::move(Message));
}

/// Where ActiveRecord does not check inverse_of against one target, the
/// reason; else null.
const char *uncheckedBecause(const Association &A) {
  if (A.Kind == AssociationKind::HasAndBelongsToMany)
    return "has no effect: ActiveRecord ignores inverse_of on "
           "has_and_belongs_to_many";
  if (A.isPolymorphic())
    return "cannot be checked here: on a polymorphic belongs_to ActiveRecord "
           "looks it up on each record's class, at first use";
  return nullptr;
}

bool compatibleKinds(AssociationKind A, AssociationKind B) {
  if (A == AssociationKind::BelongsTo)
    return B == AssociationKind::HasMany || B == AssociationKind::HasOne;
  if (A == AssociationKind::HasMany || A == AssociationKind::HasOne)
    return B == AssociationKind::BelongsTo;
  return false;
}

} // namespace

std::vector<Finding> findInvalidInverses(const Program &P) {
  std::vector<Finding> Findings;
  for (const Model &A : modelsOf(P, ar::Library)) {
    for (const Association &X : A.Associations) {
      const Option *Inverse = X.option(OptionKey::InverseOf);
      if (!Inverse)
        continue;
      const std::string Head = std::string(spelling(X.Kind)) + " '" + X.Name +
                               "': inverse_of" +
                               (Inverse->IsString ? " '" + Inverse->Value + "'"
                                                  : "(" + Inverse->Value + ")");
      const bool Habtm = X.Kind == AssociationKind::HasAndBelongsToMany;
      // `inverse_of(false)` says there is none; only a habtm ignores it.
      if (X.inverseDisabled() && !Habtm)
        continue;
      if (const char *Why = uncheckedBecause(X)) {
        Findings.push_back(
            finding(*Inverse, Severity::Warning, Head + " " + Why));
        continue;
      }
      if (!Inverse->IsString) {
        // `inverse_of: true` is a name to ActiveRecord, and no association
        // is named `true`.
        Findings.push_back(finding(
            *Inverse, Severity::Error,
            Head + " names no association: ActiveRecord looks for one named "
                   "'true' and raises InverseOfAssociationNotFoundError at "
                   "first use; name the inverse, or write inverse_of(false) "
                   "for none"));
        continue;
      }
      const Model *B = visibleTarget(P, X);
      if (!B)
        continue;
      const Association *Y = findAssociation(P, *B, Inverse->Value);
      if (!Y) {
        Finding F = finding(
            *Inverse, Severity::Error,
            Head + " names no association of '" + B->QualifiedName +
                "' (ActiveRecord raises InverseOfAssociationNotFoundError at "
                "first use)" +
                didYouMeanSuffix(Inverse->Value,
                                 inheritedAssociationNames(P, *B)));
        F.Notes.push_back(
            {"'" + B->QualifiedName + "' is defined here", B->Definition});
        Findings.push_back(std::move(F));
        continue;
      }
      // A through association's inverse is only looked up by name.
      if (X.option(OptionKey::Through))
        continue;
      const Note At{"'" + Y->Name + "' is declared here", where(*Y)};
      // With as:, the inverse is the polymorphic belongs_to of that name.
      const bool PointsBack = X.option(OptionKey::As)
                                  ? Y->isPolymorphic()
                                  : isA(P, A, Y->Target);
      if (!PointsBack) {
        Finding F = finding(
            *Inverse, Severity::Error,
            Head + " names '" + B->QualifiedName + "::" + Y->Name +
                "', which points to '" +
                (Y->isPolymorphic() ? std::string("a polymorphic target")
                                    : Y->Target) +
                "', not back to '" + A.QualifiedName + "'");
        F.Notes.push_back(At);
        Findings.push_back(std::move(F));
        continue;
      }
      if (!compatibleKinds(X.Kind, Y->Kind)) {
        Finding F = finding(*Inverse, Severity::Warning,
                            Head + " names a " +
                                std::string(spelling(Y->Kind)) +
                                ", which cannot be the inverse of a " +
                                std::string(spelling(X.Kind)));
        F.Notes.push_back(At);
        Findings.push_back(std::move(F));
        continue;
      }
      // A scoped has_* beside the plain one (`has_many :published_posts,
      // -> { ... }, inverse_of: :author`) shares the belongs_to, whose own
      // inverse_of can name only one of them: the idiom, not a mistake.
      std::string_view Back = Y->inverseName();
      if (!Back.empty() && Back != X.Name && !X.isScoped()) {
        Finding F = finding(*Inverse, Severity::Warning,
                            Head + " disagrees with '" + Y->Name +
                                "', whose inverse_of is '" + std::string(Back) +
                                "'");
        F.Notes.push_back(At);
        Findings.push_back(std::move(F));
      }
    }
  }
  return Findings;
}

} // namespace assoctidy
