//===- SchemaChecks.cpp - Declarations against a real schema --------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "SchemaChecks.h"

#include "Frontends.h"
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

/// The wording of R's library. Every model's library is registered: the
/// facts refuse a library none is, and a requirement built by hand names
/// the default one.
SchemaWording wording(const Requirement &R) {
  return frontendOf(R.Lib)->schemaWording();
}

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
  // The other half of a polymorphic pair (`x_id` for `x_type`) is close in
  // spelling and never what was meant.
  auto Stem = [](const std::string &N) {
    for (const char *Suffix : {"_id", "_type"}) {
      const std::string S = Suffix;
      if (N.size() > S.size() && N.compare(N.size() - S.size(), S.size(), S) == 0)
        return N.substr(0, N.size() - S.size());
    }
    return std::string();
  };
  std::vector<std::string> Names, Candidates;
  for (const Column &C : T.Columns) {
    Names.push_back(C.Name);
    if (Stem(C.Name).empty() || Stem(C.Name) != Stem(Name))
      Candidates.push_back(C.Name);
  }
  std::optional<std::string> Best = didYouMean(Name, Candidates);
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
      else if (!T->hasPrimaryKey() && !Actual.column(*T, R.Columns[0]))
        Report(SchemaMissingColumn, Severity::Error, R,
               subject(R) + " needs primary key column '" + R.Columns[0] +
                   "' in table '" + R.Table + "'" +
                   closest(*T, R.Columns[0]));
      break;
    case Requirement::Kind::JoinTable: {
      if (!T) {
        Report(SchemaMissingTable, Severity::Error, R,
               subject(R) + " needs join table '" + R.Table + "' (" +
                   columns(R.Columns) + "), which the schema does not have");
        break;
      }
      std::vector<std::string> Key;
      for (const Column &C : T->Columns)
        if (C.PrimaryKey)
          Key.push_back(C.Name);
      std::vector<std::string> Pair = R.Columns;
      std::sort(Key.begin(), Key.end());
      std::sort(Pair.begin(), Pair.end());
      // A primary key over exactly the two keys is the pair's unique index.
      if (!Key.empty() && Key != Pair)
        Report(SchemaJoinTable, Severity::Warning, R,
               "join table '" + R.Table + "' of " + subject(R) +
                   " has a primary key; " +
                   std::string(wording(R).JoinTableKey));
      for (const std::string &C : R.Columns)
        if (!Actual.column(*T, C))
          Report(SchemaJoinTable, Severity::Error, R,
                 "join table '" + R.Table + "' of " + subject(R) +
                     " has no column '" + C + "'" + closest(*T, C));
      break;
    }
    case Requirement::Kind::Column:
    case Requirement::Kind::TypeColumn: {
      if (!T)
        break; // Its table is reported missing, once.
      const Column *C = Actual.column(*T, R.Columns[0]);
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
        if (const Column *Key =
                Actual.column(*Referenced, R.ReferencedColumn)) {
          const std::string Mine = keyTypeFamily(C->Type, O.Of);
          const std::string Theirs = keyTypeFamily(Key->Type, O.Of);
          if (!Mine.empty() && !Theirs.empty() && Mine != Theirs)
            Report(SchemaColumnType, Severity::Warning, R,
                   "foreign key '" + R.Table + "." + C->Name + "' of " +
                       subject(R) + " is " +
                       (C->Type.empty() ? "(no type)" : C->Type) + " but '" +
                       R.ReferencedTable + "." + Key->Name + "' is " +
                       (Key->Type.empty() ? "(no type)" : Key->Type));
        }
      const bool BelongsTo = R.From == AssociationKind::BelongsTo;
      if (R.Nullify && C->NotNull) {
        Requirement At = R;
        At.Model = R.NullifyModel;
        At.Association = R.NullifyAssociation;
        At.Where = R.NullifyWhere;
        At.From = R.NullifyKind;
        Findings.push_back(makeFinding(
            SchemaNullability, Severity::Warning, At.Where,
            subject(At) + " has dependent: 'nullify', but '" + R.Table + "." +
                C->Name + "' is NOT NULL: destroying the owner fails when " +
                std::string(wording(At).NullifyWrites)));
      }
      else if (BelongsTo && R.Optional && C->NotNull)
        Report(SchemaNullability, Severity::Warning, R,
               subject(R) + " is optional, but '" + R.Table + "." +
                   C->Name + "' is NOT NULL: saving without it fails in "
                   "the database");
      else if (BelongsTo && !R.Optional && !R.Nullify && !C->NotNull &&
               O.RequiredBelongsToNotNull)
        Report(SchemaNullability, Severity::Warning, R,
               subject(R) + " is required, but '" + R.Table + "." + C->Name +
                   "' is nullable: " + std::string(wording(R).OnlyGuard));
      break;
    }
    case Requirement::Kind::Index: {
      if (!T)
        break;
      bool Missing = false;
      for (const std::string &C : R.Columns)
        Missing |= !Actual.column(*T, C); // Reported as a missing column.
      if (Missing)
        break;
      if (R.From == AssociationKind::HasAndBelongsToMany &&
          R.Columns.size() == 2) {
        if (!T->hasUniqueIndexOver(R.Columns, Actual.CaseInsensitive))
          Report(SchemaJoinTable, Severity::Warning, R,
                 "join table '" + R.Table + "' of " + subject(R) +
                     " has no unique index over (" + columns(R.Columns) +
                     "): the same pair can be linked twice");
        break;
      }
      if (!T->hasIndexStartingWith(R.Columns, /*Unique=*/false,
                                   Actual.CaseInsensitive))
        Report(SchemaMissingIndex, Severity::Warning, R,
               subject(R) + ": no index of '" + R.Table + "' starts with (" +
                   columns(R.Columns) +
                   "); finding the rows that point to a record (" +
                   std::string(wording(R).ReferencingSide) +
                   ") scans the table");
      break;
    }
    }
  }
  return Findings;
}

} // namespace assoctidy
