//===- Catalog.h - Every check, named and described -------------*- C++ -*-===//
//
// Part of assoc-tidy. One line per check for the outputs that describe
// rules themselves (SARIF's rule list); the full text is docs/checks/.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_CATALOG_H
#define ASSOC_TIDY_RULES_CATALOG_H

#include <string_view>
#include <vector>

namespace assoctidy {

struct CheckInfo {
  std::string_view Name;    ///< `assoc-missing-inverse`
  std::string_view DocPage; ///< `missing-inverse.md`, under docs/checks/.
  std::string_view Summary; ///< One sentence: what it finds.
};

/// Every assoc check, sorted by name, plus the diagnostics the
/// whole-program driver reports itself (model conflicts).
const std::vector<CheckInfo> &checkCatalog();

/// The entry for Name, or null (compiler diagnostics have none).
const CheckInfo *findCheck(std::string_view Name);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_CATALOG_H
