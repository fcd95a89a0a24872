//===- Frontends.cpp - Every registered front-end -------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Frontends.h"

#include "AssocRules.h"
#include "WtRules.h"

namespace assoctidy {

const std::vector<const Frontend *> &frontends() {
  static const std::vector<const Frontend *> All = {
#define FRONTEND(Directory, Object, Reader) &Object,
#include "Frontends.def"
  };
  return All;
}

const ExtensionReaders &extensionReaders() {
  static const ExtensionReaders All(frontends().begin(), frontends().end());
  return All;
}

const Frontend *frontendOf(const Model &M) { return frontendOf(M.Lib); }

const Frontend *frontendOf(LibraryId Lib) {
  for (const Frontend *F : frontends())
    if (F->library() == Lib)
      return F;
  return nullptr;
}

Resolution resolve(const Program &P, const Inflector &I) {
  Resolution R(P);
  for (const Frontend *F : frontends())
    F->resolve(P, I, R);
  return R;
}

std::vector<Requirement> impliedRequirements(const Program &P,
                                             const Inflector &I) {
  return impliedRequirements(P, resolve(P, I));
}

} // namespace assoctidy
