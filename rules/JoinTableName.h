//===- JoinTableName.h - has_and_belongs_to_many join tables ----*- C++ -*-===//
//
// Part of assoc-tidy. Both sides of a many-to-many must name one join table,
// and ActiveRecord derives it by a byte-order rule few people remember.
// See docs/checks/join-table-name.md and activerecord-semantics.md, b.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_JOINTABLENAME_H
#define ASSOC_TIDY_RULES_JOINTABLENAME_H

#include "Finding.h"
#include "Inflector.h"

namespace assoctidy {

inline constexpr const char *JoinTableNameCheckName = "assoc-join-table-name";

struct JoinTableNameOptions {
  const Inflector *Inflections = &Inflector::english();
  /// Flag every explicit join_table that is not the derived name.
  bool RequireConventionalName = false;
  /// Also check the table of each has_many-through join model.
  bool CheckThroughJoinModels = false;
};

/// For has_and_belongs_to_many between visible models: an explicit
/// join_table that is the two tables in the wrong order (warning, fix-it);
/// the two sides of a pair on different tables (error, note at the other
/// side); two relations on one table and a self-referential habtm without
/// both keys (warnings). With the options, also unconventional explicit
/// names and join-model tables.
std::vector<Finding> findJoinTableProblems(const Program &P,
                                           const JoinTableNameOptions &O);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_JOINTABLENAME_H
