//===- Inflector.cpp - ActiveSupport 6.1's English inflections ------------===//
//
// Part of assoc-tidy. See Inflector.h and activerecord-semantics.md (c, e).
//
// How ActiveSupport applies rules: each rule set is a list of (regex,
// replacement) pairs where a new rule goes to the front; an inflection takes
// the first rule whose regex matches anywhere in the word and performs one
// Ruby `sub` with it. We keep the rules in definition order and walk them
// backwards.
//
// The matcher: every default rule is a regex without repetition, so it is a
// finite set of fixed-width "paths" (alternations and `?` expanded in the
// order a backtracking engine tries them). A path matches at a position or
// not, and the first match found scanning positions left to right, trying
// paths in order at each, is exactly the match Ruby's engine reports, with
// the same captures. Anchored paths pin the position, so a rule costs a few
// byte comparisons instead of a std::regex search.
//
// Known differences from Ruby, all about text no identifier contains:
// * Strings are bytes and case rules are ASCII: Ruby folds Unicode case
//   under /i (`"boſ".pluralize` is `"bos"` there, `"boſs"` here) and counts
//   non-ASCII letters as word characters for `\b`.
// * `^` and `$` match only at the very start and end, `\Z` only at the
//   end; Ruby also matches them at line breaks.
// * `irregular` and acronym words are literal text here; ActiveSupport
//   pastes them into regexes unescaped.
// * Where ActiveSupport raises (an empty irregular word, a bad regex) the
//   call is ignored; the Checked forms report a bad regex.
// * A custom pattern the built-in matcher cannot express (`*`, `+`,
//   lookaround, backreferences) runs on std::regex (ECMAScript), whose
//   dialect differs from Ruby's beyond `\A`, `\z`, `\Z` and `\h`, which are
//   translated. Builds without exceptions reject such patterns instead.
//
//===----------------------------------------------------------------------===//

#include "Inflector.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <regex>
#include <utility>
#include <vector>

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#define ASSOC_TIDY_HAS_EXCEPTIONS 1
#else
#define ASSOC_TIDY_HAS_EXCEPTIONS 0
#endif

namespace assoctidy {
namespace {

//===----------------------------------------------------------------------===//
// ASCII character classes, as Ruby's regexes see ASCII text.
//===----------------------------------------------------------------------===//

bool isUpper(char C) { return C >= 'A' && C <= 'Z'; }
bool isLower(char C) { return C >= 'a' && C <= 'z'; }
bool isDigit(char C) { return C >= '0' && C <= '9'; }
bool isAlnum(char C) { return isUpper(C) || isLower(C) || isDigit(C); }
bool isWordChar(char C) { return isAlnum(C) || C == '_'; }
char toLower(char C) { return isUpper(C) ? char(C - 'A' + 'a') : C; }
char toUpper(char C) { return isLower(C) ? char(C - 'a' + 'A') : C; }

std::string lowercase(std::string_view S) {
  std::string Out(S);
  for (char &C : Out)
    C = toLower(C);
  return Out;
}

/// Ruby's String#capitalize on ASCII: first letter up, the rest down.
std::string capitalize(std::string_view S) {
  std::string Out = lowercase(S);
  if (!Out.empty())
    Out[0] = toUpper(Out[0]);
  return Out;
}

/// Whether `\b` holds before byte \p Pos; outside the text counts as a
/// non-word character, as in Ruby.
bool isWordBoundary(std::string_view S, size_t Pos) {
  bool Before = Pos > 0 && isWordChar(S[Pos - 1]);
  bool After = Pos < S.size() && isWordChar(S[Pos]);
  return Before != After;
}

//===----------------------------------------------------------------------===//
// The built-in matcher.
//===----------------------------------------------------------------------===//

/// A set of bytes, one bit each.
class ByteSet {
public:
  void add(unsigned char C) { Bits[C >> 6] |= uint64_t(1) << (C & 63); }
  void addRange(unsigned char Lo, unsigned char Hi) {
    for (unsigned C = Lo; C <= Hi; ++C)
      add(static_cast<unsigned char>(C));
  }
  bool contains(char C) const {
    auto U = static_cast<unsigned char>(C);
    return (Bits[U >> 6] >> (U & 63)) & 1;
  }
  void addAll(const ByteSet &Other) {
    for (int I = 0; I < 4; ++I)
      Bits[I] |= Other.Bits[I];
  }
  void invert() {
    for (uint64_t &Word : Bits)
      Word = ~Word;
  }
  /// Adds the other case of every ASCII letter in the set (what /i does
  /// to a character class before any negation).
  void closeUnderCase() {
    for (char C = 'a'; C <= 'z'; ++C) {
      if (contains(C) || contains(toUpper(C))) {
        add(static_cast<unsigned char>(C));
        add(static_cast<unsigned char>(toUpper(C)));
      }
    }
  }

private:
  uint64_t Bits[4] = {0, 0, 0, 0};
};

enum class StepKind : unsigned char {
  Byte,           // consume one byte in Set
  Start,          // ^ or \A
  End,            // $, \z or \Z
  WordBoundary,   // \b
  NotWordBoundary // \B
};

struct Step {
  StepKind Kind = StepKind::Byte;
  ByteSet Set;
};

/// Where a capture group lies inside a path, in bytes from the path's start.
struct GroupSpan {
  unsigned Group;
  unsigned Begin;
  unsigned End;
};

/// One fixed-width way through a pattern.
struct Path {
  std::vector<Step> Steps;
  std::vector<GroupSpan> Spans;
  unsigned Width = 0;
  bool StartAnchored = false; // only matches at position 0
  bool EndAnchored = false;   // only matches ending at the end of the text
};

/// A captured range of the subject, or "did not participate".
struct Capture {
  size_t Begin = 0;
  size_t End = 0;
  bool Matched = false;
};

/// Parses the regex subset the default rules use: literals, escapes,
/// classes, `.`, groups (capturing, `(?:`, `(?i:`), inline `(?i)`/`(?-i)`,
/// alternation, `?`, and the anchors `^ $ \A \z \Z \b \B`. Anything else
/// (repetition, lookaround, backreferences) is reported as unsupported.
class PatternParser {
public:
  PatternParser(std::string_view Pattern, bool Fold)
      : Source(Pattern), IgnoreCase(Fold) {}

