//===- SchemaChecks.cpp - Declarations against a real schema --------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "SchemaChecks.h"

#include "Support.h"

#include <algorithm>

namespace assoctidy {

const std::vector<std::string_view> &schemaCheckNames() {
  static const std::vector<std::string_view> Names = {
      SchemaColumnType,   SchemaJoinTable,  SchemaMissingColumn,
      SchemaMissingIndex, SchemaMissingTable, SchemaNullability};
  return Names;
}

namespace {

std::string subject(const Requirement &R) {
  if (R.Association.empty())
    return "model '" + R.Model + "'";
  return std::string(spelling(R.From)) + " '" + R.Association + "' of '" +
         R.Model + "'";
}

std::string columns(const std::vector<std::string> &Names) {
  std::string Text;
  for (std::size_t I = 0; I < Names.size(); ++I)
    Text += (I ? ", " : "") + Names[I];
  return Text;
}

/// The table's columns closest to Name, best first, for "did you mean".
std::string closest(const Table &T, const std::string &Name) {
  std::vector<std::string> Names;
  for (const Column &C : T.Columns)
    Names.push_back(C.Name);
  std::optional<std::string> Best = didYouMean(Name, Names);
  if (Best)
    return "; did you mean '" + *Best + "'?";
  if (Names.empty())
    return "; the table has no columns";
  std::string List;
  for (std::size_t I = 0; I < Names.size() && I < 6; ++I)
    List += (I ? ", " : "") + Names[I];
  return "; its columns are " + List + (Names.size() > 6 ? ", ..." : "");
}

} // namespace

std::vector<Finding> checkSchema(const std::vector<Requirement> &Needed,
                                 const Schema &Actual,
                                 const SchemaCheckOptions &O) {
  std::vector<Finding> Findings;
  auto Report = [&](const char *Check, Severity Level, const Requirement &R,
                    std::string Message) {
    Findings.push_back(makeFinding(Check, Level, R.Where, std::move(Message)));
  };
  for (const Requirement &R : Needed) {
    const Table *T = Actual.table(R.Table);
    switch (R.What) {
    case Requirement::Kind::Table:
      if (!T)
        Report(SchemaMissingTable, Severity::Error, R,
               subject(R) + " needs table '" + R.Table +
                   "', which the schema does not have");
      break;
    case Requirement::Kind::JoinTable: {
      if (!T) {
        Report(SchemaMissingTable, Severity::Error, R,
               subject(R) + " needs join table '" + R.Table + "' (" +
                   columns(R.Columns) + "), which the schema does not have");
        break;
      }
      if (T->hasPrimaryKey())
        Report(SchemaJoinTable, Severity::Warning, R,
               "join table '" + R.Table + "' of " + subject(R) +
                   " has a primary key; a has_and_belongs_to_many join "
                   "table has none (ActiveRecord inserts rows without one)");
      for (const std::string &C : R.Columns)
        if (!T->column(C))
          Report(SchemaJoinTable, Severity::Error, R,
                 "join table '" + R.Table + "' of " + subject(R) +
                     " has no column '" + C + "'" + closest(*T, C));
      break;
    }
    case Requirement::Kind::Column:
    case Requirement::Kind::TypeColumn: {
      if (!T)
        break; // Its table is reported missing, once.
      const Column *C = T->column(R.Columns[0]);
      if (!C) {
        Report(SchemaMissingColumn, Severity::Error, R,
               subject(R) + " needs column '" + R.Columns[0] +
                   "' in table '" + R.Table + "'" +
                   closest(*T, R.Columns[0]));
        break;
      }
      if (R.What == Requirement::Kind::TypeColumn)
        break;
      if (const Table *Referenced = Actual.table(R.ReferencedTable))
        if (const Column *Key = Referenced->column(R.ReferencedColumn)) {
          const std::string Mine = keyTypeFamily(C->Type, O.Of);
          const std::string Theirs = keyTypeFamily(Key->Type, O.Of);
          if (!Mine.empty() && !Theirs.empty() && Mine != Theirs)
            Report(SchemaColumnType, Severity::Warning, R,
                   "foreign key '" + R.Table + "." + C->Name + "' of " +
                       subject(R) + " is " + C->Type + " but '" +
                       R.ReferencedTable + "." + Key->Name + "' is " +
                       Key->Type);
        }
      const bool BelongsTo = R.From == AssociationKind::BelongsTo;
      if (R.Nullify && C->NotNull)
        Report(SchemaNullability, Severity::Warning, R,
               subject(R) + " has dependent: 'nullify', but '" + R.Table +
                   "." + C->Name +
                   "' is NOT NULL: destroying the owner fails when "
                   "ActiveRecord sets it to NULL");
      else if (BelongsTo && R.Optional && C->NotNull)
        Report(SchemaNullability, Severity::Warning, R,
               subject(R) + " is optional, but '" + R.Table + "." +
                   C->Name + "' is NOT NULL: saving without it fails in "
                   "the database");
      else if (BelongsTo && !R.Optional && !C->NotNull &&
               O.RequiredBelongsToNotNull)
        Report(SchemaNullability, Severity::Warning, R,
               subject(R) + " is required, but '" + R.Table + "." +
                   C->Name + "' is nullable: only ActiveRecord's "
                   "validation keeps it set");
      break;
    }
    case Requirement::Kind::Index: {
      if (!T)
        break;
      bool Missing = false;
      for (const std::string &C : R.Columns)
        Missing |= !T->column(C); // Reported as a missing column.
      if (Missing)
        break;
      if (R.From == AssociationKind::HasAndBelongsToMany) {
        std::vector<std::string> Reversed(R.Columns.rbegin(),
                                          R.Columns.rend());
        if (!T->hasIndexStartingWith(R.Columns, /*Unique=*/true) &&
            !T->hasIndexStartingWith(Reversed, /*Unique=*/true))
          Report(SchemaJoinTable, Severity::Warning, R,
                 "join table '" + R.Table + "' of " + subject(R) +
                     " has no unique index over (" + columns(R.Columns) +
                     "): the same pair can be linked twice");
        break;
      }
      if (!T->hasIndexStartingWith(R.Columns))
        Report(SchemaMissingIndex, Severity::Warning, R,
               subject(R) + ": no index of '" + R.Table +
                   "' starts with (" + columns(R.Columns) +
                   "); every lookup of the association scans the table");
      break;
    }
    }
  }
  return Findings;
}

} // namespace assoctidy
