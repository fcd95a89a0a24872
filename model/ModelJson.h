//===- ModelJson.h - The association model as JSON --------------*- C++ -*-===//
//
// Part of assoc-tidy. The per-TU facts files, the whole-program cache and the
// graph exports all carry the model in this one format.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MODEL_MODELJSON_H
#define ASSOC_TIDY_MODEL_MODELJSON_H

#include "Model.h"

#include <optional>
#include <string>
#include <string_view>

namespace assoctidy {

/// Bumped whenever the JSON layout changes, so stale facts are refused
/// rather than misread.
inline constexpr int ModelJsonVersion = 3;

/// Serialises a program; Indent < 0 gives the compact form.
std::string programToJson(const Program &P, int Indent = -1);

/// Parses what programToJson wrote. On failure returns nullopt and says why
/// in Error (never throws).
std::optional<Program> programFromJson(std::string_view Text,
                                       std::string &Error);

} // namespace assoctidy

#endif // ASSOC_TIDY_MODEL_MODELJSON_H
