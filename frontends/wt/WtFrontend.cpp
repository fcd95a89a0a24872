//===- WtFrontend.cpp - The Wt::Dbo front-end -----------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtRules.h"

#include "Frontend.h"
#include "GraphJson.h"
#include "Support.h"
#include "WtSupport.h"

namespace assoctidy::wt {

namespace {

using graph::json;

class WtFrontend final : public Frontend {
  using json_t = nlohmann::json;

public:
  LibraryId library() const override { return Library; }
  std::unique_ptr<Extension> readModel(const json_t &Object) const override {
    return readKeys(Object);
  }
  std::unique_ptr<Extension>
  readAssociation(const json_t &Object) const override {
    return readRelation(Object);
  }

  std::vector<LibraryOption> options() const override {
    // Wt's counterpart of a missing `dependent` is a policy of its own,
    // asked for by name (docs/checks/missing-dependent.md).
    return {{"assoc-missing-dependent", "WtOnDelete", false}};
  }

  void resolve(const Program &P, const Inflector &,
               Resolution &Out) const override {
    wt::resolve(P, Out);
  }

  void missingInverses(const Program &P, const MissingInverseOptions &,
                       std::vector<Finding> &Out) const override {
    append(Out, findWtMissingInverses(P));
  }
  void joinTableProblems(const Program &P, const JoinTableNameOptions &,
                         std::vector<Finding> &Out) const override {
    append(Out, findWtJoinTableProblems(P));
  }
  void duplicateAssociations(const Program &P,
                             std::vector<Finding> &Out) const override {
    append(Out, findWtDuplicateColumns(P));
  }
  void targetsNotModels(const Program &P, bool WholeProgram,
                        std::vector<Finding> &Out) const override {
    // Only the whole program shows that no mapClass() maps a class.
    if (WholeProgram)
      append(Out, findWtUnmappedTargets(P));
  }
  void missingDependents(const Program &P, const LibraryOptionValues &Options,
                         std::vector<Finding> &Out) const override {
    auto It = Options.find("WtOnDelete");
    if (It != Options.end() && It->second)
      append(Out, findWtMissingOnDelete(P));
  }

  /// The same keys as a vocabulary model where they mean the same, derived
  /// by Wt's rules, plus what only Wt has (the call, its flags, joinId).
  void graphModel(const Program &, const Model &M, const Resolution &R,
                  const std::vector<Finding> &Findings,
                  json &Out) const override {
    json Associations = json::array();
    for (const Association &A : M.Associations) {
      const ResolvedAssociation &RA = R.of(M, A);
      const Relation &W = relation(A);
      json Flags = json::array();
      for (const Flag &F : W.Flags)
        Flags.push_back(F.Name);
      json Entry = {{"name", W.NameGiven ? json(A.Name) : json(nullptr)},
                    {"kind", spelling(A.Kind)},
                    {"call", callName(A)},
                    {"target", A.Target},
                    {"polymorphic", false},
                    {"target_defined", A.State == TargetState::Model},
                    {"foreign_key", graph::optionalJson(RA.ForeignKey)}};
      if (A.Kind == AssociationKind::HasAndBelongsToMany) {
        Entry["join_table"] = graph::optionalJson(RA.JoinTable);
        Entry["join_id"] = W.JoinIdGiven ? json(W.JoinId) : json(nullptr);
      }
      Entry["flags"] = std::move(Flags);
      const Association *Inverse = RA.Partner;
      Entry["inverse"] =
          Inverse ? json(relation(*Inverse).NameGiven ? Inverse->Name
                                                      : callName(*Inverse))
                  : json(nullptr);
      Entry["location"] = graph::rangeJson(where(A));
      Entry["findings"] = graph::findingsJson(A, Findings);
      Associations.push_back(std::move(Entry));
    }
    Out = {{"name", M.QualifiedName},
           {"library", M.Lib.name()},
           {"table", graph::optionalJson(R.of(M).Table)},
           {"base", nullptr},
           {"location", graph::rangeJson(M.Definition)},
           {"associations", std::move(Associations)}};
  }

  std::string edgeLabel(const Association &A) const override {
    return callName(A) + (relation(A).NameGiven ? " " + A.Name : "");
  }

  SchemaWording schemaWording() const override {
    return {"a ManyToMany join table needs none (Wt::Dbo inserts the two "
            "keys only)",
            "the database sets it to NULL",
            "NotNull only shapes the tables Wt::Dbo creates, and nothing "
            "else keeps it set",
            "the ManyToOne's collection side, OnDelete"};
  }
};

} // namespace

const Frontend &frontend() {
  static const WtFrontend Instance;
  return Instance;
}

} // namespace assoctidy::wt
