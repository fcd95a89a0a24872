//===- ModelJson.cpp - The association model as JSON ----------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "ModelJson.h"

#include "JsonInteger.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace assoctidy {

using nlohmann::json;

// nlohmann/json finds these by argument-dependent lookup.

static std::string_view spelling(Spelling S) {
  switch (S) {
  case Spelling::Literal:
    return "literal";
  case Spelling::Macro:
    return "macro";
  case Spelling::Constant:
    return "constant";
  }
  return "literal";
}

static std::string_view spelling(TargetState S) {
  switch (S) {
  case TargetState::Model:
    return "model";
  case TargetState::Polymorphic:
    return "polymorphic";
  case TargetState::Unresolved:
    return "unresolved";
  case TargetState::NotModel:
    return "not_model";
  }
  return "model";
}

// Each enum is read back by matching its spellings, so the JSON stays
// readable and one table serves both directions.
template <class Enum, class... Values>
static Enum parseEnum(const json &J, const char *What, Values... All) {
  const std::string Text = J.get<std::string>();
  for (Enum E : {All...})
    if (spelling(E) == Text)
      return E;
  throw std::invalid_argument(std::string("unknown ") + What + " '" + Text +
                              "'");
}

void to_json(json &J, const Location &L) {
  J = json{{"file", L.File.str()},
           {"offset", L.Offset},
           {"line", L.Line},
           {"column", L.Column}};
}
void from_json(const json &J, Location &L) {
  L.File = J.at("file").get<std::string>();
  L.Offset = jsonInteger<unsigned>(J.at("offset"));
  L.Line = jsonInteger<unsigned>(J.at("line"));
  L.Column = jsonInteger<unsigned>(J.at("column"));
}

void to_json(json &J, const Range &R) {
  if (!R.isValid()) {
    J = nullptr;
    return;
  }
  J = json{{"begin", R.Begin}, {"end", R.End}};
}
void from_json(const json &J, Range &R) {
  R = Range();
  if (J.is_null())
    return;
  J.at("begin").get_to(R.Begin);
  J.at("end").get_to(R.End);
}

void to_json(json &J, const Option &O) {
  J = json{{"key", spelling(O.Key)},
           {"value", O.Value},
           {"is_string", O.IsString},
           {"spelling", spelling(O.ValueSpelling)},
           {"value_range", O.ValueRange},
           {"range", O.Whole},
           {"in_macro", O.InMacro}};
}
void from_json(const json &J, Option &O) {
  const std::string Key = J.at("key").get<std::string>();
  std::optional<OptionKey> K = parseOptionKey(Key);
  if (!K)
    throw std::invalid_argument("unknown option key '" + Key + "'");
  O.Key = *K;
  J.at("value").get_to(O.Value);
  J.at("is_string").get_to(O.IsString);
  O.ValueSpelling = parseEnum<Spelling>(J.at("spelling"), "spelling",
                                        Spelling::Literal, Spelling::Macro,
                                        Spelling::Constant);
  J.at("value_range").get_to(O.ValueRange);
  J.at("range").get_to(O.Whole);
  J.at("in_macro").get_to(O.InMacro);
}

void to_json(json &J, const TableMapping &M) {
  J = json{{"class", M.Class}, {"table", M.Table}, {"range", M.Where}};
}
void from_json(const json &J, TableMapping &M) {
  J.at("class").get_to(M.Class);
  J.at("table").get_to(M.Table);
  J.at("range").get_to(M.Where);
}

void to_json(json &J, const Association &A) {
  J = json{{"kind", spelling(A.Kind)},
           {"name", A.Name},
           {"name_spelling", spelling(A.NameSpelling)},
           {"name_range", A.NameRange},
           {"range", A.Whole},
           {"in_macro", A.InMacro},
           {"position", A.Position},
           {"target", A.Target},
           {"target_state", spelling(A.State)},
           {"options", A.Options}};
  if (const Extension *E = A.Extra.get())
    E->write(J);
}
void from_json(const json &J, Association &A) {
  const std::string Kind = J.at("kind").get<std::string>();
  std::optional<AssociationKind> K = parseAssociationKind(Kind);
  if (!K)
    throw std::invalid_argument("unknown association kind '" + Kind + "'");
  A.Kind = *K;
  J.at("name").get_to(A.Name);
  A.NameSpelling = parseEnum<Spelling>(J.at("name_spelling"), "spelling",
                                       Spelling::Literal, Spelling::Macro,
                                       Spelling::Constant);
  J.at("name_range").get_to(A.NameRange);
  J.at("range").get_to(A.Whole);
  J.at("in_macro").get_to(A.InMacro);
  A.Position = jsonInteger<unsigned>(J.at("position"));
  J.at("target").get_to(A.Target);
  A.State = parseEnum<TargetState>(
      J.at("target_state"), "target state", TargetState::Model,
      TargetState::Polymorphic, TargetState::Unresolved, TargetState::NotModel);
  J.at("options").get_to(A.Options);
}

