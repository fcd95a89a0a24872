//===- WtUnmapped.cpp - Wt::Dbo classes no mapClass maps ------------------===//
//
// Part of assoc-tidy. When a session initialises its schema it reads the
// persist() of every class mapped with mapClass, and throws "Class ... was
// not mapped." for the first related class that was not. Only the whole
// program shows that no mapClass call exists for a class.
//
//===----------------------------------------------------------------------===//

#include "TargetNotModel.h"
#include "WtRules.h"

#include "Support.h"
#include "WtSupport.h"

#include <set>

namespace assoctidy {

std::vector<Finding> findWtUnmappedTargets(const Program &P) {
  std::vector<Finding> Findings;
  // A program with no mapClass call at all is a library of models whose
  // session is set up elsewhere: nothing to compare with.
  if (P.Mappings.empty())
    return Findings;
  const wt::Tables Tables(P);
  std::set<std::string> Reported; // Once per unmapped class.
  for (const Model &M : modelsOf(P, wt::Library)) {
    if (!Tables.mapping(M.QualifiedName))
      continue; // Wt never reads an unmapped class's persist().
    for (const Association &A : M.Associations) {
      if (A.Target.empty() || Tables.mapping(A.Target) ||
          !Reported.insert(A.Target).second)
        continue;
      Finding F = makeFinding(
          TargetNotModelCheckName, Severity::Warning, where(A),
          wt::subject(A) + " of '" + M.QualifiedName + "' relates to '" +
              A.Target +
              "', which no mapClass() call of the program maps: Wt throws "
              "\"Class ... was not mapped.\" when the session first "
              "initialises its schema");
      const TableMapping *Own = Tables.mapping(M.QualifiedName);
      F.Notes.push_back(
          {"'" + M.QualifiedName + "' is mapped here", Own->Where});
      Findings.push_back(std::move(F));
    }
  }
  return Findings;
}

} // namespace assoctidy