  bool parse(std::vector<Path> &Out) {
    if (!parseAlternation(IgnoreCase, Out))
      return false;
    return Pos == Source.size(); // a stray ')' is a syntax error
  }

private:
  // Expanding alternations multiplies paths; a pattern that needs more than
  // this is left to std::regex.
  static constexpr size_t MaxPaths = 4096;

  bool atEnd() const { return Pos >= Source.size(); }
  char peek() const { return Source[Pos]; }
  bool consume(std::string_view Prefix) {
    if (Source.substr(Pos, Prefix.size()) != Prefix)
      return false;
    Pos += Prefix.size();
    return true;
  }

  static Path byteStep(const ByteSet &Set) {
    Path P;
    Step S;
    S.Set = Set;
    P.Steps.push_back(S);
    P.Width = 1;
    return P;
  }
  static Path assertion(StepKind Kind) {
    Path P;
    Step S;
    S.Kind = Kind;
    P.Steps.push_back(S);
    return P;
  }

  /// Every path of \p Prefix followed by every path of \p Suffix, in the
  /// order backtracking tries them (the prefix's choice varies slowest).
  bool concat(std::vector<Path> &Prefix, const std::vector<Path> &Suffix) {
    if (Prefix.size() * Suffix.size() > MaxPaths)
      return false;
    std::vector<Path> Out;
    Out.reserve(Prefix.size() * Suffix.size());
    for (const Path &A : Prefix) {
      for (const Path &B : Suffix) {
        Path P = A;
        P.Steps.insert(P.Steps.end(), B.Steps.begin(), B.Steps.end());
        for (GroupSpan Span : B.Spans)
          P.Spans.push_back(
              {Span.Group, Span.Begin + A.Width, Span.End + A.Width});
        P.Width += B.Width;
        Out.push_back(std::move(P));
      }
    }
    Prefix = std::move(Out);
    return true;
  }

  bool parseAlternation(bool Fold, std::vector<Path> &Out) {
    if (!parseSequence(Fold, Out))
      return false;
    while (!atEnd() && peek() == '|') {
      ++Pos;
      std::vector<Path> Next;
      if (!parseSequence(Fold, Next))
        return false;
      if (Out.size() + Next.size() > MaxPaths)
        return false;
      Out.insert(Out.end(), Next.begin(), Next.end());
    }
    return true;
  }

  bool parseSequence(bool Fold, std::vector<Path> &Out) {
    Out.assign(1, Path());
    while (!atEnd() && peek() != '|' && peek() != ')') {
      // Onigmo reads `a(?i)b|c` as `a(?i:b|c)`: an inline option governs
      // the rest of the enclosing group, later alternatives included.
      bool NewFold = Fold;
      if (consumeInlineOption(NewFold)) {
        std::vector<Path> Rest;
        return parseAlternation(NewFold, Rest) && concat(Out, Rest);
      }
      std::vector<Path> Atom;
      if (!parseAtom(Fold, Atom) || !parseQuantifier(Atom) ||
          !concat(Out, Atom))
        return false;
    }
    return true;
  }

  bool consumeInlineOption(bool &Fold) {
    if (consume("(?i)")) {
      Fold = true;
      return true;
    }
    if (consume("(?-i)")) {
      Fold = false;
      return true;
    }
    return false;
  }

  /// Only a greedy `?` is supported: "with the atom" is tried first.
  bool parseQuantifier(std::vector<Path> &Atom) {
    if (atEnd())
      return true;
    char C = peek();
    if (C == '*' || C == '+' || C == '{')
      return false;
    if (C != '?')
      return true;
    ++Pos;
    if (!atEnd() && (peek() == '?' || peek() == '+'))
      return false; // lazy or possessive
    Atom.push_back(Path());
    return Atom.size() <= MaxPaths;
  }

  bool parseAtom(bool Fold, std::vector<Path> &Out) {
    char C = peek();
    ++Pos;
    ByteSet Set;
    switch (C) {
    case '(':
      return parseGroup(Fold, Out);
    case '[':
      if (!parseClass(Fold, Set))
        return false;
      Out.push_back(byteStep(Set));
      return true;
    case '.':
      Set.add('\n');
      Set.invert();
      Out.push_back(byteStep(Set));
      return true;
    case '^':
      Out.push_back(assertion(StepKind::Start));
      return true;
    case '$':
      Out.push_back(assertion(StepKind::End));
      return true;
    case '\\':
      return parseEscape(Fold, Out);
    case '*':
    case '+':
    case '?':
    case '{':
    case '}':
      return false;
    default:
      Set.add(static_cast<unsigned char>(C));
      if (Fold)
        Set.closeUnderCase();
      Out.push_back(byteStep(Set));
      return true;
    }
  }

  bool parseGroup(bool Fold, std::vector<Path> &Out) {
    bool Capturing = true;
    if (consume("?:")) {
      Capturing = false;
    } else if (consume("?i:")) {
      Capturing = false;
      Fold = true;
    } else if (consume("?-i:")) {
      Capturing = false;
      Fold = false;
    } else if (!atEnd() && peek() == '?') {
      return false; // lookaround, named groups, other options
    }
    unsigned Group = Capturing ? ++Groups : 0;
    if (!parseAlternation(Fold, Out) || atEnd() || peek() != ')')
      return false;
    ++Pos;
    if (Capturing)
      for (Path &P : Out)
        P.Spans.push_back({Group, 0, P.Width});
    return true;
  }

