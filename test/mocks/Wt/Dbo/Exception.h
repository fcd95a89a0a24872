//===- Wt/Dbo/Exception.h - Wt::Dbo mock: exceptions ------------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// Wt reports a mapping mistake (an unmapped class, a hasMany() without its
// belongsTo()) by throwing Exception when the session first initialises its
// schema; users catch these types.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_EXCEPTION_H
#define ASSOC_TIDY_MOCK_WT_DBO_EXCEPTION_H

#include <stdexcept>
#include <string>

namespace Wt {
namespace Dbo {

class Exception : public std::runtime_error {
public:
  Exception(const std::string &error, const std::string &code = std::string());
  virtual ~Exception() throw();

  std::string code() const;
};

class StaleObjectException : public Exception {
public:
  StaleObjectException(const std::string &id, const char *table, int version);
};

class ObjectNotFoundException : public Exception {
public:
  ObjectNotFoundException(const char *table, const std::string &id);
};

class NoUniqueResultException : public Exception {
public:
  NoUniqueResultException();
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_EXCEPTION_H
