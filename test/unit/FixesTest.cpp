//===- FixesTest.cpp - Fix conflicts, and files rewritten safely ----------===//

#include "Fixes.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace assoctidy;

namespace {

/// A scratch directory, removed with what is in it.
class ScratchDir {
public:
  ScratchDir() {
    char Name[] = "/tmp/assoc-fixes-XXXXXX";
    Path = ::mkdtemp(Name);
  }
  ~ScratchDir() { std::system(("rm -rf '" + Path + "'").c_str()); }

  std::string file(const std::string &Name, const std::string &Text) const {
    const std::string P = Path + "/" + Name;
    std::ofstream(P, std::ios::binary) << Text;
    return P;
  }
  std::vector<std::string> entries() const {
    std::vector<std::string> Names;
    DIR *D = ::opendir(Path.c_str());
    while (dirent *E = ::readdir(D))
      if (std::string(E->d_name) != "." && std::string(E->d_name) != "..")
        Names.push_back(E->d_name);
    ::closedir(D);
    std::sort(Names.begin(), Names.end());
    return Names;
  }

  std::string Path;
};

std::string contents(const std::string &Path) {
  std::stringstream S;
  S << std::ifstream(Path, std::ios::binary).rdbuf();
  return S.str();
}

TextEdit edit(const std::string &File, unsigned Offset, unsigned Length,
              std::string Text) {
  Location B{File, Offset, 1, Offset + 1}, E = B;
  E.Offset += Length;
  E.Column += Length;
  return TextEdit{{B, E}, std::move(Text)};
}

Reported withFixes(std::string Check, std::vector<TextEdit> Fixes) {
  Reported R;
  R.What.Check = std::move(Check);
  R.What.Fixes = std::move(Fixes);
  return R;
}

TEST(FixConflicts, TheLargerFixWinsAndTheOtherIsDroppedWhole) {
  // A duplicate's removal covers the name that naming would rename; the
  // naming fix also touches a second place, which must not be applied
  // alone (that would interleave the two fixes).
  std::vector<Reported> D = {
      withFixes("assoc-association-naming",
                {edit("m.h", 20, 7, "\"order\""), edit("m.h", 60, 7, "\"x\"")}),
      withFixes("assoc-duplicate-association", {edit("m.h", 10, 30, "")})};
  EXPECT_EQ(resolveFixConflicts(D), 1u);
  EXPECT_TRUE(D[0].What.Fixes.empty());
  ASSERT_EQ(D[0].What.Notes.size(), 1u);
  EXPECT_EQ(D[0].What.Notes[0].Message, OverlapNote);
  EXPECT_EQ(D[0].What.Notes[0].Where.Begin.Offset, 20u);
  EXPECT_EQ(D[1].What.Fixes.size(), 1u);
  EXPECT_TRUE(D[1].What.Notes.empty());
}

TEST(FixConflicts, EqualSizesKeepTheFirst) {
  std::vector<Reported> D = {withFixes("a", {edit("m.h", 10, 4, "abcd")}),
                             withFixes("b", {edit("m.h", 12, 4, "wxyz")})};
  EXPECT_EQ(resolveFixConflicts(D), 1u);
  EXPECT_EQ(D[0].What.Fixes.size(), 1u);
  EXPECT_TRUE(D[1].What.Fixes.empty());
}

TEST(FixConflicts, SameEditsAndTouchingEditsAreNoConflict) {
  std::vector<Reported> D = {
      withFixes("a", {edit("m.h", 10, 4, "abcd")}),
      withFixes("a", {edit("m.h", 10, 4, "abcd")}), // the same, another unit
      withFixes("b", {edit("m.h", 30, 0, ", x")}),
      withFixes("c", {edit("m.h", 30, 0, ", x")}), // the same insertion
      withFixes("d", {edit("m.h", 14, 0, "!")}),   // at the end of the first
      withFixes("e", {edit("m.h", 10, 4, "abcd")}), // same edit, other check
      withFixes("f", {edit("other.h", 10, 4, "zz")})}; // another file
  EXPECT_EQ(resolveFixConflicts(D), 0u);
  for (const Reported &R : D)
    EXPECT_EQ(R.What.Fixes.size(), 1u) << R.What.Check;
}

TEST(FixConflicts, DifferentInsertionsAtOnePointConflict) {
  // Two additions to an empty `declare()`, each written without a comma:
  // both applied would read `declare(XY)`.
  std::vector<Reported> D = {withFixes("a", {edit("m.h", 30, 0, "X")}),
                             withFixes("b", {edit("m.h", 30, 0, "Y")})};
  EXPECT_EQ(resolveFixConflicts(D), 1u);
  EXPECT_EQ(D[0].What.Fixes.size(), 1u);
  EXPECT_TRUE(D[1].What.Fixes.empty());
}

TEST(FixConflicts, AnInsertionInsideAReplacementConflicts) {
  std::vector<Reported> D = {withFixes("a", {edit("m.h", 10, 4, "abcd")}),
                             withFixes("b", {edit("m.h", 12, 0, "!")})};
  EXPECT_EQ(resolveFixConflicts(D), 1u);
  EXPECT_TRUE(D[1].What.Fixes.empty());
}

TEST(ApplyFixes, EachEditOnceInsertionsInOrder) {
  ScratchDir Dir;
  const std::string P = Dir.file("m.h", "has_many(\"order\"), x;");
  std::vector<Reported> D = {
      withFixes("a", {edit(P, 9, 7, "\"orders\"")}),
      withFixes("a", {edit(P, 9, 7, "\"orders\"")}),
      withFixes("b", {edit(P, 20, 0, ", y")}),
      withFixes("c", {edit(P, 20, 0, ", z")})};
  // Not resolved first (that would drop one of the two insertions): the
  // applier itself keeps insertions at one point in their order.
  FixOutcome Out = applyFixes(D);
  EXPECT_EQ(Out.Applied, 3u);
  EXPECT_EQ(Out.Files, 1u);
  EXPECT_TRUE(Out.Errors.empty());
  EXPECT_EQ(Out.Signal, 0);
  EXPECT_EQ(contents(P), "has_many(\"orders\"), x, y, z;");
  EXPECT_EQ(Dir.entries(), std::vector<std::string>{"m.h"})
      << "no temporary file is left";
}

TEST(ApplyFixes, KeepsPermissions) {
  ScratchDir Dir;
  const std::string Script = Dir.file("a.h", "abc");
  const std::string Private = Dir.file("b.h", "abc");
  ASSERT_EQ(::chmod(Script.c_str(), 0755), 0);
  ASSERT_EQ(::chmod(Private.c_str(), 0600), 0);
  applyFixes({withFixes("a", {edit(Script, 1, 1, "B")}),
              withFixes("a", {edit(Private, 1, 1, "B")})});
  struct stat Info;
  ASSERT_EQ(::stat(Script.c_str(), &Info), 0);
  EXPECT_EQ(Info.st_mode & 07777, 0755u);
  ASSERT_EQ(::stat(Private.c_str(), &Info), 0);
  EXPECT_EQ(Info.st_mode & 07777, 0600u);
  EXPECT_EQ(contents(Script), "aBc");
}

TEST(ApplyFixes, KeepsCrlfLineEndings) {
  ScratchDir Dir;
  const std::string P = Dir.file("m.h", "a,\r\nb;\r\n");
  applyFixes({withFixes("a", {edit(P, 4, 0, "x,\n  ")})});
  EXPECT_EQ(contents(P), "a,\r\nx,\r\n  b;\r\n");
  const std::string Unix = Dir.file("u.h", "a,\nb;\n");
  applyFixes({withFixes("a", {edit(Unix, 3, 0, "x,\n")})});
  EXPECT_EQ(contents(Unix), "a,\nx,\nb;\n");
}

TEST(ApplyFixes, FollowsSymbolicLinks) {
  ScratchDir Dir;
  const std::string Real = Dir.file("real.h", "abc");
  const std::string Link = Dir.Path + "/link.h";
  ASSERT_EQ(::symlink(Real.c_str(), Link.c_str()), 0);
  applyFixes({withFixes("a", {edit(Link, 0, 1, "A")})});
  struct stat Info;
  ASSERT_EQ(::lstat(Link.c_str(), &Info), 0);
  EXPECT_TRUE(S_ISLNK(Info.st_mode)) << "the link is still a link";
  EXPECT_EQ(contents(Real), "Abc");
}

TEST(ApplyFixes, AFileWhoseEditsDoNotFitIsLeftAlone) {
  ScratchDir Dir;
  const std::string Short = Dir.file("short.h", "ab");
  const std::string Fine = Dir.file("fine.h", "ab");
  // Not resolved first: the applier must not trust its caller.
  FixOutcome Out = applyFixes({withFixes("a", {edit(Short, 0, 1, "A")}),
                               withFixes("b", {edit(Short, 1, 5, "B")}),
                               withFixes("c", {edit(Fine, 0, 1, "A")})});
  EXPECT_EQ(contents(Short), "ab");
  EXPECT_EQ(contents(Fine), "Ab");
  ASSERT_EQ(Out.Errors.size(), 1u);
  EXPECT_NE(Out.Errors[0].find("short.h"), std::string::npos);
  EXPECT_EQ(Out.Files, 1u);
}

TEST(ApplyFixes, AFileThatCannotBeReplacedIsAnErrorAndUntouched) {
  // /proc takes no new file, not even from root (CI runs as root, so a
  // read-only directory of our own would not do).
  const std::string P = "/proc/version";
  const std::string Before = contents(P);
  ASSERT_FALSE(Before.empty());
  FixOutcome Out = applyFixes({withFixes("a", {edit(P, 0, 1, "X")})});
  EXPECT_EQ(contents(P), Before);
  ASSERT_EQ(Out.Errors.size(), 1u);
  EXPECT_NE(Out.Errors[0].find("cannot write beside '/proc/version'"),
            std::string::npos)
      << Out.Errors[0];
  EXPECT_EQ(Out.Files, 0u);
}

} // namespace
