//===- FilePathTest.cpp - Interned file paths -----------------------------===//

#include "Model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

using namespace assoctidy;

namespace {

TEST(FilePath, OnePathIsOneHandle) {
  const std::string Text = "/src/shop/customer.h";
  FilePath A(Text), B("/src/shop/customer.h"), C("/src/shop/order.h");
  EXPECT_EQ(A, B);
  EXPECT_EQ(&A.str(), &B.str()); // The same copy, not an equal one.
  EXPECT_NE(A, C);
  EXPECT_EQ(A, Text);
  EXPECT_EQ("/src/shop/order.h", C);
  EXPECT_NE(A, std::string("/src/shop/order.h"));
}

TEST(FilePath, EmptyIsInvalid) {
  FilePath None, Empty("");
  EXPECT_TRUE(None.empty());
  EXPECT_EQ(None, Empty);
  EXPECT_EQ(None.str(), "");
  EXPECT_FALSE(Location().isValid());
  EXPECT_TRUE((Location{"/a.h", 0, 1, 1}).isValid());
}

TEST(FilePath, OrderedByTextNotByAddress) {
  // Interned in the reverse of their order: a sort must not follow the
  // order the handles were made in.
  std::vector<FilePath> Paths = {FilePath("/z/last.h"), FilePath("/m/mid.h"),
                                 FilePath("/a/first.h")};
  std::sort(Paths.begin(), Paths.end());
  EXPECT_EQ(Paths[0], "/a/first.h");
  EXPECT_EQ(Paths[1], "/m/mid.h");
  EXPECT_EQ(Paths[2], "/z/last.h");
  EXPECT_FALSE(Paths[0] < Paths[0]);
  EXPECT_EQ("@" + Paths[0] + ":1", "@/a/first.h:1");
}

TEST(FilePath, InternedFromManyThreadsAtOnce) {
  // Extraction threads intern as they go: every thread gets the same
  // handle for the same path.
  std::vector<std::vector<FilePath>> Seen(4);
  std::vector<std::thread> Threads;
  for (std::size_t T = 0; T < Seen.size(); ++T)
    Threads.emplace_back([&Seen, T] {
      for (int I = 0; I < 2000; ++I)
        Seen[T].push_back(FilePath("/threads/" + std::to_string(I % 100)));
    });
  for (std::thread &T : Threads)
    T.join();
  for (std::size_t T = 1; T < Seen.size(); ++T)
    EXPECT_EQ(Seen[T], Seen[0]);
}

} // namespace
