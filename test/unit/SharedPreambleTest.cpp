//===- SharedPreambleTest.cpp - Which headers a unit may share ------------===//

#include "IncludePlan.h"
#include "KeptBodies.h"

#include "clang/Basic/LangOptions.h"

#include <gtest/gtest.h>

#include <map>

using namespace assoctidy;

namespace {

using Names = std::vector<std::string>;

/// A unit's files: project ones under /p, a library under /sys.
struct Tree {
  std::map<std::string, std::string> Text;
  SearchPath Search;
  Tree() { Search.Angled = {{"/p/include", false}, {"/sys/include", true}}; }
  IncludePlan plan(Names Inputs = {}) const {
    if (Inputs.empty())
      for (const auto &[Path, _] : Text)
        Inputs.push_back(Path);
    return planIncludes(
        "/p/main.cpp", Inputs, Search, "assoc/associations.hpp",
        [&](llvm::StringRef Path) -> std::optional<std::string> {
          auto It = Text.find(Path.str());
          if (It == Text.end())
            return std::nullopt;
          return It->second;
        });
  }
};

TEST(IncludePlan, SystemHeadersReachedThroughProjectHeadersInOrder) {
  Tree T;
  T.Text["/p/main.cpp"] = "#include \"user.h\"\n#include <map>\n";
  T.Text["/p/user.h"] = "#pragma once\n#include <vector>\n"
                        "#include \"common.h\"\n#include <map>\n";
  T.Text["/p/include/common.h"] = "#include <string>\n";
  T.Text["/sys/include/vector"] = "#include <bits/x.h>\n";
  T.Text["/sys/include/map"] = "";
  T.Text["/sys/include/string"] = "";
  T.Text["/sys/include/bits/x.h"] = "";
  const IncludePlan Plan = T.plan();
  // The order the preprocessor meets them; a system header's own includes
  // are its own.
  EXPECT_EQ(Plan.Headers, (Names{"vector", "string", "map"}));
  EXPECT_EQ(Plan.Files, (Names{"/sys/include/vector", "/sys/include/string",
                               "/sys/include/map"}));
  EXPECT_TRUE(Plan.Macros.empty());
}

TEST(IncludePlan, OnlyIncludesTheUnitTook) {
  Tree T;
  T.Text["/p/main.cpp"] = "#if 0\n#include <map>\n#endif\n#include <vector>\n";
  T.Text["/sys/include/map"] = "";
  T.Text["/sys/include/vector"] = "";
  // The scan says <map> was never read: it is not shared.
  EXPECT_EQ(T.plan({"/p/main.cpp", "/sys/include/vector"}).Headers,
            (Names{"vector"}));
}

TEST(IncludePlan, QuotedIncludeBesideItsFileIsAProjectHeader) {
  Tree T;
  T.Text["/p/main.cpp"] = "#include \"vector\"\n#include \"string\"\n";
  T.Text["/p/vector"] = "#include <map>\n"; // a project file named `vector`
  T.Text["/sys/include/map"] = "";
  T.Text["/sys/include/string"] = "";
  EXPECT_EQ(T.plan().Headers, (Names{"map", "string"}));
}

TEST(IncludePlan, MacrosBeforeTheLastSystemHeader) {
  Tree T;
  T.Text["/p/main.cpp"] = "#define NDEBUG\n#include \"a.h\"\n"
                          "#include <vector>\n#  undef  LATE\n";
  T.Text["/p/a.h"] = "#ifndef A_H\n#define A_H\n#include <map>\n#endif\n";
  T.Text["/sys/include/map"] = "";
  T.Text["/sys/include/vector"] = "";
  const IncludePlan Plan = T.plan();
  ASSERT_EQ(Plan.Macros.size(), 2u);
  EXPECT_EQ(Plan.Macros[0].Name, "NDEBUG");
  EXPECT_EQ(Plan.Macros[0].File, "/p/main.cpp");
  EXPECT_EQ(Plan.Macros[1].Name, "A_H");
  EXPECT_EQ(Plan.Macros[1].File, "/p/a.h");
  // LATE comes after every system header: it changes none of them.
}

TEST(IncludePlan, VocabularyAssertAndIncludeNext) {
  Tree T;
  T.Text["/p/main.cpp"] =
      "#include <cassert>\n#include <assoc/associations.hpp>\n"
      "#include_next <map>\n#include MACRO_NAMED\n";
  T.Text["/p/include/assoc/associations.hpp"] = "#include <vector>\n";
  T.Text["/sys/include/cassert"] = "";
  T.Text["/sys/include/map"] = "";
  T.Text["/sys/include/vector"] = "";
  // The vocabulary is shared by its path and not followed: its own
  // includes are in the preamble with it.
  EXPECT_EQ(T.plan().Headers, (Names{"/p/include/assoc/associations.hpp"}));
}

TEST(IncludePlan, SearchPathOrder) {
  Tree T;
  T.Search.Quoted = {"/p/quoted"};
  T.Text["/p/main.cpp"] = "#include \"x.h\"\n#include <y.h>\n";
  T.Text["/p/quoted/x.h"] = "#include <z.h>\n";
  T.Text["/sys/include/x.h"] = "";
  T.Text["/p/include/y.h"] = "";
  T.Text["/sys/include/y.h"] = "";
  T.Text["/sys/include/z.h"] = "";
  // -iquote before the system directories, -I before them too.
  EXPECT_EQ(T.plan().Headers, (Names{"z.h"}));
}

unsigned extentEnd(llvm::StringRef Text, llvm::StringRef Name) {
  clang::LangOptions Lang;
  Lang.CPlusPlus = Lang.CPlusPlus11 = true;
  return functionExtentEnd(Text, Text.find(Name), Lang);
}

TEST(KeptBodies, FunctionExtent) {
  llvm::StringRef Plain = "void a() { if (x) { y(); } }\nvoid b() {}\n";
  EXPECT_EQ(Plain.substr(0, extentEnd(Plain, "a()")).rtrim(),
            "void a() { if (x) { y(); } }");
  // A constructor's brace initialisers are not its body.
  llvm::StringRef Init = "S::S() : x{1}, y{2} { m(); }\nvoid f() {}\n";
  EXPECT_EQ(Init.substr(0, extentEnd(Init, "S()")).rtrim(),
            "S::S() : x{1}, y{2} { m(); }");
  // Nor are braces inside parentheses, strings or comments.
  llvm::StringRef Odd =
      "void g(int v = h({1})) { s(\"}\"); /* } */ }\nvoid k() {}\n";
  EXPECT_EQ(Odd.substr(0, extentEnd(Odd, "g(")).rtrim(),
            "void g(int v = h({1})) { s(\"}\"); /* } */ }");
  // A function-try-block ends with its last handler.
  llvm::StringRef Try = "void t() try { a(); } catch (...) { b(); }\nint z;\n";
  EXPECT_EQ(Try.substr(0, extentEnd(Try, "t()")).rtrim(),
            "void t() try { a(); } catch (...) { b(); }");
  // A directive inside: the extent is not known, it runs to the end.
  llvm::StringRef Directive = "void d() {\n#if X\n{\n#endif\n}\nvoid e() {}\n";
  EXPECT_EQ(extentEnd(Directive, "d()"), Directive.size());
}

} // namespace

