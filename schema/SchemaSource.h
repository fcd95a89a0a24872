//===- SchemaSource.h - A real schema, read without writing -----*- C++ -*-===//
//
// Part of assoc-tidy. `--schema=<source>`: DDL in a `.sql` file, run by the
// real SQLite library in an in-memory database (SQLite parses it, not us);
// an existing SQLite database, opened read-only; or a live PostgreSQL
// database through libpq, read from its catalog in a read-only transaction
// with a connect timeout. Nothing here ever writes to a database the user
// owns.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_SCHEMA_SCHEMASOURCE_H
#define ASSOC_TIDY_SCHEMA_SCHEMASOURCE_H

#include "Schema.h"

#include <optional>
#include <string>

namespace assoctidy {

struct LoadedSchema {
  Schema Tables;
  Dialect Kind = Dialect::SQLite;
};

/// Reads Source: `postgresql://...`/`postgres://...` or a libpq keyword
/// string (`host=... dbname=...`) is PostgreSQL; a file ending in `.sql` is
/// DDL; any other file is an SQLite database. On failure, Error is one line
/// saying what and why.
std::optional<LoadedSchema> loadSchema(const std::string &Source,
                                       std::string &Error);

/// Loads SQL into a fresh in-memory SQLite database and reads it back; the
/// test helper that applies a migration to a schema uses it too.
std::optional<Schema> schemaFromSql(const std::string &SQL,
                                    const std::string &Name,
                                    std::string &Error);

} // namespace assoctidy

#endif // ASSOC_TIDY_SCHEMA_SCHEMASOURCE_H
