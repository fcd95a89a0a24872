//===- PolymorphicPairingCheck.cpp - assoc-polymorphic-pairing ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "PolymorphicPairingCheck.h"

#include "PolymorphicPairing.h"

namespace clang::tidy::assoc {

PolymorphicPairingCheck::PolymorphicPairingCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : AssocCheck(Name, Context) {}

std::vector<assoctidy::Finding>
PolymorphicPairingCheck::findings(const assoctidy::Program &Program) {
  // One unit cannot know that no other unit names a polymorphic
  // belongs_to: that half of the rule is the whole-program driver's.
  return assoctidy::findPolymorphicPairingProblems(Program, wholeProgram());
}

} // namespace clang::tidy::assoc
