//===- Derived.h - Facts ActiveRecord derives from declarations -*- C++ -*-===//
//
// Part of assoc-tidy. Table names and default foreign keys, computed once
// here so that no check re-derives them (activerecord-semantics.md, c).
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_DERIVED_H
#define ASSOC_TIDY_MODEL_DERIVED_H

#include "Inflector.h"
#include "Model.h"

#include <string>
#include <string_view>

namespace assoctidy {

/// The model's table: its `table_name` override, else the table of the root
/// of its single-table-inheritance chain, else `pluralize(underscore(Class))`.
/// Namespaces never enter the name (they are plain modules to ActiveRecord).
std::string tableName(const Model &M, const Program &P,
                      const Inflector &I = Inflector::english());

/// The column holding the key on the side that stores it: `foreign_key` if
/// given; `<name>_id` for belongs_to; `<as>_id` for `as:`; otherwise
/// `<owner>_id` from the owner's class name. Empty for `through`
/// associations, whose key belongs to the source association.
std::string foreignKey(const Association &A, const Model &Owner,
                       const Inflector &I = Inflector::english());

/// A has_and_belongs_to_many's key for the target side of the join table:
/// `association_foreign_key` if given, else `<target class>_id`. Empty for
/// other kinds.
std::string associationForeignKey(const Association &A,
                                  const Inflector &I = Inflector::english());

/// ActiveRecord's default join table for two table names: sorted as byte
/// strings, joined by `_`, with the longest prefix of the first name that
/// ends in `_` or `.` and also starts the second written once
/// (`catalog_categories` + `catalog_products` -> `catalog_categories_products`;
/// `paper_boxes` + `papers` -> `paper_boxes_papers`, since `_` < `s`).
std::string joinTableName(std::string_view TableA, std::string_view TableB);

/// The same join, of First then Second as given, without sorting: the
/// spelling of a join table written in the wrong order
/// (`catalog_products` + `catalog_categories` -> `catalog_products_categories`).
std::string joinTableNameInOrder(std::string_view First,
                                 std::string_view Second);

/// A has_and_belongs_to_many's join table: its `join_table` option, else the
/// default from the owner's and the target's real table names. The target's
/// table comes from its model when P has it, else from its class name.
std::string joinTable(const Association &A, const Model &Owner,
                      const Program &P,
                      const Inflector &I = Inflector::english());

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_DERIVED_H
