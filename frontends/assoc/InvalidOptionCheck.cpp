//===- InvalidOptionCheck.cpp - assoc-invalid-option ---===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "InvalidOptionCheck.h"

#include "InvalidOption.h"

namespace clang::tidy::assoc {

InvalidOptionCheck::InvalidOptionCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : AssocCheck(Name, Context, /*Inflects=*/true) {}

std::vector<assoctidy::Finding>
InvalidOptionCheck::findings(const assoctidy::Program &Program) {
  // A habtm's join model belongs_to the singular of its name.
  return assoctidy::findInvalidOptions(Program, inflections());
}

} // namespace clang::tidy::assoc
