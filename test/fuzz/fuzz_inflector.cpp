//===- fuzz_inflector.cpp - The inflector and custom inflections ----------===//
//
// Outside input: association names from any code, and the inflection
// options (Irregulars, Uncountables, Plurals, Singulars, Acronyms) of any
// .clang-tidy. Nothing may crash or hang; ActiveSupport's round trip
// singularize(pluralize(w)) is not asserted (it is not an identity there
// either).
//
//===----------------------------------------------------------------------===//

#include "InflectionConfig.h"
#include "Inflector.h"

#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string Input(reinterpret_cast<const char *>(Data), Size);
  // The first five lines configure, the rest is words.
  std::vector<std::string> Lines;
  std::size_t Start = 0;
  while (Start <= Input.size()) {
    std::size_t End = Input.find('\n', Start);
    if (End == std::string::npos)
      End = Input.size();
    Lines.push_back(Input.substr(Start, End - Start));
    Start = End + 1;
  }
  assoctidy::InflectionOptions Options;
  if (Lines.size() > 5) {
    Options.Irregulars = Lines[0];
    Options.Uncountables = Lines[1];
    Options.Plurals = Lines[2];
    Options.Singulars = Lines[3];
    Options.Acronyms = Lines[4];
  }
  std::vector<std::string> Errors;
  assoctidy::Inflector I = assoctidy::makeInflector(Options, Errors);
  for (std::size_t L = Lines.size() > 5 ? 5 : 0; L < Lines.size(); ++L) {
    const std::string &W = Lines[L];
    (void)I.pluralize(W);
    (void)I.singularize(W);
    (void)I.underscore(W);
    (void)I.camelize(W);
    (void)I.tableize(W);
    (void)I.classify(W);
    (void)I.demodulize(W);
    (void)I.foreignKey(W);
  }
  return 0;
}
