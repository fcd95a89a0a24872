//===- Frontends.h - Every registered front-end -----------------*- C++ -*-===//
//
// Part of assoc-tidy. The pure side of the one list in Frontends.def: the
// front-ends' conventions and rules, with no Clang.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_FRONTENDS_H
#define ASSOC_TIDY_FRONTENDS_FRONTENDS_H

#include "Frontend.h"
#include "Inflector.h"
#include "Resolved.h"
#include "Schema.h"

#include <vector>

namespace assoctidy {

/// Every front-end, in the order of Frontends.def.
const std::vector<const Frontend *> &frontends();

/// The same, as the facts' readers of their extensions.
const ExtensionReaders &extensionReaders();

/// The front-end of a model's library; null for a library none registers.
const Frontend *frontendOf(const Model &M);
const Frontend *frontendOf(LibraryId Lib);

/// Every model's conventions resolved by its front-end.
Resolution resolve(const Program &P, const Inflector &I = Inflector::english());

/// The schema P needs, its conventions resolved first.
std::vector<Requirement>
impliedRequirements(const Program &P,
                    const Inflector &I = Inflector::english());

} // namespace assoctidy

#endif // ASSOC_TIDY_FRONTENDS_FRONTENDS_H
