//===- RunRules.h - Independent rules on several threads -------*- C++ -*-===//
//
// Part of assoc-tidy. The whole-program phase runs every enabled rule over
// one merged program. Rules are pure functions of a const program, so they
// can run side by side on the threads extraction has just finished with;
// the findings still come out in the order of the rules, as one thread
// would give them, so that outputs do not depend on the number of jobs.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_RUNRULES_H
#define ASSOC_TIDY_RULES_RUNRULES_H

#include "Finding.h"
#include "Model.h"

#include <functional>
#include <vector>

namespace assoctidy {

/// One rule, bound to its options, over the program given to runRules.
using RuleTask = std::function<std::vector<Finding>(const Program &)>;

/// Runs Rules over P on up to Jobs threads (1: on the caller's thread) and
/// returns their findings concatenated in the order of Rules.
std::vector<Finding>
runRules(const Program &P, const std::vector<RuleTask> &Rules, unsigned Jobs);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_RUNRULES_H
