//===- LspTest.cpp - LSP framing and positions ----------------------------===//

#include "Lsp.h"

#include <gtest/gtest.h>

using namespace assoctidy::lsp;

namespace {

TEST(Lsp, TakesWholeMessagesOffAStream) {
  std::string Stream = frame("{\"a\":1}") + frame("{}");
  Stream += "Content-Length: 13\r\n\r\n{\"b\"";
  Message M;
  std::string Error;
  ASSERT_EQ(takeMessage(Stream, M, Error), FrameStatus::Complete);
  EXPECT_EQ(M.Body, "{\"a\":1}");
  EXPECT_EQ(M.Raw, "Content-Length: 7\r\n\r\n{\"a\":1}");
  ASSERT_EQ(takeMessage(Stream, M, Error), FrameStatus::Complete);
  EXPECT_EQ(M.Body, "{}");
  EXPECT_EQ(takeMessage(Stream, M, Error), FrameStatus::NeedMore);
  Stream += ":[1,2,3]}";
  ASSERT_EQ(takeMessage(Stream, M, Error), FrameStatus::Complete);
  EXPECT_EQ(M.Body, "{\"b\":[1,2,3]}");
  EXPECT_TRUE(Stream.empty());
}

TEST(Lsp, HeadersAreCaseInsensitiveAndOthersIgnored) {
  std::string Stream = "content-length: 2\r\nContent-Type: "
                       "application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}";
  Message M;
  std::string Error;
  ASSERT_EQ(takeMessage(Stream, M, Error), FrameStatus::Complete);
  EXPECT_EQ(M.Body, "{}");
}

TEST(Lsp, MalformedHeadersAreDroppedAndTheStreamGoesOn) {
  std::string Stream = "Content-Length: lots\r\n\r\n" + frame("{}");
  Message M;
  std::string Error;
  EXPECT_EQ(takeMessage(Stream, M, Error), FrameStatus::Malformed);
  EXPECT_FALSE(Error.empty());
  ASSERT_EQ(takeMessage(Stream, M, Error), FrameStatus::Complete);
  EXPECT_EQ(M.Body, "{}");
  // A header that never ends is not kept forever.
  std::string Endless(70 * 1024, 'x');
  EXPECT_EQ(takeMessage(Endless, M, Error), FrameStatus::Malformed);
  EXPECT_TRUE(Endless.empty());
  // A length of absurd size is not a number we trust.
  std::string Huge = "Content-Length: 99999999999999999999\r\n\r\n";
  EXPECT_EQ(takeMessage(Huge, M, Error), FrameStatus::Malformed);
}

TEST(Lsp, PositionsCountUtf16CodeUnits) {
  // 'é' is two bytes and one unit; '😀' is four bytes and two units.
  const std::string Text = "ab\n\xC3\xA9x\xF0\x9F\x98\x80y\nlast";
  EXPECT_EQ(byteOffset(Text, 0, 1), 1u);
  EXPECT_EQ(byteOffset(Text, 1, 0), 3u);
  EXPECT_EQ(byteOffset(Text, 1, 1), 5u);  // After é.
  EXPECT_EQ(byteOffset(Text, 1, 2), 6u);  // After x.
  EXPECT_EQ(byteOffset(Text, 1, 4), 10u); // After the emoji.
  EXPECT_EQ(byteOffset(Text, 1, 99), 11u) << "clamped to the line's end";
  EXPECT_EQ(byteOffset(Text, 9, 0), Text.size());
  EXPECT_EQ(character(Text, 1, 3), 1u); // Byte column 3 is 'x', after é.
  EXPECT_EQ(character(Text, 1, 4), 2u); // The emoji.
  EXPECT_EQ(character(Text, 1, 8), 4u); // 'y', after the emoji.
  EXPECT_EQ(utf16Length("\xF0\x9F\x98\x80", 4), 2u);
}

} // namespace
