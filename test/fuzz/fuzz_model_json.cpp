//===- fuzz_model_json.cpp - The facts loader (cache, --merge) ------------===//
//
// Outside input: facts files and cache entries, which may be damaged,
// truncated or written by another version. Loading never throws past the
// loader, and what loads writes back to the same text.
//
//===----------------------------------------------------------------------===//

#include "Frontends.h"
#include "ModelJson.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string Error;
  std::optional<assoctidy::Program> P = assoctidy::programFromJson(
      std::string_view(reinterpret_cast<const char *>(Data), Size), Error,
      assoctidy::extensionReaders());
  if (!P)
    return 0;
  const std::string Once = assoctidy::programToJson(*P);
  std::optional<assoctidy::Program> Again =
      assoctidy::programFromJson(Once, Error, assoctidy::extensionReaders());
  if (!Again || assoctidy::programToJson(*Again) != Once)
    std::abort(); // The round trip must be exact.
  return 0;
}
