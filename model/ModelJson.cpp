//===- ModelJson.cpp - The association model as JSON ----------------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "ModelJson.h"

#include "JsonInteger.h"

#include <nlohmann/json.hpp>

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

void to_json(json &J, const WtFlag &F) {
  J = json{{"name", F.Name}, {"range", F.Where}, {"removal", F.Removal}};
}
void from_json(const json &J, WtFlag &F) {
  J.at("name").get_to(F.Name);
  J.at("range").get_to(F.Where);
  J.at("removal").get_to(F.Removal);
}

void to_json(json &J, const WtRelation &W) {
  J = json{{"function", W.Function},     {"name_given", W.NameGiven},
           {"name_known", W.NameKnown},  {"join_id_given", W.JoinIdGiven},
           {"join_id", W.JoinId},        {"join_id_range", W.JoinIdRange},
           {"flags", W.Flags},
           {"target_has_traits", W.TargetHasTraits}};
}
void from_json(const json &J, WtRelation &W) {
  J.at("function").get_to(W.Function);
  J.at("name_given").get_to(W.NameGiven);
  J.at("name_known").get_to(W.NameKnown);
  J.at("join_id_given").get_to(W.JoinIdGiven);
  J.at("join_id").get_to(W.JoinId);
  J.at("join_id_range").get_to(W.JoinIdRange);
  J.at("flags").get_to(W.Flags);
  if (auto It = J.find("target_has_traits"); It != J.end())
    It->get_to(W.TargetHasTraits);
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
  if (!A.Wt.Function.empty())
    J["wt"] = A.Wt;
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
  if (auto It = J.find("wt"); It != J.end())
    It->get_to(A.Wt);
}

void to_json(json &J, const Member &M) {
  J = json{{"name", M.Name}, {"range", M.Where}};
}
void from_json(const json &J, Member &M) {
  J.at("name").get_to(M.Name);
  J.at("range").get_to(M.Where);
}

void to_json(json &J, const Model &M) {
  J = json{{"library", spelling(M.Lib)},
           {"qualified_name", M.QualifiedName},
           {"class_name", M.ClassName},
           {"table_name", M.TableNameOverride ? json(*M.TableNameOverride)
                                              : json(nullptr)},
           {"base_model", M.BaseModel},
           {"definition", M.Definition},
           {"declare_end", M.DeclareEnd.isValid() ? json(M.DeclareEnd)
                                                  : json(nullptr)},
           {"declare_arguments", M.DeclareArguments},
           {"associations", M.Associations},
           {"members", M.Members},
           {"declarations", M.Declarations}};
  // Written only when true, so that facts of user code read as before.
  if (M.InSystemHeader)
    J["system_header"] = true;
  if (M.UnitLocal)
    J["unit_local"] = true;
  if (M.isWt()) {
    J["columns"] = M.Columns;
    J["wt_id_field"] = M.WtIdField;
    J["wt_surrogate_id"] = M.WtSurrogateId;
    J["wt_natural_id_type"] = M.WtNaturalIdType;
    J["wt_version_field"] = M.WtVersionField;
  }
}
void from_json(const json &J, Model &M) {
  // Written by every version-3 writer; absent in hand-written facts.
  if (auto It = J.find("library"); It != J.end())
    M.Lib = parseEnum<Library>(*It, "library", Library::Assoc, Library::WtDbo);
  if (auto It = J.find("system_header"); It != J.end())
    It->get_to(M.InSystemHeader);
  if (auto It = J.find("unit_local"); It != J.end())
    It->get_to(M.UnitLocal);
  if (auto It = J.find("columns"); It != J.end())
    It->get_to(M.Columns);
  if (auto It = J.find("wt_id_field"); It != J.end())
    It->get_to(M.WtIdField);
  if (auto It = J.find("wt_surrogate_id"); It != J.end())
    It->get_to(M.WtSurrogateId);
  if (auto It = J.find("wt_natural_id_type"); It != J.end())
    It->get_to(M.WtNaturalIdType);
  if (auto It = J.find("wt_version_field"); It != J.end())
    It->get_to(M.WtVersionField);
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

std::string programToJson(const Program &P, int Indent) {
  json J{{"version", ModelJsonVersion}, {"models", P.Models}};
  if (!P.Mappings.empty())
    J["mappings"] = P.Mappings;
  return J.dump(Indent);
}

std::optional<Program> programFromJson(std::string_view Text,
                                       std::string &Error) {
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
    J.at("models").get_to(P.Models);
    if (auto It = J.find("mappings"); It != J.end())
      It->get_to(P.Mappings);
    return P;
  } catch (const std::exception &E) {
    Error = E.what();
    return std::nullopt;
  }
}

} // namespace assoctidy
