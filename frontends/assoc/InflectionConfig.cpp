//===- InflectionConfig.cpp - Custom inflections from configuration -------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "InflectionConfig.h"

#include <string_view>

namespace assoctidy {

namespace {

std::string_view trim(std::string_view S) {
  const char *Space = " \t\r\n";
  std::size_t B = S.find_first_not_of(Space);
  if (B == std::string_view::npos)
    return {};
  return S.substr(B, S.find_last_not_of(Space) - B + 1);
}

/// Calls Visit on every non-empty, trimmed `;`-separated entry.
template <class Visitor> void forEachEntry(std::string_view List, Visitor Visit) {
  while (!List.empty()) {
    std::size_t Semi = List.find(';');
    std::string_view Entry = trim(List.substr(0, Semi));
    if (!Entry.empty())
      Visit(Entry);
    if (Semi == std::string_view::npos)
      break;
    List.remove_prefix(Semi + 1);
  }
}

/// Splits `Left<Sep>Right` with both sides non-empty.
bool splitPair(std::string_view Entry, std::string_view Sep,
               std::string_view &Left, std::string_view &Right) {
  std::size_t At = Entry.find(Sep);
  if (At == std::string_view::npos)
    return false;
  Left = trim(Entry.substr(0, At));
  Right = trim(Entry.substr(At + Sep.size()));
  return !Left.empty();
}

template <class AddChecked>
void addRules(std::string_view List, const char *Option, AddChecked Add,
              std::vector<std::string> &Errors) {
  forEachEntry(List, [&](std::string_view Entry) {
    std::string_view Regex, Replacement;
    // The replacement may be empty (`s$->` strips a trailing s).
    if (!splitPair(Entry, "->", Regex, Replacement)) {
      Errors.push_back(std::string(Option) + ": '" + std::string(Entry) +
                       "' is not 'regex->replacement'");
      return;
    }
    std::string Why;
    if (!Add(Regex, Replacement, Why))
      Errors.push_back(std::string(Option) + ": '" + std::string(Regex) +
                       "' is not a valid regular expression: " + Why);
  });
}

} // namespace

Inflector makeInflector(const InflectionOptions &Options,
                        std::vector<std::string> &Errors) {
  Inflector I;
  addRules(
      Options.Plurals, "Plurals",
      [&](std::string_view R, std::string_view S, std::string &Why) {
        return I.addPluralChecked(R, S, Why);
      },
      Errors);
  addRules(
      Options.Singulars, "Singulars",
      [&](std::string_view R, std::string_view S, std::string &Why) {
        return I.addSingularChecked(R, S, Why);
      },
      Errors);
  forEachEntry(Options.Irregulars, [&](std::string_view Entry) {
    std::string_view Singular, Plural;
    if (!splitPair(Entry, ":", Singular, Plural) || Plural.empty()) {
      Errors.push_back("Irregulars: '" + std::string(Entry) +
                       "' is not 'singular:plural'");
      return;
    }
    I.addIrregular(Singular, Plural);
  });
  forEachEntry(Options.Uncountables,
               [&](std::string_view Word) { I.addUncountable(Word); });
  forEachEntry(Options.Acronyms,
               [&](std::string_view Word) { I.addAcronym(Word); });
  return I;
}

} // namespace assoctidy
