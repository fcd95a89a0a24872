//===- Graph.cpp - The merged association graph, for people ---------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Graph.h"

#include "Frontends.h"
#include "GraphJson.h"
#include "Support.h"

#include <cctype>
#include <set>
#include <sstream>

namespace assoctidy {

namespace {

using graph::findingsOf;
using graph::json;

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

/// An edge's label, as the model's library names the association.
std::string edgeLabel(const Model &M, const Association &A) {
  const Frontend *F = frontendOf(M);
  return F ? F->edgeLabel(A) : A.Name;
}

} // namespace

std::string graphToJson(const Program &P, const std::vector<Finding> &Findings,
                        const Inflector &I) {
  const Resolution R = resolve(P, I);
  json Models = json::array();
  for (const Model &M : P.Models) {
    json Entry;
    if (const Frontend *F = frontendOf(M))
      F->graphModel(P, M, R, Findings, Entry);
    Models.push_back(std::move(Entry));
  }
  json Out = {{"version", 1}, {"models", std::move(Models)}};
  return Out.dump(2) + "\n";
}

std::string graphToDot(const Program &P, const std::vector<Finding> &Findings,
                       const Inflector &I) {
  const Resolution R = resolve(P, I);
  std::ostringstream OS;
  std::set<std::string> Placeholders; // Targets not seen, one node each.
  OS << "digraph associations {\n"
     << "  rankdir=LR;\n"
     << "  node [shape=record, fontname=\"Helvetica\"];\n"
     << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const Model &M : P.Models)
    OS << "  " << nodeId(M.QualifiedName) << " [label=\"{"
       << escaped(M.QualifiedName, false) << "|"
       << escaped(R.of(M).DisplayTable, false) << "}\"];\n";
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
         << escaped(edgeLabel(M, A), false) << "\""
         << (Problem ? ", color=red, fontcolor=red, penwidth=2" : "") << "];\n";
    }
  }
  OS << "}\n";
  return OS.str();
}

std::string graphToMermaid(const Program &P,
                           const std::vector<Finding> &Findings,
                           const Inflector &I) {
  const Resolution R = resolve(P, I);
  std::ostringstream OS;
  std::set<std::string> Placeholders;
  OS << "flowchart LR\n";
  for (const Model &M : P.Models)
    OS << "  " << nodeId(M.QualifiedName) << "[\""
       << escaped(M.QualifiedName, true) << "<br/>"
       << escaped(R.of(M).DisplayTable, true) << "\"]\n";
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
         << escaped(edgeLabel(M, A), true) << "\"| " << To << "\n";
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
