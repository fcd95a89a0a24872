//===- WtSupport.cpp - What the Wt::Dbo rules share -----------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtSupport.h"

#include "WtDerived.h"

namespace assoctidy::wt {

const Model *target(const Program &P, const Association &A) {
  const Model *T = P.model(A.Target);
  return T && T->Lib == Library ? T : nullptr;
}

std::optional<std::string> pairingName(const Model &Owner, const Association &A,
                                       const Tables &T) {
  if (!relation(A).NameKnown)
    return std::nullopt;
  if (relation(A).NameGiven)
    return std::string(strippedName(A.Name));
  return T.table(A.Kind == AssociationKind::BelongsTo ? A.Target
                                                      : Owner.QualifiedName);
}

std::optional<std::string> joinTable(const Model &Owner, const Association &A,
                                     const Tables &T) {
  if (!relation(A).NameKnown)
    return std::nullopt;
  if (relation(A).NameGiven)
    return A.Name;
  std::optional<std::string> Own = T.table(Owner.QualifiedName);
  std::optional<std::string> Other = T.table(A.Target);
  if (!Own || !Other)
    return std::nullopt;
  return defaultJoinTable(*Own, *Other);
}

const Association *inverse(const Program &P, const Model &Owner,
                           const Association &A, const Tables &T) {
  const Model *Other = target(P, A);
  if (!Other)
    return nullptr;
  const bool Many = A.Kind == AssociationKind::HasAndBelongsToMany;
  const std::optional<std::string> Name =
      Many ? joinTable(Owner, A, T) : pairingName(Owner, A, T);
  if (!Name)
    return nullptr;
  for (const Association &B : Other->Associations) {
    if (&B == &A || B.Target != Owner.QualifiedName)
      continue;
    const bool Fits = Many ? B.Kind == AssociationKind::HasAndBelongsToMany
                           : (A.Kind == AssociationKind::BelongsTo) !=
                                     (B.Kind == AssociationKind::BelongsTo) &&
                                 B.Kind != AssociationKind::HasAndBelongsToMany;
    if (Fits &&
        (Many ? joinTable(*Other, B, T) : pairingName(*Other, B, T)) == Name)
      return &B;
  }
  return nullptr;
}

std::optional<std::string> foreignKey(const Program &P, const Association &A,
                                      const Tables &T) {
  if (A.Kind != AssociationKind::BelongsTo || !relation(A).NameKnown)
    return std::nullopt;
  if (relation(A).NameGiven && isLiteralName(A.Name))
    return foreignKeyColumn(A.Name);
  // A target whose definition this analysis does not see has the default
  // id, unless dbo_traits for it were in sight: then its key is not known
  // here (the whole program knows it).
  const Model *Target = target(P, A);
  if ((!Target && relation(A).TargetHasTraits) ||
      (Target && keys(*Target).IdField.empty()))
    return std::nullopt;
  const std::string IdField = Target ? keys(*Target).IdField : "id";
  if (relation(A).NameGiven)
    return foreignKeyColumn(A.Name, IdField);
  if (std::optional<std::string> Table = T.table(A.Target))
    return foreignKeyColumn(*Table, IdField);
  return std::nullopt;
}

std::optional<std::string> joinColumn(const Model &Owner, const Association &A,
                                      const Tables &T) {
  if (relation(A).JoinIdGiven && isLiteralName(relation(A).JoinId))
    return foreignKeyColumn(relation(A).JoinId);
  if (keys(Owner).IdField.empty())
    return std::nullopt;
  if (relation(A).JoinIdGiven)
    return foreignKeyColumn(relation(A).JoinId, keys(Owner).IdField);
  if (std::optional<std::string> Table = T.table(Owner.QualifiedName))
    return foreignKeyColumn(*Table, keys(Owner).IdField);
  return std::nullopt;
}

std::string callName(const Association &A) {
  switch (A.Kind) {
  case AssociationKind::HasMany:
    return "hasMany(ManyToOne)";
  case AssociationKind::HasAndBelongsToMany:
    return "hasMany(ManyToMany)";
  case AssociationKind::HasOne:
    return "hasOne()";
  case AssociationKind::BelongsTo:
    break;
  }
  return relation(A).Function + "()";
}

std::string subject(const Association &A) {
  if (!relation(A).NameGiven)
    return callName(A) + " without a name";
  return callName(A) + " '" + A.Name + "'";
}

std::string tableOrClass(const Model &M, const Tables &T) {
  if (std::optional<std::string> Table = T.table(M.QualifiedName))
    return *Table;
  return M.ClassName;
}

} // namespace assoctidy::wt
