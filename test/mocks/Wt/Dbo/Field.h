//===- Wt/Dbo/Field.h - Wt::Dbo mock: mapping functions ---------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// The free function templates a model calls from its persist() member:
// id(), auxId(), field(), belongsTo(), hasOne() and hasMany(), with every
// overload and default argument of Wt 4.x's Field.h, plus RelationType and
// the foreign key constraint flags. Wt's internal FieldRef, PtrRef,
// WeakPtrRef and CollectionRef classes, which only the actions see, are left
// out.
//
// Points that are easy to get wrong, checked against Wt 4.x's Field.h:
//  - the constraint flags are not ints but `const ForeignKeyConstraint`
//    objects, combined with a free operator|; none of them is constexpr, so
//    `NotNull | OnDeleteCascade` cannot be constant-folded, in Wt or here;
//  - belongsTo() has three overloads and no size parameter: (name),
//    (name, constraints) and (constraints) with no name;
//  - field() on a ptr<C> takes a size, not constraints: it is the overload
//    id() uses, and takes no constraints in Wt either;
//  - hasMany() with a joinId defaults its constraints to
//    NotNull | OnDeleteCascade, and is meant for ManyToMany only.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_FIELD_H
#define ASSOC_TIDY_MOCK_WT_DBO_FIELD_H

#include <Wt/Dbo/ptr.h>

#include <string>

namespace Wt {
namespace Dbo {

template <class C> class collection;

namespace Impl {
// The bit values Wt gives the flags below (Field.h, namespace Impl).
const int FKNotNull = 0x01;
const int FKOnUpdateCascade = 0x02;
const int FKOnUpdateSetNull = 0x04;
const int FKOnUpdateRestrict = 0x08;
const int FKOnDeleteCascade = 0x10;
const int FKOnDeleteSetNull = 0x20;
const int FKOnDeleteRestrict = 0x40;
} // namespace Impl

/// One or more foreign key constraints. A class rather than an enum so that
/// belongsTo(a, p, NotNull) cannot be mistaken for another overload.
class ForeignKeyConstraint {
public:
  explicit ForeignKeyConstraint(int value);

  int value() const;

private:
  int value_;
};

ForeignKeyConstraint operator|(ForeignKeyConstraint lhs,
                               ForeignKeyConstraint rhs);

const ForeignKeyConstraint NotNull(Impl::FKNotNull);
const ForeignKeyConstraint OnUpdateCascade(Impl::FKOnUpdateCascade);
const ForeignKeyConstraint OnUpdateSetNull(Impl::FKOnUpdateSetNull);
const ForeignKeyConstraint OnUpdateRestrict(Impl::FKOnUpdateRestrict);
const ForeignKeyConstraint OnDeleteCascade(Impl::FKOnDeleteCascade);
const ForeignKeyConstraint OnDeleteSetNull(Impl::FKOnDeleteSetNull);
const ForeignKeyConstraint OnDeleteRestrict(Impl::FKOnDeleteRestrict);

/// The kind of relation a hasMany() maps.
enum RelationType {
  ManyToOne, ///< The other class holds a belongsTo() with the same name.
  ManyToMany ///< Both sides name the same join table.
};

/// A natural primary key; needs a dbo_traits<C> specialisation whose
/// surrogateIdField() returns nullptr (and whose IdType is V).
template <class Action, typename V>
void id(Action &action, V &value, const std::string &name = "id",
        int size = -1);

/// A natural primary key that is also a foreign key.
template <class Action, class C>
void id(Action &action, ptr<C> &value, const std::string &name,
        ForeignKeyConstraint constraints, int size = -1);

/// An auxiliary id field (Wt 4.x; undocumented in Wt's reference).
template <class Action, typename V>
void auxId(Action &action, V &value, const std::string &name, int size = -1);

template <class Action, class C>
void auxId(Action &action, ptr<C> &value, const std::string &name,
           ForeignKeyConstraint constraint = ForeignKeyConstraint(0),
           int size = -1);

/// A plain column. Users overload it for composite types.
template <class Action, typename V>
void field(Action &action, V &value, const std::string &name, int size = -1);

/// A foreign key written with field(): a synonym of belongsTo() without
/// constraints, which Wt itself uses for foreign-key natural ids.
template <class Action, class C>
void field(Action &action, ptr<C> &value, const std::string &name,
           int size = -1);

/// The foreign key side of a many-to-one or one-to-one relation: column
/// `name + "_" + C's id`, or `name` itself when it starts with '>'. An empty
/// name means C's table name.
template <class Action, class C>
void belongsTo(Action &action, ptr<C> &value,
               const std::string &name = std::string());

template <class Action, class C>
void belongsTo(Action &action, ptr<C> &value, const std::string &name,
               ForeignKeyConstraint constraints);

template <class Action, class C>
void belongsTo(Action &action, ptr<C> &value, ForeignKeyConstraint constraints);

/// The other side of a one-to-one relation; `name` must equal the name of
/// C's belongsTo() (empty: this class's table name).
template <class Action, class C>
void hasOne(Action &action, weak_ptr<C> &value,
            const std::string &name = std::string());

/// The "many" side. ManyToOne: `name` must equal the name of C's
/// belongsTo() (empty: this class's table name). ManyToMany: `name` is the
/// join table, and both sides must give the same one.
template <class Action, class C>
void hasMany(Action &action, collection<ptr<C>> &value, RelationType type,
             const std::string &name = std::string());

/// ManyToMany only: also names this side's column in the join table and
/// its constraints.
template <class Action, class C>
void hasMany(Action &action, collection<ptr<C>> &value, RelationType type,
             const std::string &name, const std::string &joinId,
             ForeignKeyConstraint constraints = (NotNull | OnDeleteCascade));

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_FIELD_H
