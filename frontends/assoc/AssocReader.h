//===- AssocReader.h - The assoc vocabulary, from AST to model --*- C++ -*-===//
//
// Part of assoc-tidy. The Clang side of the `assoc` front-end: a model is a
// class deriving from `assoc::model<...>`, its associations the arguments
// of the `assoc::declare(...)` that initialises its static `associations`.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_ASSOC_ASSOCREADER_H
#define ASSOC_TIDY_FRONTENDS_ASSOC_ASSOCREADER_H

#include "ModelReader.h"

namespace assoctidy::ar {

/// The vocabulary's reader, registered in Frontends.def.
const ModelReader &modelReader();

} // namespace assoctidy::ar

#endif // ASSOC_TIDY_FRONTENDS_ASSOC_ASSOCREADER_H
