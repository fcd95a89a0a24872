//===- ThroughChainCheck.cpp - assoc-through-chain ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "ThroughChainCheck.h"

#include "ThroughChain.h"

namespace clang::tidy::assoc {

ThroughChainCheck::ThroughChainCheck(StringRef Name,
                                     ClangTidyContext *Context)
    : AssocCheck(Name, Context, /*Inflects=*/true) {}

std::vector<assoctidy::Finding>
ThroughChainCheck::findings(const assoctidy::Program &Program) {
  return assoctidy::findThroughChainProblems(Program, inflections());
}

} // namespace clang::tidy::assoc
