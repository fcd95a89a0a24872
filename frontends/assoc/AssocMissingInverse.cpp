//===- MissingInverse.cpp - An association with no other side -------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssocRules.h"
#include "MissingInverse.h"

#include "AssociationNaming.h"
#include "Derived.h"
#include "Support.h"

#include <map>
#include <set>

namespace assoctidy::ar {

namespace {

bool isPlainHas(const Association &A) {
  return (A.Kind == AssociationKind::HasMany ||
          A.Kind == AssociationKind::HasOne) &&
         !A.option(OptionKey::Through) && !A.option(OptionKey::As);
}

bool isPlainBelongsTo(const Association &A) {
  return A.Kind == AssociationKind::BelongsTo && !A.isPolymorphic();
}

/// Pairs every plain has_* of the program with the belongs_to it uses.
/// Each pass runs over all the has_* from one model to another before the
/// next pass, so that declaration order never decides a pairing.
class Pairing {
public:
  Pairing(const Program &P, const Inflector &I) : P(P), I(I) {
    for (const Model &A : modelsOf(P, Library)) {
      std::map<const Model *, std::vector<const Association *>> ByTarget;
      for (const Association &H : A.Associations)
        if (const Model *B = visibleTarget(P, H)) {
          if (isPlainHas(H))
            ByTarget[B].push_back(&H);
          else
            pairByAs(A, H, *B);
        }
      for (const auto &[B, Has] : ByTarget)
        pairGroup(A, Has, *B);
    }
  }

  bool isPaired(const Association &A) const { return Paired.count(&A); }

private:
  void pairGroup(const Model &A, const std::vector<const Association *> &Has,
                 const Model &B) {
    std::vector<const Association *> Back;
    // A belongs_to to a subclass of A (single-table inheritance) reads the
    // column of the has_* that A declares and the subclass inherits; one to
    // a base of A reads the column of the has_* a subclass A declares
    // (`Moderator < User` has_many reports, `Report` belongs_to a User).
    for (const Association &C : B.Associations)
      if (isPlainBelongsTo(C) &&
          (isA(P, A, C.Target) ||
           (visibleTarget(P, C) &&
            isA(P, *visibleTarget(P, C), A.QualifiedName))))
        Back.push_back(&C);
    auto Link = [&](const Association *H, const Association *C) {
      Paired.insert(H);
      Paired.insert(C);
    };
    // 1. An explicit inverse_of on either side.
    for (const Association *H : Has)
      for (const Association *C : Back)
        if (!isPaired(*H) &&
            (C->Name == H->inverseName() || C->inverseName() == H->Name))
          Link(H, C);
    // 2. The same column: several has_* may read one belongs_to's key.
    for (const Association *H : Has)
      for (const Association *C : Back)
        if (!isPaired(*H) && foreignKey(*C, B, I) == foreignKey(*H, A, I))
          Link(H, C);
    // 3. The owner's name, for a belongs_to no other has_* has paired. This
    // is ActiveRecord's automatic inverse, which a scope on either side
    // stops (6.1).
    const std::string OwnerName = I.underscore(A.ClassName);
    for (const Association *H : Has)
      for (const Association *C : Back)
        if (!isPaired(*H) && !isPaired(*C) && C->Name == OwnerName &&
            !H->isScoped() && !C->isScoped())
          Link(H, C);
  }

  /// An `as:` that names a plain belongs_to back to A: ActiveRecord pairs
  /// the two (the wrong, non-polymorphic kind is polymorphic-pairing's
  /// finding), so neither lacks an inverse.
  void pairByAs(const Model &A, const Association &H, const Model &B) {
    std::string_view As = H.optionValue(OptionKey::As);
    if (As.empty())
      return;
    const Association *Y = B.association(As);
    if (Y && isPlainBelongsTo(*Y) && Y->Target == A.QualifiedName)
      Paired.insert(Y);
  }

