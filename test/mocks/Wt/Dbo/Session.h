//===- Wt/Dbo/Session.h - Wt::Dbo mock: Session -----------------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// mapClass<C>(table) is the call that maps a class; Wt records it and
// checks nothing until the schema is first initialised (the first
// createTables(), find(), add(), query()...), which is when it visits every
// mapped class's persist() and throws on an unmapped class or a hasMany()
// whose belongsTo() it cannot find. Session::execute(), which returns a
// Wt::Dbo::Call, is left out.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_SESSION_H
#define ASSOC_TIDY_MOCK_WT_DBO_SESSION_H

#include <Wt/Dbo/Field.h>
#include <Wt/Dbo/Query.h>
#include <Wt/Dbo/SqlConnection.h>
#include <Wt/Dbo/Transaction.h>
#include <Wt/Dbo/ptr.h>

#include <memory>
#include <string>

namespace Wt {
namespace Dbo {

class SqlConnectionPool;

/// Whether the session flushes dirty objects by itself.
enum class FlushMode { Auto, Manual };

class Session {
public:
  Session();
  virtual ~Session();

  Session(const Session &) = delete;
  Session &operator=(const Session &) = delete;
  Session(Session &&) = delete;
  Session &operator=(Session &&) = delete;

  void setConnection(std::unique_ptr<SqlConnection> connection);
  void setConnectionPool(SqlConnectionPool &pool);

  /// Maps class C to table tableName (schema-qualified names allowed).
  template <class C> void mapClass(const char *tableName);

  template <class C> const char *tableName() const;
  template <class C> const std::string tableNameQuoted() const;

  template <class C> ptr<C> add(ptr<C> &obj);
  template <class C> ptr<C> add(std::unique_ptr<C> obj);
  template <typename T, typename... Args> ptr<T> addNew(Args &&...args);

  template <class C>
  ptr<C> load(const typename dbo_traits<C>::IdType &id,
              bool forceReread = false);
  template <class C> ptr<C> loadLazy(const typename dbo_traits<C>::IdType &id);

  // As in Wt: find<C>() picks the first overload (Wt defines it inline to
  // forward to the second), find<C, DirectBinding>() the second, whose
  // BindStrategy cannot be deduced and so has no default here.
  template <class C>
  Query<ptr<C>> find(const std::string &condition = std::string());
  template <class C, typename BindStrategy>
  Query<ptr<C>, BindStrategy>
  find(const std::string &condition = std::string());

  template <class Result> Query<Result> query(const std::string &sql);
  template <class Result, typename BindStrategy>
  Query<Result, BindStrategy> query(const std::string &sql);

  void createTables();
  std::string tableCreationSql();
  void dropTables();

  void flush();
  void rereadAll(const char *tableName = nullptr);
  void discardUnflushed();
  void setFlushMode(FlushMode mode);
  FlushMode flushMode() const;
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_SESSION_H
