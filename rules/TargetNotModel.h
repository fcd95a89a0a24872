//===- TargetNotModel.h - Associations to what is not a model ---*- C++ -*-===//
//
// Part of assoc-tidy. An association's target must be a model: a class that
// derives from assoc::model. ActiveRecord would fail at first use (the
// class has no table, no reflection). See docs/checks/target-not-model.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_TARGETNOTMODEL_H
#define ASSOC_TIDY_RULES_TARGETNOTMODEL_H

#include "Finding.h"

namespace assoctidy {

inline constexpr const char *TargetNotModelCheckName =
    "assoc-target-not-model";

/// A target that is a complete class (or other type) but not a model
/// (error). With WholeProgram, also a target only ever forward-declared:
/// no unit of the program defines it (error, once per target).
std::vector<Finding> findTargetsNotModels(const Program &P,
                                          bool WholeProgram);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_TARGETNOTMODEL_H
