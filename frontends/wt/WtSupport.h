//===- WtSupport.h - What the Wt::Dbo rules share ---------------*- C++ -*-===//
//
// Part of assoc-tidy. Wt::Dbo pairs relations by name, and a relation
// without a name takes a table's name, which only a mapClass call
// (anywhere in the program) gives. These helpers derive the names a rule
// compares, and say "unknown" rather than guess: a rule that cannot know
// a name reports nothing about it.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_WTSUPPORT_H
#define ASSOC_TIDY_RULES_WTSUPPORT_H

#include "Finding.h"
#include "WtDerived.h"

#include <optional>
#include <string>
#include <string_view>

namespace assoctidy::wt {

/// The Wt model an association of a Wt model points at, if the analysis
/// sees its definition.
const Model *target(const Program &P, const Association &A);

/// The name a relation pairs by: its name without a leading `>`, or, when
/// it gives none, the default table name (the target's for a belongsTo,
/// the owner's for a hasOne or hasMany). Unknown when the name is not a
/// constant or the table is not mapped.
std::optional<std::string> pairingName(const Model &Owner, const Association &A,
                                       const Tables &T);

/// The join table of a ManyToMany: its name, or the two mapped tables in
/// byte order; unknown when it gives none and a table is not mapped.
std::optional<std::string> joinTable(const Model &Owner, const Association &A,
                                     const Tables &T);

/// The relation of the other class that Wt pairs A with: for a
/// hasMany(ManyToOne) or hasOne(), the belongsTo() back with the same name;
/// for a belongsTo(), a hasMany(ManyToOne) or hasOne() of its target with
/// the same name; for a ManyToMany, the other side on the same join table.
/// Null when there is none or a name is unknown.
const Association *inverse(const Program &P, const Model &Owner,
                           const Association &A, const Tables &T);

/// The foreign-key column a belongsTo() (or field()/id() on a ptr) makes:
/// `<name>_<target's id field>`, or the literal `>name` without its `>`;
/// unknown when it gives no name and its target is not mapped, or when
/// the target's id field is not known (its definition is not seen, but a
/// dbo_traits specialisation for it is).
std::optional<std::string> foreignKey(const Program &P, const Association &A,
                                      const Tables &T);

/// A ManyToMany side's column in its join table, as Wt's getJoinIds makes
/// it: `<joinId or own table>_<own id field>`, or a literal `>joinId`
/// without its `>`; unknown when a table or the id field is.
std::optional<std::string> joinColumn(const Model &Owner, const Association &A,
                                      const Tables &T);

/// The call as a user wrote it, for messages: `belongsTo()`, `field()`,
/// `hasOne()`, `hasMany(ManyToOne)`, `hasMany(ManyToMany)`.
std::string callName(const Association &A);

/// `hasMany(ManyToOne) 'comments'`-style subject: the call and its name,
/// or "... without a name".
std::string subject(const Association &A);

/// The table a message shows for a class: the mapped one, else the class.
std::string tableOrClass(const Model &M, const Tables &T);

} // namespace assoctidy::wt

#endif // ASSOC_TIDY_RULES_WTSUPPORT_H
