//===- assoc/associations.hpp - ActiveRecord-style associations in C++ ----===//
//
// Part of assoc-tidy. Header-only, declaration-only: every value below is a
// constexpr datum with no behaviour. Models declare their associations with
// these words; assoc-tidy reads the declarations from the AST and checks them.
//
//   struct Customer : assoc::model<Customer> {
//     static constexpr auto associations = assoc::declare(
//         assoc::has_many<Order>("orders", assoc::dependent("destroy")));
//   };
//
// The header deliberately accepts every spelling of the vocabulary and
// validates no value: which option is valid for which kind is the linter's
// business, reported with a source location instead of a compile error.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_ASSOCIATIONS_HPP
#define ASSOC_ASSOCIATIONS_HPP

#include <cstddef>
#include <type_traits>

namespace assoc {

/// CRTP base of every model: `struct Order : assoc::model<Order> { ... };`.
template <class Self> struct model {};

/// Target of a polymorphic `belongs_to`: `belongs_to<polymorphic>("imageable")`.
struct polymorphic {};

/// The four association macros of ActiveRecord.
enum class kind : unsigned char {
  belongs_to,
  has_one,
  has_many,
  has_and_belongs_to_many
};

/// Every option key of the vocabulary.
enum class option_key : unsigned char {
  dependent,
  inverse_of,
  foreign_key,
  association_foreign_key,
  primary_key,
  join_table,
  through,
  source,
  source_type,
  as,
  optional,
  required,
  counter_cache,
  touch,
  autosave,
  validate,
  scope
};

inline constexpr std::size_t max_options = 16;

namespace detail {
// Only the option functions below make options; the tag keeps a brace
// initializer or a stray string from passing for one.
struct option_tag {
  explicit constexpr option_tag() = default;
};
struct association_tag {
  explicit constexpr association_tag() = default;
};
} // namespace detail

/// One option: its key and its value, a string or a flag.
class option {
public:
  constexpr option(detail::option_tag, option_key Key, const char *Text,
                   bool Flag)
      : key_(Key), text_(Text), flag_(Flag) {}

  constexpr option_key key() const { return key_; }
  /// The string value, or nullptr for a flag option.
  constexpr const char *text() const { return text_; }
  constexpr bool flag() const { return flag_; }

private:
  friend class association;
  // Only the spare slots of an association hold a default option.
  constexpr option() = default;

  option_key key_ = option_key::dependent;
  const char *text_ = nullptr;
  bool flag_ = false;
};

// String-valued options.
constexpr option dependent(const char *Value) {
  return {detail::option_tag{}, option_key::dependent, Value, true};
}
constexpr option inverse_of(const char *Name) {
  return {detail::option_tag{}, option_key::inverse_of, Name, true};
}
/// `inverse_of(false)` is `inverse_of: false`: the association has no
/// inverse, on purpose, and ActiveRecord looks for none. Only a bool: an
/// integer must not pass for one (`inverse_of(0)` is a compile error).
template <class Bool, typename std::enable_if<std::is_same<Bool, bool>::value,
                                              int>::type = 0>
constexpr option inverse_of(Bool Value) {
  return {detail::option_tag{}, option_key::inverse_of, nullptr, Value};
}
constexpr option foreign_key(const char *Column) {
  return {detail::option_tag{}, option_key::foreign_key, Column, true};
}
constexpr option association_foreign_key(const char *Column) {
  return {detail::option_tag{}, option_key::association_foreign_key, Column,
          true};
}
constexpr option primary_key(const char *Column) {
  return {detail::option_tag{}, option_key::primary_key, Column, true};
}
constexpr option join_table(const char *Table) {
  return {detail::option_tag{}, option_key::join_table, Table, true};
}
constexpr option through(const char *Association) {
  return {detail::option_tag{}, option_key::through, Association, true};
}
constexpr option source(const char *Association) {
  return {detail::option_tag{}, option_key::source, Association, true};
}
constexpr option source_type(const char *ClassName) {
  return {detail::option_tag{}, option_key::source_type, ClassName, true};
}
constexpr option as(const char *Interface) {
  return {detail::option_tag{}, option_key::as, Interface, true};
}

// Flag options; `optional()` means `optional: true`.
constexpr option optional(bool Value = true) {
  return {detail::option_tag{}, option_key::optional, nullptr, Value};
}
constexpr option required(bool Value = true) {
  return {detail::option_tag{}, option_key::required, nullptr, Value};
}
constexpr option touch(bool Value = true) {
  return {detail::option_tag{}, option_key::touch, nullptr, Value};
}
constexpr option autosave(bool Value = true) {
  return {detail::option_tag{}, option_key::autosave, nullptr, Value};
}
constexpr option validate(bool Value = true) {
  return {detail::option_tag{}, option_key::validate, nullptr, Value};
}
/// The association has a scope, the Ruby `-> { where(...) }` before the
/// options, which C++ cannot carry: `has_many :recent_posts, -> { ... }` is
/// `has_many<Post>("recent_posts", assoc::scoped())`. ActiveRecord 6.1 finds
/// no automatic inverse for a scoped association.
constexpr option scoped(bool Value = true) {
  return {detail::option_tag{}, option_key::scope, nullptr, Value};
}

// `counter_cache()` is `counter_cache: true`; `counter_cache("col")` names it.
constexpr option counter_cache() {
  return {detail::option_tag{}, option_key::counter_cache, nullptr, true};
}
constexpr option counter_cache(const char *Column) {
  return {detail::option_tag{}, option_key::counter_cache, Column, true};
}

/// One declared association. The target model is not stored: it is the
/// template argument of the call that made it, which is where the linter
/// reads it (and where it may still be incomplete).
class association {
public:
  template <class... Options>
  constexpr association(detail::association_tag, assoc::kind Kind,
                        const char *Name, Options... Opts)
      : kind_(Kind), name_(Name), options_{Opts...},
        option_count_(sizeof...(Opts)) {}

