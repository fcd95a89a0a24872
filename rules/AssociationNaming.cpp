//===- AssociationNaming.cpp - Singular and plural association names -----===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "AssociationNaming.h"

#include "AssocRules.h"
#include "Support.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace assoctidy {

namespace {

/// Every option in P that names association `Name` of model `Owner`:
/// - `through:` on another association of the owner;
/// - `inverse_of:` and `as:` on an association whose target is the owner;
/// - `source:` on a through association whose through-association targets
///   the owner (the source is looked up on the through model).
/// Indexed once per run: a scan of the program per finding made naming
/// quadratic in the size of the program.
class References {
public:
  explicit References(const Program &P) : Models(P.Models) {
    std::size_t At = 0;
    for (const Model &M : P.Models) {
      First.push_back(At);
      if (M.Lib != ar::Library)
        continue; // Only the vocabulary has options naming an association.
      for (const Association &A : M.Associations) {
        ByTarget[A.Target].push_back({At, &A});
        std::string_view Through = A.optionValue(OptionKey::Through);
        if (!Through.empty())
          if (const Association *Via = M.association(Through))
            ByThroughTarget[Via->Target].push_back({At, &A});
        ++At;
      }
    }
  }

  /// In program order, as a scan of every association would find them.
  std::vector<const Option *> to(const Model &Owner,
                                 std::string_view Name) const {
    // (association's place, option key's place, option)
    std::vector<std::tuple<std::size_t, int, const Option *>> Found;
    auto Add = [&](const Placed &A, OptionKey Key, int Order) {
      if (const Option *O = A.second->option(Key); O && O->Value == Name)
        Found.emplace_back(A.first, Order, O);
    };
    const std::size_t Base = First[&Owner - Models.data()];
    for (std::size_t K = 0; K < Owner.Associations.size(); ++K)
      Add({Base + K, &Owner.Associations[K]}, OptionKey::Through, 0);
    if (auto It = ByTarget.find(Owner.QualifiedName); It != ByTarget.end())
      for (const Placed &A : It->second) {
        Add(A, OptionKey::InverseOf, 1);
        Add(A, OptionKey::As, 2);
      }
    if (auto It = ByThroughTarget.find(Owner.QualifiedName);
        It != ByThroughTarget.end())
      for (const Placed &A : It->second)
        Add(A, OptionKey::Source, 3);
    std::sort(Found.begin(), Found.end());
    std::vector<const Option *> Refs;
    for (const auto &Entry : Found)
      Refs.push_back(std::get<2>(Entry));
    return Refs;
  }

private:
  /// An association and its place in the program's order.
  using Placed = std::pair<std::size_t, const Association *>;
  const std::vector<Model> &Models;
  std::vector<std::size_t> First; ///< Each model's first association's place.
  std::unordered_map<std::string, std::vector<Placed>> ByTarget;
  std::unordered_map<std::string, std::vector<Placed>> ByThroughTarget;
};

/// The last word of a snake_case name.
std::string_view lastWord(std::string_view Snake) {
  const std::size_t At = Snake.rfind('_');
  return At == std::string_view::npos ? Snake : Snake.substr(At + 1);
}

bool endsWith(std::string_view Word, std::string_view Tail) {
  return Word.size() >= Tail.size() &&
         Word.compare(Word.size() - Tail.size(), Tail.size(), Tail) == 0;
}

bool isOneOf(std::string_view Word,
             std::initializer_list<std::string_view> Words) {
  return std::find(Words.begin(), Words.end(), Word) != Words.end();
}

std::string problemWith(const Association &A, std::string_view Expected,
                        const Inflector &I) {
  const std::string Snake = I.underscore(A.Name);
  const bool WrongCase = Snake != A.Name;
  const bool WrongNumber = Expected != Snake;
  const char *Number = isCollection(A.Kind) ? "plural" : "singular";
  if (WrongCase && WrongNumber)
    return std::string(Number) + " and snake_case";
  return WrongCase ? "snake_case" : Number;
}

} // namespace

