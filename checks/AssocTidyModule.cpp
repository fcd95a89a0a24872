//===- AssocTidyModule.cpp - The assoc module: every assoc-* check --------===//
//
// Part of assoc-tidy. The one place checks are registered, sorted by name.
// The same registration serves the clang-tidy plugin and the standalone
// assoc-tidy driver.
//
//===----------------------------------------------------------------------===//

#include "AssociationNamingCheck.h"
#include "BelongsToDependentCheck.h"
#include "DuplicateAssociationCheck.h"
#include "InvalidInverseCheck.h"
#include "InvalidOptionCheck.h"
#include "JoinTableNameCheck.h"
#include "MissingDependentCheck.h"
#include "MissingInverseCheck.h"
#include "PolymorphicPairingCheck.h"
#include "TargetNotModelCheck.h"
#include "ThroughChainCheck.h"
#include "WtConstraintFlagsCheck.h"
#include "WtJoinIdCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::assoc {

class AssocModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<AssociationNamingCheck>("assoc-association-naming");
    Factories.registerCheck<BelongsToDependentCheck>(
        "assoc-belongs-to-dependent");
    Factories.registerCheck<DuplicateAssociationCheck>(
        "assoc-duplicate-association");
    Factories.registerCheck<InvalidInverseCheck>("assoc-invalid-inverse");
    Factories.registerCheck<InvalidOptionCheck>("assoc-invalid-option");
    Factories.registerCheck<JoinTableNameCheck>("assoc-join-table-name");
    Factories.registerCheck<MissingDependentCheck>("assoc-missing-dependent");
    Factories.registerCheck<MissingInverseCheck>("assoc-missing-inverse");
    Factories.registerCheck<PolymorphicPairingCheck>(
        "assoc-polymorphic-pairing");
    Factories.registerCheck<TargetNotModelCheck>("assoc-target-not-model");
    Factories.registerCheck<ThroughChainCheck>("assoc-through-chain");
    Factories.registerCheck<WtConstraintFlagsCheck>(
        "assoc-wt-constraint-flags");
    Factories.registerCheck<WtJoinIdCheck>("assoc-wt-join-id");
  }
};

} // namespace clang::tidy::assoc

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<assoc::AssocModule>
    X("assoc-module", "Checks of ActiveRecord-style association declarations.");

// Referenced by the standalone driver so that a static link keeps this file.
volatile int AssocModuleAnchorSource = 0;

} // namespace clang::tidy