void to_json(json &J, const Member &M) {
  J = json{{"name", M.Name}, {"range", M.Where}};
}
void from_json(const json &J, Member &M) {
  J.at("name").get_to(M.Name);
  J.at("range").get_to(M.Where);
}

void to_json(json &J, const Model &M) {
  J = json{{"library", M.Lib.name()},
           {"qualified_name", M.QualifiedName},
           {"class_name", M.ClassName},
           {"table_name",
            M.TableNameOverride ? json(*M.TableNameOverride) : json(nullptr)},
           {"base_model", M.BaseModel},
           {"definition", M.Definition},
           {"declare_end",
            M.DeclareEnd.isValid() ? json(M.DeclareEnd) : json(nullptr)},
           {"declare_arguments", M.DeclareArguments},
           {"associations", M.Associations},
           {"members", M.Members},
           {"declarations", M.Declarations}};
  // Written only when true, so that facts of user code read as before.
  if (M.InSystemHeader)
    J["system_header"] = true;
  if (M.UnitLocal)
    J["unit_local"] = true;
  if (const Extension *E = M.Extra.get())
    E->write(J);
}
// The library and the extensions are read by readModel, which knows the
// front-ends.
void from_json(const json &J, Model &M) {
  if (auto It = J.find("system_header"); It != J.end())
    It->get_to(M.InSystemHeader);
  if (auto It = J.find("unit_local"); It != J.end())
    It->get_to(M.UnitLocal);
  J.at("qualified_name").get_to(M.QualifiedName);
  J.at("class_name").get_to(M.ClassName);
  const json &Table = J.at("table_name");
  M.TableNameOverride = Table.is_null()
                            ? std::nullopt
                            : std::optional<std::string>(Table.get<std::string>());
  J.at("base_model").get_to(M.BaseModel);
  J.at("definition").get_to(M.Definition);
  const json &End = J.at("declare_end");
  M.DeclareEnd = End.is_null() ? Location() : End.get<Location>();
  M.DeclareArguments = jsonInteger<unsigned>(J.at("declare_arguments"));
  J.at("associations").get_to(M.Associations);
  J.at("members").get_to(M.Members);
  J.at("declarations").get_to(M.Declarations);
}

/// A model with its library's extensions, read by that library's reader.
Model readModel(const json &J, const ExtensionReaders &Readers) {
  Model M = J.get<Model>();
  // Written by every version-3 writer; absent in hand-written facts.
  if (auto It = J.find("library"); It != J.end()) {
    const std::string Text = It->get<std::string>();
    auto Known = std::find_if(
        Readers.begin(), Readers.end(),
        [&](const ExtensionReader *R) { return R->library().name() == Text; });
    if (Known == Readers.end())
      throw std::invalid_argument("unknown library '" + Text + "'");
    M.Lib = (*Known)->library();
  }
  for (const ExtensionReader *R : Readers) {
    if (R->library() != M.Lib)
      continue;
    M.Extra = R->readModel(J);
    const json &List = J.at("associations");
    for (std::size_t I = 0; I < M.Associations.size(); ++I)
      M.Associations[I].Extra = R->readAssociation(List.at(I));
  }
  return M;
}

std::string programToJson(const Program &P, int Indent) {
  json J{{"version", ModelJsonVersion}, {"models", P.Models}};
  if (!P.Mappings.empty())
    J["mappings"] = P.Mappings;
  return J.dump(Indent);
}

std::optional<Program> programFromJson(std::string_view Text,
                                       std::string &Error,
                                       const ExtensionReaders &Readers) {
  // The model layer is the one place that may use exceptions: nlohmann/json
  // reports type errors with them, and none may escape into LLVM frames.
  try {
    json J = json::parse(Text);
    const int Version = jsonInteger<int>(J.at("version"));
    if (Version != ModelJsonVersion) {
      Error = "facts version " + std::to_string(Version) + ", expected " +
              std::to_string(ModelJsonVersion);
      return std::nullopt;
    }
    Program P;
    for (const json &M : J.at("models"))
      P.Models.push_back(readModel(M, Readers));
    if (auto It = J.find("mappings"); It != J.end())
      It->get_to(P.Mappings);
    return P;
  } catch (const std::exception &E) {
    Error = E.what();
    return std::nullopt;
  }
}

} // namespace assoctidy
