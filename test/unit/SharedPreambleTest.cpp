//===- SharedPreambleTest.cpp - Which headers a unit may share ------------===//

#include "SharedPreamble.h"

#include <gtest/gtest.h>

using namespace assoctidy;

namespace {

using Names = std::vector<std::string>;

TEST(SharedPreamble, ListsTheStandardHeadersTheFileIncludes) {
  EXPECT_EQ(standardIncludes("#include \"shop.h\"\n"
                             "#include <vector>\n"
                             "  #  include <string>  // names\n"
                             "#include <vector>\n"
                             "#include <map>\n"),
            (Names{"vector", "string", "map"}));
}

TEST(SharedPreamble, LeavesOutWhatIsNotTheCppStandardLibrary) {
  // C's names, a library's own path, something not standard, and
  // <cassert>, which is meant to be included again under another NDEBUG.
  EXPECT_EQ(standardIncludes("#include <stdio.h>\n"
                             "#include <boost/optional.hpp>\n"
                             "#include <QString>\n"
                             "#include <zlib>\n"
                             "#include <cassert>\n"
                             "#include <cstdio>\n"),
            (Names{"cstdio"}));
  EXPECT_EQ(standardIncludes("int main() {}\n"), Names{});
}

TEST(SharedPreamble, NoneForAFileThatConfiguresTheLibrary) {
  EXPECT_EQ(standardIncludes("#define NDEBUG\n#include <vector>\n"),
            std::nullopt);
  EXPECT_EQ(standardIncludes("#include <vector>\n#define _GLIBCXX_DEBUG 1\n"),
            std::nullopt);
  EXPECT_EQ(standardIncludes("# undef __STRICT_ANSI__\n#include <string>\n"),
            std::nullopt);
  // An ordinary macro is the file's own business.
  EXPECT_EQ(standardIncludes("#define SHOP_NAME \"x\"\n#define _x 1\n"
                             "#include <string>\n"),
            Names{"string"});
  // Not a definition: a name that only starts like one.
  EXPECT_EQ(standardIncludes("#defined_elsewhere _GLIBCXX_DEBUG\n"
                             "#include <string>\n"),
            Names{"string"});
}

} // namespace
