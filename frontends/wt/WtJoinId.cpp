//===- WtJoinId.cpp - Wt::Dbo joinId misuse -------------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtJoinId.h"

#include "Support.h"
#include "WtSupport.h"

#include <map>

namespace assoctidy {

namespace {

/// "joinId 'tag' (column 'tag_id')", or "the default column 'post_id'".
std::string describeColumn(const Association &A, const std::string &Column) {
  if (!wt::relation(A).JoinIdGiven)
    return "the default column '" + Column + "'";
  if (wt::relation(A).JoinId == Column)
    return "joinId '" + Column + "'";
  return "joinId '" + wt::relation(A).JoinId + "' (column '" + Column + "')";
}

/// Two classes' sides of one join table whose columns in it are one: the
/// table cannot be created. Reported at the side of the class whose name
/// sorts second.
void checkPair(const Program &P, const Model &M, const Association &A,
               const wt::Tables &Tables, std::vector<Finding> &Findings) {
  const Model *T = wt::target(P, A);
  const std::optional<std::string> Join = wt::joinTable(M, A, Tables);
  const std::optional<std::string> Mine = wt::joinColumn(M, A, Tables);
  // The pair is reported from the class whose name sorts first, so that
  // every unit reports it at one place, whatever it includes first.
  if (!T || !Join || !Mine || T->QualifiedName < M.QualifiedName)
    return;
  for (const Association &B : T->Associations) {
    if (B.Kind != AssociationKind::HasAndBelongsToMany ||
        B.Target != M.QualifiedName || wt::joinTable(*T, B, Tables) != Join)
      continue;
    const std::optional<std::string> Theirs = wt::joinColumn(*T, B, Tables);
    if (!Theirs || *Theirs != *Mine)
      continue;
    Finding F = makeFinding(
        WtJoinIdCheckName, Severity::Error,
        wt::relation(B).JoinIdRange.isValid() ? wt::relation(B).JoinIdRange
                                              : where(B),
        "both sides of many-to-many '" + *Join + "' use column '" + *Mine +
            "' in the join table: " + wt::subject(B) + " of '" +
            T->QualifiedName + "' needs a joinId of its own");
    F.Notes.push_back(
        {"'" + M.QualifiedName + "' uses " + describeColumn(A, *Mine) + " here",
         wt::relation(A).JoinIdRange.isValid() ? wt::relation(A).JoinIdRange
                                               : where(A)});
    Findings.push_back(std::move(F));
  }
}

} // namespace

std::vector<Finding> findWtJoinIdProblems(const Program &P) {
  std::vector<Finding> Findings;
  const wt::Tables Tables(P);
  for (const Model &M : modelsOf(P, wt::Library)) {
    // Self-referential ManyToMany relations, by join table; "" holds those
    // that take the default while the table is not mapped (all alike).
    std::map<std::string, std::vector<const Association *>> Self;
    bool Unreadable = false; // A name that is not a constant.
    for (const Association &A : M.Associations) {
      if (A.Kind == AssociationKind::HasMany && wt::relation(A).JoinIdGiven) {
        Finding F = makeFinding(
            WtJoinIdCheckName, Severity::Error,
            wt::relation(A).JoinIdRange.isValid() ? wt::relation(A).JoinIdRange
                                                  : A.Whole,
            "a joinId is only for ManyToMany: Wt throws when " +
                wt::subject(A) + " of '" + M.QualifiedName + "' is given one");
        Findings.push_back(std::move(F));
        continue;
      }
      if (A.Kind != AssociationKind::HasAndBelongsToMany)
        continue;
      if (A.Target != M.QualifiedName) {
        checkPair(P, M, A, Tables, Findings);
        continue;
      }
      std::optional<std::string> Join = wt::joinTable(M, A, Tables);
      Unreadable |= !wt::relation(A).NameKnown;
      if (!Join && wt::relation(A).NameKnown)
        Join = ""; // The default, not mapped.
      if (Join)
        Self[*Join].push_back(&A);
    }
    // A side whose join table cannot be known may be any other's second
    // side: then no side is known to be alone.
    const bool Uncertain = Unreadable || (Self.count("") && Self.size() > 1);
    for (const auto &[Join, Relations] : Self) {
      const std::string Table = Join.empty() ? "" : " '" + Join + "'";
      if (Relations.size() == 1) {
        if (Uncertain)
          continue;
        const Association &A = *Relations.front();
        Findings.push_back(makeFinding(
            WtJoinIdCheckName, Severity::Error, where(A),
            "self-referential " + wt::subject(A) + " of '" + M.QualifiedName +
                "' has no second side: Wt needs two hasMany(ManyToMany) on "
                "join table" +
                Table +
                ", whose columns in it differ (a joinId on one side "
                "at least)"));
        continue;
      }
      // Each column once.
      for (std::size_t I = 1; I < Relations.size(); ++I)
        for (std::size_t J = 0; J < I; ++J) {
          const Association &A = *Relations[I], &B = *Relations[J];
          const std::optional<std::string> Mine = wt::joinColumn(M, A, Tables),
                                           Theirs =
                                               wt::joinColumn(M, B, Tables);
          const bool BothDefault =
              !wt::relation(A).JoinIdGiven && !wt::relation(B).JoinIdGiven;
          if (!BothDefault && (!Mine || !Theirs || *Mine != *Theirs))
            continue;
          // Two defaults are one column whether or not the table is known.
          const std::string Column =
              BothDefault ? (Mine ? "the default column '" + *Mine + "'"
                                  : std::string("the default column"))
                          : describeColumn(A, *Mine);
          Finding F = makeFinding(
              WtJoinIdCheckName, Severity::Error,
              wt::relation(A).JoinIdRange.isValid()
                  ? wt::relation(A).JoinIdRange
                  : where(A),
              "both sides of self-referential many-to-many" + Table + " of '" +
                  M.QualifiedName + "' use " + Column +
                  ": the join table needs one column for each side");
          F.Notes.push_back({"the other side is declared here", where(B)});
          Findings.push_back(std::move(F));
          break;
        }
    }
  }
  return Findings;
}

} // namespace assoctidy
