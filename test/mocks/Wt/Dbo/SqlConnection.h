//===- Wt/Dbo/SqlConnection.h - Wt::Dbo mock: SqlConnection -----*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// Only what Session::setConnection() and the backends need: an abstract
// base with a virtual destructor. Wt's many pure virtual members (statement
// preparation, SQL dialect queries) are left out.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_SQLCONNECTION_H
#define ASSOC_TIDY_MOCK_WT_DBO_SQLCONNECTION_H

namespace Wt {
namespace Dbo {

class SqlConnection {
public:
  virtual ~SqlConnection();
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_SQLCONNECTION_H