  /// The shorthand classes shared by atoms and bracket expressions.
  static bool shorthandClass(char C, ByteSet &Set) {
    switch (C) {
    case 'd':
    case 'D':
      Set.addRange('0', '9');
      break;
    case 'w':
    case 'W':
      Set.addRange('a', 'z');
      Set.addRange('A', 'Z');
      Set.addRange('0', '9');
      Set.add('_');
      break;
    case 's':
    case 'S':
      for (char Space : {' ', '\t', '\n', '\v', '\f', '\r'})
        Set.add(static_cast<unsigned char>(Space));
      break;
    case 'h':
    case 'H':
      Set.addRange('0', '9');
      Set.addRange('a', 'f');
      Set.addRange('A', 'F');
      break;
    default:
      return false;
    }
    if (isUpper(C))
      Set.invert();
    return true;
  }

  /// The byte a character escape such as `\n` or `\.` stands for.
  static bool escapedByte(char C, unsigned char &Byte) {
    switch (C) {
    case 'n':
      Byte = '\n';
      return true;
    case 't':
      Byte = '\t';
      return true;
    case 'r':
      Byte = '\r';
      return true;
    case 'f':
      Byte = '\f';
      return true;
    case 'v':
      Byte = '\v';
      return true;
    case 'e':
      Byte = 0x1b;
      return true;
    case 'a':
      Byte = 0x07;
      return true;
    default:
      // Escaped punctuation is itself; an unknown letter or digit escape
      // (\1, \x41, \p{...}) is beyond this matcher.
      if (isAlnum(C))
        return false;
      Byte = static_cast<unsigned char>(C);
      return true;
    }
  }

  bool parseEscape(bool Fold, std::vector<Path> &Out) {
    if (atEnd())
      return false;
    char C = peek();
    ++Pos;
    switch (C) {
    case 'A':
      Out.push_back(assertion(StepKind::Start));
      return true;
    case 'z':
    case 'Z':
      Out.push_back(assertion(StepKind::End));
      return true;
    case 'b':
      Out.push_back(assertion(StepKind::WordBoundary));
      return true;
    case 'B':
      Out.push_back(assertion(StepKind::NotWordBoundary));
      return true;
    default:
      break;
    }
    ByteSet Set;
    unsigned char Byte = 0;
    if (shorthandClass(C, Set)) {
      Out.push_back(byteStep(Set));
      return true;
    }
    if (!escapedByte(C, Byte))
      return false;
    Set.add(Byte);
    if (Fold)
      Set.closeUnderCase();
    Out.push_back(byteStep(Set));
    return true;
  }

  /// One member of a bracket expression: a byte, or a shorthand class.
  bool parseClassItem(ByteSet &Set, bool &IsByte, unsigned char &Byte) {
    if (atEnd())
      return false;
    char C = peek();
    ++Pos;
    IsByte = true;
    if (C == '[')
      return false; // nested classes and [:alpha:]
    if (C == '&' && !atEnd() && peek() == '&')
      return false; // class intersection
    if (C != '\\') {
      Byte = static_cast<unsigned char>(C);
      return true;
    }
    if (atEnd())
      return false;
    C = peek();
    ++Pos;
    if (shorthandClass(C, Set)) {
      IsByte = false;
      return true;
    }
    return escapedByte(C, Byte);
  }

  /// Parses after the `[`, through the closing `]`.
  bool parseClass(bool Fold, ByteSet &Out) {
    bool Negated = consume("^");
    if (!atEnd() && peek() == ']')
      return false; // Ruby's leading-']' oddity; leave it to std::regex
    ByteSet Set;
    while (!atEnd() && peek() != ']') {
      bool IsByte = false;
      unsigned char Lo = 0;
      if (!parseClassItem(Set, IsByte, Lo))
        return false;
      if (!IsByte)
        continue;
      bool IsRange =
          Pos + 1 < Source.size() && peek() == '-' && Source[Pos + 1] != ']';
      if (!IsRange) {
        Set.add(Lo);
        continue;
      }
      ++Pos;
      unsigned char Hi = 0;
      if (!parseClassItem(Set, IsByte, Hi) || !IsByte || Hi < Lo)
        return false;
      Set.addRange(Lo, Hi);
    }
    if (atEnd())
      return false;
    ++Pos; // ']'
    if (Fold)
      Set.closeUnderCase();
    if (Negated)
      Set.invert();
    Out = Set;
    return true;
  }

  std::string_view Source;
  bool IgnoreCase;
  size_t Pos = 0;
  unsigned Groups = 0;
};

/// A pattern of the built-in subset, expanded into its fixed-width paths.
class ExpandedPattern {
public:
  /// Returns false if \p Source is outside the subset or malformed.
  bool compile(std::string_view Source, bool IgnoreCase) {
    PatternParser Parser(Source, IgnoreCase);
    std::vector<Path> Parsed;
    if (!Parser.parse(Parsed))
      return false;
    Paths.clear();
    for (Path &P : Parsed)
      if (classifyAnchors(P))
        Paths.push_back(std::move(P));
    summarize();
    return true;
  }

