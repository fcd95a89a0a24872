//===- GraphJson.h - What every front-end's graph entry shares --*- C++ -*-===//
//
// Part of assoc-tidy. The pieces of the association graph's JSON
// (docs/graph.md) that each front-end's model entry writes alike.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_GRAPHJSON_H
#define ASSOC_TIDY_FRONTENDS_GRAPHJSON_H

#include "Finding.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace assoctidy::graph {

using json = nlohmann::ordered_json;

inline json rangeJson(const Range &R) {
  if (!R.isValid())
    return nullptr;
  return {{"file", R.Begin.File},
          {"line", R.Begin.Line},
          {"column", R.Begin.Column},
          {"end_line", R.End.Line},
          {"end_column", R.End.Column}};
}

inline bool within(const Range &Inner, const Range &Outer) {
  return Inner.isValid() && Outer.isValid() &&
         Inner.Begin.File == Outer.Begin.File &&
         Inner.Begin.Offset >= Outer.Begin.Offset &&
         Inner.Begin.Offset < Outer.End.Offset;
}

/// The findings that point into an association's declaration.
inline std::vector<const Finding *>
findingsOf(const Association &A, const std::vector<Finding> &All) {
  std::vector<const Finding *> Mine;
  for (const Finding &F : All)
    if (within(F.Where, A.Whole))
      Mine.push_back(&F);
  return Mine;
}

/// The findings reported at an association, for its entry in the graph.
inline json findingsJson(const Association &A,
                         const std::vector<Finding> &Findings) {
  json Problems = json::array();
  for (const Finding *F : findingsOf(A, Findings))
    Problems.push_back({{"check", F->Check}, {"message", F->Message}});
  return Problems;
}

inline json optionalJson(const std::optional<std::string> &Text) {
  return Text ? json(*Text) : json(nullptr);
}

} // namespace assoctidy::graph

#endif // ASSOC_TIDY_FRONTENDS_GRAPHJSON_H
