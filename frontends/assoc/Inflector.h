//===- Inflector.h - ActiveSupport 6.1's English inflections ---*- C++ -*-===//
//
// Part of assoc-tidy. Pluralize, singularize and the name transformations
// (underscore, camelize, tableize, classify, foreign_key) exactly as
// ActiveSupport 6.1 computes them, surprising answers included
// (activerecord-semantics.md, sections c and e): `octopus` -> `octopi`,
// `human` -> `humen`, `campus` singularizes to `campu`. A linter that
// predicts ActiveRecord's table and class names must be wrong in the same
// places ActiveRecord is.
//
// The default rules run on a small built-in matcher for anchored patterns
// instead of std::regex, which is orders of magnitude too slow for the
// millions of calls a whole-program run makes. Custom rules use the same
// matcher when their pattern fits it and std::regex otherwise.
//
// Strings are treated as bytes with ASCII case rules; see Inflector.cpp for
// the few places where that differs from Ruby on non-ASCII text.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_INFLECTOR_H
#define ASSOC_TIDY_MODEL_INFLECTOR_H

#include <memory>
#include <string>
#include <string_view>

namespace assoctidy {

/// The rule set of `ActiveSupport::Inflector.inflections(:en)` and the
/// inflector methods that read it. Copy `english()` to customize it the way
/// `config/initializers/inflections.rb` does; no method throws.
class Inflector {
public:
  /// ActiveSupport 6.1's English rules, irregulars and uncountables.
  Inflector();
  Inflector(const Inflector &Other);
  Inflector &operator=(const Inflector &Other);
  ~Inflector();

  /// The shared, unmodified English instance.
  static const Inflector &english();

  /// `"post".pluralize`: the first matching rule, newest first, applied once.
  std::string pluralize(std::string_view Word) const;
  /// `"posts".singularize`.
  std::string singularize(std::string_view Word) const;

  /// `"Admin::HTTPRequest".underscore` gives `"admin/http_request"`.
  std::string underscore(std::string_view CamelCased) const;
  /// `"admin/user".camelize` gives `"Admin::User"`; `UpperFirst = false`
  /// is `camelize(:lower)`.
  std::string camelize(std::string_view Term, bool UpperFirst = true) const;
  /// `pluralize(underscore(ClassName))`: `"Admin::User"` -> `"admin/users"`.
  std::string tableize(std::string_view ClassName) const;
  /// `camelize(singularize(TableName))` after dropping a `schema.` prefix.
  std::string classify(std::string_view TableName) const;
  /// The part after the last `::`.
  std::string demodulize(std::string_view Path) const;
  /// `underscore(demodulize(ClassName))` followed by `_id` (or `id`).
  std::string foreignKey(std::string_view ClassName,
                         bool SeparateWithUnderscore = true) const;

  /// True if inflections leave \p Word alone: it ends in an uncountable as
  /// a whole word (`blue jeans` does, `line_fish` does not).
  bool isUncountable(std::string_view Word) const;

  /// `inflect.plural(/Regex/i, Replacement)`: Ruby regex syntax, always
  /// case-insensitive; the replacement may use `\0`..`\9` and `\&`. A pattern
  /// that does not compile is ignored; use the Checked form to learn why.
  void addPlural(std::string_view Regex, std::string_view Replacement);
  /// `inflect.singular(/Regex/i, Replacement)`.
  void addSingular(std::string_view Regex, std::string_view Replacement);
  /// `inflect.irregular(Singular, Plural)`: both directions, matching at the
  /// end of a word, so compounds (`salesperson`) inflect too.
  void addIrregular(std::string_view Singular, std::string_view Plural);
  /// `inflect.uncountable(Word)`.
  void addUncountable(std::string_view Word);
  /// `inflect.acronym(Acronym)`: kept whole by camelize, lowercased as one
  /// word by underscore (`"API"`: `"api_key".camelize` -> `"APIKey"`).
  void addAcronym(std::string_view Acronym);

  /// Like addPlural, but returns false and explains in \p Error when
  /// \p Regex does not compile.
  bool addPluralChecked(std::string_view Regex, std::string_view Replacement,
                        std::string &Error);
  /// Like addSingular, with the same error reporting as addPluralChecked.
  bool addSingularChecked(std::string_view Regex, std::string_view Replacement,
                          std::string &Error);

private:
  /// The compiled rule set, defined in Inflector.cpp so that the matcher's
  /// types stay out of every file that includes this one.
  struct Rules;
  std::unique_ptr<Rules> Data;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_INFLECTOR_H
