//===- Model.cpp - The association model ----------------------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "Model.h"
#include "Resolved.h"

#include <array>
#include <memory>
#include <mutex>
#include <utility>

namespace assoctidy {

const std::string *FilePath::intern(std::string_view Path) {
  if (Path.empty())
    return nullptr;
  // Each path is owned once; the key views it, so a lookup allocates
  // nothing, and the string never moves, so its address is the handle.
  static std::mutex Lock;
  static auto *Paths = // Never destroyed: handles outlive every model.
      new std::unordered_map<std::string_view, std::unique_ptr<std::string>>();
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Paths->find(Path);
  if (It != Paths->end())
    return It->second.get();
  auto Owned = std::make_unique<std::string>(Path);
  const std::string *Handle = Owned.get();
  Paths->emplace(*Handle, std::move(Owned));
  return Handle;
}

const std::string &FilePath::emptyPath() {
  static const std::string *Empty = new std::string();
  return *Empty;
}


namespace {
constexpr std::array<std::pair<AssociationKind, std::string_view>, 4> Kinds = {{
    {AssociationKind::BelongsTo, "belongs_to"},
    {AssociationKind::HasOne, "has_one"},
    {AssociationKind::HasMany, "has_many"},
    {AssociationKind::HasAndBelongsToMany, "has_and_belongs_to_many"},
}};

constexpr std::array<std::pair<OptionKey, std::string_view>, 17> Keys = {{
    {OptionKey::Dependent, "dependent"},
    {OptionKey::InverseOf, "inverse_of"},
    {OptionKey::ForeignKey, "foreign_key"},
    {OptionKey::AssociationForeignKey, "association_foreign_key"},
    {OptionKey::PrimaryKey, "primary_key"},
    {OptionKey::JoinTable, "join_table"},
    {OptionKey::Through, "through"},
    {OptionKey::Source, "source"},
    {OptionKey::SourceType, "source_type"},
    {OptionKey::As, "as"},
    {OptionKey::Optional, "optional"},
    {OptionKey::Required, "required"},
    {OptionKey::CounterCache, "counter_cache"},
    {OptionKey::Touch, "touch"},
    {OptionKey::Autosave, "autosave"},
    {OptionKey::Validate, "validate"},
    {OptionKey::Scope, "scoped"},
}};

template <class Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>
                            &Table,
                        Enum Value) {
  for (const auto &[E, Name] : Table)
    if (E == Value)
      return Name;
  return {};
}

template <class Enum, std::size_t N>
std::optional<Enum>
valueOf(const std::array<std::pair<Enum, std::string_view>, N> &Table,
        std::string_view Text) {
  for (const auto &[E, Name] : Table)
    if (Name == Text)
      return E;
  return std::nullopt;
}
} // namespace

Extension::~Extension() = default;
ExtensionReader::~ExtensionReader() = default;

bool Extended::equals(const Extended &Other) const {
  if (!E || !Other.E)
    return !E && !Other.E;
  return E->equals(*Other.E);
}

Resolution::Resolution(const Program &P) : P(P), Models(P.Models.size()) {
  for (std::size_t I = 0; I < P.Models.size(); ++I)
    Models[I].Associations.resize(P.Models[I].Associations.size());
}

bool Extended::sameMeaning(const Extended &Other) const {
  if (!E || !Other.E)
    return !E && !Other.E;
  return E->sameMeaning(*Other.E);
}

std::string_view spelling(AssociationKind Kind) { return nameOf(Kinds, Kind); }
std::string_view spelling(OptionKey Key) { return nameOf(Keys, Key); }

std::optional<AssociationKind> parseAssociationKind(std::string_view Text) {
  return valueOf(Kinds, Text);
}
std::optional<OptionKey> parseOptionKey(std::string_view Text) {
  return valueOf(Keys, Text);
}

bool isCollection(AssociationKind Kind) {
  return Kind == AssociationKind::HasMany ||
         Kind == AssociationKind::HasAndBelongsToMany;
}

const Option *Association::option(OptionKey Key) const {
  for (auto It = Options.rbegin(); It != Options.rend(); ++It)
    if (It->Key == Key)
      return &*It;
  return nullptr;
}

std::string_view Association::optionValue(OptionKey Key) const {
  const Option *O = option(Key);
  return O ? std::string_view(O->Value) : std::string_view();
}

std::string_view Association::inverseName() const {
  const Option *O = option(OptionKey::InverseOf);
  return O && O->IsString ? std::string_view(O->Value) : std::string_view();
}

bool Association::inverseDisabled() const {
  // ActiveRecord treats `inverse_of: nil` as `false` (observed).
  const Option *O = option(OptionKey::InverseOf);
  return O && (O->isNil() || (!O->IsString && O->Value == "false"));
}

bool Association::isScoped() const {
  const Option *O = option(OptionKey::Scope);
  return O && O->Value == "true";
}

const Association *Model::association(std::string_view Name) const {
  // The last declaration of a name is the one ActiveRecord keeps.
  for (auto It = Associations.rbegin(); It != Associations.rend(); ++It)
    if (It->Name == Name)
      return &*It;
  return nullptr;
}

const Model *Program::model(std::string_view QualifiedName) const {
  // Rebuilt when the vector moved or changed size; a hit is verified, so a
  // model renamed in place is never returned under its old name.
  if (IndexedData != Models.data() || IndexedSize != Models.size()) {
    Index.clear();
    Index.reserve(Models.size());
    for (std::size_t I = 0; I < Models.size(); ++I)
      Index.emplace(Models[I].QualifiedName, I); // The first one wins.
    IndexedData = Models.data();
    IndexedSize = Models.size();
  }
  auto It = Index.find(std::string(QualifiedName));
  if (It != Index.end() && Models[It->second].QualifiedName == QualifiedName)
    return &Models[It->second];
  return nullptr;
}

Model *Program::model(std::string_view QualifiedName) {
  return const_cast<Model *>(std::as_const(*this).model(QualifiedName));
}

} // namespace assoctidy
