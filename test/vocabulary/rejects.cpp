// Without CASE the file is valid: the failures below come from the cases.
// RUN: %clangxx -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
// RUN: %gxx -std=c++17 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%assoc_include %s
//
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=1 %s 2>&1 | FileCheck %s --check-prefixes=CASE1,CLANG1
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=1 %s 2>&1 | FileCheck %s --check-prefix=CASE1
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=2 %s 2>&1 | FileCheck %s --check-prefix=CLANG2
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=2 %s 2>&1 | FileCheck %s --check-prefix=GCC2
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=3 %s 2>&1 | FileCheck %s --check-prefixes=CASE3,CLANG3
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=3 %s 2>&1 | FileCheck %s --check-prefix=CASE3
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=4 %s 2>&1 | FileCheck %s --check-prefix=CLANG4
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=4 %s 2>&1 | FileCheck %s --check-prefix=GCC4
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=5 %s 2>&1 | FileCheck %s --check-prefixes=CASE5,CLANG5
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=5 %s 2>&1 | FileCheck %s --check-prefix=CASE5
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=6 %s 2>&1 | FileCheck %s --check-prefix=CLANG6
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=6 %s 2>&1 | FileCheck %s --check-prefix=GCC6
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=7 %s 2>&1 | FileCheck %s --check-prefixes=CASE7,CLANG7
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=7 %s 2>&1 | FileCheck %s --check-prefix=CASE7
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=8 %s 2>&1 | FileCheck %s --check-prefixes=CASE8,CLANG8
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=8 %s 2>&1 | FileCheck %s --check-prefix=CASE8
// RUN: not %clangxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=9 %s 2>&1 | FileCheck %s --check-prefix=CLANG9
// RUN: not %gxx -std=c++17 -fsyntax-only -I%assoc_include -DCASE=9 %s 2>&1 | FileCheck %s --check-prefix=GCC9

//===- rejects.cpp - What the assoc header must refuse to compile ---------===//
//
// The header validates no option value (that is the linter's job), but it
// must refuse anything that is not the vocabulary: a stray string or value
// where an option belongs, an option that does not exist, something other
// than an association in declare(). Each case is one mistake in an otherwise
// valid model; where the header has a static_assert for it, its text must be
// in the compiler's output. CASEn lines hold for both compilers, CLANGn and
// GCCn for one (clang's also pin the offending line).
//
//===----------------------------------------------------------------------===//

#include <assoc/associations.hpp>

#ifndef CASE
#define CASE 0
#endif

namespace rejects {
struct Order;
struct Picture;

// The valid baseline: every case below is a one-token slip from one of these.
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy")),
      assoc::has_many<Picture>("pictures", assoc::as("imageable")));
};

struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};

struct Picture : assoc::model<Picture> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("imageable"));
};

static_assert(decltype(Customer::associations)::size() == 2);

#if CASE == 1
// A plain string as an option: Ruby's `dependent: "destroy"` without the
// option function.
struct PlainStringOption : assoc::model<PlainStringOption> {
  static constexpr auto associations = assoc::declare(
      // CASE1: error: static assertion failed{{.*}}: assoc: every argument after the association name must be an assoc option such as assoc::dependent("destroy")
      // CLANG1: rejects.cpp:[[@LINE+1]]:{{[0-9]+}}: note: in instantiation of function template specialization 'assoc::has_many<rejects::Order, const char *>' requested here
      assoc::has_many<Order>("orders", "destroy"));
};
#endif

#if CASE == 2
// An option function that does not exist: `polymorphic: true` is spelled
// belongs_to<assoc::polymorphic>, not as an option.
struct MadeUpOption : assoc::model<MadeUpOption> {
  static constexpr auto associations = assoc::declare(
      // CLANG2: rejects.cpp:[[@LINE+2]]:{{[0-9]+}}: error: no member named 'polymorphic_option' in namespace 'assoc'
      // GCC2: error: {{.*}}polymorphic_option{{.*}} is not a member of {{.*}}assoc
      assoc::belongs_to<Picture>("imageable", assoc::polymorphic_option()));
};
#endif

