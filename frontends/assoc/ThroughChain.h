//===- ThroughChain.h - through: chains that do not resolve -----*- C++ -*-===//
//
// Part of assoc-tidy. Everything ActiveRecord's
// `ThroughReflection#check_validity!` raises at first use, found from the
// declarations, in ActiveRecord's order. See docs/checks/through-chain.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_THROUGHCHAIN_H
#define ASSOC_TIDY_RULES_THROUGHCHAIN_H

#include "Finding.h"
#include "Inflector.h"

namespace assoctidy {

inline constexpr const char *ThroughChainCheckName = "assoc-through-chain";

/// One error per through association, the first ActiveRecord would raise:
/// no through association; a polymorphic through; no source (or two);
/// a pointless source_type; a polymorphic source without source_type; a
/// has_one through a collection; the through association declared later.
/// Steps that need the through model are skipped when it is not visible.
std::vector<Finding>
findThroughChainProblems(const Program &P,
                         const Inflector &I = Inflector::english());

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_THROUGHCHAIN_H
