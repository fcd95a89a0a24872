//===- JoinTableName.cpp - has_and_belongs_to_many join tables ------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssocRules.h"
#include "JoinTableName.h"

#include "Derived.h"
#include "Support.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace assoctidy::ar {

namespace {

/// One has_and_belongs_to_many between two models the analysis can see.
struct Habtm {
  const Model *Owner;
  const Association *Assoc;
  const Model *Target;
  std::string OwnerTable;
  std::string TargetTable;
  std::string Table; ///< Declared or derived.
  bool Explicit;

  bool selfReferential(const Program &P) const {
    return isA(P, *Owner, Target->QualifiedName) ||
           isA(P, *Target, Owner->QualifiedName);
  }
  std::string derived() const { return joinTableName(OwnerTable, TargetTable); }
  /// Where the table comes from: the join_table value, else the name.
  const Range &where() const {
    return whereOption(*Assoc, OptionKey::JoinTable);
  }
  std::string describe() const {
    return "has_and_belongs_to_many '" + Assoc->Name + "' of '" +
           Owner->QualifiedName + "'";
  }
  std::string tableOrigin() const {
    return Explicit ? "declared"
                    : "derived from tables '" + OwnerTable + "' and '" +
                          TargetTable + "'";
  }
};

std::vector<Habtm> collect(const Program &P, const Inflector &I) {
  std::vector<Habtm> All;
  for (const Model &M : modelsOf(P, Library))
    for (const Association &A : M.Associations) {
      const Model *Target = A.Kind == AssociationKind::HasAndBelongsToMany
                                ? visibleTarget(P, A)
                                : nullptr;
      if (!Target)
        continue;
      All.push_back({&M, &A, Target, tableName(M, P, I),
                     tableName(*Target, P, I), joinTable(A, M, P, I),
                     A.option(OptionKey::JoinTable) != nullptr});
    }
  return All;
}

/// True when Y, declared on X's target (or a base of it), points back at
/// X's owner: the two could be the two sides of one many-to-many.
bool pointsBack(const Program &P, const Habtm &X, const Habtm &Y) {
  auto OneWay = [&](const Habtm &From, const Habtm &To) {
    return isA(P, *From.Target, To.Owner->QualifiedName) &&
           isA(P, *From.Owner, To.Target->QualifiedName);
  };
  // Either side may name a subclass of the other's owner, so both ways.
  return &X != &Y && !X.selfReferential(P) && !Y.selfReferential(P) &&
         (OneWay(X, Y) || OneWay(Y, X));
}

/// Two self-referential associations that are one relation seen from its
/// two ends: the same table with the keys swapped (friends / friend_of).
bool areMirrored(const Program &P, const Habtm &X, const Habtm &Y,
                 const Inflector &I) {
  return &X != &Y && X.selfReferential(P) && Y.selfReferential(P) &&
         X.Owner == Y.Owner &&
         foreignKey(*X.Assoc, *X.Owner, I) ==
             associationForeignKey(*Y.Assoc, I) &&
         associationForeignKey(*X.Assoc, I) ==
             foreignKey(*Y.Assoc, *Y.Owner, I);
}

/// True when Name is made of only the two tables, but not in ActiveRecord's
/// spelling: the wrong order, or a shared prefix written twice.
bool misspellsTheTwo(const Habtm &X) {
  const std::string &A = std::min(X.OwnerTable, X.TargetTable);
  const std::string &B = std::max(X.OwnerTable, X.TargetTable);
  return X.Table != X.derived() &&
         (X.Table == B + "_" + A || X.Table == A + "_" + B ||
          X.Table == joinTableNameInOrder(B, A));
}

std::optional<TextEdit> fixToDerived(const Habtm &X) {
  const Option *Join = X.Assoc->option(OptionKey::JoinTable);
  if (!Join || !misspellsTheTwo(X))
    return std::nullopt;
  return replaceValue(*Join, X.derived());
}

void checkExplicitName(const Habtm &X, const JoinTableNameOptions &O,
                       std::vector<Finding> &Findings) {
  if (!X.Explicit || X.Table == X.derived())
    return;
  const bool Misspelled = misspellsTheTwo(X);
  if (!Misspelled && !O.RequireConventionalName)
    return;
  const std::string &A = std::min(X.OwnerTable, X.TargetTable);
  const std::string &B = std::max(X.OwnerTable, X.TargetTable);
  Finding F = makeFinding(
      JoinTableNameCheckName, Severity::Warning, X.where(),
      "join table '" + X.Table + "' of " + X.describe() +
          (Misspelled ? " is not ActiveRecord's spelling of tables '"
                      : " is not the conventional name for tables '") +
          A + "' and '" + B + "': the default is '" + X.derived() +
          "' (names in byte order, a shared prefix written once)");
  if (std::optional<TextEdit> Fix = fixToDerived(X))
    F.Fixes.push_back(*Fix);
  Findings.push_back(std::move(F));
}

/// The top of M's inheritance line (for a line that loops, its least name
/// in the loop): two models share it whenever one is a kind of the other.
const Model *lineTop(const Program &P, const Model &M) {
  std::vector<const Model *> Line;
  for (const Model *Cur = &M; Cur;
       Cur = Cur->BaseModel.empty() ? nullptr : P.model(Cur->BaseModel)) {
    auto Again = std::find(Line.begin(), Line.end(), Cur);
    if (Again != Line.end())
      return *std::min_element(Again, Line.end(),
                               [](const Model *A, const Model *B) {
                                 return A->QualifiedName < B->QualifiedName;
                               });
    Line.push_back(Cur);
  }
  return Line.back();
}

/// Pairs the two sides of each many-to-many on the same table, then reports
/// the pairs whose sides name different tables, each pair once.
/// Returns the sides whose error already carries the fix to the derived
/// name, which need no warning of their own.
std::set<const Habtm *> checkSidesAgree(const Program &P,
                                        const std::vector<Habtm> &All,
                                        std::vector<Finding> &Findings) {
  std::set<const Habtm *> Errors;
  // Y can point back at X only if Y's owner is in the inheritance line of
  // X's target: looking there only keeps this linear in the program.
  std::map<const Model *, std::vector<const Habtm *>> ByOwnerLine;
  for (const Habtm &Y : All)
    ByOwnerLine[lineTop(P, *Y.Owner)].push_back(&Y);
  auto Candidates = [&](const Habtm &X) -> const std::vector<const Habtm *> & {
    static const std::vector<const Habtm *> None;
    auto It = ByOwnerLine.find(lineTop(P, *X.Target));
    return It == ByOwnerLine.end() ? None : It->second;
  };
  auto Matched = [&](const Habtm &X) {
    const std::vector<const Habtm *> &Ys = Candidates(X);
    return std::any_of(Ys.begin(), Ys.end(), [&](const Habtm *Y) {
      return pointsBack(P, X, *Y) && Y->Table == X.Table;
    });
  };
  std::set<const Habtm *> Reported;
  for (const Habtm &X : All) {
    if (Reported.count(&X) || Matched(X))
      continue;
    const Habtm *Other = nullptr;
    for (const Habtm *Y : Candidates(X))
      if (pointsBack(P, X, *Y) && !Reported.count(Y) && !Matched(*Y)) {
        Other = Y;
        break;
      }
    if (!Other)
      continue; // One-sided: assoc-missing-inverse's business.
    Reported.insert(&X);
    Reported.insert(Other);
    // Blame the side that left the convention; if both did, the later
    // qualified name, so that every unit blames the same side.
    const Habtm *Blamed = &X, *Noted = Other;
    const bool XConventional = X.Table == X.derived();
    const bool OtherConventional = Other->Table == Other->derived();
    if (XConventional != OtherConventional
            ? XConventional
            : X.Owner->QualifiedName < Other->Owner->QualifiedName)
      std::swap(Blamed, Noted);
    Finding F = makeFinding(
        JoinTableNameCheckName, Severity::Error, Blamed->where(),
        Blamed->describe() + " uses join table '" + Blamed->Table + "' (" +
            Blamed->tableOrigin() + ") but its other side uses '" +
            Noted->Table + "': each side would read and write its own table");
    F.Notes.push_back({Noted->describe() + " uses '" + Noted->Table + "' (" +
                           Noted->tableOrigin() + ")",
                       Noted->where()});
    // A misspelled name next to a conventional one: the fix is plain, and
    // this error replaces the misspelling's own warning.
    if (Noted->Table == Noted->derived())
      if (std::optional<TextEdit> Fix = fixToDerived(*Blamed)) {
        F.Fixes.push_back(*Fix);
        Errors.insert(Blamed);
      }
    Findings.push_back(std::move(F));
  }
  return Errors;
}

/// Different relations on one table see each other's rows. A relation is
/// one side, or two sides paired each once.
void checkSharedTables(const Program &P, const std::vector<Habtm> &All,
                       const Inflector &I, std::vector<Finding> &Findings) {
  std::map<std::string, std::vector<const Habtm *>> ByTable;
  for (const Habtm &X : All)
    ByTable[X.Table].push_back(&X);
  for (const auto &[Table, Users] : ByTable) {
    std::vector<std::vector<const Habtm *>> Relations;
    std::set<const Habtm *> Paired;
    for (const Habtm *X : Users) {
      if (Paired.count(X))
        continue;
      Paired.insert(X);
      Relations.push_back({X});
      for (const Habtm *Y : Users)
        if (!Paired.count(Y) &&
            (pointsBack(P, *X, *Y) || areMirrored(P, *X, *Y, I))) {
          Paired.insert(Y);
          Relations.back().push_back(Y);
          break;
        }
    }
    const Habtm &First = *Relations.front().front();
    for (std::size_t R = 1; R < Relations.size(); ++R) {
      const Habtm &X = *Relations[R].front();
      Finding F = makeFinding(
          JoinTableNameCheckName, Severity::Warning, X.where(),
          X.describe() + " shares join table '" + Table + "' with " +
              First.describe() +
              ", another relation: each would see the other's rows");
      F.Notes.push_back(
          {First.describe() + " uses '" + Table + "' here", First.where()});
      Findings.push_back(std::move(F));
    }
  }
}

/// A self-referential habtm whose two key columns are one: ActiveRecord's
/// defaults (`person_id` twice) unless foreign_key and
/// association_foreign_key tell the two ends apart.
void checkSelfReferentialKeys(const Program &P, const Habtm &X,
                              const Inflector &I,
                              std::vector<Finding> &Findings) {
  const Association &A = *X.Assoc;
  if (!X.selfReferential(P))
    return;
  const std::string Key = foreignKey(A, *X.Owner, I);
  if (Key != associationForeignKey(A, I))
    return;
  Findings.push_back(makeFinding(
      JoinTableNameCheckName, Severity::Warning, where(A),
      "self-referential " + X.describe() + " uses column '" + Key +
          "' of '" + X.Table +
          "' for both ends; declare foreign_key and "
          "association_foreign_key with two different columns"));
}

/// With CheckThroughJoinModels: a join model (a model with belongs_to to
/// both ends of a has_many through) named after the two tables it joins,
/// habtm-style (`items_users`) or owner-first (`user_items`).
void checkJoinModels(const Program &P, const Inflector &I,
                     std::vector<Finding> &Findings) {
  std::set<const Model *> Reported;
  for (const Model &A : modelsOf(P, Library))
    for (const Association &X : A.Associations) {
      const Option *Through = X.option(OptionKey::Through);
      const Model *B = X.Kind == AssociationKind::HasMany && Through
                           ? visibleTarget(P, X)
                           : nullptr;
      const Association *Via =
          B ? findAssociation(P, A, Through->Value) : nullptr;
      const Model *Join = Via && Via->Kind == AssociationKind::HasMany
                              ? visibleTarget(P, *Via)
                              : nullptr;
      if (!Join || Reported.count(Join))
        continue;
      bool ToA = false, ToB = false;
      for (const std::string &Name : inheritedAssociationNames(P, *Join)) {
        const Association *Y = findAssociation(P, *Join, Name);
        if (Y->Kind != AssociationKind::BelongsTo || Y->isPolymorphic())
          continue;
        ToA |= isA(P, A, Y->Target);
        ToB |= isA(P, *B, Y->Target);
      }
      if (!ToA || !ToB)
        continue; // Not a plain join model: it names a thing of its own.
      const std::string TA = tableName(A, P, I), TB = tableName(*B, P, I);
      const std::string Actual = tableName(*Join, P, I);
      const std::vector<std::string> Accepted = {joinTableName(TA, TB),
                                                 I.singularize(TA) + "_" + TB,
                                                 I.singularize(TB) + "_" + TA};
      Reported.insert(Join);
      if (std::find(Accepted.begin(), Accepted.end(), Actual) != Accepted.end())
        continue;
      Finding F = makeFinding(
          JoinTableNameCheckName, Severity::Warning, Join->Definition,
          "join model '" + Join->QualifiedName + "' has table '" + Actual +
              "'; a join model of '" + TA + "' and '" + TB + "' is named '" +
              Accepted[0] + "', '" + Accepted[1] + "' or '" + Accepted[2] +
              "' (CheckThroughJoinModels)");
      F.Notes.push_back({"has_many '" + X.Name + "' of '" + A.QualifiedName +
                             "' goes through it here",
                         where(*Through)});
      Findings.push_back(std::move(F));
    }
}

} // namespace

std::vector<Finding> findJoinTableProblems(const Program &P,
                                           const JoinTableNameOptions &O) {
  const Inflector &I = *O.Inflections;
  const std::vector<Habtm> All = collect(P, I);
  std::vector<Finding> Findings;
  const std::set<const Habtm *> Disagreeing =
      checkSidesAgree(P, All, Findings);
  for (const Habtm &X : All) {
    if (!Disagreeing.count(&X))
      checkExplicitName(X, O, Findings);
    checkSelfReferentialKeys(P, X, I, Findings);
  }
  checkSharedTables(P, All, I, Findings);
  if (O.CheckThroughJoinModels)
    checkJoinModels(P, I, Findings);
  return Findings;
}

} // namespace assoctidy::ar