  /// Finds the leftmost match, the one Ruby's engine reports. On success
  /// \p Begin is where it starts and \p Which the path that matched.
  bool search(std::string_view Text, size_t &Begin, const Path *&Which) const {
    size_t N = Text.size();
    if (Paths.empty() || N < MinWidth)
      return false;
    if (AllEndAnchored && MinWidth > 0 && !LastBytes.contains(Text[N - 1]))
      return false;
    size_t Lo = AllEndAnchored && N > MaxWidth ? N - MaxWidth : 0;
    size_t Hi = AllStartAnchored ? 0 : N - MinWidth;
    for (size_t Pos = Lo; Pos <= Hi; ++Pos) {
      for (const Path &P : Paths) {
        if (P.StartAnchored && Pos != 0)
          continue;
        if (Pos + P.Width > N || (P.EndAnchored && Pos + P.Width != N))
          continue;
        if (matchesAt(P, Text, Pos)) {
          Begin = Pos;
          Which = &P;
          return true;
        }
      }
    }
    return false;
  }

private:
  /// Sets the anchor flags; false if the path can never match (`a^b`).
  static bool classifyAnchors(Path &P) {
    unsigned Consumed = 0;
    bool SawEnd = false;
    for (const Step &S : P.Steps) {
      if (S.Kind == StepKind::Byte) {
        if (SawEnd)
          return false;
        ++Consumed;
      } else if (S.Kind == StepKind::Start) {
        if (Consumed != 0)
          return false;
        P.StartAnchored = true;
      } else if (S.Kind == StepKind::End) {
        SawEnd = true;
        P.EndAnchored = true;
      }
    }
    return true;
  }

  /// Precomputes the bounds that let search() skip hopeless positions.
  void summarize() {
    MinWidth = ~0u;
    MaxWidth = 0;
    AllStartAnchored = AllEndAnchored = !Paths.empty();
    LastBytes = ByteSet();
    for (const Path &P : Paths) {
      MinWidth = std::min(MinWidth, P.Width);
      MaxWidth = std::max(MaxWidth, P.Width);
      AllStartAnchored = AllStartAnchored && P.StartAnchored;
      AllEndAnchored = AllEndAnchored && P.EndAnchored;
      for (auto It = P.Steps.rbegin(); It != P.Steps.rend(); ++It) {
        if (It->Kind == StepKind::Byte) {
          LastBytes.addAll(It->Set);
          break;
        }
      }
    }
    if (Paths.empty())
      MinWidth = 0;
  }

  static bool matchesAt(const Path &P, std::string_view Text, size_t Pos) {
    for (const Step &S : P.Steps) {
      switch (S.Kind) {
      case StepKind::Byte:
        if (Pos >= Text.size() || !S.Set.contains(Text[Pos]))
          return false;
        ++Pos;
        break;
      case StepKind::Start:
        if (Pos != 0)
          return false;
        break;
      case StepKind::End:
        if (Pos != Text.size())
          return false;
        break;
      case StepKind::WordBoundary:
        if (!isWordBoundary(Text, Pos))
          return false;
        break;
      case StepKind::NotWordBoundary:
        if (isWordBoundary(Text, Pos))
          return false;
        break;
      }
    }
    return true;
  }

  std::vector<Path> Paths;
  unsigned MinWidth = 0;
  unsigned MaxWidth = 0;
  bool AllStartAnchored = false;
  bool AllEndAnchored = false;
  ByteSet LastBytes; // last byte of any match, when AllEndAnchored
};

//===----------------------------------------------------------------------===//
// Replacement strings, with Ruby's `sub` escapes.
//===----------------------------------------------------------------------===//

struct ReplacementPiece {
  enum PieceKind { Literal, Group, PreMatch, PostMatch } Kind = Literal;
  std::string Text;   // for Literal
  unsigned Index = 0; // for Group; 0 is the whole match
};

/// `\0`-`\9` and `\&` insert groups, `` \` `` and `\'` the text before and
/// after the match, `\\` a backslash; any other backslash is literal.
std::vector<ReplacementPiece> parseReplacement(std::string_view Source) {
  std::vector<ReplacementPiece> Pieces;
  auto AppendLiteral = [&Pieces](std::string_view Text) {
    if (Pieces.empty() || Pieces.back().Kind != ReplacementPiece::Literal)
      Pieces.push_back(ReplacementPiece());
    Pieces.back().Text.append(Text);
  };
  auto AppendSpecial = [&Pieces](ReplacementPiece::PieceKind Kind,
                                 unsigned Index) {
    ReplacementPiece Piece;
    Piece.Kind = Kind;
    Piece.Index = Index;
    Pieces.push_back(Piece);
  };
  for (size_t I = 0; I < Source.size(); ++I) {
    char C = Source[I];
    if (C != '\\' || I + 1 == Source.size()) {
      AppendLiteral(Source.substr(I, 1));
      continue;
    }
    char Next = Source[++I];
    if (isDigit(Next))
      AppendSpecial(ReplacementPiece::Group, unsigned(Next - '0'));
    else if (Next == '&')
      AppendSpecial(ReplacementPiece::Group, 0);
    else if (Next == '`')
      AppendSpecial(ReplacementPiece::PreMatch, 0);
    else if (Next == '\'')
      AppendSpecial(ReplacementPiece::PostMatch, 0);
    else if (Next == '\\')
      AppendLiteral("\\");
    else
      AppendLiteral(Source.substr(I - 1, 2));
  }
  return Pieces;
}

/// Writes Text with [Begin, End) replaced, as one Ruby `sub`. \p GroupOf
/// maps a group number (>= 1) to its Capture.
template <typename GroupFn>
std::string substitute(std::string_view Text, size_t Begin, size_t End,
                       const std::vector<ReplacementPiece> &Pieces,
                       GroupFn GroupOf) {
  std::string Out;
  Out.reserve(Text.size() + 8);
  Out.append(Text.substr(0, Begin));
  for (const ReplacementPiece &Piece : Pieces) {
    switch (Piece.Kind) {
    case ReplacementPiece::Literal:
      Out.append(Piece.Text);
      break;
    case ReplacementPiece::Group: {
      if (Piece.Index == 0) {
        Out.append(Text.substr(Begin, End - Begin));
        break;
      }
      Capture C = GroupOf(Piece.Index);
      if (C.Matched)
        Out.append(Text.substr(C.Begin, C.End - C.Begin));
      break;
    }
    case ReplacementPiece::PreMatch:
      Out.append(Text.substr(0, Begin));
      break;
    case ReplacementPiece::PostMatch:
      Out.append(Text.substr(End));
      break;
    }
  }
  Out.append(Text.substr(End));
  return Out;
}

//===----------------------------------------------------------------------===//
// Rules.
//===----------------------------------------------------------------------===//

#if ASSOC_TIDY_HAS_EXCEPTIONS
/// Ruby spellings std::regex's ECMAScript grammar lacks, outside brackets.
std::string translateToECMAScript(std::string_view Ruby) {
  std::string Out;
  bool InClass = false;
  for (size_t I = 0; I < Ruby.size(); ++I) {
    char C = Ruby[I];
    if (C == '\\' && I + 1 < Ruby.size()) {
      char Next = Ruby[++I];
      if (!InClass && Next == 'A')
        Out += "^";
      else if (!InClass && Next == 'z')
        Out += "$";
      else if (!InClass && Next == 'Z')
        Out += "(?=\\n?$)";
      else if (!InClass && Next == 'h')
        Out += "[0-9A-Fa-f]";
      else if (!InClass && Next == 'H')
        Out += "[^0-9A-Fa-f]";
      else
        Out.append({'\\', Next});
      continue;
    }
    if (C == '[')
      InClass = true;
    else if (C == ']')
      InClass = false;
    Out += C;
  }
  return Out;
}
#endif

/// One (pattern, replacement) pair of a rule list.
class Rule {
public:
  /// Compiles \p Pattern, on the built-in matcher when it can.
  bool compile(std::string_view Pattern, bool IgnoreCase,
               std::string_view Replacement, std::string &Error) {
    Pieces = parseReplacement(Replacement);
    if (Builtin.compile(Pattern, IgnoreCase))
      return true;
    return compileStd(Pattern, IgnoreCase, Error);
  }

