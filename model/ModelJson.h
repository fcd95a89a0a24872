//===- ModelJson.h - The association model as JSON --------------*- C++ -*-===//
//
// Part of assoc-tidy. The per-TU facts files, the whole-program cache and the
// graph exports all carry the model in this one format.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_MODELJSON_H
#define ASSOC_TIDY_MODEL_MODELJSON_H

#include "Model.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace assoctidy {

/// Bumped whenever the JSON layout changes, so stale facts are refused
/// rather than misread.
inline constexpr int ModelJsonVersion = 3;

/// The model's parts as JSON, for the front-ends' extensions to write and
/// read theirs the same way (nlohmann/json finds them by lookup).
void to_json(nlohmann::json &J, const Location &L);
void from_json(const nlohmann::json &J, Location &L);
void to_json(nlohmann::json &J, const Range &R);
void from_json(const nlohmann::json &J, Range &R);
void to_json(nlohmann::json &J, const Member &M);
void from_json(const nlohmann::json &J, Member &M);

/// Serialises a program; Indent < 0 gives the compact form.
std::string programToJson(const Program &P, int Indent = -1);

/// Parses what programToJson wrote, each library's extensions read back by
/// its reader among Readers (frontends/Frontends.h has every front-end's).
/// On failure returns nullopt and says why in Error (never throws).
std::optional<Program> programFromJson(std::string_view Text,
                                       std::string &Error,
                                       const ExtensionReaders &Readers);

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_MODELJSON_H
