//===- Wt/Dbo/backend/Sqlite3.h - Wt::Dbo mock: SQLite3 ---------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// The backend most Wt::Dbo examples open, so that a test's main() can be
// written as users write it.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_BACKEND_SQLITE3_H
#define ASSOC_TIDY_MOCK_WT_DBO_BACKEND_SQLITE3_H

#include <Wt/Dbo/SqlConnection.h>

#include <string>

namespace Wt {
namespace Dbo {
namespace backend {

class Sqlite3 : public SqlConnection {
public:
  Sqlite3(const std::string &db);
  Sqlite3(const Sqlite3 &other);
  ~Sqlite3();
};

} // namespace backend
} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_BACKEND_SQLITE3_H