#if CASE == 3
// Something other than an association passed to declare: an option that
// lost its association.
struct OptionInDeclare : assoc::model<OptionInDeclare> {
  // CASE3: error: static assertion failed{{.*}}: assoc::declare takes associations such as assoc::has_many<Order>("orders")
  // CLANG3: rejects.cpp:[[@LINE+1]]:{{[0-9]+}}: note: in instantiation of function template specialization 'assoc::declare<assoc::association, assoc::option>' requested here
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"), assoc::dependent("destroy"));
};
#endif

#if CASE == 4
// A brace-initialized option: `{}` deduces no option type, so no option
// without a value can be slipped in.
struct BracedOption : assoc::model<BracedOption> {
  static constexpr auto associations = assoc::declare(
      // CLANG4: rejects.cpp:[[@LINE+2]]:{{[0-9]+}}: error: no matching function for call to 'has_many'
      // GCC4: error: too many arguments to function {{.*}}has_many
      assoc::has_many<Order>("orders", {}));
};
#endif

#if CASE == 5
// A value of another vocabulary type where an option belongs:
// assoc::polymorphic is a target, not an option.
struct PolymorphicAsOption : assoc::model<PolymorphicAsOption> {
  static constexpr auto associations = assoc::declare(
      // CASE5: error: static assertion failed{{.*}}: assoc: every argument after the association name must be an assoc option such as assoc::dependent("destroy")
      // CLANG5: rejects.cpp:[[@LINE+1]]:{{[0-9]+}}: note: in instantiation of function template specialization 'assoc::belongs_to<assoc::polymorphic, assoc::polymorphic>' requested here
      assoc::belongs_to<assoc::polymorphic>("imageable", assoc::polymorphic{}));
};
#endif

#if CASE == 6
// class_name: from Ruby has no option: the target is the template argument.
struct ClassNameOption : assoc::model<ClassNameOption> {
  static constexpr auto associations = assoc::declare(
      // CLANG6: rejects.cpp:[[@LINE+2]]:{{[0-9]+}}: error: no member named 'class_name' in namespace 'assoc'
      // GCC6: error: {{.*}}class_name{{.*}} is not a member of {{.*}}assoc
      assoc::has_many<Order>("purchases", assoc::class_name("Order")));
};
#endif

#if CASE == 7
// A bare name passed to declare instead of an association.
struct StringInDeclare : assoc::model<StringInDeclare> {
  // CASE7: error: static assertion failed{{.*}}: assoc::declare takes associations such as assoc::has_many<Order>("orders")
  // CLANG7: rejects.cpp:[[@LINE+1]]:{{[0-9]+}}: note: in instantiation of function template specialization 'assoc::declare<const char *>' requested here
  static constexpr auto associations = assoc::declare("orders");
};
#endif

#if CASE == 8
// More options than an association can hold (assoc::max_options).
struct TooManyOptions : assoc::model<TooManyOptions> {
  static constexpr auto associations = assoc::declare(
      // CASE8: error: static assertion failed{{.*}}: assoc: too many options on one association
      // CLANG8: rejects.cpp:[[@LINE+1]]:{{[0-9]+}}: note: in instantiation of function template specialization 'assoc::has_many<rejects::Order, {{.*}}>' requested here
      assoc::has_many<Order>("orders", assoc::touch(), assoc::touch(),
                             assoc::touch(), assoc::touch(), assoc::touch(),
                             assoc::touch(), assoc::touch(), assoc::touch(),
                             assoc::touch(), assoc::touch(), assoc::touch(),
                             assoc::touch(), assoc::touch(), assoc::touch(),
                             assoc::touch(), assoc::touch(), assoc::touch()));
};
#endif

#if CASE == 9
// A value-initialized option: only the option functions make options.
struct DefaultOption : assoc::model<DefaultOption> {
  static constexpr auto associations = assoc::declare(
      // CLANG9: rejects.cpp:[[@LINE+2]]:{{[0-9]+}}: error: calling a private constructor of class 'assoc::option'
      // GCC9: error: {{.*}}assoc::option::option(){{.*}} is private within this context
      assoc::has_many<Order>("orders", assoc::option{}));
};
#endif

} // namespace rejects