  bool usesBuiltinMatcher() const { return !Std; }

  /// One Ruby `sub`; false if the pattern does not match.
  bool apply(std::string_view Text, std::string &Out) const {
    if (Std)
      return applyStd(Text, Out);
    size_t Begin = 0;
    const Path *Which = nullptr;
    if (!Builtin.search(Text, Begin, Which))
      return false;
    auto GroupOf = [Which, Begin](unsigned Index) {
      Capture C;
      for (const GroupSpan &Span : Which->Spans) {
        if (Span.Group == Index) {
          C.Begin = Begin + Span.Begin;
          C.End = Begin + Span.End;
          C.Matched = true;
        }
      }
      return C;
    };
    Out = substitute(Text, Begin, Begin + Which->Width, Pieces, GroupOf);
    return true;
  }

private:
  bool compileStd(std::string_view Pattern, bool IgnoreCase,
                  std::string &Error) {
#if ASSOC_TIDY_HAS_EXCEPTIONS
    auto Flags = std::regex::ECMAScript | std::regex::optimize;
    if (IgnoreCase)
      Flags |= std::regex::icase;
    try {
      Std = std::make_shared<const std::regex>(translateToECMAScript(Pattern),
                                               Flags);
      return true;
    } catch (const std::regex_error &E) {
      Error = "invalid regular expression /" + std::string(Pattern) +
              "/: " + E.what();
      return false;
    }
#else
    (void)IgnoreCase;
    Error = "regular expression /" + std::string(Pattern) +
            "/ is malformed or needs std::regex, which a build without "
            "exceptions cannot use safely";
    return false;
#endif
  }

  bool applyStd(std::string_view Text, std::string &Out) const {
    std::match_results<std::string_view::const_iterator> M;
#if ASSOC_TIDY_HAS_EXCEPTIONS
    try {
      if (!std::regex_search(Text.begin(), Text.end(), M, *Std))
        return false;
    } catch (const std::regex_error &) {
      return false; // too complex for std::regex: treat as no match
    }
#else
    if (!std::regex_search(Text.begin(), Text.end(), M, *Std))
      return false;
#endif
    auto GroupOf = [&M, &Text](unsigned Index) {
      Capture C;
      if (Index < M.size() && M[Index].matched) {
        C.Begin = size_t(M[Index].first - Text.begin());
        C.End = size_t(M[Index].second - Text.begin());
        C.Matched = true;
      }
      return C;
    };
    size_t Begin = size_t(M[0].first - Text.begin());
    size_t End = size_t(M[0].second - Text.begin());
    Out = substitute(Text, Begin, End, Pieces, GroupOf);
    return true;
  }

