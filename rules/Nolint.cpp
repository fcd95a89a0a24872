//===- Nolint.cpp - NOLINT comments, read from the source text ------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Nolint.h"

#include <optional>

namespace assoctidy {

namespace {

enum class Directive { Line, NextLine, Begin, End };

/// `*` matches any run of characters; everything else matches itself.
bool globMatches(std::string_view Glob, std::string_view Name) {
  if (Glob.empty())
    return Name.empty();
  if (Glob.front() == '*') {
    for (std::size_t Skip = 0; Skip <= Name.size(); ++Skip)
      if (globMatches(Glob.substr(1), Name.substr(Skip)))
        return true;
    return false;
  }
  return !Name.empty() && Glob.front() == Name.front() &&
         globMatches(Glob.substr(1), Name.substr(1));
}

std::string_view trim(std::string_view S) {
  while (!S.empty() && (S.front() == ' ' || S.front() == '\t'))
    S.remove_prefix(1);
  while (!S.empty() && (S.back() == ' ' || S.back() == '\t'))
    S.remove_suffix(1);
  return S;
}

/// Whether a directive's optional `(glob, glob)` list names Check. Rest is
/// the text right after the directive's keyword.
bool namesCheck(std::string_view Rest, std::string_view Check) {
  if (Rest.empty() || Rest.front() != '(')
    return true; // No list: every check.
  std::size_t Close = Rest.find(')');
  if (Close == std::string_view::npos)
    return false; // Malformed: clang-tidy ignores it too.
  std::string_view List = Rest.substr(1, Close - 1);
  while (!List.empty()) {
    std::size_t Comma = List.find(',');
    std::string_view Glob = trim(List.substr(0, Comma));
    if (!Glob.empty() && globMatches(Glob, Check))
      return true;
    if (Comma == std::string_view::npos)
      break;
    List.remove_prefix(Comma + 1);
  }
  return false;
}

struct Found {
  Directive Kind;
  bool Applies;
};

/// Every directive in Line, in order, calling Visit on each.
template <class Visitor>
void forEachDirective(std::string_view Line, std::string_view Check,
                      Visitor Visit) {
  static constexpr std::string_view Keyword = "NOLINT";
  std::size_t Pos = 0;
  while ((Pos = Line.find(Keyword, Pos)) != std::string_view::npos) {
    std::string_view Rest = Line.substr(Pos + Keyword.size());
    Directive Kind = Directive::Line;
    for (auto [Suffix, K] : {std::pair{std::string_view("NEXTLINE"),
                                       Directive::NextLine},
                             std::pair{std::string_view("BEGIN"),
                                       Directive::Begin},
                             std::pair{std::string_view("END"),
                                       Directive::End}})
      if (Rest.substr(0, Suffix.size()) == Suffix) {
        Kind = K;
        Rest.remove_prefix(Suffix.size());
        break;
      }
    Visit(Found{Kind, namesCheck(Rest, Check)});
    Pos += Keyword.size();
  }
}

std::string_view lineAt(std::string_view Text, std::size_t Begin) {
  std::size_t End = Text.find('\n', Begin);
  return Text.substr(Begin, End == std::string_view::npos ? Text.size() - Begin
                                                          : End - Begin);
}

} // namespace

bool isSuppressedByNolint(std::string_view Text, std::size_t Offset,
                          std::string_view Check) {
  if (Offset > Text.size())
    return false;
  const std::size_t LineBegin =
      Offset == 0 ? 0 : Text.rfind('\n', Offset - 1) + 1; // npos + 1 == 0
  bool Suppressed = false;
  forEachDirective(lineAt(Text, LineBegin), Check, [&](Found F) {
    Suppressed |= F.Kind == Directive::Line && F.Applies;
  });
  if (Suppressed)
    return true;
  if (LineBegin > 0) {
    const std::size_t PrevBegin =
        LineBegin < 2 ? 0 : Text.rfind('\n', LineBegin - 2) + 1;
    forEachDirective(lineAt(Text, PrevBegin), Check, [&](Found F) {
      Suppressed |= F.Kind == Directive::NextLine && F.Applies;
    });
    if (Suppressed)
      return true;
  }
  // Regions: count the BEGINs naming the check that are still open at the
  // finding's line.
  int Open = 0;
  for (std::size_t Begin = 0; Begin < LineBegin;) {
    std::string_view Line = lineAt(Text, Begin);
    forEachDirective(Line, Check, [&](Found F) {
      if (!F.Applies)
        return;
      if (F.Kind == Directive::Begin)
        ++Open;
      else if (F.Kind == Directive::End && Open > 0)
        --Open;
    });
    Begin += Line.size() + 1;
  }
  if (Open == 0)
    return false;
  // A region suppresses only once it is closed: an unmatched NOLINTBEGIN
  // is a mistake (clang-tidy reports it), not "the rest of the file".
  int Later = 0; // Regions opened after the finding, closed first.
  for (std::size_t Begin = LineBegin; Begin < Text.size();) {
    std::string_view Line = lineAt(Text, Begin);
    bool Closed = false;
    forEachDirective(Line, Check, [&](Found F) {
      if (!F.Applies)
        return;
      if (F.Kind == Directive::Begin)
        ++Later;
      else if (F.Kind == Directive::End && Later > 0)
        --Later;
      else if (F.Kind == Directive::End)
        Closed = true;
    });
    if (Closed)
      return true;
    Begin += Line.size() + 1;
  }
  return false;
}

} // namespace assoctidy
