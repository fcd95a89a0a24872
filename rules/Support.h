//===- Support.h - What several rules need ----------------------*- C++ -*-===//
//
// Part of assoc-tidy. Small helpers shared by rules, so that no rule
// re-derives what another already needs.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_SUPPORT_H
#define ASSOC_TIDY_RULES_SUPPORT_H

#include "Finding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assoctidy {

/// The target's model when it is a model defined where the analysis can
/// see it; null for polymorphic, unresolved or non-model targets, about
/// which per-unit rules stay silent.
const Model *visibleTarget(const Program &P, const Association &A);

/// The association called Name on M or, since a subclass inherits its
/// parent's associations (single-table inheritance), on its base models.
/// Owner, when given, receives the model that declares it.
const Association *findAssociation(const Program &P, const Model &M,
                                   std::string_view Name,
                                   const Model **Owner = nullptr);

/// Every association name of M and of its base models.
std::vector<std::string> inheritedAssociationNames(const Program &P,
                                                   const Model &M);

/// The member called Name of M's class or of its base models' classes;
/// Owner, when given, receives the model whose class declares it.
const Member *findMember(const Program &P, const Model &M,
                         std::string_view Name,
                         const Model **Owner = nullptr);

/// "a 'Customer'" or "an 'Account'": the article for a class name.
std::string withArticle(std::string_view QualifiedName);

/// True when M is the model named Qualified or inherits from it: a record of
/// M is a record of Qualified.
bool isA(const Program &P, const Model &M, std::string_view Qualified);

/// A finding with no notes or fixes yet.
Finding makeFinding(const char *Check, Severity Level, const Range &Where,
                    std::string Message);

/// An option's value range, or the whole option call when the value was
/// defaulted (`optional()`).
const Range &where(const Option &O);

/// Text as a C++ string literal, for fix-its: `"orders"`, with quotes,
/// backslashes and control characters escaped.
std::string stringLiteral(std::string_view Text);

/// The association's name range, or the whole call when the name has none.
const Range &where(const Association &A);

/// The name among Candidates closest to Name, if close enough to be a
/// likely typo (ActiveRecord's "Did you mean?").
std::optional<std::string>
didYouMean(std::string_view Name, const std::vector<std::string> &Candidates);

/// `; did you mean 'x'?` or nothing, for messages.
std::string didYouMeanSuffix(std::string_view Name,
                             const std::vector<std::string> &Candidates);

/// A fix-it that appends Declaration (`assoc::belongs_to<A>("a")`) to M's
/// `declare(...)`, or nothing when M has no `declare` written in a file.
std::optional<TextEdit> appendToDeclare(const Model &M,
                                        const std::string &Declaration);

/// A fix-it that deletes O from A's call together with the comma and space
/// that separate it from the argument before it, or nothing when that text
/// is not plain source of one file (O or A out of a macro).
std::optional<TextEdit> removeOption(const Association &A, const Option &O);

/// A fix-it that replaces O's value with Text as a string literal, or
/// nothing when the value is not a literal written at the call.
std::optional<TextEdit> replaceValue(const Option &O, std::string_view Text);

/// Where a finding about O's value belongs when it may come from a
/// `join_table` option or, without one, from the association's name.
const Range &whereOption(const Association &A, OptionKey Key);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_SUPPORT_H
