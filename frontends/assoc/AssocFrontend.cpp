//===- AssocFrontend.cpp - The vocabulary's front-end ---------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssocRules.h"

#include "DuplicateAssociation.h"
#include "Frontend.h"
#include "GraphJson.h"
#include "Support.h"

namespace assoctidy::ar {

namespace {

using graph::json;

class AssocFrontend final : public Frontend {
  using json_t = nlohmann::json;

public:
  LibraryId library() const override { return Library; }
  // The vocabulary's declarations are the shared model: no extensions.
  std::unique_ptr<Extension> readModel(const json_t &) const override {
    return nullptr;
  }
  std::unique_ptr<Extension> readAssociation(const json_t &) const override {
    return nullptr;
  }

  void resolve(const Program &P, const Inflector &I,
               Resolution &Out) const override {
    ar::resolve(P, I, Out);
  }

  void missingInverses(const Program &P, const MissingInverseOptions &O,
                       std::vector<Finding> &Out) const override {
    append(Out, ar::findMissingInverses(P, O));
  }
  void joinTableProblems(const Program &P, const JoinTableNameOptions &O,
                         std::vector<Finding> &Out) const override {
    append(Out, ar::findJoinTableProblems(P, O));
  }
  void duplicateAssociations(const Program &P,
                             std::vector<Finding> &Out) const override {
    for (const Model &M : modelsOf(P, Library))
      append(Out, ar::findDuplicateAssociations(M));
  }
  void targetsNotModels(const Program &P, bool WholeProgram,
                        std::vector<Finding> &Out) const override {
    append(Out, ar::findTargetsNotModels(P, WholeProgram));
  }
  void missingDependents(const Program &P, const LibraryOptionValues &,
                         std::vector<Finding> &Out) const override {
    append(Out, ar::findMissingDependents(P));
  }

  void graphModel(const Program &, const Model &M, const Resolution &R,
                  const std::vector<Finding> &Findings,
                  json &Out) const override {
    json Associations = json::array();
    for (const Association &A : M.Associations) {
      const ResolvedAssociation &RA = R.of(M, A);
      json Options = json::object();
      for (const Option &O : A.Options)
        Options[std::string(spelling(O.Key))] = O.IsString ? json(O.Value)
                                                : O.Value == "nil"
                                                    ? json(nullptr)
                                                    : json(O.Value == "true");
      json Entry = {
          {"name", A.Name},
          {"kind", spelling(A.Kind)},
          {"target", A.isPolymorphic() ? json(nullptr) : json(A.Target)},
          {"polymorphic", A.isPolymorphic()},
          {"target_defined", A.State == TargetState::Model ||
                                 A.State == TargetState::Polymorphic},
          {"foreign_key", graph::optionalJson(RA.ForeignKey)}};
      if (A.Kind == AssociationKind::HasAndBelongsToMany) {
        Entry["association_foreign_key"] =
            graph::optionalJson(RA.OtherForeignKey);
        Entry["join_table"] = graph::optionalJson(RA.JoinTable);
      }
      if (A.isPolymorphic() || A.option(OptionKey::As))
        Entry["type_column"] =
            (A.isPolymorphic() ? A.Name
                               : std::string(A.optionValue(OptionKey::As))) +
            "_type";
      Entry["inverse"] = RA.Partner ? json(RA.Partner->Name) : json(nullptr);
      Entry["options"] = std::move(Options);
      Entry["location"] = graph::rangeJson(where(A));
      Entry["findings"] = graph::findingsJson(A, Findings);
      Associations.push_back(std::move(Entry));
    }
    Out = {{"name", M.QualifiedName},
           {"library", M.Lib.name()},
           {"table", graph::optionalJson(R.of(M).Table)},
           {"base", M.BaseModel.empty() ? json(nullptr) : json(M.BaseModel)},
           {"location", graph::rangeJson(M.Definition)},
           {"associations", std::move(Associations)}};
  }

  std::string edgeLabel(const Association &A) const override {
    return std::string(spelling(A.Kind)) + " " + A.Name;
  }

  SchemaWording schemaWording() const override {
    return {"a has_and_belongs_to_many join table has none (ActiveRecord "
            "inserts rows without one)",
            "ActiveRecord sets it to NULL",
            "only ActiveRecord's validation keeps it set",
            "the has_many/has_one side, dependent"};
  }
};

} // namespace

const Frontend &frontend() {
  static const AssocFrontend Instance;
  return Instance;
}

} // namespace assoctidy::ar
