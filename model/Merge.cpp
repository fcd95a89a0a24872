//===- Merge.cpp - Per-unit facts into one program ------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Merge.h"

#include <unordered_map>

namespace assoctidy {

namespace {

bool sameOption(const Option &A, const Option &B) {
  return A.Key == B.Key && A.Value == B.Value && A.IsString == B.IsString &&
         A.ValueSpelling == B.ValueSpelling && A.ValueRange == B.ValueRange &&
         A.Whole == B.Whole;
}

bool sameAssociation(const Association &A, const Association &B) {
  if (A.Kind != B.Kind || A.Name != B.Name ||
      A.NameSpelling != B.NameSpelling || !(A.NameRange == B.NameRange) ||
      !(A.Whole == B.Whole) || A.Position != B.Position ||
      A.Target != B.Target || A.isPolymorphic() != B.isPolymorphic() ||
      A.Options.size() != B.Options.size())
    return false;
  for (std::size_t I = 0; I < A.Options.size(); ++I)
    if (!sameOption(A.Options[I], B.Options[I]))
      return false;
  return true;
}

/// How much a unit knew about a target: a later unit that saw more wins.
int knowledge(TargetState State) {
  switch (State) {
  case TargetState::Unresolved:
    return 0;
  case TargetState::NotModel:
  case TargetState::Model:
  case TargetState::Polymorphic:
    return 1;
  }
  return 0;
}

} // namespace

bool sameDeclaration(const Model &A, const Model &B) {
  if (A.QualifiedName != B.QualifiedName || A.ClassName != B.ClassName ||
      A.TableNameOverride != B.TableNameOverride ||
      A.BaseModel != B.BaseModel || !(A.Definition == B.Definition) ||
      !(A.DeclareEnd == B.DeclareEnd) ||
      A.DeclareArguments != B.DeclareArguments ||
      A.Associations.size() != B.Associations.size() ||
      A.Members.size() != B.Members.size())
    return false;
  for (std::size_t I = 0; I < A.Associations.size(); ++I)
    if (!sameAssociation(A.Associations[I], B.Associations[I]))
      return false;
  for (std::size_t I = 0; I < A.Members.size(); ++I)
    if (A.Members[I].Name != B.Members[I].Name ||
        !(A.Members[I].Where == B.Members[I].Where))
      return false;
  return true;
}

MergeResult mergePrograms(std::vector<Program> Units) {
  MergeResult Result;
  std::unordered_map<std::string, std::size_t> Placed;
  for (Program &Unit : Units)
    for (Model &M : Unit.Models) {
      auto [It, Inserted] =
          Placed.try_emplace(M.QualifiedName, Result.Merged.Models.size());
      if (Inserted) {
        Result.Merged.Models.push_back(std::move(M));
        continue;
      }
      Model &Kept = Result.Merged.Models[It->second];
      if (!sameDeclaration(Kept, M)) {
        // One file cannot define a class twice: two readings of it (#if).
        const bool Same =
            Kept.Definition.Begin.File == M.Definition.Begin.File;
        // One report per distinct definition, not per unit that saw it.
        bool Known = false;
        for (const MergeConflict &C : Result.Conflicts)
          Known |= C.First.QualifiedName == M.QualifiedName &&
                   sameDeclaration(C.Second, M);
        if (!Known)
          Result.Conflicts.push_back({Kept, std::move(M), Same});
        continue;
      }
      for (std::size_t I = 0; I < Kept.Associations.size(); ++I) {
        Association &Mine = Kept.Associations[I];
        const Association &Theirs = M.Associations[I];
        if (knowledge(Theirs.State) > knowledge(Mine.State))
          Mine.State = Theirs.State;
      }
    }
  // A target no unit could see together with its association may still
  // be a model of the program.
  for (Model &M : Result.Merged.Models)
    for (Association &A : M.Associations)
      if (A.State == TargetState::Unresolved && Placed.count(A.Target))
        A.State = TargetState::Model;
  return Result;
}

} // namespace assoctidy
