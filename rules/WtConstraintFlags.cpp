//===- WtConstraintFlags.cpp - Contradictory Wt::Dbo constraints ----------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtConstraintFlags.h"

#include "Support.h"
#include "WtSupport.h"

#include <algorithm>
#include <string_view>

namespace assoctidy {

namespace {

/// `OnDelete` or `OnUpdate` for an action flag, else empty.
std::string_view groupOf(std::string_view Flag) {
  for (std::string_view Group : {"OnDelete", "OnUpdate"})
    if (Flag.substr(0, Group.size()) == Group)
      return Group;
  return {};
}

/// Wt's precedence within a group (Field_impl.h tests the bits in this
/// order): Cascade, then SetNull, then Restrict.
int rank(std::string_view Flag) {
  const std::string_view Action = Flag.substr(groupOf(Flag).size());
  return Action == "Cascade" ? 0 : Action == "SetNull" ? 1 : 2;
}

/// A fix-it that deletes one flag and one `|` beside it.
void removeFlag(const WtFlag &Flag, Finding &F) {
  if (Flag.Removal.isValid())
    F.Fixes.push_back({Flag.Removal, ""});
}

} // namespace

std::vector<Finding> findWtConstraintFlagProblems(const Program &P) {
  std::vector<Finding> Findings;
  for (const Model &M : modelsOf(P, Library::WtDbo))
    for (const Association &A : M.Associations) {
      const std::vector<WtFlag> &Flags = A.Wt.Flags;
      const std::string Of = " on " + wt::subject(A) + " of '" +
                             M.QualifiedName + "'";
      const WtFlag *NotNull = nullptr;
      for (std::size_t I = 0; I < Flags.size(); ++I) {
        const WtFlag &Flag = Flags[I];
        // The same flag twice: the second does nothing.
        const WtFlag *Same = nullptr;
        for (std::size_t J = 0; J < I && !Same; ++J)
          if (Flags[J].Name == Flag.Name)
            Same = &Flags[J];
        if (Same) {
          Finding F = makeFinding(WtConstraintFlagsCheckName,
                                  Severity::Warning, Flag.Where,
                                  "'" + Flag.Name + "' is given twice" + Of);
          F.Notes.push_back({"first given here", Same->Where});
          removeFlag(Flag, F);
          Findings.push_back(std::move(F));
          continue;
        }
        if (Flag.Name == "NotNull")
          NotNull = &Flag;
        const std::string_view Group = groupOf(Flag.Name);
        if (Group.empty())
          continue;
        // Two actions of one group: Wt keeps one, whatever the order.
        const WtFlag *Kept = &Flag;
        for (const WtFlag &Other : Flags)
          if (groupOf(Other.Name) == Group && rank(Other.Name) < rank(Kept->Name))
            Kept = &Other;
        if (Kept == &Flag || Kept->Name == Flag.Name)
          continue;
        Finding F = makeFinding(
            WtConstraintFlagsCheckName, Severity::Warning, Flag.Where,
            "'" + Flag.Name + "' has no effect" + Of +
                ": Wt gives a foreign key one ON " +
                (Group == "OnDelete" ? "DELETE" : "UPDATE") + " action, and '" +
                Kept->Name + "' takes precedence");
        F.Notes.push_back({"'" + Kept->Name + "' is given here", Kept->Where});
        removeFlag(Flag, F);
        Findings.push_back(std::move(F));
      }
      if (!NotNull)
        continue;
      for (const WtFlag &Flag : Flags) {
        if (Flag.Name != "OnDeleteSetNull" && Flag.Name != "OnUpdateSetNull")
          continue;
        // A Cascade of the same group wins, and SetNull does nothing.
        const std::string Cascade =
            std::string(groupOf(Flag.Name)) + "Cascade";
        if (std::any_of(Flags.begin(), Flags.end(),
                        [&](const WtFlag &F) { return F.Name == Cascade; }))
          continue;
        const bool Delete = Flag.Name == "OnDeleteSetNull";
        Finding F = makeFinding(
            WtConstraintFlagsCheckName, Severity::Warning, Flag.Where,
            "'" + Flag.Name + "' contradicts 'NotNull'" + Of +
                ": the column cannot be set to null, so the database " +
                "refuses to " + (Delete ? "delete" : "change the key of") +
                " a referenced row");
        F.Notes.push_back({"'NotNull' is given here", NotNull->Where});
        Findings.push_back(std::move(F));
      }
    }
  return Findings;
}

} // namespace assoctidy