const char *englishForm(std::string_view Snake, bool Through) {
  const std::string_view Word = lastWord(Snake);
  // A preposition only ends a phrase: `by` alone is no such name.
  if (Word.size() < Snake.size() &&
      isOneOf(Word,
              {"about", "as", "at", "by", "for", "from", "in", "into", "of",
               "on", "over", "to", "under", "via", "with", "without"}))
    return "ends in a preposition";
  // Nouns in -ed are short (`bed`, `shed`) or end in -eed (`feed`, `seed`).
  if (Word.size() >= 5 && endsWith(Word, "ed") && !endsWith(Word, "eed"))
    return "ends in a past participle";
  // ActiveSupport singularizes `data` to `datum` and pluralizes `staff` to
  // `staffs`; these nouns have no number in use.
  if (isOneOf(Word,
              {"advice",      "analytics", "baggage",   "data",     "evidence",
               "feedback",    "firmware",  "furniture", "hardware", "homework",
               "information", "knowledge", "luggage",   "media",    "metadata",
               "music",       "personnel", "progress",  "research", "software",
               "staff",       "traffic"}))
    return "ends in a mass noun";
  if (Through && Word.size() >= 6 && endsWith(Word, "ing"))
    return "ends in a gerund";
  return nullptr;
}

std::string conventionalName(AssociationKind Kind, std::string_view Name,
                             const Inflector &I) {
  const std::string Snake = I.underscore(Name);
  return isCollection(Kind) ? I.pluralize(Snake) : I.singularize(Snake);
}

std::vector<Finding> findNamingProblems(const Program &P,
                                        const NamingOptions &Options) {
  const Inflector &I = *Options.Inflections;
  std::vector<Finding> Findings;
  std::optional<References> Refs; // Built for the first fix that needs it.
  for (const Model &M : modelsOf(P, ar::Library)) {
    for (const Association &A : M.Associations) {
      if (A.Name.empty() || (Options.IsIgnored && Options.IsIgnored(A.Name)))
        continue;
      std::string Expected = conventionalName(A.Kind, A.Name, I);
      // Deliberate English keeps its number; only its case can be wrong.
      if (Options.AllowEnglishForms) {
        std::string Snake = I.underscore(A.Name);
        if (englishForm(Snake, A.option(OptionKey::Through)))
          Expected = std::move(Snake);
      }
      if (Expected == A.Name || Expected.empty())
        continue;

      Finding F;
      F.Check = AssociationNamingCheckName;
      F.Level = Severity::Warning;
      F.Where = where(A);
      F.Message = std::string(spelling(A.Kind)) + " association '" + A.Name +
                  "' should be " + problemWith(A, Expected, I) + ": '" +
                  Expected + "'";
      if (A.NameSpelling != Spelling::Literal) {
        F.Notes.push_back(
            {std::string("the name comes from a ") +
                 (A.NameSpelling == Spelling::Macro ? "macro" : "constant") +
                 "; rename it where it is defined",
             F.Where});
        Findings.push_back(std::move(F));
        continue;
      }
      // Renaming onto a name the model already declares would trade this
      // finding for a duplicate: leave the choice to the user.
      if (const Association *Taken = M.association(Expected)) {
        F.Notes.push_back({"'" + Expected +
                               "' is already declared here; renaming would "
                               "declare it twice",
                           where(*Taken)});
        Findings.push_back(std::move(F));
        continue;
      }
      std::vector<TextEdit> Edits{{A.NameRange, stringLiteral(Expected)}};
      bool Fixable = true;
      if (!Refs)
        Refs.emplace(P);
      for (const Option *Ref : Refs->to(M, A.Name)) {
        if (Ref->ValueSpelling == Spelling::Literal &&
            Ref->ValueRange.isValid()) {
          Edits.push_back({Ref->ValueRange, stringLiteral(Expected)});
          continue;
        }
        // Renaming the association but not this reference would break it.
        Fixable = false;
        F.Notes.push_back({"'" + A.Name +
                               "' is also named here, not by a literal; "
                               "rename both by hand",
                           Ref->Whole});
      }
      if (!Fixable)
        Edits.clear();
      F.Fixes = std::move(Edits);
      Findings.push_back(std::move(F));
    }
  }
  return Findings;
}

} // namespace assoctidy
