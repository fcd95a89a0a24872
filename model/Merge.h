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

#include <memory>
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

/// Merges units one at a time, in order: the first unit to see a model
/// places it; later copies upgrade what an earlier unit could not see (a
/// target only forward-declared there); a definition elsewhere with the same
/// content is the same model; any other disagreeing definition is a
/// conflict. Last, an unresolved target that some unit defines as a model
/// becomes one. A copy already placed is dropped as soon as it is added, so
/// what the merger holds grows with the distinct models, not with the
/// number of units that include them: the whole-program driver adds each
/// unit as it is extracted. Linear in the total number of models and
/// associations.
class ProgramMerger {
public:
  ProgramMerger();
  ~ProgramMerger();
  ProgramMerger(const ProgramMerger &) = delete;
  ProgramMerger &operator=(const ProgramMerger &) = delete;

  /// Adds the next unit (units are numbered in the order they are added).
  void add(Program Unit);
  /// The merged program. The merger is spent: add nothing after it.
  MergeResult finish();

private:
  struct Index;
  MergeResult Result;
  std::unique_ptr<Index> Seen;
  std::size_t Added = 0;
};

/// All of Units through one ProgramMerger, in order.
MergeResult mergePrograms(std::vector<Program> Units);

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_MERGE_H