  constexpr assoc::kind kind() const { return kind_; }
  constexpr const char *name() const { return name_; }
  constexpr std::size_t option_count() const { return option_count_; }
  constexpr option option_at(std::size_t I) const { return options_[I]; }

private:
  template <std::size_t> friend class declaration;
  // Fills the spare slot of a declaration; never a user's association.
  constexpr association() = default;

  assoc::kind kind_ = assoc::kind::belongs_to;
  const char *name_ = nullptr;
  option options_[max_options] = {};
  std::size_t option_count_ = 0;
};

namespace detail {
template <class T> struct is_option {
  static constexpr bool value = false;
};
template <> struct is_option<option> {
  static constexpr bool value = true;
};
template <class T> struct is_association {
  static constexpr bool value = false;
};
template <> struct is_association<association> {
  static constexpr bool value = true;
};

template <class... Options>
constexpr association make(assoc::kind Kind, const char *Name,
                           Options... Opts) {
  static_assert((is_option<Options>::value && ...),
                "assoc: every argument after the association name must be an "
                "assoc option such as assoc::dependent(\"destroy\")");
  static_assert(sizeof...(Options) <= max_options,
                "assoc: too many options on one association");
  return association(association_tag{}, Kind, Name, Opts...);
}
} // namespace detail

template <class Target, class... Options>
constexpr association belongs_to(const char *Name, Options... Opts) {
  return detail::make(kind::belongs_to, Name, Opts...);
}
template <class Target, class... Options>
constexpr association has_one(const char *Name, Options... Opts) {
  return detail::make(kind::has_one, Name, Opts...);
}
template <class Target, class... Options>
constexpr association has_many(const char *Name, Options... Opts) {
  return detail::make(kind::has_many, Name, Opts...);
}
template <class Target, class... Options>
constexpr association has_and_belongs_to_many(const char *Name,
                                              Options... Opts) {
  return detail::make(kind::has_and_belongs_to_many, Name, Opts...);
}

/// The associations of one model, in declaration order.
template <std::size_t N> class declaration {
public:
  template <class... Associations>
  constexpr explicit declaration(Associations... As) : items_{As...} {}

  static constexpr std::size_t size() { return N; }
  constexpr association operator[](std::size_t I) const { return items_[I]; }

private:
  // One spare slot so that `declare()` with no association is still valid.
  association items_[N + 1];
};

template <class... Associations>
constexpr declaration<sizeof...(Associations)>
declare(Associations... As) {
  static_assert((detail::is_association<Associations>::value && ...),
                "assoc::declare takes associations such as "
                "assoc::has_many<Order>(\"orders\")");
  return declaration<sizeof...(Associations)>(As...);
}

} // namespace assoc

#endif // ASSOC_ASSOCIATIONS_HPP
