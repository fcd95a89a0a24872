//===- Nolint.h - NOLINT comments, read from the source text ----*- C++ -*-===//
//
// Part of assoc-tidy. clang-tidy honours NOLINT only for warnings: it never
// lets a comment silence an error, since it assumes errors come from the
// compiler. Several assoc checks report errors (a declaration ActiveRecord
// will reject or silently drop), and users must still be able to silence
// them where they know better, the same way they silence warnings. So the
// check adapter applies NOLINT itself to its own error-level findings, and
// the whole-program driver uses the same function for findings without an
// AST.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_RULES_NOLINT_H
#define ASSOC_TIDY_RULES_NOLINT_H

#include <string_view>

namespace assoctidy {

/// True if a finding of Check at byte Offset of a file whose text is Text
/// is silenced by `// NOLINT` on its line, `// NOLINTNEXTLINE` on the line
/// before, or an enclosing `// NOLINTBEGIN` ... `// NOLINTEND` region. Each
/// may name checks, as globs, in parentheses: `NOLINT(assoc-*)`.
bool isSuppressedByNolint(std::string_view Text, std::size_t Offset,
                          std::string_view Check);

} // namespace assoctidy

#endif // ASSOC_TIDY_RULES_NOLINT_H
