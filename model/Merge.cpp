//===- Merge.cpp - Per-unit facts into one program ------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Merge.h"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

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
      A.Options.size() != B.Options.size() || !A.Extra.equals(B.Extra))
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

/// Distinguishes the readings of one anonymous-namespace class, which are
/// separate classes: the names and targets of its associations.
std::size_t sameContentHash(const Model &M) {
  std::string Text;
  for (const Association &A : M.Associations)
    Text += A.Name + ":" + A.Target + ";";
  return std::hash<std::string>()(Text);
}

} // namespace

bool sameContent(const Model &A, const Model &B) {
  if (A.Lib != B.Lib || A.QualifiedName != B.QualifiedName ||
      !A.Extra.equals(B.Extra) || A.TableNameOverride != B.TableNameOverride ||
      A.BaseModel != B.BaseModel ||
      A.Associations.size() != B.Associations.size() ||
      A.Members.size() != B.Members.size())
    return false;
  for (std::size_t I = 0; I < A.Associations.size(); ++I) {
    const Association &X = A.Associations[I], &Y = B.Associations[I];
    if (X.Kind != Y.Kind || X.Name != Y.Name || X.Target != Y.Target ||
        X.isPolymorphic() != Y.isPolymorphic() ||
        X.Options.size() != Y.Options.size() || !X.Extra.sameMeaning(Y.Extra))
      return false;
    for (std::size_t J = 0; J < X.Options.size(); ++J)
      if (X.Options[J].Key != Y.Options[J].Key ||
          X.Options[J].Value != Y.Options[J].Value ||
          X.Options[J].IsString != Y.Options[J].IsString)
        return false;
  }
  for (std::size_t I = 0; I < A.Members.size(); ++I)
    if (A.Members[I].Name != B.Members[I].Name)
      return false;
  return true;
}

bool sameDeclaration(const Model &A, const Model &B) {
  if (A.Lib != B.Lib || A.QualifiedName != B.QualifiedName ||
      A.ClassName != B.ClassName || !A.Extra.equals(B.Extra) ||
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

struct ProgramMerger::Index {
  std::unordered_map<std::string, std::size_t> Placed;
  std::vector<std::size_t> PlacedBy; // The unit that placed each model.
  // A mapClass call seen by several units (in a header) counts once.
  std::unordered_set<std::string> Mapped;
};

ProgramMerger::ProgramMerger() : Seen(std::make_unique<Index>()) {}
ProgramMerger::~ProgramMerger() = default;

void ProgramMerger::add(Program Unit) {
  const std::size_t U = Added++;
  for (TableMapping &Mapping : Unit.Mappings)
    if (Seen->Mapped
            .insert(Mapping.Class + '\n' + Mapping.Table + '\n' +
                    Mapping.Where.Begin.File + '\n' +
                    std::to_string(Mapping.Where.Begin.Offset))
            .second)
      Result.Merged.Mappings.push_back(std::move(Mapping));
  for (Model &M : Unit.Models) {
    // A class in an anonymous namespace is each unit's own (and other
    // units cannot name it): it merges only with itself, by place.
    std::string Key = M.QualifiedName;
    if (M.UnitLocal)
      Key += "@" + M.Definition.Begin.File + ":" +
             std::to_string(M.Definition.Begin.Offset) + "#" +
             std::to_string(sameContentHash(M));
    auto [It, Inserted] =
        Seen->Placed.try_emplace(std::move(Key), Result.Merged.Models.size());
    if (Inserted) {
      Result.Merged.Models.push_back(std::move(M));
      Seen->PlacedBy.push_back(U);
      continue;
    }
    Model &Kept = Result.Merged.Models[It->second];
    // One file cannot define a class twice: two readings of it (#if).
    const bool Same = Kept.Definition.Begin.File == M.Definition.Begin.File;
    if (!sameDeclaration(Kept, M) && (Same || !sameContent(Kept, M))) {
      // One report per distinct definition, not per unit that saw it.
      bool Known = false;
      for (const MergeConflict &C : Result.Conflicts)
        Known |= C.First.QualifiedName == M.QualifiedName &&
                 sameDeclaration(C.Second, M);
      if (!Known)
        Result.Conflicts.push_back(
            {Kept, std::move(M), Same, Seen->PlacedBy[It->second], U});
      continue;
    }
    if (!sameDeclaration(Kept, M))
      continue; // The same content elsewhere: one model, kept as first seen.
    // Each unit knows the forward declarations its headers make.
    for (Location &L : M.Declarations)
      if (std::find(Kept.Declarations.begin(), Kept.Declarations.end(), L) ==
          Kept.Declarations.end())
        Kept.Declarations.push_back(std::move(L));
    for (std::size_t I = 0; I < Kept.Associations.size(); ++I) {
      Association &Mine = Kept.Associations[I];
      const Association &Theirs = M.Associations[I];
      if (knowledge(Theirs.State) > knowledge(Mine.State))
        Mine.State = Theirs.State;
    }
  }
}

MergeResult ProgramMerger::finish() {
  Seen.reset();
  // A target no unit could see together with its association may still
  // be a model of the program.
  for (Model &M : Result.Merged.Models)
    for (Association &A : M.Associations)
      if (A.State == TargetState::Unresolved && Result.Merged.model(A.Target))
        A.State = TargetState::Model;
  return std::move(Result);
}

MergeResult mergePrograms(std::vector<Program> Units) {
  ProgramMerger Merger;
  for (Program &Unit : Units)
    Merger.add(std::move(Unit));
  return Merger.finish();
}

} // namespace assoctidy
