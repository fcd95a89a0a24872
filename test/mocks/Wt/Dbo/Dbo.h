//===- Wt/Dbo/Dbo.h - Wt::Dbo mock: the umbrella header ---------*- C++ -*-===//
//
// Part of assoc-tidy's tests: a declaration-only mock of Wt::Dbo (emweb/wt
// 4.x), the way clang-tidy's tests mock the standard library. Wt is GPL or
// commercial; these are signatures written for assoc-tidy's tests, not Wt's
// code. Same namespaces, templates and overloads as Wt; no behaviour.
//
// The header users include: `#include <Wt/Dbo/Dbo.h>` and then, usually,
// `namespace dbo = Wt::Dbo;`. As in Wt it includes Types.h, which includes
// the rest. Wt's Dbo.h also includes its template implementations (Impl.h);
// the mock has none.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_MOCK_WT_DBO_DBO_H
#define ASSOC_TIDY_MOCK_WT_DBO_DBO_H

#include <Wt/Dbo/Types.h>

#endif // ASSOC_TIDY_MOCK_WT_DBO_DBO_H
