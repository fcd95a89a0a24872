//===- AssociationNaming.cpp - Singular and plural association names -----===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssociationNaming.h"
#include "Support.h"

#include <algorithm>

namespace assoctidy {

namespace {

/// Every option in P that names association `Name` of model `Owner`:
/// - `through:` on another association of the owner;
/// - `inverse_of:` and `as:` on an association whose target is the owner;
/// - `source:` on a through association whose through-association targets
///   the owner (the source is looked up on the through model).
std::vector<const Option *> referencesTo(const Program &P,
                                         const Model &Owner,
                                         std::string_view Name) {
  std::vector<const Option *> Refs;
  auto Add = [&](const Association &A, OptionKey Key) {
    if (const Option *O = A.option(Key); O && O->Value == Name)
      Refs.push_back(O);
  };
  for (const Model &M : P.Models) {
    for (const Association &A : M.Associations) {
      if (&M == &Owner)
        Add(A, OptionKey::Through);
      if (A.Target == Owner.QualifiedName) {
        Add(A, OptionKey::InverseOf);
        Add(A, OptionKey::As);
      }
      std::string_view Through = A.optionValue(OptionKey::Through);
      if (Through.empty())
        continue;
      const Association *Via = M.association(Through);
      if (Via && Via->Target == Owner.QualifiedName)
        Add(A, OptionKey::Source);
    }
  }
  return Refs;
}

std::string problemWith(const Association &A, std::string_view Expected,
                        const Inflector &I) {
  const std::string Snake = I.underscore(A.Name);
  const bool WrongCase = Snake != A.Name;
  const bool WrongNumber = Expected != Snake;
  const char *Number = isCollection(A.Kind) ? "plural" : "singular";
  if (WrongCase && WrongNumber)
    return std::string(Number) + " and snake_case";
  return WrongCase ? "snake_case" : Number;
}

} // namespace

std::string conventionalName(AssociationKind Kind, std::string_view Name,
                             const Inflector &I) {
  const std::string Snake = I.underscore(Name);
  return isCollection(Kind) ? I.pluralize(Snake) : I.singularize(Snake);
}

std::vector<Finding> findNamingProblems(const Program &P,
                                        const NamingOptions &Options) {
  const Inflector &I = *Options.Inflections;
  std::vector<Finding> Findings;
  for (const Model &M : P.Models) {
    for (const Association &A : M.Associations) {
      if (A.Name.empty() || (Options.IsIgnored && Options.IsIgnored(A.Name)))
        continue;
      const std::string Expected = conventionalName(A.Kind, A.Name, I);
      if (Expected == A.Name || Expected.empty())
        continue;

      Finding F;
      F.Check = AssociationNamingCheckName;
      F.Level = Severity::Warning;
      F.Where = where(A);
      F.Message = std::string(spelling(A.Kind)) + " association '" + A.Name +
                  "' should be " + problemWith(A, Expected, I) + ": '" +
                  Expected + "'";
      if (A.NameSpelling != Spelling::Literal) {
        F.Notes.push_back(
            {std::string("the name comes from a ") +
                 (A.NameSpelling == Spelling::Macro ? "macro" : "constant") +
                 "; rename it where it is defined",
             F.Where});
        Findings.push_back(std::move(F));
        continue;
      }
      // Renaming onto a name the model already declares would trade this
      // finding for a duplicate: leave the choice to the user.
      const auto Taken = std::find_if(
          M.Associations.begin(), M.Associations.end(),
          [&](const Association &Other) { return Other.Name == Expected; });
      if (Taken != M.Associations.end()) {
        F.Notes.push_back({"'" + Expected +
                               "' is already declared here; renaming would "
                               "declare it twice",
                           where(*Taken)});
        Findings.push_back(std::move(F));
        continue;
      }
      std::vector<TextEdit> Edits{{A.NameRange, stringLiteral(Expected)}};
      bool Fixable = true;
      for (const Option *Ref : referencesTo(P, M, A.Name)) {
        if (Ref->ValueSpelling == Spelling::Literal &&
            Ref->ValueRange.isValid()) {
          Edits.push_back({Ref->ValueRange, stringLiteral(Expected)});
          continue;
        }
        // Renaming the association but not this reference would break it.
        Fixable = false;
        F.Notes.push_back({"'" + A.Name +
                               "' is also named here, not by a literal; "
                               "rename both by hand",
                           Ref->Whole});
      }
      if (!Fixable)
        Edits.clear();
      F.Fixes = std::move(Edits);
      Findings.push_back(std::move(F));
    }
  }
  return Findings;
}

} // namespace assoctidy