namespace {

TEST(PlanPreambles, CoreFirstThenWhatGroupsShare) {
  // Five model units share the ORM's core; three views also share the
  // widgets; one unit shares nothing.
  std::vector<Names> Units = {{"dbo", "types"},
                              {"dbo", "types", "date"},
                              {"dbo", "types"},
                              {"dbo", "types", "widget", "button"},
                              {"dbo", "types", "widget"},
                              {"dbo", "types", "widget", "button"},
                              {"other"}};
  const std::vector<PlannedPreamble> Plan = planPreambles(Units, 8);
  ASSERT_EQ(Plan.size(), 3u);
  // What six of the seven include is the root.
  EXPECT_EQ(Plan[0].Files, (Names{"dbo", "types"}));
  EXPECT_FALSE(Plan[0].Parent);
  // The views' widgets are built on it, and the buttons on them.
  EXPECT_EQ(Plan[1].Files, (Names{"dbo", "types", "widget"}));
  EXPECT_EQ(Plan[1].Parent, 0u);
  EXPECT_EQ(Plan[2].Files, (Names{"dbo", "types", "widget", "button"}));
  EXPECT_EQ(Plan[2].Parent, 1u);
}

TEST(PlanPreambles, NothingSharedNothingPlanned) {
  EXPECT_TRUE(planPreambles({{"a"}, {"b"}}, 8).empty());
  EXPECT_TRUE(planPreambles({{"a", "b"}}, 8).empty());
  // The bound holds whatever the units share.
  std::vector<Names> Many;
  for (int I = 0; I < 40; ++I)
    Many.push_back({"core", "h" + std::to_string(I % 20)});
  EXPECT_LE(planPreambles(Many, 4).size(), 4u);
}

} // namespace
