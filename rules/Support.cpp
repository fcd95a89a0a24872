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
                                   std::string_view Name,
                                   const Model **Owner) {
  const Association *Found = nullptr;
  forEachInChain(P, M, [&](const Model &Cur) {
    Found = Cur.association(Name);
    if (Found && Owner)
      *Owner = &Cur;
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

const Member *findMember(const Program &P, const Model &M,
                         std::string_view Name, const Model **Owner) {
  const Member *Found = nullptr;
  forEachInChain(P, M, [&](const Model &Cur) {
    for (const Member &Candidate : Cur.Members)
      if (!Found && Candidate.Name == Name) {
        Found = &Candidate;
        if (Owner)
          *Owner = &Cur;
      }
    return Found != nullptr;
  });
  return Found;
}

std::string withArticle(std::string_view QualifiedName) {
  const std::size_t Colon = QualifiedName.rfind("::");
  const std::string_view Name =
      QualifiedName.substr(Colon == std::string_view::npos ? 0 : Colon + 2);
  auto IsVowel = [](char C) {
    return std::string_view("AEIOUaeiou").find(C) != std::string_view::npos;
  };
  auto IsUpper = [](char C) { return C >= 'A' && C <= 'Z'; };
  bool Vowel = !Name.empty() && IsVowel(Name[0]);
  // A 'U' read as "you": "a 'User'", "a 'Unit'", "a 'URL'", but "an
  // 'Update'", "an 'Umbrella'": before one consonant and a vowel, or an
  // acronym's next capital.
  if (Vowel && (Name[0] == 'U' || Name[0] == 'u') && Name.size() > 2)
    Vowel = !(IsUpper(Name[1]) || (!IsVowel(Name[1]) && IsVowel(Name[2])));
  return (Vowel ? "an '" : "a '") + std::string(QualifiedName) + "'";
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
  // Escaped, so that no name, however odd, breaks the code a fix writes.
  std::string Out = "\"";
  for (unsigned char C : Text) {
    switch (C) {
    case '"':  Out += "\\\""; break;
    case '\\': Out += "\\\\"; break;
    case '\n': Out += "\\n"; break;
    case '\t': Out += "\\t"; break;
    default:
      if (C < 0x20 || C == 0x7F) {
        static const char *Hex = "0123456789abcdef";
        Out += "\\x";
        Out += Hex[C >> 4];
        Out += Hex[C & 15];
      } else {
        Out += static_cast<char>(C);
      }
    }
  }
  return Out + "\"";
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

std::optional<TextEdit> removeOption(const Association &A, const Option &O) {
  const Location &Begin = O.Whole.Begin;
  // Out of a macro, the text at Whole is the macro's use, which may hold
  // more than O (or the comma a variadic macro needs).
  if (O.InMacro || A.InMacro || !O.Whole.isValid() ||
      O.Whole.End.File != Begin.File)
    return std::nullopt;
  // The end of the argument before O: the name or an earlier option.
  const Location *Previous = nullptr;
  auto Consider = [&](const Range &R) {
    if (R.isValid() && R.End.File == Begin.File &&
        R.End.Offset < Begin.Offset &&
        (!Previous || R.End.Offset > Previous->Offset))
      Previous = &R.End;
  };
  Consider(A.NameRange);
  for (const Option &Other : A.Options)
    if (&Other != &O)
      Consider(Other.Whole);
  if (!Previous)
    return std::nullopt;
  return TextEdit{{*Previous, O.Whole.End}, ""};
}

std::optional<TextEdit> replaceValue(const Option &O, std::string_view Text) {
  if (O.ValueSpelling != Spelling::Literal || !O.ValueRange.isValid())
    return std::nullopt;
  return TextEdit{O.ValueRange, stringLiteral(Text)};
}

const Range &whereOption(const Association &A, OptionKey Key) {
  const Option *O = A.option(Key);
  return O ? where(*O) : where(A);
}

} // namespace assoctidy
