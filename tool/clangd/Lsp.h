//===- Lsp.h - LSP framing and positions, without a server ------*- C++ -*-===//
//
// Part of assoc-tidy. What assoc-clangd needs of the Language Server
// Protocol's base layer: splitting a byte stream into messages (headers,
// then Content-Length bytes of JSON), framing messages, and converting
// between LSP positions (UTF-16 code units) and byte offsets. Pure, so that
// a fuzzer and the unit tests drive it without processes.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_TOOL_CLANGD_LSP_H
#define ASSOC_TIDY_TOOL_CLANGD_LSP_H

#include <cstddef>
#include <string>
#include <string_view>

namespace assoctidy::lsp {

struct Message {
  std::string Raw;  ///< Exactly the bytes received: headers and body.
  std::string Body; ///< The JSON content.
};

enum class FrameStatus {
  Complete,  ///< Out holds a message, removed from the buffer.
  NeedMore,  ///< The buffer ends inside a message.
  Malformed, ///< A header block without a valid Content-Length: dropped.
};

/// Takes the first message off the front of Buffer. A malformed header
/// block is removed (Error says why) so that the stream can go on.
FrameStatus takeMessage(std::string &Buffer, Message &Out, std::string &Error);

/// `Content-Length: N\r\n\r\n` and Body.
std::string frame(std::string_view Body);

/// The UTF-16 length of Text's first Bytes bytes (LSP's "character").
unsigned utf16Length(std::string_view Text, std::size_t Bytes);

/// The byte offset in Text of the LSP position (0-based line, UTF-16
/// character), clamped to the line's end and to the text's end.
std::size_t byteOffset(std::string_view Text, unsigned Line,
                       unsigned Character);

/// The LSP character of the 1-based byte column Column on 0-based Line.
unsigned character(std::string_view Text, unsigned Line, unsigned Column);

} // namespace assoctidy::lsp

#endif // ASSOC_TIDY_TOOL_CLANGD_LSP_H
