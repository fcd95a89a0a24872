//===- Graph.h - The merged association graph, for people -------*- C++ -*-===//
//
// Part of assoc-tidy. `--dump-model` writes what the whole program declares
// together with what ActiveRecord derives from it (table names, keys, join
// tables, the inverse each association pairs with): JSON for tools, and an
// ER-style picture (Graphviz dot, Mermaid) for the people about to write a
// migration, with the associations that have findings highlighted.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_REPORT_GRAPH_H
#define ASSOC_TIDY_REPORT_GRAPH_H

#include "Finding.h"
#include "Inflector.h"

#include <string>
#include <vector>

namespace assoctidy {

/// The association ActiveRecord pairs A with (its inverse), or null: the
/// target's association named by A's inverse_of, else one of the target's
/// associations of the matching kind on the same key (habtm: back on the
/// same join table).
const Association *pairedInverse(const Program &P, const Model &Owner,
                                 const Association &A,
                                 const Inflector &I = Inflector::english());

/// The documented graph (docs/output-formats.md, "The association graph").
std::string graphToJson(const Program &P,
                        const std::vector<Finding> &Findings,
                        const Inflector &I = Inflector::english());

/// Graphviz: one record node per model (class, table), one edge per
/// association labelled with kind and name; edges with findings in red.
std::string graphToDot(const Program &P, const std::vector<Finding> &Findings,
                       const Inflector &I = Inflector::english());

/// The same picture as a Mermaid flowchart.
std::string graphToMermaid(const Program &P,
                           const std::vector<Finding> &Findings,
                           const Inflector &I = Inflector::english());

} // namespace assoctidy

#endif // ASSOC_TIDY_REPORT_GRAPH_H
