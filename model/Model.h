//===- Model.h - The association model, free of Clang types -----*- C++ -*-===//
//
// Part of assoc-tidy. What the front-ends extract and every rule reads:
// models, their associations and options, with locations as plain data.
// Nothing here knows Clang, so the whole-program phase, the JSON facts and
// the unit tests use it without an AST.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_MODEL_H
#define ASSOC_TIDY_MODEL_MODEL_H

#include "Extension.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace assoctidy {

/// A source file's path, interned: every location in one file shares one
/// copy of its path, so a location is a few words, copying one allocates
/// nothing, and two are compared by address. Paths are never freed (a run
/// names a bounded set of files). Ordered by the path's text, so sorting
/// by file is the same in every run. Interning is thread-safe.
class FilePath {
public:
  FilePath() = default;
  FilePath(std::string_view Path) : P(intern(Path)) {}
  FilePath(const std::string &Path) : P(intern(Path)) {}
  FilePath(const char *Path) : P(intern(Path)) {}

  const std::string &str() const { return P ? *P : emptyPath(); }
  operator const std::string &() const { return str(); }
  std::string_view view() const { return str(); }
  bool empty() const { return !P; }

  friend bool operator==(const FilePath &A, const FilePath &B) {
    return A.P == B.P;
  }
  friend bool operator!=(const FilePath &A, const FilePath &B) {
    return A.P != B.P;
  }
  friend bool operator<(const FilePath &A, const FilePath &B) {
    return A.P != B.P && A.str() < B.str();
  }
  // Against any string: a template, so that it is an exact match and no
  // conversion makes it ambiguous with the above.
  template <class S, class = std::enable_if_t<
                         std::is_convertible_v<const S &, std::string_view> &&
                         !std::is_same_v<S, FilePath>>>
  friend bool operator==(const FilePath &A, const S &B) {
    return A.view() == std::string_view(B);
  }
  template <class S, class = std::enable_if_t<
                         std::is_convertible_v<const S &, std::string_view> &&
                         !std::is_same_v<S, FilePath>>>
  friend bool operator==(const S &B, const FilePath &A) {
    return A.view() == std::string_view(B);
  }
  template <class S, class = std::enable_if_t<
                         std::is_convertible_v<const S &, std::string_view> &&
                         !std::is_same_v<S, FilePath>>>
  friend bool operator!=(const FilePath &A, const S &B) {
    return !(A == B);
  }
  friend std::string operator+(const std::string &A, const FilePath &B) {
    return A + B.str();
  }
  friend std::string operator+(const char *A, const FilePath &B) {
    return A + B.str();
  }

private:
  static const std::string *intern(std::string_view Path);
  static const std::string &emptyPath();
  const std::string *P = nullptr;
};

/// A point in a source file. Offsets are bytes from the start of the file;
/// line and column are 1-based, as compilers print them.
struct Location {
  FilePath File;
  unsigned Offset = 0;
  unsigned Line = 0;
  unsigned Column = 0;

  bool isValid() const { return !File.empty(); }
  friend bool operator==(const Location &A, const Location &B) {
    return A.File == B.File && A.Offset == B.Offset && A.Line == B.Line &&
           A.Column == B.Column;
  }
};

/// A half-open character range [Begin, End) within one file.
struct Range {
  Location Begin;
  Location End;

  bool isValid() const { return Begin.isValid(); }
  friend bool operator==(const Range &A, const Range &B) {
    return A.Begin == B.Begin && A.End == B.End;
  }
};

/// How a string argument (a name or an option value) was written. Only a
/// literal written in the file itself can be rewritten by a fix-it.
enum class Spelling {
  Literal,  ///< "orders", written at the call.
  Macro,    ///< Comes out of a macro expansion: diagnose at the expansion.
  Constant, ///< A constexpr variable or other constant expression.
};

enum class AssociationKind { BelongsTo, HasOne, HasMany, HasAndBelongsToMany };

/// The vocabulary's option keys (assoc::option_key).
enum class OptionKey {
  Dependent,
  InverseOf,
  ForeignKey,
  AssociationForeignKey,
  PrimaryKey,
  JoinTable,
  Through,
  Source,
  SourceType,
  As,
  Optional,
  Required,
  CounterCache,
  Touch,
  Autosave,
  Validate,
  /// `assoc::scoped()`: the Ruby declaration has a scope lambda.
  Scope,
};

/// The Rails spelling of a kind or an option key ("has_many", "inverse_of").
std::string_view spelling(AssociationKind Kind);
std::string_view spelling(OptionKey Key);
std::optional<AssociationKind> parseAssociationKind(std::string_view Text);
std::optional<OptionKey> parseOptionKey(std::string_view Text);

/// True for has_many and has_and_belongs_to_many, whose names are plural.
bool isCollection(AssociationKind Kind);

struct Option {
  OptionKey Key = OptionKey::Dependent;
  /// A string option's value, a flag option's "true"/"false", or "nil"
  /// for a null pointer given as the string (`dependent(nullptr)`).
  std::string Value;
  /// False for `optional()`, `touch(false)`, `counter_cache()`, nullptr.
  bool IsString = true;
  Spelling ValueSpelling = Spelling::Literal;
  Range ValueRange; ///< The value argument; invalid when it was defaulted.
  Range Whole;      ///< The whole option call, `dependent("destroy")`.
  /// The call comes out of a macro expansion: Whole is where the macro is
  /// used, and deleting it there may delete more than this option.
  bool InMacro = false;

  /// `nullptr` given as the value: Ruby's `nil`.
  bool isNil() const { return !IsString && Value == "nil"; }
};

