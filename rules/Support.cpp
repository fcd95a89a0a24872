//===- Support.cpp - What several rules need ------------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include <algorithm>

namespace assoctidy {

const Model *visibleTarget(const Program &P, const Association &A) {
  return A.State == TargetState::Model ? P.model(A.Target) : nullptr;
}

namespace {
/// M and then its bases, stopping at a missing or repeated one.
template <class Visitor>
void forEachInChain(const Program &P, const Model &M, Visitor Visit) {
  std::vector<const Model *> Seen;
  for (const Model *Cur = &M; Cur;
       Cur = Cur->BaseModel.empty() ? nullptr : P.model(Cur->BaseModel)) {
    if (std::find(Seen.begin(), Seen.end(), Cur) != Seen.end())
      return;
    Seen.push_back(Cur);
    if (Visit(*Cur))
      return;
  }
}
} // namespace

const Association *findAssociation(const Program &P, const Model &M,
                                   std::string_view Name) {
  const Association *Found = nullptr;
  forEachInChain(P, M, [&](const Model &Cur) {
    Found = Cur.association(Name);
    return Found != nullptr;
  });
  return Found;
}

std::vector<std::string> inheritedAssociationNames(const Program &P,
                                                   const Model &M) {
  std::vector<std::string> Names;
  forEachInChain(P, M, [&](const Model &Cur) {
    for (const Association &A : Cur.Associations)
      Names.push_back(A.Name);
    return false;
  });
  return Names;
}

bool isA(const Program &P, const Model &M, std::string_view Qualified) {
  bool Found = false;
  forEachInChain(P, M, [&](const Model &Cur) {
    Found = Cur.QualifiedName == Qualified;
    return Found;
  });
  return Found;
}

Finding makeFinding(const char *Check, Severity Level, const Range &Where,
                    std::string Message) {
  Finding F;
  F.Check = Check;
  F.Level = Level;
  F.Where = Where;
  F.Message = std::move(Message);
  return F;
}

const Range &where(const Option &O) {
  return O.ValueRange.isValid() ? O.ValueRange : O.Whole;
}

std::string stringLiteral(std::string_view Text) {
  return "\"" + std::string(Text) + "\"";
}

const Range &where(const Association &A) {
  return A.NameRange.isValid() ? A.NameRange : A.Whole;
}

namespace {
std::size_t editDistance(std::string_view A, std::string_view B) {
  std::vector<std::size_t> Row(B.size() + 1);
  for (std::size_t J = 0; J <= B.size(); ++J)
    Row[J] = J;
  for (std::size_t I = 1; I <= A.size(); ++I) {
    std::size_t Diagonal = Row[0];
    Row[0] = I;
    for (std::size_t J = 1; J <= B.size(); ++J) {
      std::size_t Above = Row[J];
      Row[J] = std::min({Row[J] + 1, Row[J - 1] + 1,
                         Diagonal + (A[I - 1] == B[J - 1] ? 0 : 1)});
      Diagonal = Above;
    }
  }
  return Row[B.size()];
}
} // namespace

std::optional<std::string>
didYouMean(std::string_view Name, const std::vector<std::string> &Candidates) {
  // Like Ruby's DidYouMean: a third of the length, at least one edit.
  const std::size_t Limit = std::max<std::size_t>(1, Name.size() / 3);
  std::optional<std::string> Best;
  std::size_t BestDistance = Limit + 1;
  for (const std::string &C : Candidates) {
    std::size_t D = editDistance(Name, C);
    if (D < BestDistance) {
      Best = C;
      BestDistance = D;
    }
  }
  return Best;
}

std::string didYouMeanSuffix(std::string_view Name,
                             const std::vector<std::string> &Candidates) {
  std::optional<std::string> Guess = didYouMean(Name, Candidates);
  return Guess ? "; did you mean '" + *Guess + "'?" : std::string();
}

std::optional<TextEdit> appendToDeclare(const Model &M,
                                        const std::string &Declaration) {
  if (!M.DeclareEnd.isValid())
    return std::nullopt;
  return TextEdit{{M.DeclareEnd, M.DeclareEnd},
                  (M.DeclareArguments ? ", " : "") + Declaration};
}

} // namespace assoctidy
