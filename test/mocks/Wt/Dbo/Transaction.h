//===- Wt/Dbo/Transaction.h - Wt::Dbo mock: Transaction ---------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// An RAII transaction: commits when destroyed normally, rolls back during
// stack unwinding.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_TRANSACTION_H
#define ASSOC_TIDY_MOCK_WT_DBO_TRANSACTION_H

namespace Wt {
namespace Dbo {

class Session;
class SqlConnection;

class Transaction {
public:
  explicit Transaction(Session &session);
  // Wt's destructor may throw: it commits, and the commit can fail.
  virtual ~Transaction() noexcept(false);

  Transaction(const Transaction &) = delete;
  Transaction &operator=(const Transaction &) = delete;
  Transaction(Transaction &&) = delete;
  Transaction &operator=(Transaction &&) = delete;

  bool isActive() const;
  bool commit();
  void rollback();
  Session &session() const;
  SqlConnection *connection() const;
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_TRANSACTION_H
