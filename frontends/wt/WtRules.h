//===- WtRules.h - The Wt::Dbo front-end ------------------------*- C++ -*-===//
//
// Part of assoc-tidy. Wt::Dbo's models, read by Wt's own rules (Wt 4's
// Session.C, DbAction.C, Field_impl.h): its conventions, resolved once, and
// its halves of the shared checks. Its own checks are in WtConstraintFlags.h
// and WtJoinId.h.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_WT_WTRULES_H
#define ASSOC_TIDY_FRONTENDS_WT_WTRULES_H

#include "Finding.h"
#include "Resolved.h"
#include "WtModel.h"

#include <vector>

namespace assoctidy {

class Frontend;

namespace wt {

/// The front-end, as Frontends.def registers it.
const Frontend &frontend();

/// Tables, keys, join tables and partners of the program's mapped classes.
void resolve(const Program &P, Resolution &Out);

} // namespace wt

/// a hasMany(ManyToOne) or hasOne() of A to B needs, in B, a
/// belongsTo() (or field()/id()) on a ptr<A> with the same name, `>`
/// stripped, or the same default. A lone belongsTo() is legal in Wt.
std::vector<Finding> findWtMissingInverses(const Program &P);

/// the two hasMany(ManyToMany) of a pair of classes (or the two
/// of a self-referential pair) must name, or derive, the same join table
/// (error); a name that is the default written out of byte order, where
/// the other side takes the default, is a warning with a fix-it.
std::vector<Finding> findWtJoinTableProblems(const Program &P);

/// two fields of one class (field(), id(), or the foreign key a
/// belongsTo() derives, `<name>_id`) on one column name. One error per
/// later field, with a note at the first.
std::vector<Finding> findWtDuplicateColumns(const Program &P);

/// over the whole program only: a class related to from a mapped
/// class that no mapClass() call maps (warning, once per class). Silent
/// when the program makes no mapClass() call at all.
std::vector<Finding> findWtUnmappedTargets(const Program &P);

/// a policy off by default: a belongsTo() paired with a
/// hasMany(ManyToOne) that gives no OnDelete... flag.
std::vector<Finding> findWtMissingOnDelete(const Program &P);

} // namespace assoctidy

#endif // ASSOC_TIDY_FRONTENDS_WT_WTRULES_H
