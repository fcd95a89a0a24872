//===- Wt/Dbo/Types.h - Wt::Dbo mock: every model-facing name ---*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// What a model header includes in Wt (Dbo.h includes this), and
// DBO_EXTERN_TEMPLATES(C), which users write after a model class. In Wt it
// expands to explicit instantiation declarations, among them
//   extern template void Wt::Dbo::Session::mapClass<C>(const char *);
// so an AST of real Wt code holds a mapClass<C> specialisation for every
// class named by the macro, mapped or not: only a call maps a class. The
// mock keeps the declarations whose entities it mocks and drops Wt's
// internal MetaDbo<C> and Session::Mapping<C>. Wt expands the macro to
// nothing on MSVC; so does the mock when ASSOC_TIDY_MOCK_WT_NO_EXTERN is
// defined.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_TYPES_H
#define ASSOC_TIDY_MOCK_WT_DBO_TYPES_H

#include <Wt/Dbo/DbAction.h>
#include <Wt/Dbo/Exception.h>
#include <Wt/Dbo/Field.h>
#include <Wt/Dbo/Query.h>
#include <Wt/Dbo/Session.h>
#include <Wt/Dbo/SqlTraits.h>
#include <Wt/Dbo/collection.h>
#include <Wt/Dbo/ptr.h>
#include <Wt/Dbo/weak_ptr.h>

#ifdef ASSOC_TIDY_MOCK_WT_NO_EXTERN
#define DBO_EXTERN_TEMPLATES(C)
#else
#define DBO_EXTERN_TEMPLATES(C)                                                \
  extern template class Wt::Dbo::ptr<C>;                                       \
  extern template class Wt::Dbo::Dbo<C>;                                       \
  extern template class Wt::Dbo::collection<Wt::Dbo::ptr<C>>;                  \
  extern template class Wt::Dbo::Query<Wt::Dbo::ptr<C>,                        \
                                       Wt::Dbo::DynamicBinding>;               \
  extern template class Wt::Dbo::Query<Wt::Dbo::ptr<C>,                        \
                                       Wt::Dbo::DirectBinding>;                \
  extern template Wt::Dbo::ptr<C> Wt::Dbo::Session::add<C>(ptr<C> &);          \
  extern template Wt::Dbo::ptr<C> Wt::Dbo::Session::add<C>(                    \
      std::unique_ptr<C>);                                                     \
  extern template Wt::Dbo::ptr<C> Wt::Dbo::Session::load<C>(                   \
      const dbo_traits<C>::IdType &, bool forceReread);                        \
  extern template void Wt::Dbo::Session::mapClass<C>(const char *);            \
  extern template Wt::Dbo::Query<Wt::Dbo::ptr<C>, Wt::Dbo::DynamicBinding>     \
  Wt::Dbo::Session::find<C, Wt::Dbo::DynamicBinding>(const std::string &);     \
  extern template Wt::Dbo::Query<Wt::Dbo::ptr<C>, Wt::Dbo::DirectBinding>      \
  Wt::Dbo::Session::find<C, Wt::Dbo::DirectBinding>(const std::string &);
#endif

#endif // ASSOC_TIDY_MOCK_WT_DBO_TYPES_H
