//===- SchemaChecks.h - Declarations against a real schema ------*- C++ -*-===//
//
// Part of assoc-tidy. The assoc-schema-* checks: what the declarations need
// (impliedRequirements) against what a database holds, reported at the
// declaration that needs it. See docs/before-migrations.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_SCHEMACHECKS_H
#define ASSOC_TIDY_RULES_SCHEMACHECKS_H

#include "Finding.h"
#include "Schema.h"

#include <string_view>
#include <vector>

namespace assoctidy {

inline constexpr const char *SchemaMissingTable = "assoc-schema-missing-table";
inline constexpr const char *SchemaMissingColumn =
    "assoc-schema-missing-column";
inline constexpr const char *SchemaColumnType = "assoc-schema-column-type";
inline constexpr const char *SchemaNullability = "assoc-schema-nullability";
inline constexpr const char *SchemaJoinTable = "assoc-schema-join-table";
inline constexpr const char *SchemaMissingIndex = "assoc-schema-missing-index";

/// Every assoc-schema-* check name.
const std::vector<std::string_view> &schemaCheckNames();

struct SchemaCheckOptions {
  /// How column types compare (SQLite: by affinity).
  Dialect Of = Dialect::SQLite;
  /// assoc-schema-nullability's suggestion: a required belongs_to over a
  /// nullable column (ActiveRecord validates presence; the database does
  /// not). Off by default.
  bool RequiredBelongsToNotNull = false;
};

/// The findings of all six checks; the driver keeps the enabled ones. A
/// missing table is said once, at the model (or habtm) that needs it, and
/// hides the columns and indexes it would hold.
std::vector<Finding> checkSchema(const std::vector<Requirement> &Needed,
                                 const Schema &Actual,
                                 const SchemaCheckOptions &O = {});

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_SCHEMACHECKS_H
