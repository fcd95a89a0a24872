//===- Derived.cpp - Facts ActiveRecord derives from declarations ---------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Derived.h"

#include <unordered_set>

namespace assoctidy {

std::string tableName(const Model &M, const Program &P, const Inflector &I) {
  if (M.TableNameOverride)
    return *M.TableNameOverride;
  // Single-table inheritance: a subclass lives in its root's table. The
  // visited set stops a malformed (cyclic) chain from looping.
  const Model *Root = &M;
  std::unordered_set<const Model *> Seen{Root};
  while (!Root->BaseModel.empty()) {
    const Model *Base = P.model(Root->BaseModel);
    if (!Base || !Seen.insert(Base).second)
      break;
    Root = Base;
    if (Root->TableNameOverride)
      return *Root->TableNameOverride;
  }
  return I.pluralize(I.underscore(Root->ClassName));
}

std::string foreignKey(const Association &A, const Model &Owner,
                       const Inflector &I) {
  if (const Option *FK = A.option(OptionKey::ForeignKey))
    return FK->Value;
  if (A.option(OptionKey::Through))
    return {};
  if (A.Kind == AssociationKind::BelongsTo)
    return A.Name + "_id";
  if (const Option *As = A.option(OptionKey::As))
    return As->Value + "_id";
  return I.foreignKey(Owner.ClassName);
}

std::string associationForeignKey(const Association &A, const Inflector &I) {
  if (A.Kind != AssociationKind::HasAndBelongsToMany)
    return {};
  if (const Option *AFK = A.option(OptionKey::AssociationForeignKey))
    return AFK->Value;
  return I.foreignKey(A.Target);
}

std::string joinTableName(std::string_view TableA, std::string_view TableB) {
  // Byte order, as Ruby's String#<=> sorts: '_' sorts before letters.
  return TableB < TableA ? joinTableNameInOrder(TableB, TableA)
                         : joinTableNameInOrder(TableA, TableB);
}

std::string joinTableNameInOrder(std::string_view First,
                                 std::string_view Second) {
  // ActiveRecord applies `^(.*[._])(.+)\0\1(.+)` -> `\1\2_\3` once; the
  // greedy group makes the longest shared prefix win.
  for (std::size_t Length = First.size() - (First.empty() ? 0 : 1);
       Length > 0; --Length) {
    const char End = First[Length - 1];
    if (End != '_' && End != '.')
      continue;
    std::string_view Prefix = First.substr(0, Length);
    if (Second.size() > Length && Second.substr(0, Length) == Prefix)
      return std::string(First) + "_" + std::string(Second.substr(Length));
  }
  return std::string(First) + "_" + std::string(Second);
}

std::string joinTable(const Association &A, const Model &Owner,
                      const Program &P, const Inflector &I) {
  if (const Option *Join = A.option(OptionKey::JoinTable))
    return Join->Value;
  const Model *Target = P.model(A.Target);
  const std::string TargetTable =
      Target ? tableName(*Target, P, I)
             : I.pluralize(I.underscore(I.demodulize(A.Target)));
  return joinTableName(tableName(Owner, P, I), TargetTable);
}

} // namespace assoctidy
