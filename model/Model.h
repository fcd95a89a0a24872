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

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace assoctidy {

/// A point in a source file. Offsets are bytes from the start of the file;
/// line and column are 1-based, as compilers print them.
struct Location {
  std::string File;
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

  bool isPolymorphic() const { return State == TargetState::Polymorphic; }
  /// The last option with this key (a repeated key behaves like a repeated
  /// Ruby hash key: the last one wins), or null.
  const Option *option(OptionKey Key) const;
  /// The option's value if present, else an empty view.
  std::string_view optionValue(OptionKey Key) const;
};

/// A named member of a model's class (data member, function, type), which
/// an association of the same name would collide with.
struct Member {
  std::string Name;
  Range Where;
};

struct Model {
  std::string QualifiedName; ///< `shop::LineItem`
  std::string ClassName;     ///< `LineItem`
  /// `static constexpr const char *table_name = "..."`, if the model has one.
  std::optional<std::string> TableNameOverride;
  /// The model this one inherits from (single-table inheritance), if any.
  std::string BaseModel;
  Range Definition; ///< The class name in its definition.
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

  const Association *association(std::string_view Name) const;
};

/// Every model one analysis has seen: a translation unit's, or the merged
/// whole program's. Models keep the order in which they were found.
struct Program {
  std::vector<Model> Models;

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

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_MODEL_H
