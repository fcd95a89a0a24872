//===- Resolved.h - What the conventions make of the model ------*- C++ -*-===//
//
// Part of assoc-tidy. After the merge, each model's library resolves its
// conventions once (frontends/<library>/): the tables, the key columns,
// the join tables and the partner of each association. The shared outputs
// (the schema a program needs, the association graph) read these facts and
// never derive them, so they name no library and no library derives twice.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_RESOLVED_H
#define ASSOC_TIDY_MODEL_RESOLVED_H

#include "Model.h"

#include <optional>
#include <string>
#include <vector>

namespace assoctidy {

/// A key column that an association needs in the database.
struct ResolvedKey {
  std::string Table;  ///< The table that holds it.
  std::string Column; ///< `user_id`
  /// The primary key it refers to; empty for a polymorphic key, which
  /// refers to several tables.
  std::string ReferencedTable;
  std::string ReferencedColumn;
  /// The polymorphic `_type` column beside it, if any.
  std::string TypeColumn;
  /// Its SQL type when the library knows one other than the key type
  /// (Requirement::ColumnTypes); empty otherwise.
  std::vector<std::string> ColumnTypes;
  /// Whether a row may leave it empty, when the library says so itself
  /// rather than through options (Wt::Dbo's NotNull flag).
  std::optional<bool> Optional;
};

/// A join table that an association needs, with its two key columns.
struct ResolvedJoin {
  std::string Table;
  std::string OwnColumn;   ///< The key to the owner's rows.
  std::string OtherColumn; ///< The key to the target's rows.
  std::vector<std::string> ColumnTypes;
};

struct ResolvedAssociation {
  /// The key column as the library names it, wherever it lives; nullopt
  /// when the association has none of its own (`through`) or it is not
  /// known (a name the front-end could not read).
  std::optional<std::string> ForeignKey;
  /// The join table of a many-to-many; nullopt for other kinds, or when
  /// not known.
  std::optional<std::string> JoinTable;
  /// A many-to-many's key to the target's rows in the join table.
  std::optional<std::string> OtherForeignKey;
  /// What the database must hold for it: set only when the library
  /// creates it (its target is a model the program defines, and so on).
  std::optional<ResolvedKey> Key;
  std::optional<ResolvedJoin> Join;
  /// The association on the other side that pairs with this one, and its
  /// model; null when none does.
  const Association *Partner = nullptr;
  const Model *PartnerOwner = nullptr;
  /// Whether a record may be saved without the target (a belongs_to's
  /// `optional()`), as the library's options say; a key's own Optional,
  /// when set, decides its column.
  bool Optional = false;
  /// Destroying the owner sets the key on the other side to NULL (a
  /// has_*'s `dependent: :nullify`).
  bool Nullify = false;
};

struct ResolvedModel {
  /// The table its rows live in; nullopt when the library gives it none
  /// (a Wt::Dbo class no mapClass() maps) or it is not known.
  std::optional<std::string> Table;
  /// What the association graph shows for the table: the table, or why
  /// there is none ("(not mapped)").
  std::string DisplayTable;
  /// Whether the database must hold that table.
  bool NeedsTable = false;
  std::string PrimaryKey = "id";
  /// The primary key is a natural one, declared by the code.
  bool NaturalKey = false;
  /// Requirement::ColumnTypes of the primary key, when the library has one.
  std::vector<std::string> PrimaryKeyTypes;
  /// A column naming the class of each row (single-table inheritance's
  /// `type`); empty when there is none.
  std::string TypeColumn;
  std::vector<ResolvedAssociation> Associations;
};

/// The facts of every model of one program, by model.
class Resolution {
public:
  explicit Resolution(const Program &P);

  const ResolvedModel &of(const Model &M) const { return Models[index(M)]; }
  ResolvedModel &of(const Model &M) { return Models[index(M)]; }
  const ResolvedAssociation &of(const Model &M, const Association &A) const {
    return Models[index(M)].Associations[&A - M.Associations.data()];
  }
  ResolvedAssociation &of(const Model &M, const Association &A) {
    return Models[index(M)].Associations[&A - M.Associations.data()];
  }

private:
  std::size_t index(const Model &M) const { return &M - P.Models.data(); }

  const Program &P;
  std::vector<ResolvedModel> Models;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_RESOLVED_H
