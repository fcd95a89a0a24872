//===- InvalidOption.h - What ActiveRecord rejects at declaration -*- C++ -*-===//
//
// Part of assoc-tidy. ActiveRecord validates an association's options when
// the class body runs: an unknown key or a bad `dependent` value raises
// ArgumentError at class load. These rules say so before anything runs.
// See docs/checks/invalid-option.md and activerecord-semantics.md, a.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_INVALIDOPTION_H
#define ASSOC_TIDY_RULES_INVALIDOPTION_H

#include "Finding.h"
#include "Inflector.h"

#include <string>
#include <string_view>
#include <vector>

namespace assoctidy {

inline constexpr const char *InvalidOptionCheckName = "assoc-invalid-option";

/// What ActiveRecord 6.1 does with an option key on an association.
enum class OptionVerdict {
  Accepted,
  Rejected, ///< ArgumentError "Unknown key" when the class loads.
  Ignored,  ///< has_and_belongs_to_many drops it without a word.
};

/// The verdict of A's builder on Key, given A's other options: `source` and
/// `source_type` are known only next to `through`.
OptionVerdict optionVerdict(const Association &A, OptionKey Key);

/// The verdict on a polymorphic target (`polymorphic: true`) for Kind.
OptionVerdict polymorphicVerdict(AssociationKind Kind);

/// The `dependent` values ActiveRecord 6.1 accepts for Kind, in the order
/// its error message lists them; empty for has_and_belongs_to_many, which
/// ignores the option.
const std::vector<std::string> &validDependentValues(AssociationKind Kind);

/// True when Name is a method every ActiveRecord 6.1 model already has, so
/// that an association of that name raises ArgumentError at declaration.
bool isActiveRecordMethod(std::string_view Name);

/// Every such name, sorted as byte strings.
std::vector<std::string_view> activeRecordMethods();

/// Errors for what ActiveRecord rejects at declaration (a bad `dependent`
/// value, a key the kind does not accept, `polymorphic` off belongs_to, a
/// name that is an ActiveRecord method, also through a habtm's join model,
/// or a member of the model's class); warnings for what it accepts and
/// ignores (habtm's ignored keys, `dependent` on has_one through) or reads
/// wrongly (`counter_cache: true` on has_many). A repeated key is judged by
/// its last occurrence, as Ruby keeps the last.
std::vector<Finding>
findInvalidOptions(const Program &P,
                   const Inflector &I = Inflector::english());

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_INVALIDOPTION_H
