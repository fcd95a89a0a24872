//===- TargetNotModel.cpp - Associations to what is not a model -----------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssocRules.h"
#include "TargetNotModel.h"

#include "Support.h"

#include <set>

namespace assoctidy::ar {

std::vector<Finding> findTargetsNotModels(const Program &P,
                                          bool WholeProgram) {
  std::vector<Finding> Findings;
  std::set<std::string> Undefined; // Reported once per target.
  for (const Model &M : modelsOf(P, Library))
    for (const Association &A : M.Associations) {
      const std::string Subject = std::string(spelling(A.Kind)) + " '" +
                                  A.Name + "' of '" + M.QualifiedName + "'";
      if (A.State == TargetState::NotModel) {
        Findings.push_back(makeFinding(
            TargetNotModelCheckName, Severity::Error, where(A),
            Subject + " targets '" + A.Target +
                "', which is not a model (it does not derive from "
                "assoc::model): ActiveRecord fails at first use, with no "
                "class to load"));
        continue;
      }
      if (!WholeProgram || A.State != TargetState::Unresolved ||
          P.model(A.Target) || !Undefined.insert(A.Target).second)
        continue;
      Findings.push_back(makeFinding(
          TargetNotModelCheckName, Severity::Error, where(A),
          Subject + " targets '" + A.Target +
              "', which no translation unit of the program defines (it is "
              "only ever declared): ActiveRecord raises NameError at first "
              "use"));
    }
  return Findings;
}

} // namespace assoctidy::ar
