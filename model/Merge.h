//===- Merge.h - Per-unit facts into one program ----------------*- C++ -*-===//
//
// Part of assoc-tidy. Each translation unit sees the models its headers
// declare; the whole program is their union. A model seen by many units is
// one model; a model defined differently in two places (an ODR violation,
// or one header read under different macros) is a conflict to report.
// Pure: the whole-program driver and `--merge` of stored facts share it.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_MERGE_H
#define ASSOC_TIDY_MODEL_MERGE_H

#include "Model.h"

#include <vector>

namespace assoctidy {

/// Two definitions of one model that disagree. Both are kept as the units
/// saw them; the merged program holds the first.
struct MergeConflict {
  Model First;
  Model Second;
  /// True when both come from one file, read differently (macros, flags);
  /// false for definitions in two files.
  bool SameDefinition = false;
  /// The units (indexes into mergePrograms' argument) that saw each.
  std::size_t FirstUnit = 0;
  std::size_t SecondUnit = 0;
};

struct MergeResult {
  Program Merged;
  std::vector<MergeConflict> Conflicts;
};

/// True when A and B declare the same thing from the same place: every
/// field but the targets' states and the class's declarations, which depend
/// on what a unit had included (a target forward-declared in one unit is
/// defined in another).
bool sameDeclaration(const Model &A, const Model &B);

/// True when A and B declare the same associations, options and members,
/// wherever they are written: a header copied, or reached through a link.
bool sameContent(const Model &A, const Model &B);

/// Merges Units in order: the first unit to see a model places it; later
/// copies upgrade what an earlier unit could not see (a target only
/// forward-declared there); a definition elsewhere with the same content is
/// the same model; any other disagreeing definition is a conflict. Last,
/// an unresolved target that some unit defines as a model becomes one.
/// Linear in the total number of models and associations.
MergeResult mergePrograms(std::vector<Program> Units);

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_MERGE_H