  ExpandedPattern Builtin;
  std::shared_ptr<const std::regex> Std; // set when Builtin cannot express it
  std::vector<ReplacementPiece> Pieces;
};

/// Backslash-escapes regex punctuation so that a word is matched literally.
std::string escapeRegex(std::string_view Word) {
  std::string Out;
  for (char C : Word) {
    if (!isAlnum(C) && C != '_' && static_cast<unsigned char>(C) < 0x80)
      Out += '\\';
    Out += C;
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// ActiveSupport 6.1's English defaults (activerecord-semantics.md, e), in
// definition order: the last entry has the highest priority.
//===----------------------------------------------------------------------===//

struct DefaultRule {
  const char *Pattern;
  const char *Replacement;
};

const DefaultRule DefaultPlurals[] = {
    {"$", "s"},
    {"s$", "s"},
    {"^(ax|test)is$", "\\1es"},
    {"(octop|vir)us$", "\\1i"},
    {"(octop|vir)i$", "\\1i"},
    {"(alias|status)$", "\\1es"},
    {"(bu)s$", "\\1ses"},
    {"(buffal|tomat)o$", "\\1oes"},
    {"([ti])um$", "\\1a"},
    {"([ti])a$", "\\1a"},
    {"sis$", "ses"},
    {"(?:([^f])fe|([lr])f)$", "\\1\\2ves"},
    {"(hive)$", "\\1s"},
    {"([^aeiouy]|qu)y$", "\\1ies"},
    {"(x|ch|ss|sh)$", "\\1es"},
    {"(matr|vert|ind)(?:ix|ex)$", "\\1ices"},
    {"^(m|l)ouse$", "\\1ice"},
    {"^(m|l)ice$", "\\1ice"},
    {"^(ox)$", "\\1en"},
    {"^(oxen)$", "\\1"},
    {"(quiz)$", "\\1zes"},
};

const DefaultRule DefaultSingulars[] = {
    {"s$", ""},
    {"(ss)$", "\\1"},
    {"(n)ews$", "\\1ews"},
    {"([ti])a$", "\\1um"},
    {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$",
     "\\1sis"},
    {"(^analy)(sis|ses)$", "\\1sis"},
    {"([^f])ves$", "\\1fe"},
    {"(hive)s$", "\\1"},
    {"(tive)s$", "\\1"},
    {"([lr])ves$", "\\1f"},
    {"([^aeiouy]|qu)ies$", "\\1y"},
    {"(s)eries$", "\\1eries"},
    {"(m)ovies$", "\\1ovie"},
    {"(x|ch|ss|sh)es$", "\\1"},
    {"^(m|l)ice$", "\\1ouse"},
    {"(bus)(es)?$", "\\1"},
    {"(o)es$", "\\1"},
    {"(shoe)s$", "\\1"},
    {"(cris|test)(is|es)$", "\\1is"},
    {"^(a)x[ie]s$", "\\1xis"},
    {"(octop|vir)(us|i)$", "\\1us"},
    {"(alias|status)(es)?$", "\\1"},
    {"^(ox)en", "\\1"},
    {"(vert|ind)ices$", "\\1ex"},
    {"(matr)ices$", "\\1ix"},
    {"(quiz)zes$", "\\1"},
    {"(database)s$", "\\1"},
};

const std::pair<const char *, const char *> DefaultIrregulars[] = {
    {"person", "people"}, {"man", "men"},    {"child", "children"},
    {"sex", "sexes"},     {"move", "moves"}, {"zombie", "zombies"},
};

const char *const DefaultUncountables[] = {
    "equipment", "information", "rice",  "money", "species",
    "series",    "fish",        "sheep", "jeans", "police"};

} // namespace

//===----------------------------------------------------------------------===//
// Inflector
//===----------------------------------------------------------------------===//

struct Inflector::Rules {
  std::vector<Rule> Plurals;   // definition order; the last one wins
  std::vector<Rule> Singulars; // likewise
  // Lowercase, as ActiveSupport stores them.
  std::vector<std::string> Uncountables;
  // (lowercase key, spelling) in insertion order, like the Ruby hash: the
  // order decides which acronym a regex alternation tries first.
  std::vector<std::pair<std::string, std::string>> Acronyms;

  /// ActiveSupport's `Uncountables#delete`: exact, case-sensitive.
  void removeUncountable(std::string_view Word) {
    std::vector<std::string> Kept;
    for (std::string &U : Uncountables)
      if (U != Word)
        Kept.push_back(std::move(U));
    Uncountables = std::move(Kept);
  }

  /// `plural`/`singular`: drops the replacement from the uncountables (a
  /// regex rule itself is never an uncountable word) and prepends.
  bool add(std::vector<Rule> &List, std::string_view Pattern, bool IgnoreCase,
           std::string_view Replacement, std::string &Error) {
    Rule R;
    if (!R.compile(Pattern, IgnoreCase, Replacement, Error))
      return false;
    removeUncountable(Replacement);
    List.push_back(std::move(R));
    return true;
  }

  /// The spelling registered for a lowercase key, or null.
  const std::string *acronymFor(std::string_view Key) const {
    for (const auto &Entry : Acronyms)
      if (Entry.first == Key)
        return &Entry.second;
    return nullptr;
  }
};

Inflector::Inflector() : Data(std::make_unique<Rules>()) {
  std::string Error;
  for (const DefaultRule &R : DefaultPlurals) {
    [[maybe_unused]] bool Ok =
        Data->add(Data->Plurals, R.Pattern, true, R.Replacement, Error);
    assert(Ok && Data->Plurals.back().usesBuiltinMatcher());
  }
  for (const DefaultRule &R : DefaultSingulars) {
    [[maybe_unused]] bool Ok =
        Data->add(Data->Singulars, R.Pattern, true, R.Replacement, Error);
    assert(Ok && Data->Singulars.back().usesBuiltinMatcher());
  }
  for (const auto &Irregular : DefaultIrregulars)
    addIrregular(Irregular.first, Irregular.second);
  for (const char *Word : DefaultUncountables)
    addUncountable(Word);
}

Inflector::Inflector(const Inflector &Other)
    : Data(std::make_unique<Rules>(*Other.Data)) {}

Inflector &Inflector::operator=(const Inflector &Other) {
  if (this != &Other)
    *Data = *Other.Data;
  return *this;
}

Inflector::~Inflector() = default;

const Inflector &Inflector::english() {
  static const Inflector Instance;
  return Instance;
}

namespace {

/// ActiveSupport's `apply_inflections`.
std::string applyRules(std::string_view Word, const std::vector<Rule> &List) {
  std::string Out;
  for (auto It = List.rbegin(); It != List.rend(); ++It)
    if (It->apply(Word, Out))
      return Out;
  return std::string(Word);
}

} // namespace

std::string Inflector::pluralize(std::string_view Word) const {
  if (Word.empty() || isUncountable(Word))
    return std::string(Word);
  return applyRules(Word, Data->Plurals);
}

std::string Inflector::singularize(std::string_view Word) const {
  if (Word.empty() || isUncountable(Word))
    return std::string(Word);
  return applyRules(Word, Data->Singulars);
}

bool Inflector::isUncountable(std::string_view Word) const {
  // Each uncountable is the regex /\b<word>\Z/i: a case-insensitive suffix
  // with a word boundary in front of it.
  for (const std::string &U : Data->Uncountables) {
    if (U.size() > Word.size())
      continue;
    size_t Start = Word.size() - U.size();
    bool Same = true;
    for (size_t I = 0; Same && I < U.size(); ++I)
      Same = toLower(Word[Start + I]) == toLower(U[I]);
    if (Same && isWordBoundary(Word, Start))
      return true;
  }
  return false;
}

void Inflector::addPlural(std::string_view Regex,
                          std::string_view Replacement) {
  std::string Ignored;
  addPluralChecked(Regex, Replacement, Ignored);
}

void Inflector::addSingular(std::string_view Regex,
                            std::string_view Replacement) {
  std::string Ignored;
  addSingularChecked(Regex, Replacement, Ignored);
}

bool Inflector::addPluralChecked(std::string_view Regex,
                                 std::string_view Replacement,
                                 std::string &Error) {
  return Data->add(Data->Plurals, Regex, true, Replacement, Error);
}

bool Inflector::addSingularChecked(std::string_view Regex,
                                   std::string_view Replacement,
                                   std::string &Error) {
  return Data->add(Data->Singulars, Regex, true, Replacement, Error);
}

void Inflector::addIrregular(std::string_view Singular,
                             std::string_view Plural) {
  if (Singular.empty() || Plural.empty())
    return; // Ruby raises here; there is no rule to add
  Data->removeUncountable(Singular);
  Data->removeUncountable(Plural);

  // The first letter is split off so that the rule can keep its case:
  // `Person` -> `People`, `salesperson` -> `salespeople`.
  std::string S0 = escapeRegex(Singular.substr(0, 1));
  std::string SRest = escapeRegex(Singular.substr(1));
  std::string P0 = escapeRegex(Plural.substr(0, 1));
  std::string PRest = escapeRegex(Plural.substr(1));
  std::string_view SRestText = Singular.substr(1);
  std::string_view PRestText = Plural.substr(1);
  std::string Error;
  auto AddPlural = [&](const std::string &Pattern, bool Fold,
                       const std::string &Replacement) {
    Data->add(Data->Plurals, Pattern, Fold, Replacement, Error);
  };
  auto AddSingular = [&](const std::string &Pattern, bool Fold,
                         const std::string &Replacement) {
    Data->add(Data->Singulars, Pattern, Fold, Replacement, Error);
  };

  if (toUpper(Singular[0]) == toUpper(Plural[0])) {
    AddPlural("(" + S0 + ")" + SRest + "$", true,
              "\\1" + std::string(PRestText));
    AddPlural("(" + P0 + ")" + PRest + "$", true,
              "\\1" + std::string(PRestText));
    AddSingular("(" + S0 + ")" + SRest + "$", true,
                "\\1" + std::string(SRestText));
    AddSingular("(" + P0 + ")" + PRest + "$", true,
                "\\1" + std::string(SRestText));
    return;
  }

  // Different first letters (`cow`/`kine`): the first letter is matched
  // case-sensitively and its case decides the case of the replacement's.
  std::string SUp(1, toUpper(Singular[0])), SDown(1, toLower(Singular[0]));
  std::string PUp(1, toUpper(Plural[0])), PDown(1, toLower(Plural[0]));
  auto Pattern = [](const std::string &First, const std::string &Rest) {
    return escapeRegex(First) + "(?i)" + Rest + "$";
  };
  AddPlural(Pattern(SUp, SRest), false, PUp + std::string(PRestText));
  AddPlural(Pattern(SDown, SRest), false, PDown + std::string(PRestText));
  AddPlural(Pattern(PUp, PRest), false, PUp + std::string(PRestText));
  AddPlural(Pattern(PDown, PRest), false, PDown + std::string(PRestText));
  AddSingular(Pattern(SUp, SRest), false, SUp + std::string(SRestText));
  AddSingular(Pattern(SDown, SRest), false, SDown + std::string(SRestText));
  AddSingular(Pattern(PUp, PRest), false, SUp + std::string(SRestText));
  AddSingular(Pattern(PDown, PRest), false, SDown + std::string(SRestText));
}

void Inflector::addUncountable(std::string_view Word) {
  Data->Uncountables.push_back(lowercase(Word));
}

void Inflector::addAcronym(std::string_view Acronym) {
  std::string Key = lowercase(Acronym);
  for (auto &Entry : Data->Acronyms) {
    if (Entry.first == Key) {
      Entry.second = std::string(Acronym); // a Ruby hash keeps the position
      return;
    }
  }
  Data->Acronyms.emplace_back(std::move(Key), std::string(Acronym));
}

//===----------------------------------------------------------------------===//
// Name transformations (ActiveSupport's inflector/methods.rb).
//===----------------------------------------------------------------------===//

namespace {

bool startsWith(std::string_view S, size_t Pos, std::string_view Prefix) {
  return !Prefix.empty() && S.substr(Pos, Prefix.size()) == Prefix;
}

/// The lookahead after an acronym in underscore: `(?=\b|[^a-z])`.
bool acronymEndsUnderscore(std::string_view S, size_t End) {
  return isWordBoundary(S, End) || (End < S.size() && !isLower(S[End]));
}

/// The lookahead after an acronym in camelize(:lower): `(?=\b|[A-Z_])`.
bool acronymEndsCamelize(std::string_view S, size_t End) {
  return isWordBoundary(S, End) ||
         (End < S.size() && (isUpper(S[End]) || S[End] == '_'));
}

/// Lowercases each registered acronym that stands as its own unit,
/// prefixing `_` when a letter or digit precedes it: `MyHTMLPage` ->
/// `My_htmlPage`. A unit starts after an alphanumeric or at a word boundary,
/// so `foo_HTML` is left for the generic rule.
std::string underscoreAcronyms(
    std::string_view S,
    const std::vector<std::pair<std::string, std::string>> &Acronyms) {
  if (Acronyms.empty())
    return std::string(S);
  std::string Out;
  for (size_t I = 0; I < S.size();) {
    bool AfterAlnum = I > 0 && isAlnum(S[I - 1]);
    const std::string *Found = nullptr;
    if (AfterAlnum || isWordBoundary(S, I)) {
      for (const auto &Entry : Acronyms) {
        if (startsWith(S, I, Entry.second) &&
            acronymEndsUnderscore(S, I + Entry.second.size())) {
          Found = &Entry.second;
          break;
        }
      }
    }
    if (!Found) {
      Out += S[I++];
      continue;
    }
    if (AfterAlnum)
      Out += '_';
    Out += lowercase(*Found);
    I += Found->size();
  }
  return Out;
}

/// Puts `_` between words: after a capital that starts an acronym-like run
/// followed by a capitalized word (`HTTPRequest`), and after a lowercase
/// letter or digit followed by a capital (`lineItem`, `v2Api`).
std::string splitCamelWords(std::string_view S) {
  std::string Out;
  Out.reserve(S.size() + 4);
  for (size_t I = 0; I < S.size(); ++I) {
    Out += S[I];
    bool NextUpper = I + 1 < S.size() && isUpper(S[I + 1]);
    bool RunEnds =
        isUpper(S[I]) && NextUpper && I + 2 < S.size() && isLower(S[I + 2]);
    bool WordEnds = (isLower(S[I]) || isDigit(S[I])) && NextUpper;
    if (RunEnds || WordEnds)
      Out += '_';
  }
  return Out;
}

} // namespace

std::string Inflector::underscore(std::string_view CamelCased) const {
  bool HasUpperOrDash = false;
  for (char C : CamelCased)
    HasUpperOrDash = HasUpperOrDash || isUpper(C) || C == '-';
  if (!HasUpperOrDash && CamelCased.find("::") == std::string_view::npos)
    return std::string(CamelCased);

  std::string Word;
  for (size_t I = 0; I < CamelCased.size(); ++I) {
    if (CamelCased.substr(I, 2) == "::") {
      Word += '/';
      ++I;
    } else {
      Word += CamelCased[I];
    }
  }
  Word = splitCamelWords(underscoreAcronyms(Word, Data->Acronyms));
  for (char &C : Word)
    C = C == '-' ? '_' : toLower(C);
  return Word;
}

std::string Inflector::camelize(std::string_view Term, bool UpperFirst) const {
  std::string Head;
  size_t I = 0;
  if (UpperFirst) {
    // The leading run of lowercase letters and digits: an acronym's
    // spelling if it is one, else capitalized.
    while (I < Term.size() && (isLower(Term[I]) || isDigit(Term[I])))
      ++I;
    std::string_view Run = Term.substr(0, I);
    const std::string *Acronym = Data->acronymFor(Run);
    Head = Acronym ? *Acronym : capitalize(Run);
  } else {
    // A leading acronym is lowercased whole, otherwise the first word
    // character alone.
    for (const auto &Entry : Data->Acronyms) {
      if (startsWith(Term, 0, Entry.second) &&
          acronymEndsCamelize(Term, Entry.second.size())) {
        I = Entry.second.size();
        break;
      }
    }
    if (I == 0 && !Term.empty() && isWordChar(Term[0]))
      I = 1;
    Head = lowercase(Term.substr(0, I));
  }

  // Then, over the whole result (the head included, as Ruby's gsub runs
  // after the sub), each `_` or `/` with the alphanumeric run after it: the
  // `_` goes, the run is capitalized (or spelled as its acronym), `/`
  // becomes `::`.
  std::string S = Head + std::string(Term.substr(I));
  std::string Out;
  Out.reserve(S.size() + 4);
  for (size_t Pos = 0; Pos < S.size();) {
    char C = S[Pos];
    if (C != '_' && C != '/') {
      Out += C;
      ++Pos;
      continue;
    }
    size_t End = Pos + 1;
    while (End < S.size() && isAlnum(S[End]))
      ++End;
    std::string_view Run = std::string_view(S).substr(Pos + 1, End - Pos - 1);
    if (C == '/')
      Out += "::";
    const std::string *Acronym = Data->acronymFor(Run);
    Out += Acronym ? *Acronym : capitalize(Run);
    Pos = End;
  }
  return Out;
}

std::string Inflector::tableize(std::string_view ClassName) const {
  return pluralize(underscore(ClassName));
}

std::string Inflector::classify(std::string_view TableName) const {
  size_t Dot = TableName.rfind('.');
  if (Dot != std::string_view::npos)
    TableName.remove_prefix(Dot + 1);
  return camelize(singularize(TableName));
}

std::string Inflector::demodulize(std::string_view Path) const {
  size_t Sep = Path.rfind("::");
  if (Sep == std::string_view::npos)
    return std::string(Path);
  return std::string(Path.substr(Sep + 2));
}

std::string Inflector::foreignKey(std::string_view ClassName,
                                  bool SeparateWithUnderscore) const {
  return underscore(demodulize(ClassName)) +
         (SeparateWithUnderscore ? "_id" : "id");
}

} // namespace assoctidy
