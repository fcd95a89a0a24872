//===- SchemaSource.cpp - A real schema, read without writing -------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "SchemaSource.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

namespace assoctidy {

namespace {

std::string lower(std::string Text) {
  for (char &C : Text)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Text;
}

std::string text(sqlite3_stmt *S, int Column) {
  const unsigned char *T = sqlite3_column_text(S, Column);
  return T ? reinterpret_cast<const char *>(T) : "";
}

/// Every table of an open SQLite database, from its catalog pragmas.
std::optional<Schema> readSqlite(sqlite3 *DB, std::string &Error) {
  Schema Out;
  Out.CaseInsensitive = true; // SQLite's names ignore case.
  auto Query = [&](const std::string &SQL, auto Row) {
    sqlite3_stmt *S = nullptr;
    if (sqlite3_prepare_v2(DB, SQL.c_str(), -1, &S, nullptr) != SQLITE_OK) {
      Error = sqlite3_errmsg(DB);
      return false;
    }
    while (sqlite3_step(S) == SQLITE_ROW)
      Row(S);
    sqlite3_finalize(S);
    return true;
  };
  std::vector<std::string> Names;
  // Views too: a model may read from one.
  if (!Query("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') "
             "AND name NOT LIKE 'sqlite_%' ORDER BY name",
             [&](sqlite3_stmt *S) { Names.push_back(text(S, 0)); }))
    return std::nullopt;
  for (const std::string &Name : Names) {
    Table T;
    T.Name = Name;
    // Table names come from the catalog; quoting keeps odd ones intact.
    std::string Quoted = "\"";
    for (char C : Name)
      Quoted += C == '"' ? std::string("\"\"") : std::string(1, C);
    Quoted += "\"";
    Query("PRAGMA table_info(" + Quoted + ")", [&](sqlite3_stmt *S) {
      Column C;
      C.Name = text(S, 1);
      C.Type = lower(text(S, 2));
      C.NotNull = sqlite3_column_int(S, 3) != 0;
      C.KeyPosition = static_cast<unsigned>(sqlite3_column_int(S, 5));
      C.PrimaryKey = C.KeyPosition != 0;
      T.Columns.push_back(std::move(C));
    });
    std::vector<Index> Indexes;
    Query("PRAGMA index_list(" + Quoted + ")", [&](sqlite3_stmt *S) {
      Index I;
      I.Name = text(S, 1);
      I.Unique = sqlite3_column_int(S, 2) != 0;
      I.Partial = sqlite3_column_int(S, 4) != 0;
      Indexes.push_back(std::move(I));
    });
    for (Index &I : Indexes) {
      const std::string &IndexName = I.Name;
      std::string QuotedIndex = "\"" + IndexName + "\"";
      Query("PRAGMA index_info(" + QuotedIndex + ")", [&](sqlite3_stmt *S) {
        I.Columns.push_back(text(S, 2));
      });
      T.Indexes.push_back(std::move(I));
    }
    Out.Tables.push_back(std::move(T));
  }
  return Out;
}

/// Skips whitespace and comments from Offset: where a statement starts.
std::size_t statementStart(const std::string &SQL, std::size_t At) {
  for (;;) {
    while (At < SQL.size() && std::isspace(static_cast<unsigned char>(SQL[At])))
      ++At;
    if (SQL.compare(At, 2, "--") == 0) {
      At = SQL.find('\n', At);
      if (At == std::string::npos)
        return SQL.size();
    } else if (SQL.compare(At, 2, "/*") == 0) {
      At = SQL.find("*/", At + 2);
      if (At == std::string::npos)
        return SQL.size();
      At += 2;
    } else {
      return At;
    }
  }
}

/// The line of Text where Statement starts, for SQLite's error messages.
unsigned lineOf(const std::string &SQL, std::size_t Offset) {
  return 1 + static_cast<unsigned>(
                 std::count(SQL.begin(), SQL.begin() + std::min(Offset, SQL.size()), '\n'));
}

std::optional<Schema> fromPostgres(const std::string &Source,
                                   std::string &Error) {
  // A connect timeout, so that an unreachable host is an error, not a hang.
  std::string Conninfo = Source;
  const bool Uri = Source.rfind("postgresql://", 0) == 0 ||
                   Source.rfind("postgres://", 0) == 0;
  if (Source.find("connect_timeout") == std::string::npos)
    Conninfo += Uri ? (Source.find('?') == std::string::npos
                           ? "?connect_timeout=5"
                           : "&connect_timeout=5")
                    : " connect_timeout=5";
  std::unique_ptr<PGconn, void (*)(PGconn *)> Conn(PQconnectdb(Conninfo.c_str()),
                                                   PQfinish);
  if (!Conn || PQstatus(Conn.get()) != CONNECTION_OK) {
    std::string Why = Conn ? PQerrorMessage(Conn.get()) : "out of memory";
    std::replace(Why.begin(), Why.end(), '\n', ' ');
    std::replace(Why.begin(), Why.end(), '\t', ' ');
    Why.erase(std::unique(Why.begin(), Why.end(),
                          [](char A, char B) { return A == ' ' && B == ' '; }),
              Why.end());
    while (!Why.empty() && Why.back() == ' ')
      Why.pop_back();
    const char *Host = Conn ? PQhost(Conn.get()) : nullptr;
    Error = "cannot connect to PostgreSQL" +
            (Host && *Host ? " at '" + std::string(Host) + "'" : "") + ": " +
            Why;
    return std::nullopt;
  }
  auto Run = [&](const char *SQL) {
    return std::unique_ptr<PGresult, void (*)(PGresult *)>(
        PQexec(Conn.get(), SQL), PQclear);
  };
  // Read-only from the first statement: nothing here can write.
  auto Begin = Run("BEGIN TRANSACTION READ ONLY");
  if (PQresultStatus(Begin.get()) != PGRES_COMMAND_OK) {
    Error = std::string("PostgreSQL: ") + PQerrorMessage(Conn.get());
    return std::nullopt;
  }
  Schema Out;
  std::map<std::string, std::size_t> ByName;
  auto Columns = Run(
      "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
      // The column's place in the primary key (from 1), 0 when not in it.
      // (int2vector counts from 0.)
      "a.attnotnull, COALESCE((SELECT array_position(i.indkey::int2[], "
      "a.attnum) - array_lower(i.indkey::int2[], 1) + 1 FROM pg_index i "
      "WHERE i.indrelid = c.oid AND i.indisprimary), 0) "
      "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
      "JOIN pg_attribute a ON a.attrelid = c.oid "
      "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() "
      "AND a.attnum > 0 AND NOT a.attisdropped "
      "ORDER BY c.relname, a.attnum");
  if (PQresultStatus(Columns.get()) != PGRES_TUPLES_OK) {
    Error = std::string("PostgreSQL: ") + PQerrorMessage(Conn.get());
    return std::nullopt;
  }
  for (int Row = 0; Row < PQntuples(Columns.get()); ++Row) {
    const std::string Table = PQgetvalue(Columns.get(), Row, 0);
    auto [It, Inserted] = ByName.try_emplace(Table, Out.Tables.size());
    if (Inserted) {
      Out.Tables.emplace_back();
      Out.Tables.back().Name = Table;
    }
    Column C;
    C.Name = PQgetvalue(Columns.get(), Row, 1);
    C.Type = lower(PQgetvalue(Columns.get(), Row, 2));
    C.NotNull = PQgetvalue(Columns.get(), Row, 3)[0] == 't';
    C.KeyPosition =
        static_cast<unsigned>(std::atoi(PQgetvalue(Columns.get(), Row, 4)));
    C.PrimaryKey = C.KeyPosition != 0;
    Out.Tables[It->second].Columns.push_back(std::move(C));
  }
  auto Indexes = Run(
      // An expression's place in the key has attnum 0: kept, unnamed, so
      // that lower(title), author_id does not read as starting with
      // author_id.
      "SELECT t.relname, i.relname, ix.indisunique, "
      "COALESCE(a.attname, ''), ix.indpred IS NOT NULL "
      "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid "
      "JOIN pg_class t ON t.oid = ix.indrelid "
      "JOIN pg_namespace n ON n.oid = t.relnamespace "
      "CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) "
      "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
      "WHERE n.nspname = current_schema() "
      "ORDER BY t.relname, i.relname, k.ord");
  if (PQresultStatus(Indexes.get()) != PGRES_TUPLES_OK) {
    Error = std::string("PostgreSQL: ") + PQerrorMessage(Conn.get());
    return std::nullopt;
  }
  for (int Row = 0; Row < PQntuples(Indexes.get()); ++Row) {
    auto It = ByName.find(PQgetvalue(Indexes.get(), Row, 0));
    if (It == ByName.end())
      continue;
    Table &T = Out.Tables[It->second];
    const std::string Name = PQgetvalue(Indexes.get(), Row, 1);
    if (T.Indexes.empty() || T.Indexes.back().Name != Name) {
      T.Indexes.emplace_back();
      T.Indexes.back().Name = Name;
      T.Indexes.back().Unique = PQgetvalue(Indexes.get(), Row, 2)[0] == 't';
      T.Indexes.back().Partial = PQgetvalue(Indexes.get(), Row, 4)[0] == 't';
    }
    T.Indexes.back().Columns.push_back(PQgetvalue(Indexes.get(), Row, 3));
  }
  Run("ROLLBACK");
  return Out;
}

/// Statements that reach beyond the in-memory database: ATTACH/DETACH
/// (also refused by the attach limit) and VACUUM, which can write a file.
bool isForbidden(sqlite3_stmt *S) {
  const char *Text = sqlite3_sql(S);
  std::string First;
  for (const char *P = Text; P && *P; ++P) {
    if (std::isalpha(static_cast<unsigned char>(*P)))
      First += static_cast<char>(std::toupper(static_cast<unsigned char>(*P)));
    else if (!First.empty())
      break;
  }
  return First == "ATTACH" || First == "DETACH" || First == "VACUUM";
}

} // namespace

std::optional<Schema> schemaFromSql(const std::string &SQL,
                                    const std::string &Name,
                                    std::string &Error) {
  sqlite3 *Raw = nullptr;
  if (sqlite3_open_v2(":memory:", &Raw, SQLITE_OPEN_READWRITE, nullptr) !=
      SQLITE_OK) {
    Error = "cannot open an in-memory SQLite database";
    sqlite3_close(Raw);
    return std::nullopt;
  }
  std::unique_ptr<sqlite3, int (*)(sqlite3 *)> DB(Raw, sqlite3_close);
  // The DDL runs against memory only: no other database may be attached,
  // and a double-quoted name that does not exist is an error, not a
  // string (SQLite's legacy reading would index a constant).
  sqlite3_limit(DB.get(), SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_db_config(DB.get(), SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
  sqlite3_db_config(DB.get(), SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
  // Statement by statement, so that an error names its line.
  const char *Start = SQL.c_str();
  while (*Start) {
    sqlite3_stmt *S = nullptr;
    const char *Rest = nullptr;
    if (sqlite3_prepare_v2(DB.get(), Start, -1, &S, &Rest) != SQLITE_OK) {
      std::size_t At = statementStart(
          SQL, static_cast<std::size_t>(Start - SQL.c_str()));
      Error = Name + ":" + std::to_string(lineOf(SQL, At)) + ": " +
              sqlite3_errmsg(DB.get());
      return std::nullopt;
    }
    if (S && isForbidden(S)) {
      std::size_t At = statementStart(
          SQL, static_cast<std::size_t>(Start - SQL.c_str()));
      sqlite3_finalize(S);
      Error = Name + ":" + std::to_string(lineOf(SQL, At)) +
              ": not a schema statement (ATTACH, DETACH and VACUUM could "
              "read or write other files)";
      return std::nullopt;
    }
    if (S) {
      int Step = sqlite3_step(S);
      sqlite3_finalize(S);
      if (Step != SQLITE_DONE && Step != SQLITE_ROW) {
        std::size_t At = statementStart(
            SQL, static_cast<std::size_t>(Start - SQL.c_str()));
        Error = Name + ":" + std::to_string(lineOf(SQL, At)) + ": " +
                sqlite3_errmsg(DB.get());
        return std::nullopt;
      }
    }
    Start = Rest;
  }
  return readSqlite(DB.get(), Error);
}

std::optional<LoadedSchema> loadSchema(const std::string &Source,
                                       std::string &Error) {
  LoadedSchema Out;
  std::error_code EC;
  const bool Postgres = !std::filesystem::exists(Source, EC) &&
                        (Source.rfind("postgresql://", 0) == 0 ||
                         Source.rfind("postgres://", 0) == 0 ||
                         Source.find('=') != std::string::npos);
  if (Postgres) {
    Out.Kind = Dialect::PostgreSQL;
    std::optional<Schema> S = fromPostgres(Source, Error);
    if (!S)
      return std::nullopt;
    Out.Tables = std::move(*S);
    return Out;
  }
  std::ifstream File(Source, std::ios::binary);
  if (!File || !std::filesystem::is_regular_file(Source, EC)) {
    Error = "cannot read schema '" + Source + "'" +
            (std::filesystem::is_directory(Source, EC) ? ": a directory"
                                                       : "");
    return std::nullopt;
  }
  const bool Sql = Source.size() > 4 &&
                   lower(Source.substr(Source.size() - 4)) == ".sql";
  if (Sql) {
    std::stringstream Text;
    Text << File.rdbuf();
    std::optional<Schema> S = schemaFromSql(Text.str(), Source, Error);
    if (!S)
      return std::nullopt;
    Out.Tables = std::move(*S);
    return Out;
  }
  // An existing database: read-only and immutable, so that SQLite neither
  // writes nor takes locks that could (a journal, a WAL file).
  std::string Uri = "file:";
  for (char C : Source)
    Uri += C == '?' ? std::string("%3f")
           : C == '#' ? std::string("%23")
                      : std::string(1, C);
  // Immutable unless a write-ahead log holds committed data the file does
  // not have yet: then plain read-only, which reads the log (its -shm
  // exists already, kept by the writer).
  Uri += std::filesystem::exists(Source + "-wal", EC) ? "?mode=ro"
                                                      : "?mode=ro&immutable=1";
  sqlite3 *Raw = nullptr;
  if (sqlite3_open_v2(Uri.c_str(), &Raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                      nullptr) != SQLITE_OK) {
    Error = "cannot open SQLite database '" + Source + "': " +
            (Raw ? sqlite3_errmsg(Raw) : "out of memory");
    sqlite3_close(Raw);
    return std::nullopt;
  }
  std::unique_ptr<sqlite3, int (*)(sqlite3 *)> DB(Raw, sqlite3_close);
  std::optional<Schema> S = readSqlite(DB.get(), Error);
  if (!S) {
    Error = "'" + Source + "' is not an SQLite database: " + Error;
    return std::nullopt;
  }
  Out.Tables = std::move(*S);
  return Out;
}

} // namespace assoctidy
