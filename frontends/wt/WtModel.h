//===- WtModel.h - What a Wt::Dbo declaration says beyond the model -*- C++
//-*-===//
//
// Part of assoc-tidy. The Wt::Dbo front-end's extensions of the shared
// model: a relation call's constraint flags and joinId, and a class's id,
// version field and plain columns. Only this front-end makes and reads
// them; the model layer carries them (model/Extension.h).
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_WT_WTMODEL_H
#define ASSOC_TIDY_FRONTENDS_WT_WTMODEL_H

#include "Model.h"

#include <string>
#include <vector>

namespace assoctidy::wt {

/// The library of Wt::Dbo's models, as the facts name it.
inline constexpr LibraryId Library{"wt-dbo"};

/// A constraint flag of a relation (`dbo::NotNull`), as written.
struct Flag {
  std::string Name; ///< `NotNull`, `OnDeleteCascade`, ...
  Range Where;      ///< The flag's name at the call.
  /// What deleting this flag alone deletes, with one `|` beside it; invalid
  /// when the flag is the only one or comes from a macro.
  Range Removal;
};

/// What a relation call says beyond the shared association.
struct Relation final : Extension {
  /// The call: `belongsTo`, `hasOne`, `hasMany`, or `field`, `id`,
  /// `auxId` on a `ptr` (a foreign key as belongsTo() makes one).
  std::string Function;
  /// False when the call gives no name and Wt takes a table's name
  /// (Association::Name is then empty).
  bool NameGiven = true;
  /// False when the name is given but not as a constant the front-end can
  /// read: rules then pair nothing with it and report nothing about it.
  bool NameKnown = true;
  /// hasMany's joinId argument, ManyToMany's column in the join table.
  bool JoinIdGiven = false;
  std::string JoinId;
  Range JoinIdRange;
  std::vector<Flag> Flags;
  /// The target is only declared where this was read, beside a
  /// dbo_traits specialisation for it: its id field may not be `id`.
  bool TargetHasTraits = false;

  LibraryId library() const override { return Library; }
  std::unique_ptr<Extension> clone() const override;
  bool equals(const Extension &Other) const override;
  bool sameMeaning(const Extension &Other) const override;
  void write(nlohmann::json &Object) const override;
};

/// What a mapped class says beyond the shared model: its keys and columns.
struct Keys final : Extension {
  /// The plain columns `field()` and `id()` declare, by name.
  std::vector<Member> Columns;
  /// The column a foreign key to this class is named after
  /// (`<name>_<IdField>`): the surrogate id (`id`, or what a dbo_traits
  /// specialisation's surrogateIdField() returns), or, when that returns
  /// nullptr, the natural id's column from `id()`. Empty when unknown.
  std::string IdField = "id";
  /// True when the id above is the surrogate one, a column Wt adds itself;
  /// false for a natural id, declared by `id()`.
  bool SurrogateId = true;
  /// The SQL type of a natural id (`varchar` for a std::string, `integer`
  /// for an int); empty for the key type or when not known.
  std::string NaturalIdType;
  /// The optimistic-locking column Wt adds (`version`, or what
  /// versionField() returns); empty when versionField() returns nullptr.
  std::string VersionField = "version";

  LibraryId library() const override { return Library; }
  std::unique_ptr<Extension> clone() const override;
  bool equals(const Extension &Other) const override;
  bool sameMeaning(const Extension &Other) const override {
    return equals(Other);
  }
  void write(nlohmann::json &Object) const override;
};

/// A Wt association's relation, or an empty one for any other.
const Relation &relation(const Association &A);
/// A Wt model's keys, or the defaults for any other.
const Keys &keys(const Model &M);

/// The same, made when missing, for the extractor and tests to fill in.
Relation &editRelation(Association &A);
Keys &editKeys(Model &M);

/// Reads both back from the facts.
std::unique_ptr<Extension> readRelation(const nlohmann::json &Association);
std::unique_ptr<Extension> readKeys(const nlohmann::json &Model);

} // namespace assoctidy::wt

#endif // ASSOC_TIDY_FRONTENDS_WT_WTMODEL_H
