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
#include "WtRules.h"

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

/// How many `_`-separated words two table names have in common.
int sharedWords(std::string_view A, std::string_view B) {
  auto Words = [](std::string_view Name) {
    std::vector<std::string_view> Out;
    for (std::size_t At = 0; At <= Name.size();) {
      std::size_t Next = Name.find('_', At);
      if (Next == std::string_view::npos)
        Next = Name.size();
      if (Next > At)
        Out.push_back(Name.substr(At, Next - At));
      At = Next + 1;
    }
    return Out;
  };
  int Shared = 0;
  std::vector<std::string_view> Theirs = Words(B);
  for (std::string_view Word : Words(A)) {
    auto It = std::find(Theirs.begin(), Theirs.end(), Word);
    if (It != Theirs.end()) {
      ++Shared;
      Theirs.erase(It);
    }
  }
  return Shared;
}

} // namespace

std::vector<Finding> findWtJoinTableProblems(const Program &P) {
  // With each finding, its relation's place: the pairs are visited in hash
  // order, the findings come out in program order.
  std::vector<std::pair<std::size_t, Finding>> Found;
  const wt::Tables Tables(P);
  // Every ManyToMany by the pair of classes it joins, ordered.
  std::unordered_map<std::string, std::vector<Side>> ByPair;
  std::size_t Place = 0;
  for (const Model &M : modelsOf(P, wt::Library))
    for (const Association &A : M.Associations) {
      ++Place;
      if (A.Kind != AssociationKind::HasAndBelongsToMany || !wt::target(P, A))
        continue;
      const bool Ordered = M.QualifiedName <= A.Target;
      const std::string Key = (Ordered ? M.QualifiedName : A.Target) + '\n' +
                              (Ordered ? A.Target : M.QualifiedName);
      ByPair[Key].push_back({&M, &A, Place});
    }

  for (auto &Entry : ByPair) {
    std::vector<Side> &Sides = Entry.second;
    // A side whose join table cannot be known may pair with any other:
    // nothing about the pair of classes can be said then.
    std::vector<std::string> Joins;
    bool Unknown = false;
    for (const Side &S : Sides) {
      std::optional<std::string> Join =
          wt::joinTable(*S.Owner, *S.Relation, Tables);
      Unknown |= !Join;
      Joins.push_back(Join.value_or(""));
    }
    if (Unknown)
      continue;
    // Pair the sides that agree first, each side once: what is left on the
    // two ends are the sides that name different join tables. (In a
    // self-referential pair both ends are the one class.)
    const std::string &Left = Sides.front().Owner->QualifiedName;
    auto End = [&](std::size_t I) {
      return Sides[I].Owner->QualifiedName == Left &&
             Sides[I].Relation->Target != Left;
    };
    const bool Self = Sides.front().Relation->Target == Left;
    std::vector<bool> Paired(Sides.size(), false);
    for (std::size_t I = 0; I < Sides.size(); ++I)
      for (std::size_t J = I + 1; J < Sides.size() && !Paired[I]; ++J)
        if (!Paired[J] && (Self || End(I) != End(J)) && Joins[I] == Joins[J])
          Paired[I] = Paired[J] = true;
    std::vector<std::size_t> Ones, Others; // Unpaired, in program order.
    for (std::size_t I = 0; I < Sides.size(); ++I)
      if (!Paired[I])
        (Self ? (Ones.size() <= Others.size() ? Ones : Others)
              : (End(I) ? Ones : Others))
            .push_back(I);
    // Each unpaired side of one end meets the unpaired side of the other
    // end whose join table shares most words with its own
    // (`post_featured_tag` meets `featured_post_tag` rather than
    // `tag_extra`), the first in program order on a tie. A side with none to
    // meet is a one-sided relation, which this check leaves alone.
    struct Candidate {
      int Shared;
      std::size_t One, Other;
    };
    std::vector<Candidate> Candidates;
    for (std::size_t One : Ones)
      for (std::size_t Other : Others)
        Candidates.push_back(
            {sharedWords(Joins[One], Joins[Other]), One, Other});
    // Most words first, then program order (sides are indexed in it).
    std::stable_sort(Candidates.begin(), Candidates.end(),
                     [](const Candidate &X, const Candidate &Y) {
                       return X.Shared > Y.Shared;
                     });
    std::vector<std::pair<std::size_t, std::size_t>> Meetings;
    std::vector<bool> Met(Sides.size(), false);
    for (const Candidate &C : Candidates)
      if (!Met[C.One] && !Met[C.Other]) {
        Met[C.One] = Met[C.Other] = true;
        Meetings.push_back({C.One, C.Other});
      }
    for (auto [HereI, ThereI] : Meetings) {
      // A name that is the default written out of byte order, where the
      // other side takes the default: the name is the mistake.
      auto ReversedDefault = [&](std::size_t X, std::size_t Y) {
        const Association &A = *Sides[X].Relation;
        const std::optional<std::string> Own =
            Tables.table(Sides[X].Owner->QualifiedName);
        const std::optional<std::string> Other = Tables.table(A.Target);
        return wt::relation(A).NameGiven &&
               !wt::relation(*Sides[Y].Relation).NameGiven && Own && Other &&
               wt::isReversedDefault(A.Name, *Own, *Other);
      };
      const bool Reversed =
          ReversedDefault(HereI, ThereI) || ReversedDefault(ThereI, HereI);
      // One finding per pair: at the reversed name, else at the side of the
      // class whose name sorts first (not the one a unit happens to see
      // first: every unit must put it at the same place, for NOLINT).
      auto Key = [&](std::size_t I) {
        return std::make_pair(std::string_view(Sides[I].Owner->QualifiedName),
                              Sides[I].Relation->Position);
      };
      if (ReversedDefault(ThereI, HereI) ||
          (!Reversed && Key(ThereI) < Key(HereI)))
        std::swap(HereI, ThereI);
      const Side &Here = Sides[HereI], &There = Sides[ThereI];
      const Association &A = *Here.Relation;
      const std::string &Join = Joins[HereI], &OtherJoin = Joins[ThereI];
      const std::string Where = There.Owner == Here.Owner
                                    ? "another hasMany(ManyToMany) of '" +
                                          Here.Owner->QualifiedName + "'"
                                    : "'" + There.Owner->QualifiedName + "'";
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
                           where(*There.Relation)});
        if (A.NameSpelling == Spelling::Literal && A.NameRange.isValid())
          F.Fixes.push_back({A.NameRange, stringLiteral(OtherJoin)});
        Found.emplace_back(Here.Place, std::move(F));
        continue;
      }
      Finding F = makeFinding(
          JoinTableNameCheckName, Severity::Error, where(A),
          "the two sides of this many-to-many name different join tables: '" +
              Join + "' here, '" + OtherJoin + "' in " + Where + Consequence);
      F.Notes.push_back(
          {Where +
               (wt::relation(*There.Relation).NameGiven
                    ? " names join table '" + OtherJoin + "' here"
                    : " takes the default join table '" + OtherJoin + "' here"),
           where(*There.Relation)});
      Found.emplace_back(Here.Place, std::move(F));
    }
  }
  std::sort(Found.begin(), Found.end(),
            [](const auto &X, const auto &Y) { return X.first < Y.first; });
  std::vector<Finding> Findings;
  for (auto &Entry : Found)
    Findings.push_back(std::move(Entry.second));
  return Findings;
}

} // namespace assoctidy
