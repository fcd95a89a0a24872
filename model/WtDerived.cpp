//===- WtDerived.cpp - Facts Wt::Dbo derives from declarations ------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtDerived.h"

namespace assoctidy::wt {

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

std::string defaultJoinTable(std::string_view TableA,
                             std::string_view TableB) {
  // Byte order, as std::string's operator< compares (char_traits<char>
  // compares as unsigned char).
  const bool AFirst = TableA.compare(TableB) < 0;
  std::string Join(AFirst ? TableA : TableB);
  Join += '_';
  Join += AFirst ? TableB : TableA;
  return Join;
}

std::string joinTable(std::string_view GivenName, std::string_view OwnTable,
                      std::string_view TargetTable) {
  if (!GivenName.empty())
    return std::string(GivenName);
  return defaultJoinTable(OwnTable, TargetTable);
}

bool isReversedDefault(std::string_view GivenName, std::string_view OwnTable,
                       std::string_view TargetTable) {
  const std::string Default = defaultJoinTable(OwnTable, TargetTable);
  if (GivenName.empty() || GivenName == Default)
    return false;
  const bool AFirst = OwnTable.compare(TargetTable) < 0;
  std::string Reversed(AFirst ? TargetTable : OwnTable);
  Reversed += '_';
  Reversed += AFirst ? OwnTable : TargetTable;
  return GivenName == Reversed;
}

} // namespace assoctidy::wt
