//===- AssociationNaming.h - Singular and plural association names -*- C++ -*-//
//
// Part of assoc-tidy. ActiveRecord derives the target class from the name
// (camelize, and singularize for collections), so `belongs_to :customers`
// looks for a class `Customers` and fails at first use. belongs_to and
// has_one names are singular, has_many and habtm names plural, all
// snake_case. See docs/checks/association-naming.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_ASSOCIATIONNAMING_H
#define ASSOC_TIDY_RULES_ASSOCIATIONNAMING_H

#include "Finding.h"
#include "Inflector.h"

#include <functional>
#include <string>
#include <string_view>

namespace assoctidy {

inline constexpr const char *AssociationNamingCheckName =
    "assoc-association-naming";

/// The name the conventions want for an association of this kind:
/// snake_case, singular for belongs_to/has_one, plural for collections.
std::string conventionalName(AssociationKind Kind, std::string_view Name,
                             const Inflector &I);

struct NamingOptions {
  const Inflector *Inflections = &Inflector::english();
  /// Names the user chose to keep as they are (option IgnoredNames).
  std::function<bool(std::string_view)> IsIgnored;
  /// Leave alone a name that is English grammar has no number for (option
  /// EnglishForms): see englishForm().
  bool AllowEnglishForms = true;
};

/// Why a snake_case name is deliberate English whose number the inflector
/// cannot judge, or null: a name ending in a preposition (`blocked_by`), in a
/// past participle (`local_favorited`), in a mass noun (`data`, `staff`), or,
/// for a `through` association, in a gerund (`following`). Pluralizing these
/// gives no English word (`blocked_bies`, `local_favoriteds`). A gerund is
/// only deliberate on a through association: elsewhere an `-ing` noun
/// (`settings`, `siblings`) takes the plural.
const char *englishForm(std::string_view Snake, bool Through);

/// A warning per unconventional name. The fix renames the literal and every
/// literal `inverse_of`, `through`, `source` and `as` in P that names the
/// association; when one of those is not a literal, there is no fix and a
/// note says where it is.
std::vector<Finding> findNamingProblems(const Program &P,
                                        const NamingOptions &Options);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_ASSOCIATIONNAMING_H
