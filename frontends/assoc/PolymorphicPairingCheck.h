//===- PolymorphicPairingCheck.h - assoc-polymorphic-pairing -*- C++ -*-===//
//
// Part of assoc-tidy. An as: that names no polymorphic belongs_to.
// Documentation: docs/checks/polymorphic-pairing.md
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_CHECKS_POLYMORPHICPAIRINGCHECK_H
#define ASSOC_TIDY_CHECKS_POLYMORPHICPAIRINGCHECK_H

#include "AssocCheck.h"

namespace clang::tidy::assoc {

class PolymorphicPairingCheck : public AssocCheck {
public:
  PolymorphicPairingCheck(StringRef Name, ClangTidyContext *Context);

protected:
  std::vector<assoctidy::Finding>
  findings(const assoctidy::Program &Program) override;
};

} // namespace clang::tidy::assoc

#endif // ASSOC_TIDY_CHECKS_POLYMORPHICPAIRINGCHECK_H
