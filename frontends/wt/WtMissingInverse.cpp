//===- WtMissingInverse.cpp - Wt::Dbo relations with no belongsTo back ----===//
//
// Part of assoc-tidy. Wt pairs a hasMany(ManyToOne) or a hasOne() of class
// A with the foreign key in its target B by name: B must map a ptr<A> with
// belongsTo() (or field()/id()) under the same name, `>` stripped. When the
// session first initialises its schema, Wt throws "Relation mismatch" for
// the first relation that has none (DbAction.C, Session.C).
//
//===----------------------------------------------------------------------===//

#include "MissingInverse.h"
#include "WtRules.h"

#include "Support.h"
#include "WtSupport.h"

namespace assoctidy {

std::vector<Finding> findWtMissingInverses(const Program &P) {
  std::vector<Finding> Findings;
  const wt::Tables Tables(P);
  for (const Model &A : modelsOf(P, wt::Library))
    for (const Association &X : A.Associations) {
      if (X.Kind != AssociationKind::HasMany &&
          X.Kind != AssociationKind::HasOne)
        continue;
      const Model *B = wt::target(P, X);
      const std::optional<std::string> Name = wt::pairingName(A, X, Tables);
      if (!B || !Name)
        continue;
      bool Paired = false;
      std::vector<const Association *> Others; // Wt's "did you mean".
      for (const Association &Y : B->Associations) {
        if (Y.Kind != AssociationKind::BelongsTo || Y.Target != A.QualifiedName)
          continue;
        const std::optional<std::string> Back = wt::pairingName(*B, Y, Tables);
        // A name no one can read may be the right one: stay silent.
        Paired |= !Back || *Back == *Name;
        if (Back && *Back != *Name)
          Others.push_back(&Y);
      }
      if (Paired)
        continue;
      // Wt's own words need both tables; without a mapClass() in sight
      // the message says the same without quoting them.
      const std::optional<std::string> OwnTable = Tables.table(A.QualifiedName);
      const std::optional<std::string> OtherTable =
          Tables.table(B->QualifiedName);
      // Wt lists every other foreign key back, quoted and joined by "and"
      // (Session.C).
      std::string Found;
      for (const Association *Y : Others)
        Found += (Found.empty() ? "'" : " and '") +
                 *wt::pairingName(*B, *Y, Tables) + "'";
      std::string Wt;
      if (OwnTable && OtherTable) {
        Wt = "Wt throws \"Relation mismatch for table '" + *OwnTable +
             "': no matching belongsTo() found in table '" + *OtherTable +
             "' with name '" + *Name + "'" +
             (Found.empty() ? "" : ", but did find with name " + Found + "?") +
             "\"";
      } else {
        Wt = "Wt throws \"Relation mismatch\"" +
             (Found.empty() ? std::string()
                            : " (naming " + Found + ", which it did find)");
      }
      Finding F =
          makeFinding(MissingInverseCheckName, Severity::Error, where(X),
                      wt::subject(X) + " of '" + A.QualifiedName +
                          "' has no belongsTo() back in '" + B->QualifiedName +
                          "' named '" + *Name + "'; " + Wt +
                          " when the session first initialises its schema");
      for (const Association *Y : Others)
        F.Notes.push_back({"'" + B->QualifiedName + "' maps its ptr<" +
                               A.ClassName + "> with " + wt::subject(*Y) +
                               " here",
                           where(*Y)});
      if (Others.empty())
        F.Notes.push_back(
            {"'" + B->QualifiedName + "' is defined here", B->Definition});
      Findings.push_back(std::move(F));
    }
  return Findings;
}

} // namespace assoctidy
