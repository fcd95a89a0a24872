//===- fuzz_lsp.cpp - assoc-clangd's message reader and positions ---------===//
//
// Outside input: whatever an editor or clangd writes on the pipe. Framing
// consumes the buffer without crashing, looping or growing without bound;
// positions stay inside the text.
//
//===----------------------------------------------------------------------===//

#include "Lsp.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string Stream(reinterpret_cast<const char *>(Data), Size);
  const std::string Text = Stream;
  assoctidy::lsp::Message M;
  std::string Error;
  for (int Guard = 0; Guard < 10000; ++Guard) {
    const std::size_t Before = Stream.size();
    assoctidy::lsp::FrameStatus S =
        assoctidy::lsp::takeMessage(Stream, M, Error);
    if (S == assoctidy::lsp::FrameStatus::NeedMore)
      break;
    if (Stream.size() >= Before)
      std::abort(); // Every complete or dropped frame consumes input.
  }
  for (unsigned Line = 0; Line < 4; ++Line)
    for (unsigned Character : {0u, 1u, 7u, 1000u})
      if (assoctidy::lsp::byteOffset(Text, Line, Character) > Text.size())
        std::abort();
  (void)assoctidy::lsp::character(Text, 1, 5);
  return 0;
}
