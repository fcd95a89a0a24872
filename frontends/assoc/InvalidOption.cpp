//===- InvalidOption.cpp - What ActiveRecord rejects at declaration -------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "InvalidOption.h"

#include "AssocRules.h"

#include "Support.h"

#include <algorithm>
#include <iterator>

namespace assoctidy {

namespace {

// ActiveRecord::AttributeMethods.dangerous_attribute_methods, generated from
// ActiveRecord 6.1 itself; sorted as byte strings.
constexpr std::string_view ActiveRecordMethods[] = {
#include "ActiveRecordMethods.inc"
};

std::string kindAndName(const Association &A) {
  return std::string(spelling(A.Kind)) + " '" + A.Name + "'";
}

std::string joined(const std::vector<std::string> &Values) {
  std::string Text;
  for (std::size_t I = 0; I < Values.size(); ++I)
    Text += (I == 0 ? "" : I + 1 == Values.size() ? " or " : ", ") + Values[I];
  return Text;
}

/// The value a bad `dependent` most likely meant: the kind's spelling of the
/// same intent first (`delete` vs `delete_all`, the `restrict` of Rails 3),
/// then a likely typo.
std::optional<std::string> likelyDependent(const Association &A,
                                           const std::string &Value) {
  const bool Collection = A.Kind == AssociationKind::HasMany;
  if (Value == "delete_all" && !Collection)
    return std::string("delete");
  if (Value == "delete" && Collection)
    return std::string("delete_all");
  if (Value == "restrict" && A.Kind != AssociationKind::BelongsTo)
    return std::string("restrict_with_exception");
  return didYouMean(Value, validDependentValues(A.Kind));
}

/// Why a value has no counterpart on belongs_to, where one is common.
std::string belongsToHint(const std::string &Value) {
  if (Value == "nullify" || Value.rfind("restrict", 0) == 0)
    return " (a belongs_to cannot nullify or restrict: put the option on "
           "the has_many/has_one side)";
  return "";
}

void checkDependent(const Association &A, const Option &Dependent,
                    std::vector<Finding> &Findings) {
  if (Dependent.isNil())
    return; // `dependent: nil` is never validated.
  const std::vector<std::string> &Valid = validDependentValues(A.Kind);
  const bool Through = A.option(OptionKey::Through) != nullptr;
  if (std::find(Valid.begin(), Valid.end(), Dependent.Value) != Valid.end()) {
    if (A.Kind != AssociationKind::HasOne || !Through)
      return;
    // ActiveRecord validates the value, then registers no callback.
    Finding F = makeFinding(
        InvalidOptionCheckName, Severity::Warning, where(Dependent),
        "dependent: '" + Dependent.Value + "' on has_one '" + A.Name +
            "' through '" + std::string(A.optionValue(OptionKey::Through)) +
            "' does nothing: ActiveRecord registers no callback for a "
            "has_one through");
    if (std::optional<TextEdit> Fix = removeOption(A, Dependent))
      F.Fixes.push_back(*Fix);
    Findings.push_back(std::move(F));
    return;
  }
  // On a has_one through even a valid value would do nothing: the fix
  // removes the option rather than trade this finding for that one.
  const bool Inert = A.Kind == AssociationKind::HasOne && Through;
  std::optional<std::string> Guess =
      Inert ? std::nullopt : likelyDependent(A, Dependent.Value);
  Finding F = makeFinding(
      InvalidOptionCheckName, Severity::Error, where(Dependent),
      "dependent: '" + Dependent.Value + "' is not valid on " + kindAndName(A) +
          "; ActiveRecord accepts " + joined(Valid) +
          " and raises ArgumentError when the class loads" +
          (A.Kind == AssociationKind::BelongsTo ? belongsToHint(Dependent.Value)
                                                : std::string()) +
          (Guess ? "; did you mean '" + *Guess + "'?" : std::string()) +
          (Inert ? "; on a has_one through no value does anything: remove it"
                 : std::string()));
  std::optional<TextEdit> Fix = Inert   ? removeOption(A, Dependent)
                                : Guess ? replaceValue(Dependent, *Guess)
                                        : std::nullopt;
  if (Fix)
    F.Fixes.push_back(*Fix);
  Findings.push_back(std::move(F));
}

void checkKey(const Association &A, const Option &O,
              std::vector<Finding> &Findings) {
  // A repeated key is a repeated Ruby hash key: only the last one counts.
  if (A.option(O.Key) != &O)
    return;
  const std::string Key(spelling(O.Key));
  switch (optionVerdict(A, O.Key)) {
  case OptionVerdict::Accepted:
    if (O.Key == OptionKey::Dependent)
      checkDependent(A, O, Findings);
    if (O.Key == OptionKey::CounterCache &&
        A.Kind == AssociationKind::HasMany && !O.IsString && O.Value == "true")
      Findings.push_back(makeFinding(
          InvalidOptionCheckName, Severity::Warning, O.Whole,
          "counter_cache() on has_many '" + A.Name +
              "' makes ActiveRecord 6.1 read a column named 'true'; name "
              "the column, counter_cache(\"" + A.Name + "_count\")"));
    return;
  case OptionVerdict::Rejected: {
    const bool NeedsThrough =
        (O.Key == OptionKey::Source || O.Key == OptionKey::SourceType) &&
        A.Kind != AssociationKind::BelongsTo;
    Findings.push_back(makeFinding(
        InvalidOptionCheckName, Severity::Error, O.Whole,
        kindAndName(A) + " does not accept option '" + Key + "'" +
            (NeedsThrough ? " without 'through'" : "") +
            "; ActiveRecord raises ArgumentError (Unknown key: :" + Key +
            ") when the class loads"));
    return;
  }
  case OptionVerdict::Ignored: {
    Finding F = makeFinding(
        InvalidOptionCheckName, Severity::Warning, O.Whole,
        "has_and_belongs_to_many '" + A.Name + "' ignores option '" + Key +
            "'" +
            (O.Key == OptionKey::Dependent
                 ? ": its join rows are always deleted with the owner, and "
                   "the associated records never are"
                 : ": ActiveRecord drops it without a word"));
    if (std::optional<TextEdit> Fix = removeOption(A, O))
      F.Fixes.push_back(*Fix);
    Findings.push_back(std::move(F));
    return;
  }
  }
}

void checkName(const Program &P, const Model &M, const Association &A,
               const Inflector &I, std::vector<Finding> &Findings) {
  if (isActiveRecordMethod(A.Name)) {
    Findings.push_back(makeFinding(
        InvalidOptionCheckName, Severity::Error, where(A),
        kindAndName(A) + " collides with the method '" + A.Name +
            "' every ActiveRecord model has; ActiveRecord raises "
            "ArgumentError when the class loads"));
    return;
  }
  // A habtm builds a join model that belongs_to the singular name.
  if (A.Kind == AssociationKind::HasAndBelongsToMany) {
    const std::string Singular = I.singularize(A.Name);
    if (Singular != A.Name && isActiveRecordMethod(Singular)) {
      Findings.push_back(makeFinding(
          InvalidOptionCheckName, Severity::Error, where(A),
          kindAndName(A) + ": its join model declares belongs_to '" +
              Singular + "', which collides with the method '" + Singular +
              "' every ActiveRecord model has; ActiveRecord raises "
              "ArgumentError when the class loads"));
      return;
    }
  }
  const Model *Owner = nullptr;
  if (const Member *Same = findMember(P, M, A.Name, &Owner)) {
    Finding F = makeFinding(
        InvalidOptionCheckName, Severity::Error, where(A),
        kindAndName(A) + " collides with the member '" + A.Name + "' of '" +
            Owner->QualifiedName +
            "': the association's accessor and the member cannot both "
            "exist");
    F.Notes.push_back({"'" + A.Name + "' is declared here", Same->Where});
    Findings.push_back(std::move(F));
  }
}

/// A subclass member named like an association its base model declares:
/// the same collision, seen from the subclass.
void checkInheritedNames(const Program &P, const Model &M,
                         std::vector<Finding> &Findings) {
  const Model *Base = M.BaseModel.empty() ? nullptr : P.model(M.BaseModel);
  if (!Base)
    return;
  for (const Member &Own : M.Members) {
    const Association *A = findAssociation(P, *Base, Own.Name);
    if (!A || isActiveRecordMethod(A->Name))
      continue;
    Finding F = makeFinding(
        InvalidOptionCheckName, Severity::Error, Own.Where,
        "member '" + Own.Name + "' of '" + M.QualifiedName +
            "' collides with the " + kindAndName(*A) +
            " it inherits: the association's accessor and the member "
            "cannot both exist");
    F.Notes.push_back({kindAndName(*A) + " is declared here", where(*A)});
    Findings.push_back(std::move(F));
  }
}

void checkPolymorphic(const Association &A, std::vector<Finding> &Findings) {
  if (!A.isPolymorphic())
    return;
  switch (polymorphicVerdict(A.Kind)) {
  case OptionVerdict::Accepted:
    return;
  case OptionVerdict::Ignored:
    Findings.push_back(makeFinding(
        InvalidOptionCheckName, Severity::Warning, A.Whole,
        "has_and_belongs_to_many '" + A.Name +
            "' ignores 'polymorphic': ActiveRecord derives its class from "
            "the name"));
    return;
  case OptionVerdict::Rejected:
    Findings.push_back(makeFinding(
        InvalidOptionCheckName, Severity::Error, A.Whole,
        kindAndName(A) +
            " cannot be polymorphic; only a belongs_to can, and "
            "ActiveRecord raises ArgumentError (Unknown key: :polymorphic) "
            "when the class loads" +
            (A.option(OptionKey::As)
                 ? std::string("; name the target model, as: already pairs "
                               "it with the polymorphic side")
                 : std::string("; use as: on this side"))));
    return;
  }
}

} // namespace

OptionVerdict optionVerdict(const Association &A, OptionKey Key) {
  // ActiveRecord's per-builder key lists (activerecord-semantics.md, a),
  // restricted to the keys the vocabulary can spell.
  auto Verdict = [](bool Accepted) {
    return Accepted ? OptionVerdict::Accepted : OptionVerdict::Rejected;
  };
  const AssociationKind Kind = A.Kind;
  const bool BelongsTo = Kind == AssociationKind::BelongsTo;
  const bool HasOne = Kind == AssociationKind::HasOne;
  const bool HasMany = Kind == AssociationKind::HasMany;
  if (Kind == AssociationKind::HasAndBelongsToMany) {
    switch (Key) {
    case OptionKey::JoinTable:
    case OptionKey::ForeignKey:
    case OptionKey::AssociationForeignKey:
    case OptionKey::Validate:
    case OptionKey::Autosave:
    case OptionKey::Scope:
      return OptionVerdict::Accepted;
    default:
      return OptionVerdict::Ignored;
    }
  }
  switch (Key) {
  case OptionKey::Dependent:
  case OptionKey::InverseOf:
  case OptionKey::ForeignKey:
  case OptionKey::PrimaryKey:
  case OptionKey::Autosave:
  case OptionKey::Validate:
  case OptionKey::Scope: // Every macro takes a scope.
    return OptionVerdict::Accepted;
  case OptionKey::AssociationForeignKey:
    return OptionVerdict::Rejected;
  case OptionKey::JoinTable: // A leftover of habtm that has_many still takes.
    return Verdict(HasMany);
  case OptionKey::Through:
  case OptionKey::As:
    return Verdict(!BelongsTo);
  case OptionKey::Source:
  case OptionKey::SourceType:
    return Verdict(!BelongsTo && A.option(OptionKey::Through));
  case OptionKey::Optional:
    return Verdict(BelongsTo);
  case OptionKey::Required:
  case OptionKey::Touch:
    return Verdict(BelongsTo || HasOne);
  case OptionKey::CounterCache:
    return Verdict(BelongsTo || HasMany);
  }
  return OptionVerdict::Rejected;
}

OptionVerdict polymorphicVerdict(AssociationKind Kind) {
  switch (Kind) {
  case AssociationKind::BelongsTo:
    return OptionVerdict::Accepted;
  case AssociationKind::HasAndBelongsToMany:
    return OptionVerdict::Ignored;
  default:
    return OptionVerdict::Rejected;
  }
}

const std::vector<std::string> &validDependentValues(AssociationKind Kind) {
  static const std::vector<std::string> BelongsTo = {"destroy", "delete",
                                                     "destroy_async"};
  static const std::vector<std::string> HasOne = {
      "destroy", "destroy_async",       "delete",
      "nullify", "restrict_with_error", "restrict_with_exception"};
  static const std::vector<std::string> HasMany = {"destroy",
                                                   "delete_all",
                                                   "nullify",
                                                   "restrict_with_error",
                                                   "restrict_with_exception",
                                                   "destroy_async"};
  static const std::vector<std::string> None;
  switch (Kind) {
  case AssociationKind::BelongsTo:
    return BelongsTo;
  case AssociationKind::HasOne:
    return HasOne;
  case AssociationKind::HasMany:
    return HasMany;
  case AssociationKind::HasAndBelongsToMany:
    return None;
  }
  return None;
}

bool isActiveRecordMethod(std::string_view Name) {
  return std::binary_search(std::begin(ActiveRecordMethods),
                            std::end(ActiveRecordMethods), Name);
}

std::vector<std::string_view> activeRecordMethods() {
  return {std::begin(ActiveRecordMethods), std::end(ActiveRecordMethods)};
}

std::vector<Finding> findInvalidOptions(const Program &P,
                                        const Inflector &I) {
  std::vector<Finding> Findings;
  for (const Model &M : modelsOf(P, ar::Library)) {
    checkInheritedNames(P, M, Findings);
    for (const Association &A : M.Associations) {
      checkName(P, M, A, I, Findings);
      checkPolymorphic(A, Findings);
      for (const Option &O : A.Options)
        checkKey(A, O, Findings);
    }
  }
  return Findings;
}

} // namespace assoctidy
