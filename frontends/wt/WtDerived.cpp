//===- WtDerived.cpp - Facts Wt::Dbo derives from declarations ------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtDerived.h"

namespace assoctidy::wt {

Tables::Tables(const Program &P) {
  for (const TableMapping &M : P.Mappings)
    ByClass.try_emplace(M.Class, &M);
}

const TableMapping *Tables::mapping(std::string_view Class) const {
  auto It = ByClass.find(Class);
  return It == ByClass.end() ? nullptr : It->second;
}

std::optional<std::string> Tables::table(std::string_view Class) const {
  // An empty table is a mapClass call whose argument could not be read.
  if (const TableMapping *M = mapping(Class); M && !M->Table.empty())
    return M->Table;
  return std::nullopt;
}

bool isLiteralName(std::string_view Name) {
  return !Name.empty() && Name.front() == '>';
}

std::string_view strippedName(std::string_view Name) {
  return isLiteralName(Name) ? Name.substr(1) : Name;
}

std::string foreignKeyColumn(std::string_view Name, std::string_view IdField) {
  if (isLiteralName(Name))
    return std::string(strippedName(Name));
  std::string Column(Name);
  Column += '_';
  Column += IdField;
  return Column;
}

std::string_view defaultBelongsToName(std::string_view TargetTable) {
  return TargetTable;
}

std::string_view defaultHasName(std::string_view OwnTable) { return OwnTable; }

namespace {
std::string joined(std::string_view First, std::string_view Second) {
  std::string Join(First);
  Join += '_';
  Join += Second;
  return Join;
}

/// Byte order, as std::string's operator< compares (char_traits<char>
/// compares as unsigned char).
bool inByteOrder(std::string_view A, std::string_view B) {
  return A.compare(B) < 0;
}
} // namespace

std::string defaultJoinTable(std::string_view TableA,
                             std::string_view TableB) {
  return inByteOrder(TableA, TableB) ? joined(TableA, TableB)
                                     : joined(TableB, TableA);
}

std::string joinTable(std::string_view GivenName, std::string_view OwnTable,
                      std::string_view TargetTable) {
  if (!GivenName.empty())
    return std::string(GivenName);
  return defaultJoinTable(OwnTable, TargetTable);
}

bool isReversedDefault(std::string_view GivenName, std::string_view OwnTable,
                       std::string_view TargetTable) {
  // Of two equal tables both orders are the default.
  if (OwnTable == TargetTable)
    return false;
  const std::string Reversed = inByteOrder(OwnTable, TargetTable)
                                   ? joined(TargetTable, OwnTable)
                                   : joined(OwnTable, TargetTable);
  return GivenName == Reversed;
}

} // namespace assoctidy::wt
