//===- ModelReaders.cpp - Every registered library's Clang side -----------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "ModelReader.h"

#include "AssocReader.h"
#include "WtExtractor.h"

namespace assoctidy {

UnitReader::~UnitReader() = default;

void UnitReader::readFunction(const clang::FunctionDecl *, Program &) {}

BodyKeeper::~BodyKeeper() = default;

ModelReader::~ModelReader() = default;

std::unique_ptr<BodyKeeper>
ModelReader::bodies(const clang::SourceManager &,
                    const clang::LangOptions &) const {
  return nullptr;
}

const std::vector<const ModelReader *> &modelReaders() {
  static const std::vector<const ModelReader *> All = {
#define FRONTEND(Directory, Frontend, Reader) &Reader,
#include "Frontends.def"
  };
  return All;
}

} // namespace assoctidy
