//===- NolintTest.cpp - NOLINT comments for error-level findings ----------===//

#include "Nolint.h"

#include <gtest/gtest.h>

#include <string>

using namespace assoctidy;

namespace {

constexpr const char *Check = "assoc-duplicate-association";

/// The offset of the first character of line N (1-based) of Text.
std::size_t lineOffset(const std::string &Text, int N) {
  std::size_t Offset = 0;
  while (--N > 0)
    Offset = Text.find('\n', Offset) + 1;
  return Offset;
}

bool suppressedAtLine(const std::string &Text, int Line) {
  return isSuppressedByNolint(Text, lineOffset(Text, Line), Check);
}

TEST(Nolint, SameLine) {
  std::string Text = "a\nb // NOLINT\nc\n";
  EXPECT_FALSE(suppressedAtLine(Text, 1));
  EXPECT_TRUE(suppressedAtLine(Text, 2));
  EXPECT_FALSE(suppressedAtLine(Text, 3));
}

TEST(Nolint, NamedChecksAndGlobs) {
  EXPECT_TRUE(suppressedAtLine("x // NOLINT(assoc-duplicate-association)", 1));
  EXPECT_TRUE(suppressedAtLine("x // NOLINT(bugprone-foo, assoc-*)", 1));
  EXPECT_FALSE(suppressedAtLine("x // NOLINT(assoc-missing-inverse)", 1));
  EXPECT_FALSE(suppressedAtLine("x // NOLINT(bugprone-*)", 1));
  EXPECT_FALSE(suppressedAtLine("x // NOLINT(assoc-duplicate", 1));
}

TEST(Nolint, NextLineAppliesOnlyToTheNextLine) {
  std::string Text = "// NOLINTNEXTLINE\nx\ny\n";
  EXPECT_FALSE(suppressedAtLine(Text, 1));
  EXPECT_TRUE(suppressedAtLine(Text, 2));
  EXPECT_FALSE(suppressedAtLine(Text, 3));
  // A NOLINTNEXTLINE is not a NOLINT for its own line.
  EXPECT_FALSE(isSuppressedByNolint("x // NOLINTNEXTLINE\n", 0, Check));
  EXPECT_FALSE(suppressedAtLine("// NOLINTNEXTLINE(other-check)\nx\n", 2));
}

TEST(Nolint, Regions) {
  std::string Text = "a\n// NOLINTBEGIN(assoc-*)\nb\n// NOLINTEND(assoc-*)\nc\n"
                     "// NOLINTBEGIN(other)\nd\n// NOLINTEND(other)\n";
  EXPECT_FALSE(suppressedAtLine(Text, 1));
  EXPECT_TRUE(suppressedAtLine(Text, 3));
  EXPECT_FALSE(suppressedAtLine(Text, 5));
  EXPECT_FALSE(suppressedAtLine(Text, 7));
}

TEST(Nolint, NestedRegionsAndStrayEnds) {
  std::string Text = "// NOLINTEND\n// NOLINTBEGIN\n// NOLINTBEGIN\nx\n"
                     "// NOLINTEND\ny\n// NOLINTEND\nz\n";
  EXPECT_TRUE(suppressedAtLine(Text, 4));
  EXPECT_TRUE(suppressedAtLine(Text, 6));
  EXPECT_FALSE(suppressedAtLine(Text, 8));
}

TEST(Nolint, AnUnclosedRegionSuppressesNothing) {
  // As clang-tidy: a BEGIN without its END is a mistake to report, not a
  // way to silence the rest of the file.
  std::string Text = "// NOLINTBEGIN\nx\ny\n";
  EXPECT_FALSE(suppressedAtLine(Text, 2));
  // An inner region that closes does not close the outer one.
  Text = "// NOLINTBEGIN\nx\n// NOLINTBEGIN\n// NOLINTEND\ny\n";
  EXPECT_FALSE(suppressedAtLine(Text, 2));
}

TEST(Nolint, OffsetsAtTheEdges) {
  EXPECT_FALSE(isSuppressedByNolint("", 0, Check));
  EXPECT_FALSE(isSuppressedByNolint("abc", 99, Check));
  EXPECT_TRUE(isSuppressedByNolint("x // NOLINT", 0, Check));
  EXPECT_TRUE(isSuppressedByNolint("\n// NOLINTNEXTLINE\nx", 19, Check));
}

} // namespace
