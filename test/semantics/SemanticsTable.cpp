//===- SemanticsTable.cpp - assoc-tidy's ActiveRecord tables, printed -----===//
//
// Part of assoc-tidy's tests. Prints what the rules believe ActiveRecord 6.1
// does with each kind x option key, kind x `dependent` value, polymorphic
// target and method name, in the format of activerecord-verdicts.rb, which
// asks ActiveRecord itself. activerecord.test diffs the two.
//
//===----------------------------------------------------------------------===//

#include "InvalidOption.h"

#include <algorithm>
#include <iostream>

using namespace assoctidy;

namespace {

const char *text(OptionVerdict V) {
  switch (V) {
  case OptionVerdict::Accepted:
    return "accepted";
  case OptionVerdict::Rejected:
    return "rejected";
  case OptionVerdict::Ignored:
    return "ignored";
  }
  return "?";
}

struct Variant {
  const char *Label;
  AssociationKind Kind;
  bool Through;
};

const Variant Variants[] = {
    {"belongs_to", AssociationKind::BelongsTo, false},
    {"has_one", AssociationKind::HasOne, false},
    {"has_one_through", AssociationKind::HasOne, true},
    {"has_many", AssociationKind::HasMany, false},
    {"has_many_through", AssociationKind::HasMany, true},
    {"has_and_belongs_to_many", AssociationKind::HasAndBelongsToMany, false},
};

// The vocabulary's keys in the order the Ruby script lists them.
const OptionKey Keys[] = {
    OptionKey::Dependent,    OptionKey::InverseOf,
    OptionKey::ForeignKey,   OptionKey::AssociationForeignKey,
    OptionKey::PrimaryKey,   OptionKey::JoinTable,
    OptionKey::Through,      OptionKey::Source,
    OptionKey::SourceType,   OptionKey::As,
    OptionKey::Optional,     OptionKey::Required,
    OptionKey::CounterCache, OptionKey::Touch,
    OptionKey::Autosave,     OptionKey::Validate,
};

const char *DependentValues[] = {"destroy",
                                 "delete",
                                 "delete_all",
                                 "nullify",
                                 "restrict_with_error",
                                 "restrict_with_exception",
                                 "destroy_async",
                                 "restrict"};

Association make(const Variant &V) {
  Association A;
  A.Kind = V.Kind;
  if (V.Through) {
    Option Through;
    Through.Key = OptionKey::Through;
    Through.Value = "links";
    A.Options.push_back(Through);
  }
  return A;
}

} // namespace

int main() {
  for (const Variant &V : Variants)
    for (OptionKey Key : Keys) {
      if (V.Through && Key == OptionKey::Through)
        continue;
      std::cout << "option " << V.Label << ' ' << spelling(Key) << ' '
                << text(optionVerdict(make(V), Key)) << '\n';
    }
  for (const char *Value : DependentValues)
    for (const Variant &V : Variants) {
      const Association A = make(V);
      OptionVerdict Verdict = optionVerdict(A, OptionKey::Dependent);
      const std::vector<std::string> &Valid = validDependentValues(V.Kind);
      if (Verdict == OptionVerdict::Accepted &&
          std::find(Valid.begin(), Valid.end(), Value) == Valid.end())
        Verdict = OptionVerdict::Rejected;
      std::cout << "dependent " << V.Label << ' ' << Value << ' '
                << text(Verdict) << '\n';
    }
  for (const Variant &V : Variants)
    if (!V.Through)
      std::cout << "polymorphic " << V.Label << ' '
                << text(polymorphicVerdict(V.Kind)) << '\n';
  for (std::string_view Name : activeRecordMethods())
    std::cout << "method " << Name << '\n';
}
