//===- WtModel.cpp - What a Wt::Dbo declaration says beyond the model -----===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "WtModel.h"

#include "ModelJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace assoctidy::wt {

using nlohmann::json;

void to_json(json &J, const Flag &F) {
  J = json{{"name", F.Name}, {"range", F.Where}, {"removal", F.Removal}};
}
void from_json(const json &J, Flag &F) {
  J.at("name").get_to(F.Name);
  J.at("range").get_to(F.Where);
  J.at("removal").get_to(F.Removal);
}

std::unique_ptr<Extension> Relation::clone() const {
  return std::make_unique<Relation>(*this);
}

/// The parts that change what the rules conclude.
bool Relation::sameMeaning(const Extension &Other) const {
  if (Other.library() != Library)
    return false;
  const auto &B = static_cast<const Relation &>(Other);
  return Function == B.Function && NameGiven == B.NameGiven &&
         NameKnown == B.NameKnown && JoinIdGiven == B.JoinIdGiven &&
         JoinId == B.JoinId &&
         std::equal(
             Flags.begin(), Flags.end(), B.Flags.begin(), B.Flags.end(),
             [](const Flag &X, const Flag &Y) { return X.Name == Y.Name; });
}

bool Relation::equals(const Extension &Other) const {
  if (!sameMeaning(Other))
    return false;
  const auto &B = static_cast<const Relation &>(Other);
  return JoinIdRange == B.JoinIdRange &&
         std::equal(
             Flags.begin(), Flags.end(), B.Flags.begin(), B.Flags.end(),
             [](const Flag &X, const Flag &Y) { return X.Where == Y.Where; });
}

void Relation::write(json &Object) const {
  if (Function.empty())
    return;
  Object["wt"] =
      json{{"function", Function},    {"name_given", NameGiven},
           {"name_known", NameKnown}, {"join_id_given", JoinIdGiven},
           {"join_id", JoinId},       {"join_id_range", JoinIdRange},
           {"flags", Flags},          {"target_has_traits", TargetHasTraits}};
}

std::unique_ptr<Extension> readRelation(const json &Association) {
  auto It = Association.find("wt");
  if (It == Association.end())
    return nullptr;
  auto R = std::make_unique<Relation>();
  It->at("function").get_to(R->Function);
  It->at("name_given").get_to(R->NameGiven);
  It->at("name_known").get_to(R->NameKnown);
  It->at("join_id_given").get_to(R->JoinIdGiven);
  It->at("join_id").get_to(R->JoinId);
  It->at("join_id_range").get_to(R->JoinIdRange);
  It->at("flags").get_to(R->Flags);
  if (auto Traits = It->find("target_has_traits"); Traits != It->end())
    Traits->get_to(R->TargetHasTraits);
  return R;
}

std::unique_ptr<Extension> Keys::clone() const {
  return std::make_unique<Keys>(*this);
}

bool Keys::equals(const Extension &Other) const {
  if (Other.library() != Library)
    return false;
  const auto &B = static_cast<const Keys &>(Other);
  // Columns by name: where each is declared does not change a rule.
  return IdField == B.IdField && SurrogateId == B.SurrogateId &&
         NaturalIdType == B.NaturalIdType && VersionField == B.VersionField &&
         std::equal(
             Columns.begin(), Columns.end(), B.Columns.begin(), B.Columns.end(),
             [](const Member &X, const Member &Y) { return X.Name == Y.Name; });
}

void Keys::write(json &Object) const {
  Object["columns"] = Columns;
  Object["wt_id_field"] = IdField;
  Object["wt_surrogate_id"] = SurrogateId;
  Object["wt_natural_id_type"] = NaturalIdType;
  Object["wt_version_field"] = VersionField;
}

std::unique_ptr<Extension> readKeys(const json &Model) {
  auto K = std::make_unique<Keys>();
  if (auto It = Model.find("columns"); It != Model.end())
    It->get_to(K->Columns);
  if (auto It = Model.find("wt_id_field"); It != Model.end())
    It->get_to(K->IdField);
  if (auto It = Model.find("wt_surrogate_id"); It != Model.end())
    It->get_to(K->SurrogateId);
  if (auto It = Model.find("wt_natural_id_type"); It != Model.end())
    It->get_to(K->NaturalIdType);
  if (auto It = Model.find("wt_version_field"); It != Model.end())
    It->get_to(K->VersionField);
  return K;
}

const Relation &relation(const Association &A) {
  static const Relation None;
  const Extension *E = A.Extra.get();
  return E && E->library() == Library ? static_cast<const Relation &>(*E)
                                      : None;
}

const Keys &keys(const Model &M) {
  static const Keys Defaults;
  const Extension *E = M.Extra.get();
  return E && E->library() == Library ? static_cast<const Keys &>(*E)
                                      : Defaults;
}

Relation &editRelation(Association &A) {
  if (!A.Extra || A.Extra.get()->library() != Library)
    A.Extra = Extended(std::make_unique<Relation>());
  return static_cast<Relation &>(*A.Extra.get());
}

Keys &editKeys(Model &M) {
  if (!M.Extra || M.Extra.get()->library() != Library)
    M.Extra = Extended(std::make_unique<Keys>());
  return static_cast<Keys &>(*M.Extra.get());
}

} // namespace assoctidy::wt
