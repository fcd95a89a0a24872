//===- Wt/Dbo/DbAction.h - Wt::Dbo mock: persist<C> -------------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// Wt's actions (InitSchema, SaveDbAction, ...) reach a class's mapping
// through persist<C>::apply(), whose primary template calls the member
// obj.persist(action). Users specialise persist<C> to map a class they
// cannot change; the actions themselves are Wt internals and not mocked.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_DBACTION_H
#define ASSOC_TIDY_MOCK_WT_DBO_DBACTION_H

namespace Wt {
namespace Dbo {

template <class C, class Enable = void> struct persist {
  template <class A> static void apply(C &obj, A &action);
};

} // namespace Dbo
} // namespace Wt

#endif // ASSOC_TIDY_MOCK_WT_DBO_DBACTION_H
