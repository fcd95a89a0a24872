//===- declaration_checks.h - Compile-time questions about declarations -===//
//
// Part of assoc-tidy's tests. Shared by the vocabulary corpus files: they
// read back what the header stored, so a header that lost an association,
// an option or a value breaks the build instead of passing quietly.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_TEST_VOCABULARY_DECLARATION_CHECKS_H
#define ASSOC_TIDY_TEST_VOCABULARY_DECLARATION_CHECKS_H

#include <assoc/associations.hpp>

#include <cstddef>

namespace check {

using assoc::kind;
using assoc::option_key;

constexpr bool sameText(const char *A, const char *B) {
  if (A == nullptr || B == nullptr)
    return A == B;
  while (*A != '\0' && *A == *B) {
    ++A;
    ++B;
  }
  return *A == *B;
}

/// The position of the association called Name, or N if there is none.
template <std::size_t N>
constexpr std::size_t indexOf(const assoc::declaration<N> &D,
                              const char *Name) {
  for (std::size_t I = 0; I != N; ++I)
    if (sameText(D[I].name(), Name))
      return I;
  return N;
}

/// D declares an association of kind K called Name.
template <std::size_t N>
constexpr bool declares(const assoc::declaration<N> &D, kind K,
                        const char *Name) {
  std::size_t I = indexOf(D, Name);
  return I != N && D[I].kind() == K;
}

/// The number of options on association Name (0 if it does not exist).
template <std::size_t N>
constexpr std::size_t optionCount(const assoc::declaration<N> &D,
                                  const char *Name) {
  std::size_t I = indexOf(D, Name);
  return I == N ? 0 : D[I].option_count();
}

/// The string value of option Key on association Name, or nullptr.
template <std::size_t N>
constexpr const char *optionText(const assoc::declaration<N> &D,
                                 const char *Name, option_key Key) {
  std::size_t I = indexOf(D, Name);
  if (I == N)
    return nullptr;
  for (std::size_t J = 0; J != D[I].option_count(); ++J)
    if (D[I].option_at(J).key() == Key)
      return D[I].option_at(J).text();
  return nullptr;
}

/// Association Name carries string option Key with value Value.
template <std::size_t N>
constexpr bool optionIs(const assoc::declaration<N> &D, const char *Name,
                        option_key Key, const char *Value) {
  return sameText(optionText(D, Name, Key), Value);
}

/// Association Name carries flag option Key set to Value.
template <std::size_t N>
constexpr bool flagIs(const assoc::declaration<N> &D, const char *Name,
                      option_key Key, bool Value) {
  std::size_t I = indexOf(D, Name);
  if (I == N)
    return false;
  for (std::size_t J = 0; J != D[I].option_count(); ++J)
    if (D[I].option_at(J).key() == Key)
      return D[I].option_at(J).text() == nullptr &&
             D[I].option_at(J).flag() == Value;
  return false;
}

/// Every name is declared once, and every `through` names an association
/// declared before it in the same model (ActiveRecord raises
/// HasManyThroughOrderError for a through declared after its user).
template <std::size_t N>
constexpr bool wellFormed(const assoc::declaration<N> &D) {
  for (std::size_t I = 0; I != N; ++I) {
    if (indexOf(D, D[I].name()) != I)
      return false;
    const char *Through = optionText(D, D[I].name(), option_key::through);
    if (Through != nullptr && indexOf(D, Through) >= I)
      return false;
  }
  return true;
}

/// The inverse_of of association Name names an association of Target.
template <std::size_t N, std::size_t M>
constexpr bool inverseIn(const assoc::declaration<N> &D, const char *Name,
                         const assoc::declaration<M> &Target) {
  const char *Inverse = optionText(D, Name, option_key::inverse_of);
  return Inverse != nullptr && indexOf(Target, Inverse) != M;
}

/// Two habtm associations are the two directions of one join table: same
/// join_table, and each one's foreign_key is the other's
/// association_foreign_key.
template <std::size_t N, std::size_t M>
constexpr bool mirrored(const assoc::declaration<N> &A, const char *AName,
                        const assoc::declaration<M> &B, const char *BName) {
  return declares(A, kind::has_and_belongs_to_many, AName) &&
         declares(B, kind::has_and_belongs_to_many, BName) &&
         sameText(optionText(A, AName, option_key::join_table),
                  optionText(B, BName, option_key::join_table)) &&
         sameText(optionText(A, AName, option_key::foreign_key),
                  optionText(B, BName, option_key::association_foreign_key)) &&
         sameText(optionText(A, AName, option_key::association_foreign_key),
                  optionText(B, BName, option_key::foreign_key));
}

} // namespace check

#endif // ASSOC_TIDY_TEST_VOCABULARY_DECLARATION_CHECKS_H
