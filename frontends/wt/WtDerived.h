//===- WtDerived.h - Facts Wt::Dbo derives from declarations ----*- C++ -*-===//
//
// Part of assoc-tidy. The second front-end (issue #13) reads Wt::Dbo
// models, whose columns and join tables follow Wt's rules, not
// ActiveRecord's: no inflector, the names the code gives, and a plain byte
// order for join tables. Those rules, as Wt 4's Field_impl.h, DbAction.C
// and Session.C apply them, live here, free of Clang, for the checks and
// the schema derivation of Wt models.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_WTDERIVED_H
#define ASSOC_TIDY_MODEL_WTDERIVED_H

#include "Model.h"
#include "WtModel.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace assoctidy::wt {

/// The program's mapClass calls by class, the first call of each class. A
/// class mapped by a call whose table could not be read is mapped, with
/// no known table.
class Tables {
public:
  explicit Tables(const Program &P);
  const TableMapping *mapping(std::string_view Class) const;
  std::optional<std::string> table(std::string_view Class) const;

private:
  std::unordered_map<std::string_view, const TableMapping *> ByClass;
};

/// A relation name with a leading `>` is literal: Wt strips the `>` and
/// adds no id suffix to it. Pairing compares names stripped so.
std::string_view strippedName(std::string_view Name);
bool isLiteralName(std::string_view Name);

/// The foreign-key column a `belongsTo` (or a `field`/`id` on a `ptr`)
/// named Name creates: `<name>_<id field of the target>`, or the name
/// itself when it is literal. IdField is the target's surrogate id field
/// (`dbo_traits<C>::surrogateIdField()`, by default `id`).
std::string foreignKeyColumn(std::string_view Name,
                             std::string_view IdField = "id");

/// The name of a relation declared without one: a `belongsTo` takes the
/// target's mapped table; a `hasOne` or a `hasMany(ManyToOne)` takes the
/// table of the class declaring it (the name of the `belongsTo` it pairs
/// with, in the target).
std::string_view defaultBelongsToName(std::string_view TargetTable);
std::string_view defaultHasName(std::string_view OwnTable);

/// The join table of a `hasMany(ManyToMany)` declared without a name: the
/// two mapped tables in plain byte order (`std::string`'s `<`), joined by
/// `_`. No shared prefix is merged, unlike ActiveRecord's
/// (`post` + `post_tag` -> `post_post_tag`).
std::string defaultJoinTable(std::string_view TableA, std::string_view TableB);

/// The join table a `hasMany(ManyToMany)` uses: its name if it gives one,
/// else the default from the two tables.
std::string joinTable(std::string_view GivenName, std::string_view OwnTable,
                      std::string_view TargetTable);

/// True when a ManyToMany names its join table out of byte order, where the
/// default would be the two tables the other way round (`tag_post` for
/// tables `post` and `tag`).
bool isReversedDefault(std::string_view GivenName, std::string_view OwnTable,
                       std::string_view TargetTable);

} // namespace assoctidy::wt

#endif // ASSOC_TIDY_MODEL_WTDERIVED_H
