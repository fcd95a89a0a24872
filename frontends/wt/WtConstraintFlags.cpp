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

/// The edits that delete the flags at Dropped (indexes into Flags, sorted)
/// and keep the expression well formed: each run of dropped flags goes
/// with the `|` after it, or, at the end, with the `|` before it. Empty
/// when the flags cannot be rewritten (a macro, parentheses: the extractor
/// then gives no flag a Removal range).
std::vector<TextEdit> removals(const std::vector<wt::Flag> &Flags,
                               const std::vector<std::size_t> &Dropped) {
  std::vector<TextEdit> Edits;
  if (Dropped.empty() || Dropped.size() >= Flags.size() ||
      !std::all_of(Flags.begin(), Flags.end(),
                   [](const wt::Flag &F) { return F.Removal.isValid(); }))
    return Edits;
  for (std::size_t K = 0; K < Dropped.size();) {
    std::size_t First = Dropped[K], Last = First;
    while (K + 1 < Dropped.size() && Dropped[K + 1] == Last + 1)
      Last = Dropped[++K];
    ++K;
    if (Last + 1 < Flags.size())
      Edits.push_back(
          {{Flags[First].Where.Begin, Flags[Last + 1].Where.Begin}, ""});
    else
      Edits.push_back(
          {{Flags[First - 1].Where.End, Flags[Last].Where.End}, ""});
  }
  return Edits;
}

} // namespace

std::vector<Finding> findWtConstraintFlagProblems(const Program &P) {
  std::vector<Finding> Findings;
  for (const Model &M : modelsOf(P, wt::Library))
    for (const Association &A : M.Associations) {
      const std::vector<wt::Flag> &Flags = wt::relation(A).Flags;
      const std::string Of =
          " on " + wt::subject(A) + " of '" + M.QualifiedName + "'";
      // The flags Wt ignores, each with the finding that says why; they
      // are deleted together by one fix-it, on the first of them.
      std::vector<std::size_t> Dropped;
      std::vector<Finding> Ignored;
      const wt::Flag *NotNull = nullptr;
      for (std::size_t I = 0; I < Flags.size(); ++I) {
        const wt::Flag &Flag = Flags[I];
        // The same flag twice: the second does nothing.
        const auto Same = std::find_if(
            Flags.begin(), Flags.begin() + I,
            [&](const wt::Flag &F) { return F.Name == Flag.Name; });
        if (Same != Flags.begin() + I) {
          Finding F = makeFinding(WtConstraintFlagsCheckName, Severity::Warning,
                                  Flag.Where,
                                  "'" + Flag.Name + "' is given twice" + Of);
          F.Notes.push_back({"first given here", Same->Where});
          Dropped.push_back(I);
          Ignored.push_back(std::move(F));
          continue;
        }
        if (Flag.Name == "NotNull")
          NotNull = &Flag;
        const std::string_view Group = groupOf(Flag.Name);
        if (Group.empty())
          continue;
        // Two actions of one group: Wt keeps one, whatever the order.
        const wt::Flag *Kept = &Flag;
        for (const wt::Flag &Other : Flags)
          if (groupOf(Other.Name) == Group &&
              rank(Other.Name) < rank(Kept->Name))
            Kept = &Other;
        if (Kept == &Flag)
          continue;
        Finding F = makeFinding(
            WtConstraintFlagsCheckName, Severity::Warning, Flag.Where,
            "'" + Flag.Name + "' has no effect" + Of +
                ": Wt gives a foreign key one ON " +
                (Group == "OnDelete" ? "DELETE" : "UPDATE") + " action, and '" +
                Kept->Name + "' takes precedence");
        F.Notes.push_back({"'" + Kept->Name + "' is given here", Kept->Where});
        Dropped.push_back(I);
        Ignored.push_back(std::move(F));
      }
      if (!Ignored.empty()) {
        Ignored.front().Fixes = removals(Flags, Dropped);
        if (!Ignored.front().Fixes.empty())
          for (std::size_t K = 1; K < Ignored.size(); ++K)
            Ignored[K].Notes.push_back({"the fix-it for '" +
                                            Flags[Dropped.front()].Name +
                                            "' deletes this one too",
                                        Flags[Dropped.front()].Where});
      }
      // NotNull against a SetNull that takes effect: once per group.
      std::vector<Finding> Contradictions;
      for (const std::string_view SetNull :
           {"OnDeleteSetNull", "OnUpdateSetNull"}) {
        const auto Flag =
            std::find_if(Flags.begin(), Flags.end(),
                         [&](const wt::Flag &F) { return F.Name == SetNull; });
        // A Cascade of the same group wins, and SetNull does nothing.
        const std::string Cascade = std::string(groupOf(SetNull)) + "Cascade";
        if (!NotNull || Flag == Flags.end() ||
            std::any_of(Flags.begin(), Flags.end(),
                        [&](const wt::Flag &F) { return F.Name == Cascade; }))
          continue;
        const bool Delete = SetNull == "OnDeleteSetNull";
        Finding F = makeFinding(
            WtConstraintFlagsCheckName, Severity::Warning, Flag->Where,
            "'" + Flag->Name + "' contradicts 'NotNull'" + Of +
                ": the column cannot be set to null, so the database " +
                "refuses to " + (Delete ? "delete" : "change the key of") +
                " a referenced row");
        F.Notes.push_back({"'NotNull' is given here", NotNull->Where});
        Contradictions.push_back(std::move(F));
      }
      // In the order of the flags they are reported at.
      for (Finding &F : Contradictions)
        Ignored.push_back(std::move(F));
      std::stable_sort(Ignored.begin(), Ignored.end(),
                       [](const Finding &X, const Finding &Y) {
                         return X.Where.Begin.Offset < Y.Where.Begin.Offset;
                       });
      for (Finding &F : Ignored)
        Findings.push_back(std::move(F));
    }
  return Findings;
}

} // namespace assoctidy
