//===- Finding.h - What a rule reports, as plain data -----------*- C++ -*-===//
//
// Part of assoc-tidy. A rule turns the model into findings; the adapters
// (clang-tidy diagnostics, text/JSON/SARIF, LSP) turn findings into output.
// Fix-its are text edits over model locations, so a driver can apply and
// de-duplicate them without an AST.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_FINDING_H
#define ASSOC_TIDY_RULES_FINDING_H

#include "Model.h"

#include <string>
#include <vector>

namespace assoctidy {

enum class Severity { Warning, Error };

/// Replace the text of Where (possibly empty: an insertion) with Text.
struct TextEdit {
  Range Where;
  std::string Text;
};

struct Note {
  std::string Message;
  Range Where;
};

struct Finding {
  std::string Check; ///< `assoc-duplicate-association`
  Severity Level = Severity::Warning;
  std::string Message;
  Range Where;
  std::vector<Note> Notes;
  std::vector<TextEdit> Fixes;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_FINDING_H
