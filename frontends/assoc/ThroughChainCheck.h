//===- ThroughChainCheck.h - assoc-through-chain -*- C++ -*-===//
//
// Part of assoc-tidy. A through: chain that ActiveRecord cannot resolve.
// Documentation: docs/checks/through-chain.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_THROUGHCHAINCHECK_H
#define ASSOC_TIDY_CHECKS_THROUGHCHAINCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class ThroughChainCheck : public AssocCheck {
public:
  ThroughChainCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_THROUGHCHAINCHECK_H
