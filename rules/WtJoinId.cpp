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

std::vector<Finding> findWtJoinIdProblems(const Program &P) {
  std::vector<Finding> Findings;
  const wt::Tables Tables(P);
  for (const Model &M : modelsOf(P, Library::WtDbo)) {
    // Self-referential ManyToMany relations, by join table.
    std::map<std::string, std::vector<const Association *>> Self;
    for (const Association &A : M.Associations) {
      if (A.Kind == AssociationKind::HasMany && A.Wt.JoinIdGiven) {
        Finding F = makeFinding(
            WtJoinIdCheckName, Severity::Error,
            A.Wt.JoinIdRange.isValid() ? A.Wt.JoinIdRange : A.Whole,
            "a joinId is only for ManyToMany: Wt throws when " +
                wt::subject(A) + " of '" + M.QualifiedName +
                "' is given one");
        Findings.push_back(std::move(F));
        continue;
      }
      if (A.Kind != AssociationKind::HasAndBelongsToMany ||
          A.Target != M.QualifiedName)
        continue;
      // Unknown join tables group under their own key: compared with none.
      std::optional<std::string> Join = wt::joinTable(M, A, Tables);
      if (!Join && !A.Wt.NameGiven)
        Join = "";
      if (Join)
        Self[*Join].push_back(&A);
    }
    for (const auto &[Join, Relations] : Self) {
      const std::string Table = Join.empty() ? "" : " '" + Join + "'";
      if (Relations.size() == 1) {
        const Association &A = *Relations.front();
        Findings.push_back(makeFinding(
            WtJoinIdCheckName, Severity::Error, where(A),
            "self-referential " + wt::subject(A) + " of '" + M.QualifiedName +
                "' has no second side: Wt needs two hasMany(ManyToMany) on "
                "join table" +
                Table + ", each with its own joinId"));
        continue;
      }
      // Each column once: a joinId not given is Wt's default column.
      for (std::size_t I = 1; I < Relations.size(); ++I)
        for (std::size_t J = 0; J < I; ++J) {
          const Association &A = *Relations[I], &B = *Relations[J];
          if (A.Wt.JoinIdGiven != B.Wt.JoinIdGiven ||
              (A.Wt.JoinIdGiven && A.Wt.JoinId != B.Wt.JoinId))
            continue;
          const std::string Column =
              A.Wt.JoinIdGiven ? "joinId '" + A.Wt.JoinId + "'"
                               : "the default joinId";
          Finding F = makeFinding(
              WtJoinIdCheckName, Severity::Error,
              A.Wt.JoinIdRange.isValid() ? A.Wt.JoinIdRange : where(A),
              "both sides of self-referential many-to-many" + Table +
                  " of '" + M.QualifiedName + "' use " + Column +
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
