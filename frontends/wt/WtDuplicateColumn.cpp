//===- WtDuplicateColumn.cpp - Two Wt::Dbo fields on one column -----------===//
//
// Part of assoc-tidy. Each field(), id() and foreign key of a Wt::Dbo class
// is one column of its table; two that derive the same column name make
// the CREATE TABLE Wt issues fail, and a belongsTo() named like a plain
// field() (`post` and `post_id`) does so quietly until then.
//
//===----------------------------------------------------------------------===//

#include "DuplicateAssociation.h"
#include "WtRules.h"

#include "Support.h"
#include "WtSupport.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace assoctidy {

namespace {

void findInModel(const Program &P, const Model &M, const wt::Tables &Tables,
                 std::vector<Finding> &Findings) {
  struct Column {
    std::string What; ///< For messages: `field() 'title'`.
    Range Where;
  };
  // Columns in declaration order: plain fields first as Wt reads persist()
  // in order; the order only decides which of two is "first".
  std::vector<std::pair<std::string, Column>> Columns;
  for (const Member &Field : wt::keys(M).Columns)
    Columns.push_back(
        {Field.Name, {"field '" + Field.Name + "'", Field.Where}});
  for (const Association &A : M.Associations) {
    if (A.Kind != AssociationKind::BelongsTo)
      continue;
    if (std::optional<std::string> Column = wt::foreignKey(P, A, Tables))
      Columns.push_back({*Column, {wt::subject(A), where(A)}});
  }
  std::stable_sort(
      Columns.begin(), Columns.end(), [](const auto &X, const auto &Y) {
        return std::tie(X.second.Where.Begin.File,
                        X.second.Where.Begin.Offset) <
               std::tie(Y.second.Where.Begin.File, Y.second.Where.Begin.Offset);
      });
  // The columns Wt adds itself come first in its CREATE TABLE.
  std::vector<std::pair<std::string, Column>> Implicit;
  if (wt::keys(M).SurrogateId && !wt::keys(M).IdField.empty())
    Implicit.push_back(
        {wt::keys(M).IdField,
         {"Wt's surrogate id '" + wt::keys(M).IdField + "'", M.Definition}});
  if (!wt::keys(M).VersionField.empty())
    Implicit.push_back(
        {wt::keys(M).VersionField,
         {"Wt's version field '" + wt::keys(M).VersionField + "'",
          M.Definition}});
  std::unordered_map<std::string, const Column *> Seen;
  for (const auto &[Name, C] : Implicit)
    Seen.try_emplace(Name, &C);
  for (const auto &[Name, C] : Columns) {
    auto [It, Inserted] = Seen.try_emplace(Name, &C);
    if (Inserted)
      continue;
    Finding F = makeFinding(
        DuplicateAssociationCheckName, Severity::Error, C.Where,
        C.What + " of '" + M.QualifiedName + "' maps column '" + Name +
            "', which " + It->second->What +
            " already maps: Wt's CREATE TABLE fails on the duplicate column");
    F.Notes.push_back({It->second->Where == M.Definition
                           ? "Wt adds '" + Name + "' to every row of '" +
                                 M.QualifiedName + "', defined here"
                           : "'" + Name + "' is first mapped here",
                       It->second->Where});
    Findings.push_back(std::move(F));
  }
}

} // namespace

std::vector<Finding> findWtDuplicateColumns(const Program &P) {
  std::vector<Finding> Findings;
  const wt::Tables Tables(P);
  for (const Model &M : modelsOf(P, wt::Library))
    findInModel(P, M, Tables, Findings);
  return Findings;
}

} // namespace assoctidy
