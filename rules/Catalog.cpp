//===- Catalog.cpp - Every check, named and described ---------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Catalog.h"

namespace assoctidy {

const std::vector<CheckInfo> &checkCatalog() {
  static const std::vector<CheckInfo> Catalog = {
      {"assoc-association-naming", "association-naming.md",
       "A belongs_to/has_one name that is not singular, a has_many or "
       "has_and_belongs_to_many name that is not plural, or a name that is "
       "not snake_case."},
      {"assoc-belongs-to-dependent", "belongs-to-dependent.md",
       "A dependent option on a belongs_to whose target has_many of it: "
       "destroying one child destroys the parent and orphans its siblings."},
      {"assoc-duplicate-association", "duplicate-association.md",
       "Two associations with one name in one model; ActiveRecord silently "
       "keeps the last."},
      {"assoc-invalid-inverse", "invalid-inverse.md",
       "An inverse_of that names nothing, the wrong model or kind, disagrees "
       "with the other side, or is ignored."},
      {"assoc-invalid-option", "invalid-option.md",
       "An option or dependent value ActiveRecord rejects at class load, or "
       "ignores; a name that collides with an ActiveRecord method or a "
       "member of the class."},
      {"assoc-join-table-name", "join-table-name.md",
       "A has_and_belongs_to_many join table that is misspelled, differs "
       "between the two sides, is shared by two relations, or joins a model "
       "to itself on one column."},
      {"assoc-missing-dependent", "missing-dependent.md",
       "A has_many or has_one without a dependent option (policy)."},
      {"assoc-missing-inverse", "missing-inverse.md",
       "An association whose target declares nothing back."},
      {"assoc-model-conflict", "model-conflict.md",
       "One model defined differently in two places, or read differently "
       "by two translation units (whole-program mode)."},
      {"assoc-polymorphic-pairing", "polymorphic-pairing.md",
       "An as: that names no polymorphic belongs_to, or a polymorphic "
       "belongs_to that no as: names (whole-program mode)."},
      {"assoc-schema-column-type", "schema-column-type.md",
       "A foreign key whose type differs from the primary key it "
       "references (with --schema)."},
      {"assoc-schema-join-table", "schema-join-table.md",
       "A has_and_belongs_to_many join table with a primary key, a missing "
       "key column, or no unique index over the pair (with --schema)."},
      {"assoc-schema-missing-column", "schema-missing-column.md",
       "A foreign key or _type column the schema lacks (with --schema)."},
      {"assoc-schema-missing-index", "schema-missing-index.md",
       "A foreign key with no index that starts with it (with --schema)."},
      {"assoc-schema-missing-table", "schema-missing-table.md",
       "A model's table or a join table the schema lacks (with --schema)."},
      {"assoc-schema-nullability", "schema-nullability.md",
       "dependent: nullify over a NOT NULL key, or an optional belongs_to "
       "over one (with --schema)."},
      {"assoc-target-not-model", "target-not-model.md",
       "An association whose target is not a model, or (whole-program "
       "mode) is defined nowhere in the program."},
      {"assoc-through-chain", "through-chain.md",
       "A through: chain ActiveRecord cannot resolve."},
      {"assoc-wt-constraint-flags", "wt-constraint-flags.md",
       "Wt::Dbo constraint flags that contradict or override each other."},
      {"assoc-wt-join-id", "wt-join-id.md",
       "A Wt::Dbo joinId on a ManyToOne, or a self-referential ManyToMany "
       "without two distinct joinIds."},
  };
  return Catalog;
}

const CheckInfo *findCheck(std::string_view Name) {
  for (const CheckInfo &C : checkCatalog())
    if (C.Name == Name)
      return &C;
  return nullptr;
}

} // namespace assoctidy