  const Program &P;
  const Inflector &I;
  std::set<const Association *> Paired;
};

/// A declaration a fix-it adds, and the association name it declares.
struct Declaration {
  std::string Name;
  std::string Text;
};

/// `assoc::belongs_to<A>("a")` as the user would write it back: named after
/// the key it must use, so that the two sides pair.
Declaration belongsToBack(const Model &A, const Association &H,
                          const std::string &FK, const Inflector &I) {
  std::string Name(H.inverseName());
  const bool KeyNamed = FK.size() > 3 && FK.compare(FK.size() - 3, 3, "_id") == 0;
  if (Name.empty())
    Name = KeyNamed ? FK.substr(0, FK.size() - 3) : I.underscore(A.ClassName);
  std::string Text =
      "assoc::belongs_to<" + A.QualifiedName + ">(" + stringLiteral(Name);
  if (Name + "_id" != FK)
    Text += ", assoc::foreign_key(" + stringLiteral(FK) + ")";
  return {Name, Text + ")"};
}

Declaration hasManyBack(const Model &A, const Association &Bt, const Model &B,
                        const Inflector &I) {
  const std::string FK = foreignKey(Bt, A, I);
  std::string Name(Bt.inverseName());
  if (Name.empty())
    Name = I.pluralize(I.underscore(A.ClassName));
  std::string Text = "assoc::has_many<" + A.QualifiedName + ">(" + stringLiteral(Name);
  if (FK != I.foreignKey(B.ClassName))
    Text += ", assoc::foreign_key(" + stringLiteral(FK) + ")";
  return {Name, Text + ")"};
}

Declaration habtmBack(const Model &A, const Association &H,
                      const Inflector &I) {
  const std::string Name = I.pluralize(I.underscore(A.ClassName));
  std::string Text = "assoc::has_and_belongs_to_many<" + A.QualifiedName +
                     ">(" + stringLiteral(Name);
  if (const Option *Join = H.option(OptionKey::JoinTable))
    Text += ", assoc::join_table(" + stringLiteral(Join->Value) + ")";
  // The other side sees the join table from the opposite end.
  if (const Option *Key = H.option(OptionKey::AssociationForeignKey))
    Text += ", assoc::foreign_key(" + stringLiteral(Key->Value) + ")";
  if (const Option *Key = H.option(OptionKey::ForeignKey))
    Text += ", assoc::association_foreign_key(" + stringLiteral(Key->Value) + ")";
  return {Name, Text + ")"};
}

/// What the fix-its of one run have added to each model, so that two
/// findings never add one name twice.
using Additions = std::map<const Model *, std::set<std::string>>;

/// True when code added to B's declaration may name A: A is B, or is
/// declared (forward or defined) before B's `declare(...)` ends in its
/// file, or B already names it. Otherwise A may not be declared where B is (models live in separate
/// headers), and the added line would not compile: the note says what to
/// add, no fix-it adds it.
bool namesVisibly(const Model &A, const Model &B) {
  if (&A == &B)
    return true;
  for (const Location &L : A.Declarations)
    if (L.File == B.DeclareEnd.File && L.Offset < B.DeclareEnd.Offset)
      return true;
  for (const Association &Y : B.Associations)
    if (Y.Target == A.QualifiedName)
      return true;
  return false;
}

/// An association of B that assoc-association-naming would rename onto
/// Name: adding Name beside it would make a duplicate once both fixes are
/// applied (and the renamed one may well be the missing inverse).
const Association *renamedOnto(const Model &B, const std::string &Name,
                               const Inflector &I) {
  for (const Association &Y : B.Associations)
    if (Y.Name != Name && conventionalName(Y.Kind, Y.Name, I) == Name)
      return &Y;
  return nullptr;
}

Finding missing(const Model &A, const Association &X, const Model &B,
                std::string Message, const Declaration &Back,
                Additions &Added, const Inflector &I) {
  Finding F;
  F.Check = MissingInverseCheckName;
  F.Level = Severity::Warning;
  F.Where = where(X);
  F.Message = std::string(spelling(X.Kind)) + " association '" + X.Name +
              "' of '" + A.QualifiedName + "' has no inverse: " + Message;
  std::set<std::string> &AddedToB = Added[&B];
  // A name B already has would trade this finding for a duplicate one.
  const bool Taken = B.association(Back.Name) || AddedToB.count(Back.Name);
  if (const Association *Y = Taken ? nullptr : renamedOnto(B, Back.Name, I)) {
    F.Notes.push_back({"'" + B.QualifiedName + "' is defined here; its '" +
                           Y->Name + "' should be named '" + Back.Name +
                           "' (assoc-association-naming), which may make it "
                           "the inverse",
                       where(*Y)});
    return F;
  }
  F.Notes.push_back({"'" + B.QualifiedName + "' is defined here" +
                         (Taken ? std::string()
                                : "; add " + Back.Text),
                     B.Definition});
  if (Taken || !namesVisibly(A, B))
    return F;
  if (std::optional<TextEdit> Edit = appendToDeclare(B, Back.Text)) {
    F.Fixes.push_back(*Edit);
    AddedToB.insert(Back.Name);
  }
  return F;
}

/// Makes the fix-its that add to one model's `declare(...)` one edit that
/// adds everything, carried by the first of their findings; the others
/// point to it. Separate insertions at one point would conflict (and into
/// an empty `declare()` each would need to know whether a comma goes
/// first), and clang-tidy would apply one edit carried twice twice.
void combineAdditions(std::vector<Finding> &Findings,
                      const std::vector<std::string> &Names) {
  std::map<std::pair<std::string, unsigned>, std::vector<std::size_t>> AtEnd;
  for (std::size_t I = 0; I < Findings.size(); ++I)
    for (const TextEdit &E : Findings[I].Fixes)
      AtEnd[{E.Where.Begin.File, E.Where.Begin.Offset}].push_back(I);
  for (const auto &[Where, Indices] : AtEnd) {
    if (Indices.size() < 2)
      continue;
    Finding &First = Findings[Indices.front()];
    std::string &Combined = First.Fixes.front().Text;
    for (std::size_t K = 1; K < Indices.size(); ++K) {
      Finding &Other = Findings[Indices[K]];
      const std::string &Text = Other.Fixes.front().Text;
      Combined += Text.rfind(", ", 0) == 0 ? Text : ", " + Text;
      Other.Fixes.clear();
      Other.Notes.push_back({"the fix-it for '" + Names[Indices.front()] +
                                 "' adds this one too",
                             First.Where});
    }
  }
}

} // namespace

std::vector<Finding> findMissingInverses(const Program &P,
                                         const MissingInverseOptions &O) {
  const Inflector &I = *O.Inflections;
  Pairing Pairs(P, I);
  Additions Added;
  std::vector<Finding> Findings;
  std::vector<std::string> Names; // Each finding's association.
  for (const Model &A : modelsOf(P, Library)) {
    for (const Association &X : A.Associations) {
      const Model *B = visibleTarget(P, X);
      // `inverse_of(false)`: the user says there is no other side
      // (ActiveRecord ignores it on a habtm: assoc-invalid-inverse says so).
      if (!B || (X.inverseDisabled() &&
                 X.Kind != AssociationKind::HasAndBelongsToMany))
        continue;
      if (isPlainHas(X) && !Pairs.isPaired(X)) {
        const std::string FK = foreignKey(X, A, I);
        Findings.push_back(missing(
            A, X, *B,
            "'" + B->QualifiedName + "' declares no belongs_to<" +
                A.QualifiedName + "> with foreign key '" + FK + "'",
            belongsToBack(A, X, FK, I), Added, I));
        Names.push_back(X.Name);
      } else if (isPlainBelongsTo(X) && O.RequireBelongsToInverse &&
                 !Pairs.isPaired(X)) {
        Findings.push_back(missing(
            A, X, *B,
            "'" + B->QualifiedName + "' declares no has_many or has_one<" +
                A.QualifiedName + "> with foreign key '" +
                foreignKey(X, A, I) + "'",
            hasManyBack(A, X, *B, I), Added, I));
        Names.push_back(X.Name);
      } else if (X.Kind == AssociationKind::HasAndBelongsToMany) {
        // Either side may name a subclass of the other (single-table
        // inheritance), and B may inherit its side.
        bool Back = false;
        for (const std::string &Name : inheritedAssociationNames(P, *B)) {
          const Association *C = findAssociation(P, *B, Name);
          const Model *CTarget = visibleTarget(P, *C);
          Back |= C->Kind == AssociationKind::HasAndBelongsToMany && CTarget &&
                  (isA(P, A, CTarget->QualifiedName) ||
                   isA(P, *CTarget, A.QualifiedName));
        }
        if (Back)
          continue;
        Findings.push_back(missing(
            A, X, *B,
            "'" + B->QualifiedName + "' declares no has_and_belongs_to_many<" +
                A.QualifiedName + ">",
            habtmBack(A, X, I), Added, I));
        Names.push_back(X.Name);
      }
    }
  }
  combineAdditions(Findings, Names);
  return Findings;
}

} // namespace assoctidy::ar
