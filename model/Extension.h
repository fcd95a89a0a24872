//===- Extension.h - A library's own data on the shared model ---*- C++ -*-===//
//
// Part of assoc-tidy. The model is library-neutral: what one library says
// beyond it (Wt::Dbo's constraint flags, a class's id field) is an
// extension its front-end defines, in frontends/<library>/, and attaches to
// an association or a model. The model layer only copies, compares and
// serialises extensions; the front-end that made one reads it back.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_EXTENSION_H
#define ASSOC_TIDY_MODEL_EXTENSION_H

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <string_view>
#include <vector>

namespace assoctidy {

/// The library a model is declared with, by the name its front-end gives
/// it in the facts. Compared by text. A model is the project's own
/// vocabulary's unless its front-end says otherwise (frontends/assoc).
class LibraryId {
public:
  constexpr LibraryId() = default;
  constexpr explicit LibraryId(std::string_view Name) : Name(Name) {}
  constexpr std::string_view name() const { return Name; }
  friend bool operator==(LibraryId A, LibraryId B) { return A.Name == B.Name; }
  friend bool operator!=(LibraryId A, LibraryId B) { return A.Name != B.Name; }

private:
  std::string_view Name = "assoc";
};

/// One front-end's data on an association or a model.
class Extension {
public:
  virtual ~Extension();
  /// The library whose front-end made it, which alone may read it.
  virtual LibraryId library() const = 0;
  virtual std::unique_ptr<Extension> clone() const = 0;
  /// Equal in every field, locations included: one declaration read by two
  /// units.
  virtual bool equals(const Extension &Other) const = 0;
  /// Equal in what the rules conclude from, locations aside: the same
  /// declaration at another place (a model defined twice).
  virtual bool sameMeaning(const Extension &Other) const = 0;
  /// Adds its keys to the JSON object of what it extends.
  virtual void write(nlohmann::json &Object) const = 0;
};

/// An extension held by value: copying the association or model copies it.
/// Empty for the libraries that need none.
class Extended {
public:
  Extended() = default;
  Extended(std::unique_ptr<Extension> E) : E(std::move(E)) {}
  Extended(const Extended &Other) : E(Other.E ? Other.E->clone() : nullptr) {}
  Extended(Extended &&) = default;
  Extended &operator=(const Extended &Other) {
    E = Other.E ? Other.E->clone() : nullptr;
    return *this;
  }
  Extended &operator=(Extended &&) = default;

  const Extension *get() const { return E.get(); }
  Extension *get() { return E.get(); }
  explicit operator bool() const { return bool(E); }

  /// Both empty, or equal (see Extension::equals).
  bool equals(const Extended &Other) const;
  bool sameMeaning(const Extended &Other) const;

private:
  std::unique_ptr<Extension> E;
};

/// How the facts read a library's extensions back: one per front-end that
/// has extensions. Each returns null when the object carries none.
class ExtensionReader {
public:
  virtual ~ExtensionReader();
  virtual LibraryId library() const = 0;
  virtual std::unique_ptr<Extension>
  readModel(const nlohmann::json &Object) const = 0;
  virtual std::unique_ptr<Extension>
  readAssociation(const nlohmann::json &Object) const = 0;
};

using ExtensionReaders = std::vector<const ExtensionReader *>;

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_EXTENSION_H
