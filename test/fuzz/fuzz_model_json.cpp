//===- fuzz_model_json.cpp - The facts loader (cache, --merge) ------------===//
//
// Outside input: facts files and cache entries, which may be damaged,
// truncated or written by another version. Loading never throws past the
// loader, and what loads writes back to the same text.
//
//===----------------------------------------------------------------------===//

#include "ModelJson.h"
#include "WtModel.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

/// Each library's extension readers, as its front-end's ExtensionReader
/// calls them, without the rest of the front-end: the target stays the
/// facts loader alone.
template <class Lib> class Reader final : public assoctidy::ExtensionReader {
public:
  Reader(assoctidy::LibraryId Id, Lib Model, Lib Association)
      : Id(Id), Model(Model), Association(Association) {}
  assoctidy::LibraryId library() const override { return Id; }
  std::unique_ptr<assoctidy::Extension>
  readModel(const nlohmann::json &Object) const override {
    return Model(Object);
  }
  std::unique_ptr<assoctidy::Extension>
  readAssociation(const nlohmann::json &Object) const override {
    return Association(Object);
  }

private:
  assoctidy::LibraryId Id;
  Lib Model, Association;
};

using ReadFn =
    std::unique_ptr<assoctidy::Extension> (*)(const nlohmann::json &);

/// The vocabulary's models carry no extension.
std::unique_ptr<assoctidy::Extension> none(const nlohmann::json &) {
  return nullptr;
}

const assoctidy::ExtensionReaders &readers() {
  static const Reader<ReadFn> Assoc(assoctidy::LibraryId(), none, none);
  static const Reader<ReadFn> Wt(assoctidy::wt::Library,
                                 assoctidy::wt::readKeys,
                                 assoctidy::wt::readRelation);
  static const assoctidy::ExtensionReaders All = {&Assoc, &Wt};
  return All;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string Error;
  std::optional<assoctidy::Program> P = assoctidy::programFromJson(
      std::string_view(reinterpret_cast<const char *>(Data), Size), Error,
      readers());
  if (!P)
    return 0;
  const std::string Once = assoctidy::programToJson(*P);
  std::optional<assoctidy::Program> Again =
      assoctidy::programFromJson(Once, Error, readers());
  if (!Again || assoctidy::programToJson(*Again) != Once)
    std::abort(); // The round trip must be exact.
  return 0;
}
