//===- Graph.cpp - The merged association graph, for people ---------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Graph.h"

#include "Derived.h"
#include "Support.h"
#include "WtSupport.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>
#include <sstream>

using json = nlohmann::ordered_json;

namespace assoctidy {

namespace {

json rangeJson(const Range &R) {
  if (!R.isValid())
    return nullptr;
  return {{"file", R.Begin.File},     {"line", R.Begin.Line},
          {"column", R.Begin.Column}, {"end_line", R.End.Line},
          {"end_column", R.End.Column}};
}

bool within(const Range &Inner, const Range &Outer) {
  return Inner.isValid() && Outer.isValid() &&
         Inner.Begin.File == Outer.Begin.File &&
         Inner.Begin.Offset >= Outer.Begin.Offset &&
         Inner.Begin.Offset < Outer.End.Offset;
}

/// The findings that point into an association's declaration.
std::vector<const Finding *> findingsOf(const Association &A,
                                        const std::vector<Finding> &All) {
  std::vector<const Finding *> Mine;
  for (const Finding &F : All)
    if (within(F.Where, A.Whole))
      Mine.push_back(&F);
  return Mine;
}

bool keyed(const Association &A) {
  return !A.option(OptionKey::Through);
}

/// A node name both Graphviz and Mermaid accept.
std::string nodeId(const std::string &Qualified) {
  std::string Id = "m_";
  for (char C : Qualified)
    Id += std::isalnum(static_cast<unsigned char>(C)) ? C : '_';
  return Id;
}

std::string escaped(const std::string &Text, bool ForMermaid) {
  std::string Out;
  for (char C : Text) {
    if (ForMermaid && C == '"')
      Out += "#quot;";
    else if (!ForMermaid && (C == '"' || C == '\\' || C == '{' || C == '}' ||
                             C == '|' || C == '<' || C == '>'))
      (Out += '\\') += C;
    else
      Out += C;
  }
  return Out;
}

/// Where an edge goes: the target model's node, or a placeholder for a
/// polymorphic side or a target the program does not define, described
/// once per run by Label (empty when already described or a model).
struct EdgeTarget {
  std::string Id;
  std::string Label;
};

EdgeTarget edgeTarget(const Program &P, const Association &A,
                      std::set<std::string> &Placeholders) {
  if (const Model *Target = P.model(A.Target))
    return {nodeId(Target->QualifiedName), ""};
  EdgeTarget T{nodeId(A.isPolymorphic() ? "polymorphic " + A.Name : A.Target),
               ""};
  if (Placeholders.insert(T.Id).second)
    T.Label = A.isPolymorphic() ? A.Name + " (polymorphic)"
                                : A.Target + " (not seen)";
  return T;
}

} // namespace

/// A model's table for the graph: ActiveRecord's derivation, or for a
/// Wt::Dbo model the table its mapClass() call gives.
std::string displayTable(const Model &M, const Program &P, const Inflector &I,
                         const wt::Tables &WtTables) {
  if (!M.isWt())
    return tableName(M, P, I);
  if (!WtTables.mapping(M.QualifiedName))
    return "(not mapped)";
  return WtTables.table(M.QualifiedName).value_or("(table unknown)");
}

/// An edge's label: the association's kind and name, or the Wt call.
std::string edgeLabel(const Association &A, bool Wt) {
  if (!Wt)
    return std::string(spelling(A.Kind)) + " " + A.Name;
  return wt::callName(A) + (A.Wt.NameGiven ? " " + A.Name : "");
}

/// The findings reported at an association, for its entry in the graph.
json findingsJson(const Association &A, const std::vector<Finding> &Findings) {
  json Problems = json::array();
  for (const Finding *F : findingsOf(A, Findings))
    Problems.push_back({{"check", F->Check}, {"message", F->Message}});
  return Problems;
}

json optionalJson(const std::optional<std::string> &Text) {
  return Text ? json(*Text) : json(nullptr);
}

const Association *pairedInverse(const Program &P, const Model &Owner,
                                 const Association &A, const Inflector &I) {
  const Model *Target = visibleTarget(P, A);
  if (!Target || A.option(OptionKey::Through))
    return nullptr;
  if (const Option *Inverse = A.option(OptionKey::InverseOf))
    return findAssociation(P, *Target, Inverse->Value);
  // as: names its inverse, the target's polymorphic belongs_to.
  if (const Option *As = A.option(OptionKey::As)) {
    const Association *B = findAssociation(P, *Target, As->Value);
    return B && B->Kind == AssociationKind::BelongsTo ? B : nullptr;
  }
  const std::string Key = foreignKey(A, Owner, I);
  for (const std::string &Name : inheritedAssociationNames(P, *Target)) {
    const Model *Declaring = Target;
    const Association *B = findAssociation(P, *Target, Name, &Declaring);
    if (!B || B == &A || !keyed(*B) ||
        !(B->Target.empty() ? false : isA(P, Owner, B->Target)))
      continue;
    const bool Habtm = A.Kind == AssociationKind::HasAndBelongsToMany;
    if (Habtm != (B->Kind == AssociationKind::HasAndBelongsToMany))
      continue;
    if (Habtm) {
      if (joinTable(A, Owner, P, I) == joinTable(*B, *Declaring, P, I))
        return B;
      continue;
    }
    const bool ABelongs = A.Kind == AssociationKind::BelongsTo;
    if (ABelongs == (B->Kind == AssociationKind::BelongsTo) ||
        B->option(OptionKey::As))
      continue;
    if (foreignKey(*B, *Declaring, I) == Key)
      return B;
  }
  return nullptr;
}

namespace {

/// A Wt::Dbo model in the graph's JSON: the same keys as an assoc model
/// where they mean the same, derived by Wt's rules (no inflector), plus
/// what only Wt has (the call, its flags and joinId).
json wtModelJson(const Program &P, const Model &M,
                 const std::vector<Finding> &Findings,
                 const wt::Tables &WtTables) {
  json Associations = json::array();
  for (const Association &A : M.Associations) {
    json Flags = json::array();
    for (const WtFlag &F : A.Wt.Flags)
      Flags.push_back(F.Name);
    json Entry = {
        {"name", A.Wt.NameGiven ? json(A.Name) : json(nullptr)},
        {"kind", spelling(A.Kind)},
        {"call", wt::callName(A)},
        {"target", A.Target},
        {"polymorphic", false},
        {"target_defined", A.State == TargetState::Model},
        {"foreign_key", optionalJson(wt::foreignKey(P, A, WtTables))}};
    if (A.Kind == AssociationKind::HasAndBelongsToMany) {
      Entry["join_table"] = optionalJson(wt::joinTable(M, A, WtTables));
      Entry["join_id"] = A.Wt.JoinIdGiven ? json(A.Wt.JoinId) : json(nullptr);
    }
    Entry["flags"] = std::move(Flags);
    const Association *Inverse = wt::inverse(P, M, A, WtTables);
    Entry["inverse"] = Inverse ? json(Inverse->Wt.NameGiven ? Inverse->Name
                                                            : wt::callName(*Inverse))
                               : json(nullptr);
    Entry["location"] = rangeJson(where(A));
    Entry["findings"] = findingsJson(A, Findings);
    Associations.push_back(std::move(Entry));
  }
  return {{"name", M.QualifiedName},
          {"library", spelling(M.Lib)},
          {"table", optionalJson(WtTables.table(M.QualifiedName))},
          {"base", nullptr},
          {"location", rangeJson(M.Definition)},
          {"associations", std::move(Associations)}};
}

} // namespace

std::string graphToJson(const Program &P, const std::vector<Finding> &Findings,
                        const Inflector &I) {
  const wt::Tables WtTables(P);
  json Models = json::array();
  for (const Model &M : P.Models) {
    if (M.isWt()) {
      Models.push_back(wtModelJson(P, M, Findings, WtTables));
      continue;
    }
    json Associations = json::array();
    for (const Association &A : M.Associations) {
      json Options = json::object();
      for (const Option &O : A.Options)
        Options[std::string(spelling(O.Key))] =
            O.IsString ? json(O.Value)
                       : O.Value == "nil" ? json(nullptr)
                                          : json(O.Value == "true");
      json Entry = {{"name", A.Name},
                    {"kind", spelling(A.Kind)},
                    {"target", A.isPolymorphic() ? json(nullptr)
                                                 : json(A.Target)},
                    {"polymorphic", A.isPolymorphic()},
                    {"target_defined", A.State == TargetState::Model ||
                                           A.State == TargetState::Polymorphic},
                    {"foreign_key", keyed(A) ? json(foreignKey(A, M, I))
                                             : json(nullptr)}};
      if (A.Kind == AssociationKind::HasAndBelongsToMany) {
        Entry["association_foreign_key"] = associationForeignKey(A, I);
        Entry["join_table"] = joinTable(A, M, P, I);
      }
      if (A.isPolymorphic() || A.option(OptionKey::As))
        Entry["type_column"] =
            (A.isPolymorphic() ? A.Name
                               : std::string(A.optionValue(OptionKey::As))) +
            "_type";
      const Association *Inverse = pairedInverse(P, M, A, I);
      Entry["inverse"] = Inverse ? json(Inverse->Name) : json(nullptr);
      Entry["options"] = std::move(Options);
      Entry["location"] = rangeJson(where(A));
      Entry["findings"] = findingsJson(A, Findings);
      Associations.push_back(std::move(Entry));
    }
    Models.push_back({{"name", M.QualifiedName},
                      {"library", spelling(M.Lib)},
                      {"table", tableName(M, P, I)},
                      {"base", M.BaseModel.empty() ? json(nullptr)
                                                   : json(M.BaseModel)},
                      {"location", rangeJson(M.Definition)},
                      {"associations", std::move(Associations)}});
  }
  json Out = {{"version", 1}, {"models", std::move(Models)}};
  return Out.dump(2) + "\n";
}

std::string graphToDot(const Program &P, const std::vector<Finding> &Findings,
                       const Inflector &I) {
  const wt::Tables WtTables(P);
  std::ostringstream OS;
  std::set<std::string> Placeholders; // Targets not seen, one node each.
  OS << "digraph associations {\n"
     << "  rankdir=LR;\n"
     << "  node [shape=record, fontname=\"Helvetica\"];\n"
     << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const Model &M : P.Models)
    OS << "  " << nodeId(M.QualifiedName) << " [label=\"{"
       << escaped(M.QualifiedName, false) << "|"
       << escaped(displayTable(M, P, I, WtTables), false) << "}\"];\n";
  for (const Model &M : P.Models) {
    if (!M.BaseModel.empty() && P.model(M.BaseModel))
      OS << "  " << nodeId(M.QualifiedName) << " -> "
         << nodeId(M.BaseModel) << " [style=dashed, arrowhead=empty];\n";
    for (const Association &A : M.Associations) {
      const EdgeTarget T = edgeTarget(P, A, Placeholders);
      const std::string &To = T.Id;
      if (!T.Label.empty())
        OS << "  " << To << " [label=\"" << escaped(T.Label, false)
           << "\", style=dashed];\n";
      const bool Problem = !findingsOf(A, Findings).empty();
      OS << "  " << nodeId(M.QualifiedName) << " -> " << To << " [label=\""
         << escaped(edgeLabel(A, M.isWt()), false) << "\""
         << (Problem ? ", color=red, fontcolor=red, penwidth=2" : "")
         << "];\n";
    }
  }
  OS << "}\n";
  return OS.str();
}