/// Where an association's target stands in the code that was analysed.
enum class TargetState {
  Model,       ///< A complete class deriving from assoc::model.
  Polymorphic, ///< belongs_to<assoc::polymorphic>.
  Unresolved,  ///< Only forward-declared where it was seen: never guessed.
  NotModel,    ///< A complete class that is not a model.
};

struct Association {
  AssociationKind Kind = AssociationKind::BelongsTo;
  std::string Name;
  Spelling NameSpelling = Spelling::Literal;
  Range NameRange; ///< The name argument.
  Range Whole;     ///< The whole association call.
  /// The call comes out of a macro expansion (see Option::InMacro).
  bool InMacro = false;
  /// Its index among the arguments of `declare(...)`.
  unsigned Position = 0;
  /// The target's fully qualified name (`shop::Order`); empty if polymorphic.
  std::string Target;
  TargetState State = TargetState::Model;
  std::vector<Option> Options;
  /// What the model's library says beyond this (frontends/<library>/).
  Extended Extra;

  bool isPolymorphic() const { return State == TargetState::Polymorphic; }
  /// The last option with this key (a repeated key behaves like a repeated
  /// Ruby hash key: the last one wins), or null.
  const Option *option(OptionKey Key) const;
  /// The option's value if present, else an empty view.
  std::string_view optionValue(OptionKey Key) const;
  /// The association `inverse_of` names, or an empty view when it names
  /// none (absent, `inverse_of(false)`, `inverse_of(nullptr)`).
  std::string_view inverseName() const;
  /// `inverse_of(false)` or `inverse_of(nullptr)`: no inverse, on purpose.
  bool inverseDisabled() const;
  /// `scoped()`: declared with a scope.
  bool isScoped() const;
};

/// A named member of a model's class (data member, function, type), which
/// an association of the same name would collide with.
struct Member {
  std::string Name;
  Range Where;
};

struct Model {
  /// The library the model is declared with: the conventions and the
  /// rules that apply follow from it (frontends/).
  LibraryId Lib;
  std::string QualifiedName; ///< `shop::LineItem`
  std::string ClassName;     ///< `LineItem`
  /// `static constexpr const char *table_name = "..."`, if the model has one.
  std::optional<std::string> TableNameOverride;
  /// The model this one inherits from (single-table inheritance), if any.
  std::string BaseModel;
  Range Definition; ///< The class name in its definition.
  /// Defined in a system header (`-isystem`, the default include paths):
  /// its findings are not shown, as clang-tidy shows none from there.
  bool InSystemHeader = false;
  /// In an anonymous namespace: each unit's own class, which other units
  /// cannot name, whatever its name.
  bool UnitLocal = false;
  /// Just before the `)` of `declare(...)`, where a fix-it can add an
  /// association; invalid when there is no `declare` written in the file.
  Location DeclareEnd;
  /// The number of arguments `declare(...)` was given.
  unsigned DeclareArguments = 0;
  std::vector<Association> Associations;
  /// The class's own named members, each name once, in declaration order.
  std::vector<Member> Members;
  /// Every place the class is declared (forward declarations and the
  /// definition), as far as the units seen: where code may name it.
  std::vector<Location> Declarations;
  /// What the model's library says beyond this (frontends/<library>/).
  Extended Extra;

  const Association *association(std::string_view Name) const;
};

/// A call that maps a class to its table at run time, wherever the
/// program makes it (Wt::Dbo's `session.mapClass<C>("table")`).
struct TableMapping {
  std::string Class; ///< C's fully qualified name.
  std::string Table; ///< Empty when the argument is not a readable constant.
  Range Where; ///< The call.
};

/// Every model one analysis has seen: a translation unit's, or the merged
/// whole program's. Models keep the order in which they were found.
struct Program {
  std::vector<Model> Models;
  /// The run-time table mappings, in the order they were found.
  std::vector<TableMapping> Mappings;

  /// The first model of that name, through an index built on first use and
  /// rebuilt whenever Models grows, shrinks or moves, so that rules over
  /// 100,000 models stay linear. Rename models only before looking up.
  const Model *model(std::string_view QualifiedName) const;
  Model *model(std::string_view QualifiedName);

private:
  mutable std::unordered_map<std::string, std::size_t> Index;
  mutable const Model *IndexedData = nullptr;
  mutable std::size_t IndexedSize = 0;
};

/// The models of one library, in program order: each library's rules see
/// its own models only.
class LibraryModels {
public:
  class iterator {
  public:
    iterator(const Model *At, const Model *End, LibraryId Lib)
        : At(At), End(End), Lib(Lib) {
      skip();
    }
    const Model &operator*() const { return *At; }
    const Model *operator->() const { return At; }
    iterator &operator++() {
      ++At;
      skip();
      return *this;
    }
    bool operator!=(const iterator &Other) const { return At != Other.At; }
    bool operator==(const iterator &Other) const { return At == Other.At; }

  private:
    void skip() {
      while (At != End && At->Lib != Lib)
        ++At;
    }
    const Model *At;
    const Model *End;
    LibraryId Lib;
  };

  LibraryModels(const Program &P, LibraryId Lib) : P(P), Lib(Lib) {}
  iterator begin() const {
    const Model *Data = P.Models.data();
    return {Data, Data + P.Models.size(), Lib};
  }
  iterator end() const {
    const Model *End = P.Models.data() + P.Models.size();
    return {End, End, Lib};
  }

private:
  const Program &P;
  LibraryId Lib;
};

inline LibraryModels modelsOf(const Program &P, LibraryId Lib) {
  return {P, Lib};
}

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_MODEL_H
