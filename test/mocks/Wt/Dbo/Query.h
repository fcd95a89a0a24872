//===- Wt/Dbo/Query.h - Wt::Dbo mock: Query ---------------------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// What Session::find() and Session::query() return. With DynamicBinding
// (the default) a query is composed with where(), orderBy() and friends and
// bound lazily; with DirectBinding only bind() is available. A query
// converts to its single Result or to a collection<Result>. Wt's
// AbstractQuery base, which holds limit() and offset(), is folded into the
// DynamicBinding specialisation.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_QUERY_H
#define ASSOC_TIDY_MOCK_WT_DBO_QUERY_H

#include <string>

namespace Wt {
namespace Dbo {

class Session;
template <class C> class collection;

struct DirectBinding {};
struct DynamicBinding {};

template <class Result, typename BindStrategy = DynamicBinding> class Query;

template <class Result> class Query<Result, DirectBinding> {
public:
  Query();
  ~Query();

  Session &session() const;

  template <typename T> Query<Result, DirectBinding> &bind(const T &value);
  void reset();

  Result resultValue() const;
  collection<Result> resultList() const;
  operator Result() const;
  operator collection<Result>() const;
};

template <class Result> class Query<Result, DynamicBinding> {
public:
  Query();
  ~Query();
  Query(const Query &other);
  Query &operator=(const Query &other);

  Session &session() const;

  template <typename T> Query<Result, DynamicBinding> &bind(const T &value);
  void reset();

  Query<Result, DynamicBinding> &join(const std::string &other);
  Query<Result, DynamicBinding> &leftJoin(const std::string &other);
  Query<Result, DynamicBinding> &rightJoin(const std::string &other);
  Query<Result, DynamicBinding> &where(const std::string &condition);
  Query<Result, DynamicBinding> &orWhere(const std::string &condition);
  Query<Result, DynamicBinding> &orderBy(const std::string &fieldName);
  Query<Result, DynamicBinding> &groupBy(const std::string &fields);
  Query<Result, DynamicBinding> &having(const std::string &fields);
  Query<Result, DynamicBinding> &offset(int count);
  Query<Result, DynamicBinding> &limit(int count);
  int offset() const;
  int limit() const;

  Result resultValue() const;
  collection<Result> resultList() const;
  operator Result() const;
  operator collection<Result>() const;
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_QUERY_H
