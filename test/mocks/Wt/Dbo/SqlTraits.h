//===- Wt/Dbo/SqlTraits.h - Wt::Dbo mock: value traits ----------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// sql_value_traits<V> is what users specialise to store a type of their own
// in one column. Wt's primary template only carries not_specialized and a
// bind() for C strings; the specialisations for std::string, numbers, enums,
// std::chrono and std::optional live in Wt's StdSqlTraits.h and are not
// mocked, since field() accepts any type here.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_SQLTRAITS_H
#define ASSOC_TIDY_MOCK_WT_DBO_SQLTRAITS_H

#include <string>

namespace Wt {
namespace Dbo {

class Session;
class SqlConnection;
class SqlStatement;

template <typename V, class Enable = void> struct sql_value_traits {
  static const bool not_specialized = true;

  static void bind(const char *v, SqlStatement *statement, int column,
                   int size);
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_SQLTRAITS_H
