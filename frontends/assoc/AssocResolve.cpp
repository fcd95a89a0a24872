//===- AssocResolve.cpp - ActiveRecord's conventions, resolved once -------===//
//
// Part of assoc-tidy. The tables, key columns and join tables ActiveRecord
// derives for the vocabulary's models (activerecord-semantics.md, c), and
// the association each one pairs with, as the library-neutral facts of
// model/Resolved.h: derived here once, through the inflector, for the
// schema and the graph.
//
//===----------------------------------------------------------------------===//

#include "AssocRules.h"

#include "Derived.h"
#include "Resolved.h"
#include "Support.h"

namespace assoctidy::ar {

namespace {

bool keyed(const Association &A) { return !A.option(OptionKey::Through); }

std::string primaryKeyOf(const Association &A) {
  std::string Key(A.optionValue(OptionKey::PrimaryKey));
  return Key.empty() ? "id" : Key;
}

/// The association of the target that ActiveRecord pairs A with: the one
/// inverse_of or as: names, else one back to the owner over the same
/// column (or, for a habtm, the same join table).
const Association *partner(const Program &P, const Model &Owner,
                           const Association &A, const Inflector &I,
                           const Model *&PartnerOwner) {
  const Model *Target = visibleTarget(P, A);
  if (!Target || A.option(OptionKey::Through))
    return nullptr;
  PartnerOwner = Target;
  if (const Option *Inverse = A.option(OptionKey::InverseOf))
    return findAssociation(P, *Target, Inverse->Value, &PartnerOwner);
  // as: names its inverse, the target's polymorphic belongs_to.
  if (const Option *As = A.option(OptionKey::As)) {
    const Association *B =
        findAssociation(P, *Target, As->Value, &PartnerOwner);
    return B && B->Kind == AssociationKind::BelongsTo ? B : nullptr;
  }
  const std::string Key = foreignKey(A, Owner, I);
  for (const std::string &Name : inheritedAssociationNames(P, *Target)) {
    const Model *Declaring = Target;
    const Association *B = findAssociation(P, *Target, Name, &Declaring);
    if (!B || B == &A || !keyed(*B) ||
        !(B->Target.empty() ? false : isA(P, Owner, B->Target)))
      continue;
    const bool Habtm = A.Kind == AssociationKind::HasAndBelongsToMany;
    if (Habtm != (B->Kind == AssociationKind::HasAndBelongsToMany))
      continue;
    PartnerOwner = Declaring;
    if (Habtm) {
      if (joinTable(A, Owner, P, I) == joinTable(*B, *Declaring, P, I))
        return B;
      continue;
    }
    const bool ABelongs = A.Kind == AssociationKind::BelongsTo;
    if (ABelongs == (B->Kind == AssociationKind::BelongsTo) ||
        B->option(OptionKey::As))
      continue;
    if (foreignKey(*B, *Declaring, I) == Key)
      return B;
  }
  return nullptr;
}

/// What the database must hold for A, as ActiveRecord reads it.
void requirementsOf(const Program &P, const Model &M, const Association &A,
                    const std::string &Table, const Inflector &I,
                    ResolvedAssociation &RA) {
  if (A.option(OptionKey::Through))
    return;
  const Model *Target =
      A.State == TargetState::Model ? P.model(A.Target) : nullptr;
  // Never guessed; and only a belongs_to can be polymorphic (anything else
  // is assoc-invalid-option's error, with no schema to derive).
  const bool Polymorphic =
      A.isPolymorphic() && A.Kind == AssociationKind::BelongsTo;
  if (!Target && !Polymorphic)
    return;
  const std::string FK = *RA.ForeignKey;
  switch (A.Kind) {
  case AssociationKind::BelongsTo: {
    ResolvedKey Key{Table, FK};
    if (A.isPolymorphic())
      Key.TypeColumn = A.Name + "_type";
    else {
      Key.ReferencedTable = tableName(*Target, P, I);
      Key.ReferencedColumn = primaryKeyOf(A);
    }
    RA.Key = std::move(Key);
    return;
  }
  case AssociationKind::HasOne:
  case AssociationKind::HasMany: {
    ResolvedKey Key{tableName(*Target, P, I), FK};
    if (std::string_view As = A.optionValue(OptionKey::As); !As.empty())
      Key.TypeColumn = std::string(As) + "_type";
    else {
      Key.ReferencedTable = Table;
      Key.ReferencedColumn = primaryKeyOf(A);
    }
    RA.Key = std::move(Key);
    return;
  }
  case AssociationKind::HasAndBelongsToMany:
    RA.Join = ResolvedJoin{*RA.JoinTable, FK, *RA.OtherForeignKey, {}};
    return;
  }
}

} // namespace

void resolve(const Program &P, const Inflector &I, Resolution &Out) {
  for (const Model &M : modelsOf(P, Library)) {
    ResolvedModel &RM = Out.of(M);
    RM.Table = tableName(M, P, I);
    RM.DisplayTable = *RM.Table;
    RM.NeedsTable = true;
    // Single-table inheritance keeps the class in the root's `type`.
    if (!M.BaseModel.empty() && P.model(M.BaseModel))
      RM.TypeColumn = "type";
    for (const Association &A : M.Associations) {
      ResolvedAssociation &RA = Out.of(M, A);
      // `required(false)` is Rails 4's spelling of `optional()`.
      const Option *Optional = A.option(OptionKey::Optional);
      RA.Optional = Optional && Optional->Value == "true";
      if (const Option *Required = A.option(OptionKey::Required))
        RA.Optional = Required->Value == "false";
      RA.Nullify = A.optionValue(OptionKey::Dependent) == "nullify";
      if (keyed(A))
        RA.ForeignKey = foreignKey(A, M, I);
      if (A.Kind == AssociationKind::HasAndBelongsToMany) {
        RA.JoinTable = joinTable(A, M, P, I);
        RA.OtherForeignKey = associationForeignKey(A, I);
      }
      RA.Partner = partner(P, M, A, I, RA.PartnerOwner);
      if (!RA.Partner)
        RA.PartnerOwner = nullptr;
      requirementsOf(P, M, A, *RM.Table, I, RA);
    }
  }
}

} // namespace assoctidy::ar
