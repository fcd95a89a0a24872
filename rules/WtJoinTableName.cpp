//===- WtJoinTableName.cpp - The two sides of a Wt ManyToMany -------------===//
//
// Part of assoc-tidy. A Wt::Dbo many-to-many is two hasMany(ManyToMany),
// one in each class, whose names are the join table. Wt never compares
// them: two different names give two join tables, each side writing and
// reading only its own, and nothing ever fails. A side without a name
// takes the two mapped tables in byte order, joined by `_`.
//
//===----------------------------------------------------------------------===//

#include "JoinTableName.h"

#include "Support.h"
#include "WtDerived.h"
#include "WtSupport.h"

#include <algorithm>
#include <unordered_map>

namespace assoctidy {

namespace {

struct Side {
  const Model *Owner;
  const Association *Relation;
  std::size_t Place; ///< Program order, to report a pair once.
};

} // namespace

std::vector<Finding> findWtJoinTableProblems(const Program &P) {
  // With each finding, its relation's place: the pairs are visited in hash
  // order, the findings come out in program order.
  std::vector<std::pair<std::size_t, Finding>> Found;
  const wt::Tables Tables(P);
  // Every ManyToMany by the pair of classes it joins, ordered.
  std::unordered_map<std::string, std::vector<Side>> ByPair;
  std::size_t Place = 0;
  for (const Model &M : modelsOf(P, Library::WtDbo))
    for (const Association &A : M.Associations) {
      ++Place;
      if (A.Kind != AssociationKind::HasAndBelongsToMany || !wt::target(P, A))
        continue;
      const bool Ordered = M.QualifiedName <= A.Target;
      const std::string Key = (Ordered ? M.QualifiedName : A.Target) + '\n' +
                              (Ordered ? A.Target : M.QualifiedName);
      ByPair[Key].push_back({&M, &A, Place});
    }

  for (const auto &Entry : ByPair) {
    const std::vector<Side> &Sides = Entry.second;
    for (const Side &Here : Sides) {
      const Model &M = *Here.Owner;
      const Association &A = *Here.Relation;
      const std::optional<std::string> Join = wt::joinTable(M, A, Tables);
      if (!Join)
        continue;
      // The other side: in the target, a ManyToMany back to this class (in
      // a self-referential pair, another relation of this class).
      std::vector<const Side *> Others;
      bool Agrees = false;
      for (const Side &There : Sides) {
        if (&There == &Here || There.Relation->Target != M.QualifiedName)
          continue;
        const std::optional<std::string> OtherJoin =
            wt::joinTable(*There.Owner, *There.Relation, Tables);
        Agrees |= !OtherJoin || *OtherJoin == *Join;
        if (OtherJoin && *OtherJoin != *Join)
          Others.push_back(&There);
      }
      if (Agrees || Others.empty())
        continue;
      const Side &Other = *Others.front();
      const std::string OtherJoin =
          *wt::joinTable(*Other.Owner, *Other.Relation, Tables);
      const std::optional<std::string> OwnTable = Tables.table(M.QualifiedName);
      const std::optional<std::string> TargetTable = Tables.table(A.Target);
      // A name written out of byte order, where the other side takes the
      // default: the name is the mistake, and the default is the fix.
      const bool Reversed = A.Wt.NameGiven && !Other.Relation->Wt.NameGiven &&
                            OwnTable && TargetTable &&
                            wt::isReversedDefault(A.Name, *OwnTable,
                                                  *TargetTable);
      const bool OtherReversed =
          Other.Relation->Wt.NameGiven && !A.Wt.NameGiven && OwnTable &&
          TargetTable &&
          wt::isReversedDefault(Other.Relation->Name, *TargetTable, *OwnTable);
      // One finding per pair: at the reversed name, else at the side
      // declared first.
      if (OtherReversed || (!Reversed && Other.Place < Here.Place))
        continue;
      const std::string Where =
          Other.Owner == &M ? "another hasMany(ManyToMany) of '" +
                                  M.QualifiedName + "'"
                            : "'" + Other.Owner->QualifiedName + "'";
      const std::string Consequence =
          "; Wt creates both join tables, and each side reads and writes "
          "only its own";
      if (Reversed) {
        Finding F = makeFinding(
            JoinTableNameCheckName, Severity::Warning, where(A),
            "hasMany(ManyToMany) join table '" + A.Name +
                "' is the default written out of byte order: " + Where +
                " takes the default '" + OtherJoin + "'" + Consequence);
        F.Notes.push_back({Where + " declares its side here, without a name",
                           where(*Other.Relation)});
        if (A.NameSpelling == Spelling::Literal && A.NameRange.isValid())
          F.Fixes.push_back({A.NameRange, stringLiteral(OtherJoin)});
        Found.emplace_back(Here.Place, std::move(F));
        continue;
      }
      Finding F = makeFinding(
          JoinTableNameCheckName, Severity::Error, where(A),
          "the two sides of this many-to-many name different join tables: '" +
              *Join + "' here, '" + OtherJoin + "' in " + Where + Consequence);
      F.Notes.push_back({Where + " names join table '" + OtherJoin + "' here",
                         where(*Other.Relation)});
      Found.emplace_back(Here.Place, std::move(F));
    }
  }
  std::sort(Found.begin(), Found.end(), [](const auto &X, const auto &Y) {
    return X.first < Y.first;
  });
  std::vector<Finding> Findings;
  for (auto &Entry : Found)
    Findings.push_back(std::move(Entry.second));
  return Findings;
}

} // namespace assoctidy