std::string graphToMermaid(const Program &P,
                           const std::vector<Finding> &Findings,
                           const Inflector &I) {
  const wt::Tables WtTables(P);
  std::ostringstream OS;
  std::set<std::string> Placeholders;
  OS << "flowchart LR\n";
  for (const Model &M : P.Models)
    OS << "  " << nodeId(M.QualifiedName) << "[\""
       << escaped(M.QualifiedName, true) << "<br/>"
       << escaped(displayTable(M, P, I, WtTables), true) << "\"]\n";
  unsigned Edge = 0;
  std::vector<unsigned> Problems;
  for (const Model &M : P.Models) {
    if (!M.BaseModel.empty() && P.model(M.BaseModel)) {
      OS << "  " << nodeId(M.QualifiedName) << " -.->|inherits| "
         << nodeId(M.BaseModel) << "\n";
      ++Edge;
    }
    for (const Association &A : M.Associations) {
      const EdgeTarget T = edgeTarget(P, A, Placeholders);
      const std::string &To = T.Id;
      if (!T.Label.empty())
        OS << "  " << To << "([\"" << escaped(T.Label, true) << "\"])\n";
      OS << "  " << nodeId(M.QualifiedName) << " -->|\""
         << escaped(edgeLabel(A, M.isWt()), true) << "\"| " << To << "\n";
      if (!findingsOf(A, Findings).empty())
        Problems.push_back(Edge);
      ++Edge;
    }
  }
  for (unsigned E : Problems)
    OS << "  linkStyle " << E << " stroke:red,stroke-width:3px,color:red\n";
  return OS.str();
}

} // namespace assoctidy
