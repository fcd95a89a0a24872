//===- Schema.cpp - Tables, and the schema associations imply -------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Schema.h"

#include "Resolved.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <functional>
#include <set>
#include <sstream>

namespace assoctidy {

const Column *Table::column(std::string_view Name) const {
  for (const Column &C : Columns)
    if (C.Name == Name)
      return &C;
  return nullptr;
}

namespace {
bool sameName(std::string_view A, std::string_view B, bool CaseInsensitive) {
  if (!CaseInsensitive)
    return A == B;
  return A.size() == B.size() &&
         std::equal(A.begin(), A.end(), B.begin(), [](char X, char Y) {
           return std::tolower(static_cast<unsigned char>(X)) ==
                  std::tolower(static_cast<unsigned char>(Y));
         });
}

bool startsWith(const std::vector<std::string> &Columns,
                const std::vector<std::string> &Leading, bool CaseInsensitive) {
  return Columns.size() >= Leading.size() &&
         std::equal(Leading.begin(), Leading.end(), Columns.begin(),
                    [&](const std::string &A, const std::string &B) {
                      return sameName(A, B, CaseInsensitive);
                    });
}

/// The primary key's columns in key order.
std::vector<std::string> primaryKey(const Table &T) {
  std::vector<const Column *> Key;
  for (const Column &C : T.Columns)
    if (C.PrimaryKey)
      Key.push_back(&C);
  std::stable_sort(Key.begin(), Key.end(), [](const Column *A, const Column *B) {
    return A->KeyPosition < B->KeyPosition;
  });
  std::vector<std::string> Names;
  for (const Column *C : Key)
    Names.push_back(C->Name);
  return Names;
}
} // namespace

bool Table::hasIndexStartingWith(const std::vector<std::string> &Leading,
                                 bool Unique, bool CaseInsensitive) const {
  for (const Index &I : Indexes)
    if (!I.Partial && (!Unique || I.Unique) &&
        startsWith(I.Columns, Leading, CaseInsensitive))
      return true;
  return startsWith(primaryKey(*this), Leading, CaseInsensitive);
}

bool Table::hasUniqueIndexOver(std::vector<std::string> Set,
                               bool CaseInsensitive) const {
  auto Normal = [&](std::vector<std::string> Names) {
    for (std::string &N : Names)
      if (CaseInsensitive)
        for (char &C : N)
          C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    std::sort(Names.begin(), Names.end());
    return Names;
  };
  Set = Normal(std::move(Set));
  for (const Index &I : Indexes)
    if (I.Unique && !I.Partial && Normal(I.Columns) == Set)
      return true;
  return Normal(primaryKey(*this)) == Set;
}

bool Table::hasPrimaryKey() const {
  return std::any_of(Columns.begin(), Columns.end(),
                     [](const Column &C) { return C.PrimaryKey; });
}


const Table *Schema::table(std::string_view Name) const {
  for (const Table &T : Tables)
    if (sameName(T.Name, Name, CaseInsensitive))
      return &T;
  return nullptr;
}

const Column *Schema::column(const Table &T, std::string_view Name) const {
  for (const Column &C : T.Columns)
    if (sameName(C.Name, Name, CaseInsensitive))
      return &C;
  return nullptr;
}

std::string keyTypeFamily(std::string_view Type, Dialect D) {
  std::string T;
  for (char C : Type)
    T += static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  if (D == Dialect::SQLite) {
    // https://www.sqlite.org/datatype3.html, 3.1: affinity by name.
    if (T.find("int") != std::string::npos)
      return "integer";
    if (T.find("char") != std::string::npos ||
        T.find("clob") != std::string::npos ||
        T.find("text") != std::string::npos)
      return "text";
    if (T.empty() || T.find("blob") != std::string::npos)
      return "blob";
    if (T.find("real") != std::string::npos ||
        T.find("floa") != std::string::npos ||
        T.find("doub") != std::string::npos)
      return "real";
    return "numeric";
  }
  T = T.substr(0, T.find('('));
  while (!T.empty() && T.back() == ' ')
    T.pop_back();
  if (T == "bigint" || T == "int8" || T == "bigserial" || T == "serial8")
    return "bigint";
  if (T == "integer" || T == "int" || T == "int4" || T == "serial" ||
      T == "serial4" || T == "smallint" || T == "int2" || T == "mediumint")
    return "integer";
  if (T == "uuid")
    return "uuid";
  if (T.find("char") != std::string::npos || T == "text")
    return "string";
  return T;
}

namespace {

std::string key(const Requirement &R) {
  std::string K = std::to_string(static_cast<int>(R.What)) + ":" + R.Table;
  std::vector<std::string> Columns = R.Columns;
  // A join table's pair, or its unique index, is one whichever side names
  // it first.
  if (R.What == Requirement::Kind::JoinTable ||
      (R.What == Requirement::Kind::Index && R.Columns.size() == 2 &&
       R.From == AssociationKind::HasAndBelongsToMany))
    std::sort(Columns.begin(), Columns.end());
  for (const std::string &C : Columns)
    K += ":" + C;
  return K;
}

} // namespace

std::vector<Requirement> impliedRequirements(const Program &P,
                                             const Resolution &Facts) {
  std::vector<Requirement> Out;
  std::set<std::string> Seen;
  auto Add = [&](Requirement R) {
    if (Seen.insert(key(R)).second) {
      Out.push_back(std::move(R));
      return;
    }
    // The same column required from two sides: a belongs_to that is
    // required makes it NOT NULL, a has_* nullify wants it nullable.
    for (Requirement &Existing : Out)
      if (key(Existing) == key(R)) {
        if (R.Nullify && !Existing.Nullify) {
          Existing.NullifyModel = R.Model;
          Existing.NullifyAssociation = R.Association;
          Existing.NullifyKind = R.From;
          Existing.NullifyWhere = R.Where;
        }
        Existing.Nullify |= R.Nullify;
        // The belongs_to declares the column: it is where a problem with
        // the column belongs.
        if (R.From == AssociationKind::BelongsTo &&
            Existing.From != AssociationKind::BelongsTo) {
          Existing.From = R.From;
          Existing.Optional = R.Optional;
          Existing.Model = R.Model;
          Existing.Association = R.Association;
          Existing.Where = R.Where;
        }
      }
  };
  auto Base = [&Facts](const Model &M, const Association *A,
                       Requirement::Kind K, std::string Table,
                       std::vector<std::string> Columns) {
    Requirement R;
    R.What = K;
    R.Table = std::move(Table);
    R.Columns = std::move(Columns);
    R.Model = M.QualifiedName;
    R.Lib = M.Lib;
    R.Where = A ? (A->NameRange.isValid() ? A->NameRange : A->Whole)
                : M.Definition;
    if (A) {
      R.Association = A->Name;
      R.From = A->Kind;
      const ResolvedAssociation &RA = Facts.of(M, *A);
      R.Optional = RA.Optional;
      R.Nullify = RA.Nullify;
      if (R.Nullify) {
        R.NullifyModel = R.Model;
        R.NullifyAssociation = R.Association;
        R.NullifyKind = R.From;
        R.NullifyWhere = R.Where;
      }
    }
    return R;
  };

  for (const Model &M : P.Models) {
    const ResolvedModel &RM = Facts.of(M);
    // A class its library gives no table (a Wt::Dbo class no mapClass()
    // maps) needs nothing: the library never creates one.
    if (!RM.NeedsTable || !RM.Table)
      continue;
    const std::string &Table = *RM.Table;
    Requirement Primary =
        Base(M, nullptr, Requirement::Kind::Table, Table, {RM.PrimaryKey});
    Primary.NaturalKey = RM.NaturalKey;
    Primary.ColumnTypes = RM.PrimaryKeyTypes;
    Add(std::move(Primary));
    if (!RM.TypeColumn.empty())
      Add(Base(M, nullptr, Requirement::Kind::TypeColumn, Table,
               {RM.TypeColumn}));
    for (const Association &A : M.Associations) {
      const ResolvedAssociation &RA = Facts.of(M, A);
      if (const std::optional<ResolvedKey> &K = RA.Key) {
        Requirement Key =
            Base(M, &A, Requirement::Kind::Column, K->Table, {K->Column});
        if (!K->TypeColumn.empty()) {
          // A polymorphic key: the pair of columns, indexed together.
          Add(std::move(Key));
          Add(Base(M, &A, Requirement::Kind::TypeColumn, K->Table,
                   {K->TypeColumn}));
          Add(Base(M, &A, Requirement::Kind::Index, K->Table,
                   {K->TypeColumn, K->Column}));
          continue;
        }
        Key.ReferencedTable = K->ReferencedTable;
        Key.ReferencedColumn = K->ReferencedColumn;
        Key.ColumnTypes = K->ColumnTypes;
        if (K->Optional)
          Key.Optional = *K->Optional;
        Add(std::move(Key));
        Add(Base(M, &A, Requirement::Kind::Index, K->Table, {K->Column}));
        continue;
      }
      if (const std::optional<ResolvedJoin> &J = RA.Join) {
        Requirement Pair = Base(M, &A, Requirement::Kind::JoinTable, J->Table,
                                {J->OwnColumn, J->OtherColumn});
        Pair.ColumnTypes = J->ColumnTypes;
        Add(std::move(Pair));
        // Unique over the pair; and each side looks its rows up by its own
        // key, which must lead some index (the pair's serves the first).
        Add(Base(M, &A, Requirement::Kind::Index, J->Table,
                 {J->OwnColumn, J->OtherColumn}));
        Add(Base(M, &A, Requirement::Kind::Index, J->Table, {J->OwnColumn}));
      }
    }
  }
  return Out;
}

namespace {

std::string quoted(const std::string &Name) { return "\"" + Name + "\""; }

std::string indexName(const std::string &Table,
                      const std::vector<std::string> &Columns) {
  std::string Name = "index_" + Table + "_on";
  for (std::size_t I = 0; I < Columns.size(); ++I)
    Name += (I ? "_and_" : "_") + Columns[I];
  // Both dialects accept 63 characters at least.
  if (Name.size() > 63)
    Name = Name.substr(0, 63);
  return Name;
}

/// What one table needs, gathered from the requirements.
struct Planned {
  bool Model = false; ///< Has a primary key of its own.
  std::string PrimaryKey = "id";
  bool NaturalKey = false;
  std::string PrimaryKeyType; ///< Of a natural key; "" is the key type.
  bool Join = false;
  std::vector<std::pair<std::string, std::string>> Columns; // Name, type.
  std::set<std::string> NotNull;
  std::vector<const Requirement *> Indexes;
  std::set<std::string> References; ///< Tables its keys point to.
};

std::map<std::string, Planned>
plan(const std::vector<Requirement> &Requirements, const std::string &KeyType,
     std::vector<std::string> &Order) {
  std::map<std::string, Planned> Tables;
  auto Touch = [&](const std::string &Name) -> Planned & {
    auto [It, Inserted] = Tables.try_emplace(Name);
    if (Inserted)
      Order.push_back(Name);
    return It->second;
  };
  auto AddColumn = [](Planned &T, const std::string &Name,
                      const std::string &Type) {
    for (const auto &C : T.Columns)
      if (C.first == Name)
        return;
    T.Columns.push_back({Name, Type});
  };
  auto TypeOf = [&](const Requirement &R, std::size_t I) {
    return I < R.ColumnTypes.size() && !R.ColumnTypes[I].empty()
               ? R.ColumnTypes[I]
               : KeyType;
  };
  for (const Requirement &R : Requirements) {
    Planned &T = Touch(R.Table);
    switch (R.What) {
    case Requirement::Kind::Table:
      T.Model = true;
      if (!R.Columns.empty())
        T.PrimaryKey = R.Columns[0];
      T.NaturalKey = R.NaturalKey;
      T.PrimaryKeyType = TypeOf(R, 0);
      break;
    case Requirement::Kind::JoinTable:
      T.Join = true;
      for (std::size_t I = 0; I < R.Columns.size(); ++I) {
        AddColumn(T, R.Columns[I], TypeOf(R, I));
        T.NotNull.insert(R.Columns[I]);
      }
      break;
    case Requirement::Kind::Column:
      AddColumn(T, R.Columns[0], TypeOf(R, 0));
      if (R.From == AssociationKind::BelongsTo && !R.Optional && !R.Nullify)
        T.NotNull.insert(R.Columns[0]);
      if (!R.ReferencedTable.empty() && R.ReferencedTable != R.Table)
        T.References.insert(R.ReferencedTable);
      break;
    case Requirement::Kind::TypeColumn:
      AddColumn(T, R.Columns[0], "varchar");
      break;
    case Requirement::Kind::Index:
      T.Indexes.push_back(&R);
      break;
    }
  }
  // A table whose only requirement is a column still needs to exist.
  for (auto &[Name, T] : Tables)
    if (!T.Join)
      T.Model = true;
  return Tables;
}

std::string createTable(const std::string &Name, const Planned &T, Dialect D,
                        const std::string &KeyType) {
  std::ostringstream OS;
  OS << "CREATE TABLE " << quoted(Name) << " (";
  bool First = true;
  if (T.Model && !T.Join && T.NaturalKey) {
    // A natural id: the code gives its values, the database no sequence.
    const std::string &Type = T.PrimaryKeyType;
    OS << "\n  " << quoted(T.PrimaryKey) << " "
       << (D == Dialect::PostgreSQL && Type == "varchar" ? "character varying"
                                                         : Type)
       << " NOT NULL PRIMARY KEY";
    First = false;
  } else if (T.Model && !T.Join) {
    if (D == Dialect::SQLite)
      OS << "\n  " << quoted(T.PrimaryKey)
         << " integer PRIMARY KEY AUTOINCREMENT NOT NULL";
    else
      OS << "\n  " << quoted(T.PrimaryKey) << " "
         << (KeyType == "integer" ? "serial" : "bigserial") << " PRIMARY KEY";
    First = false;
  }
  for (const auto &[Column, Type] : T.Columns) {
    OS << (First ? "\n  " : ",\n  ") << quoted(Column) << " "
       << (D == Dialect::PostgreSQL && Type == "varchar" ? "character varying"
                                                         : Type);
    if (T.NotNull.count(Column))
      OS << " NOT NULL";
    First = false;
  }
  OS << "\n);\n";
  return OS.str();
}

std::string createIndex(const Requirement &R) {
  const bool Unique =
      R.From == AssociationKind::HasAndBelongsToMany && R.Columns.size() == 2;
  std::ostringstream OS;
  OS << "CREATE " << (Unique ? "UNIQUE " : "") << "INDEX "
     << quoted(indexName(R.Table, R.Columns)) << " ON " << quoted(R.Table)
     << " (";
  for (std::size_t I = 0; I < R.Columns.size(); ++I)
    OS << (I ? ", " : "") << quoted(R.Columns[I]);
  OS << ");\n";
  return OS.str();
}

/// Tables before the tables whose keys point to them, where the graph
/// allows (a cycle keeps declaration order).
std::vector<std::string> dependencyOrder(
    const std::vector<std::string> &Order,
    const std::map<std::string, Planned> &Tables) {
  std::vector<std::string> Sorted;
  std::set<std::string> Done, Visiting;
  std::function<void(const std::string &)> Visit = [&](const std::string &N) {
    if (Done.count(N) || Visiting.count(N))
      return;
    Visiting.insert(N);
    auto It = Tables.find(N);
    if (It != Tables.end())
      for (const std::string &Ref : It->second.References)
        if (Tables.count(Ref))
          Visit(Ref);
    Visiting.erase(N);
    Done.insert(N);
    Sorted.push_back(N);
  };
  for (const std::string &N : Order)
    Visit(N);
  return Sorted;
}

/// The indexes of one table that Existing (null: a table being created)
/// lacks. Wider first, and an index whose columns lead one already there or
/// written adds nothing; neither does a name that is taken.
std::string createIndexes(std::vector<const Requirement *> Indexes,
                          const Table *Existing, bool CaseInsensitive) {
  std::stable_sort(Indexes.begin(), Indexes.end(),
                   [](const Requirement *A, const Requirement *B) {
                     return A->Columns.size() > B->Columns.size();
                   });
  std::vector<std::vector<std::string>> Written;
  std::string SQL;
  for (const Requirement *R : Indexes) {
    const bool Unique = R->From == AssociationKind::HasAndBelongsToMany &&
                        R->Columns.size() == 2;
    if (Existing &&
        (Unique ? Existing->hasUniqueIndexOver(R->Columns, CaseInsensitive)
                : Existing->hasIndexStartingWith(R->Columns, false,
                                                 CaseInsensitive)))
      continue;
    const std::string Name = indexName(R->Table, R->Columns);
    if (Existing &&
        std::any_of(Existing->Indexes.begin(), Existing->Indexes.end(),
                    [&](const Index &I) { return I.Name == Name; }))
      continue;
    const bool Covered =
        !Unique && std::any_of(Written.begin(), Written.end(),
                               [&](const auto &Columns) {
                                 return Columns.size() >= R->Columns.size() &&
                                        std::equal(R->Columns.begin(),
                                                   R->Columns.end(),
                                                   Columns.begin());
                               });
    if (Covered)
      continue;
    Written.push_back(R->Columns);
    SQL += createIndex(*R);
  }
  return SQL;
}

} // namespace

std::string createStatements(const std::vector<Requirement> &Requirements,
                             Dialect D, const std::string &KeyType) {
  std::vector<std::string> Order;
  std::map<std::string, Planned> Tables = plan(Requirements, KeyType, Order);
  std::string SQL;
  const std::vector<std::string> Sorted = dependencyOrder(Order, Tables);
  for (const std::string &Name : Sorted)
    SQL += createTable(Name, Tables[Name], D, KeyType);
  for (const std::string &Name : Sorted)
    SQL += createIndexes(Tables[Name].Indexes, nullptr, false);
  return SQL;
}

std::string requirementsToJson(const std::vector<Requirement> &Requirements,
                               const std::string &KeyType) {
  using json = nlohmann::ordered_json;
  static const char *Kinds[] = {"table", "join_table", "column",
                                "type_column", "index"};
  json List = json::array();
  for (const Requirement &R : Requirements) {
    json J = {{"kind", Kinds[static_cast<int>(R.What)]},
              {"table", R.Table},
              {"columns", R.Columns},
              {"model", R.Model},
              {"association", R.Association.empty() ? json(nullptr)
                                                    : json(R.Association)}};
    if (!R.ReferencedTable.empty())
      J["references"] = {{"table", R.ReferencedTable},
                         {"column", R.ReferencedColumn}};
    if (R.What == Requirement::Kind::Index)
      J["unique"] = R.From == AssociationKind::HasAndBelongsToMany &&
                    R.Columns.size() == 2;
    if (R.Where.isValid())
      J["location"] = {{"file", R.Where.Begin.File},
                       {"line", R.Where.Begin.Line},
                       {"column", R.Where.Begin.Column}};
    List.push_back(std::move(J));
  }
  json Out = {{"version", 1}, {"key_type", KeyType}, {"requirements", List}};
  return Out.dump(2) + "\n";
}

std::string migrationStatements(const std::vector<Requirement> &Requirements,
                                const Schema &Actual, Dialect D,
                                const std::string &KeyType) {
  std::vector<std::string> Order;
  std::map<std::string, Planned> Tables = plan(Requirements, KeyType, Order);
  std::string SQL;
  const std::vector<std::string> Sorted = dependencyOrder(Order, Tables);
  for (const std::string &Name : Sorted) {
    const Planned &T = Tables[Name];
    const Table *Existing = Actual.table(Name);
    if (!Existing) {
      SQL += createTable(Name, T, D, KeyType);
      continue;
    }
    for (const auto &[Column, Type] : T.Columns)
      if (!Actual.column(*Existing, Column))
        // Nullable: rows already there have no value for it yet.
        SQL += "ALTER TABLE " + quoted(Name) + " ADD COLUMN " +
               quoted(Column) + " " +
               (D == Dialect::PostgreSQL && Type == "varchar"
                    ? std::string("character varying")
                    : Type) +
               ";\n";
  }
  for (const std::string &Name : Sorted)
    SQL += createIndexes(Tables[Name].Indexes, Actual.table(Name),
                         Actual.CaseInsensitive);
  return SQL;
}

} // namespace assoctidy
