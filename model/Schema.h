//===- Schema.h - Tables, and the schema associations imply -----*- C++ -*-===//
//
// Part of assoc-tidy. A database schema as plain data (what the schema
// readers load from SQLite or PostgreSQL), and what the declarations say it
// must hold (activerecord-semantics.md, c): every model's table with its
// primary key; every foreign key column on the side that holds it, with an
// index; `_type` columns for polymorphic belongs_to; each habtm pair's join
// table with both keys, no primary key, and a unique index over the pair.
// Each requirement remembers the declaration it comes from, so that a
// missing one is reported there. No Clang, no database.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_SCHEMA_H
#define ASSOC_TIDY_MODEL_SCHEMA_H

#include "Model.h"
#include "Resolved.h"

#include <optional>
#include <string>
#include <vector>

namespace assoctidy {

struct Column {
  std::string Name;
  std::string Type;  ///< As the database spells it, lower case.
  bool NotNull = false;
  bool PrimaryKey = false;
  /// Its place in the primary key, from 1; 0 when not part of it (or when
  /// the reader gives no order, then column order counts).
  unsigned KeyPosition = 0;
};

struct Index {
  std::string Name;
  std::vector<std::string> Columns; ///< In index order.
  bool Unique = false;
  bool Partial = false; ///< `WHERE ...`: it does not cover every row.
};

struct Table {
  std::string Name;
  std::vector<Column> Columns;
  std::vector<Index> Indexes;
  const Column *column(std::string_view Name) const;
  /// True when some index (the primary key included; partial indexes
  /// not) has exactly Leading as its first columns.
  bool hasIndexStartingWith(const std::vector<std::string> &Leading,
                            bool Unique = false,
                            bool CaseInsensitive = false) const;
  /// True when some unique index (or the primary key) is over exactly the
  /// columns of Set, in any order.
  bool hasUniqueIndexOver(std::vector<std::string> Set,
                          bool CaseInsensitive = false) const;
  bool hasPrimaryKey() const;
};

struct Schema {
  std::vector<Table> Tables;
  /// SQLite compares names without case; PostgreSQL folds unquoted names
  /// to lower case, which is what ActiveRecord writes.
  bool CaseInsensitive = false;
  const Table *table(std::string_view Name) const;
  /// Table::column with this schema's rule for names.
  const Column *column(const Table &T, std::string_view Name) const;
};

enum class Dialect { SQLite, PostgreSQL };

/// The SQL type family of a column, for comparing a foreign key with the
/// key it references. PostgreSQL: `integer`/`int4` and `bigint`/`int8`
/// differ, `uuid` is its own. SQLite: its type affinity (any type naming
/// INT is an integer), since SQLite stores both alike.
std::string keyTypeFamily(std::string_view Type, Dialect D);

/// One thing the declarations need the database to hold.
struct Requirement {
  enum class Kind {
    Table,      ///< A model's table, with its primary key.
    JoinTable,  ///< A habtm join table: Columns are its two keys.
    Column,     ///< A foreign key column (Columns[0]) in Table.
    TypeColumn, ///< A polymorphic `_type` column (Columns[0]) in Table.
    Index,      ///< An index over Columns in Table.
  };
  Kind What = Kind::Table;
  std::string Table;
  std::vector<std::string> Columns;
  /// The SQL type of each of Columns when it is not the key type: a key
  /// that refers to a natural id of another type (Wt::Dbo) (`varchar`), or
  /// the natural id itself. Empty, or one entry per column ("" = key type).
  std::vector<std::string> ColumnTypes;
  /// For a Table: its primary key (Columns[0]) is a natural id declared by
  /// the code, not a surrogate the database numbers.
  bool NaturalKey = false;
  /// The primary key a foreign key references: its table and column.
  std::string ReferencedTable;
  std::string ReferencedColumn;
  /// Where the requirement is declared: an association, or a model's
  /// class name for its table.
  Range Where;
  std::string Model;       ///< The model whose declaration this is.
  LibraryId Lib;           ///< That model's library.
  std::string Association; ///< Empty for a model's table.
  /// The association's kind and the options that bear on the column.
  AssociationKind From = AssociationKind::BelongsTo;
  bool Optional = false;       ///< belongs_to with optional().
  bool Nullify = false;        ///< has_* with dependent("nullify").
  /// The has_* that asks for the nullify, when another declaration holds
  /// the column: where a nullability problem is reported.
  std::string NullifyModel, NullifyAssociation;
  AssociationKind NullifyKind = AssociationKind::HasMany;
  Range NullifyWhere;
};

/// Every requirement of the program's models, in declaration order, each
/// once (a key two associations share is required once, from the first).
/// Through associations add nothing; a polymorphic belongs_to adds its
/// `_id` and `_type` columns and an index over the pair; unresolved targets
/// are skipped, never guessed.
/// Facts: P's conventions resolved (frontends/Frontends.h resolves them).
std::vector<Requirement> impliedRequirements(const Program &P,
                                             const Resolution &Facts);

/// `CREATE TABLE` / `CREATE INDEX` statements creating Requirements from
/// nothing, tables before the indexes that need them. KeyType: the type of
/// every key column (`bigint` by default, `integer` on request).
std::string createStatements(const std::vector<Requirement> &Requirements,
                             Dialect D, const std::string &KeyType);

/// The requirements as the documented JSON (docs/before-migrations.md).
std::string requirementsToJson(const std::vector<Requirement> &Requirements,
                               const std::string &KeyType);

/// The statements that add what Actual lacks of Requirements, and nothing
/// else: missing tables (created whole), missing columns (ALTER TABLE ADD
/// COLUMN, nullable, so that existing rows stay valid), missing indexes.
/// Never a DROP, never a change to an existing column.
std::string migrationStatements(const std::vector<Requirement> &Requirements,
                                const Schema &Actual, Dialect D,
                                const std::string &KeyType);

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_SCHEMA_H
