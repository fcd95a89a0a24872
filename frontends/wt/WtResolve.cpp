//===- WtResolve.cpp - Wt::Dbo's conventions, resolved once ---------------===//
//
// Part of assoc-tidy. The tables, key columns and join tables Wt::Dbo
// creates for the program's mapped classes (Wt 4's Session.C and
// DbAction.C), as the library-neutral facts of model/Resolved.h. The other
// side of a relation, a ManyToMany's on the same join table included, is
// looked up here once, by wt::inverse, for the schema, the graph and the
// rules alike.
//
//===----------------------------------------------------------------------===//

#include "WtRules.h"

#include "Resolved.h"
#include "WtSupport.h"

#include <algorithm>

namespace assoctidy::wt {

namespace {

/// The column a key to a class is named after; `id` when unknown.
std::string idOf(const Model *M) {
  return M && !keys(*M).IdField.empty() ? keys(*M).IdField : "id";
}

/// A natural id's type, where it is not the key type: it goes with every
/// key that refers to it.
std::string keyTypeOf(const Model *M) {
  return M && !keys(*M).SurrogateId ? keys(*M).NaturalIdType : "";
}

} // namespace

void resolve(const Program &P, Resolution &Out) {
  const Tables T(P);
  for (const Model &M : modelsOf(P, Library)) {
    ResolvedModel &RM = Out.of(M);
    RM.Table = T.table(M.QualifiedName);
    RM.DisplayTable = !T.mapping(M.QualifiedName) ? "(not mapped)"
                      : RM.Table                  ? *RM.Table
                                                  : "(table unknown)";
    // An unmapped class has no table: Wt never creates one.
    RM.NeedsTable = RM.Table.has_value();
    RM.PrimaryKey = idOf(&M);
    RM.NaturalKey = !keys(M).SurrogateId;
    RM.PrimaryKeyTypes = {keyTypeOf(&M)};
    for (const Association &A : M.Associations) {
      ResolvedAssociation &RA = Out.of(M, A);
      RA.ForeignKey = foreignKey(P, A, T);
      if (A.Kind == AssociationKind::HasAndBelongsToMany)
        RA.JoinTable = joinTable(M, A, T);
      RA.Partner = inverse(P, M, A, T);
      RA.PartnerOwner = RA.Partner ? target(P, A) : nullptr;

      const std::optional<std::string> Theirs = T.table(A.Target);
      const Model *Target = P.model(A.Target);
      if (!RM.Table || !Theirs || !relation(A).NameKnown)
        continue;
      if (A.Kind == AssociationKind::BelongsTo) {
        // The belongsTo() side declares the column; hasMany(ManyToOne) and
        // hasOne() only read it.
        ResolvedKey Key;
        Key.Table = *RM.Table;
        Key.Column = foreignKeyColumn(
            relation(A).NameGiven ? std::string_view(A.Name) : *Theirs,
            idOf(Target));
        Key.ReferencedTable = *Theirs;
        Key.ReferencedColumn = idOf(Target);
        Key.ColumnTypes = {keyTypeOf(Target)};
        const std::vector<Flag> &Flags = relation(A).Flags;
        Key.Optional =
            std::none_of(Flags.begin(), Flags.end(),
                         [](const Flag &F) { return F.Name == "NotNull"; });
        RA.Key = std::move(Key);
        continue;
      }
      if (A.Kind != AssociationKind::HasAndBelongsToMany)
        continue;
      // Each side's column, as Wt's getJoinIds names it: its joinId, or its
      // table, with its id field; the other side's joinId comes from the
      // relation that pairs with this one.
      ResolvedJoin Join;
      Join.Table =
          relation(A).NameGiven ? A.Name : defaultJoinTable(*RM.Table, *Theirs);
      Join.OwnColumn = foreignKeyColumn(
          relation(A).JoinIdGiven ? std::string_view(relation(A).JoinId)
                                  : *RM.Table,
          idOf(&M));
      Join.OtherColumn =
          RA.Partner && relation(*RA.Partner).JoinIdGiven
              ? foreignKeyColumn(relation(*RA.Partner).JoinId, idOf(Target))
              : foreignKeyColumn(*Theirs, idOf(Target));
      Join.ColumnTypes = {keyTypeOf(&M), keyTypeOf(Target)};
      RA.Join = std::move(Join);
    }
  }
}

} // namespace assoctidy::wt
