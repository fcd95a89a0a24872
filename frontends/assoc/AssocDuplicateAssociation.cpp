//===- DuplicateAssociation.cpp - Two associations, one name --------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssocRules.h"
#include "DuplicateAssociation.h"

#include "Support.h"

#include <unordered_map>

namespace assoctidy::ar {

namespace {
bool sameOptions(const Association &A, const Association &B) {
  if (A.Options.size() != B.Options.size())
    return false;
  for (size_t I = 0; I < A.Options.size(); ++I) {
    const Option &X = A.Options[I], &Y = B.Options[I];
    if (X.Key != Y.Key || X.Value != Y.Value || X.IsString != Y.IsString)
      return false;
  }
  return true;
}

bool sameDeclaration(const Association &A, const Association &B) {
  return A.Kind == B.Kind && A.Target == B.Target && A.State == B.State &&
         sameOptions(A, B);
}

/// The text from the end of the previous argument of `declare(...)` to the
/// end of this one (`, assoc::has_many<X>("xs")`): removing it leaves the
/// argument list well formed. Only when the two are adjacent arguments in
/// one file, so that nothing else lies between them.
std::optional<Range> removalRange(const Association &Previous,
                                  const Association &Duplicate) {
  if (!Previous.Whole.isValid() || !Duplicate.Whole.isValid() ||
      Previous.Position + 1 != Duplicate.Position)
    return std::nullopt;
  if (Previous.Whole.End.File != Duplicate.Whole.Begin.File ||
      Previous.Whole.End.Offset > Duplicate.Whole.Begin.Offset)
    return std::nullopt;
  return Range{Previous.Whole.End, Duplicate.Whole.End};
}
} // namespace

std::vector<Finding> findDuplicateAssociations(const Model &M) {
  std::vector<Finding> Findings;
  std::unordered_map<std::string, size_t> FirstByName;
  for (size_t I = 0; I < M.Associations.size(); ++I) {
    const Association &A = M.Associations[I];
    auto [It, Inserted] = FirstByName.emplace(A.Name, I);
    if (Inserted)
      continue;
    const Association &First = M.Associations[It->second];

    Finding F;
    F.Check = DuplicateAssociationCheckName;
    F.Level = Severity::Error;
    F.Where = where(A);
    const bool Identical = sameDeclaration(First, A);
    F.Message = "association '" + A.Name + "' is declared again in '" +
                M.QualifiedName + "'; ";
    F.Message += Identical
                     ? "the repeated declaration is redundant"
                     : "ActiveRecord silently keeps only the last declaration";
    F.Notes.push_back(
        {"'" + A.Name + "' was first declared here", where(First)});
    // Removing an identical repeat cannot change behaviour. Removing either
    // of two different declarations would, so that choice is the user's.
    if (Identical && A.NameSpelling == Spelling::Literal)
      if (std::optional<Range> R = removalRange(M.Associations[I - 1], A))
        F.Fixes.push_back({*R, ""});
    Findings.push_back(std::move(F));
  }
  return Findings;
}

} // namespace assoctidy::ar
