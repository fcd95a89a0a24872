//===- Lsp.cpp - LSP framing and positions, without a server --------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Lsp.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace assoctidy::lsp {

namespace {

bool equalsIgnoringCase(std::string_view A, std::string_view B) {
  return A.size() == B.size() &&
         std::equal(A.begin(), A.end(), B.begin(), [](char X, char Y) {
           return std::tolower(static_cast<unsigned char>(X)) ==
                  std::tolower(static_cast<unsigned char>(Y));
         });
}

/// The byte offset where 0-based Line starts, or Text.size().
std::size_t lineStart(std::string_view Text, unsigned Line) {
  std::size_t Offset = 0;
  for (unsigned L = 0; L < Line; ++L) {
    std::size_t Newline = Text.find('\n', Offset);
    if (Newline == std::string_view::npos)
      return Text.size();
    Offset = Newline + 1;
  }
  return Offset;
}

/// The length of the UTF-8 sequence starting with Lead (1 for bytes that
/// cannot start one, so that invalid text still advances).
std::size_t sequenceLength(unsigned char Lead) {
  if (Lead >= 0xF0 && Lead <= 0xF7)
    return 4;
  if (Lead >= 0xE0)
    return Lead <= 0xEF ? 3 : 1;
  if (Lead >= 0xC0)
    return 2;
  return 1;
}

} // namespace

FrameStatus takeMessage(std::string &Buffer, Message &Out,
                        std::string &Error) {
  const std::size_t End = Buffer.find("\r\n\r\n");
  if (End == std::string::npos) {
    // A header block has no business being this long: a stream that never
    // frames would otherwise grow the buffer without end.
    if (Buffer.size() > 64 * 1024) {
      Error = "no header terminator in 64 KiB of input";
      Buffer.clear();
      return FrameStatus::Malformed;
    }
    return FrameStatus::NeedMore;
  }
  std::string_view Headers(Buffer.data(), End);
  std::size_t Length = std::numeric_limits<std::size_t>::max();
  while (!Headers.empty()) {
    std::size_t LineEnd = Headers.find("\r\n");
    std::string_view Line = Headers.substr(0, LineEnd);
    Headers = LineEnd == std::string_view::npos ? std::string_view()
                                                : Headers.substr(LineEnd + 2);
    std::size_t Colon = Line.find(':');
    if (Colon == std::string_view::npos)
      continue;
    if (!equalsIgnoringCase(Line.substr(0, Colon), "Content-Length"))
      continue;
    std::string_view Value = Line.substr(Colon + 1);
    while (!Value.empty() && Value.front() == ' ')
      Value.remove_prefix(1);
    std::size_t Parsed = 0;
    bool Digits = !Value.empty() && Value.size() <= 12;
    for (char C : Value) {
      Digits &= std::isdigit(static_cast<unsigned char>(C)) != 0;
      Parsed = Parsed * 10 + static_cast<std::size_t>(C - '0');
    }
    if (Digits)
      Length = Parsed;
  }
  if (Length == std::numeric_limits<std::size_t>::max()) {
    Error = "a header block without a valid Content-Length";
    Buffer.erase(0, End + 4);
    return FrameStatus::Malformed;
  }
  if (Buffer.size() < End + 4 + Length)
    return FrameStatus::NeedMore;
  Out.Raw = Buffer.substr(0, End + 4 + Length);
  Out.Body = Buffer.substr(End + 4, Length);
  Buffer.erase(0, End + 4 + Length);
  return FrameStatus::Complete;
}

std::string frame(std::string_view Body) {
  return "Content-Length: " + std::to_string(Body.size()) + "\r\n\r\n" +
         std::string(Body);
}

unsigned utf16Length(std::string_view Text, std::size_t Bytes) {
  unsigned Units = 0;
  for (std::size_t I = 0; I < Bytes && I < Text.size();) {
    const std::size_t Length =
        sequenceLength(static_cast<unsigned char>(Text[I]));
    Units += Length == 4 ? 2 : 1; // Beyond the BMP: a surrogate pair.
    I += Length;
  }
  return Units;
}

std::size_t byteOffset(std::string_view Text, unsigned Line,
                       unsigned Character) {
  std::size_t I = lineStart(Text, Line);
  unsigned Units = 0;
  while (I < Text.size() && Text[I] != '\n' && Units < Character) {
    const std::size_t Length =
        sequenceLength(static_cast<unsigned char>(Text[I]));
    Units += Length == 4 ? 2 : 1;
    I = std::min(Text.size(), I + Length);
  }
  return I;
}

unsigned character(std::string_view Text, unsigned Line, unsigned Column) {
  const std::size_t Start = lineStart(Text, Line);
  const std::size_t Bytes = Column > 0 ? Column - 1 : 0;
  return utf16Length(Text.substr(Start), Bytes);
}

} // namespace assoctidy::lsp
