// Models as class templates: each instantiation (explicit, or implicit
// through a use) is a model of its own; the template itself, and a template
// never instantiated, are not read. A finding in the template's text is
// reported once, however many instantiations share it.
//
// RUN: %assoc_tidy %s -- -std=c++17 -I%assoc_include > %t.out 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.out --check-prefixes=CHECK,TIDY --implicit-check-not='[assoc-'
// RUN: %clang_tidy --load=%assoc_plugin --checks='-*,assoc-*' %s -- -std=c++17 -I%assoc_include > %t.plugin 2>&1; test $? -eq 0
// RUN: FileCheck %s --input-file=%t.plugin --check-prefixes=CHECK --implicit-check-not='[assoc-'
// RUN: %assoc_tidy --dump-model=json %s -- -std=c++17 -I%assoc_include | FileCheck %s --check-prefix=JSON

#include <assoc/associations.hpp>

namespace tpl {
struct Tag;
template <class T> struct Taggable : assoc::model<Taggable<T>> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Tag>("tag", assoc::dependent("destroy")));
  // CHECK: class-template-models.cpp:[[@LINE-1]]:28: warning: has_many association 'tag' should be plural: 'tags' [assoc-association-naming]
};
template <class T> struct Never : assoc::model<Never<T>> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<T>("thing", assoc::dependent("bogus")));
};
struct Post {};
struct Photo {};
template struct Taggable<Post>;
inline Taggable<Photo> photo_tags;
struct Tag : assoc::model<Tag> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Taggable<Post>>("taggable"));
};
} // namespace tpl
// The inverse of Taggable<Photo>'s 'tag' is missing (Tag belongs to
// Taggable<Post> only).
// CHECK: class-template-models.cpp:18:28: warning: has_many association 'tag' of 'tpl::Taggable<tpl::Photo>' has no inverse: 'tpl::Tag' declares no belongs_to<tpl::Taggable<tpl::Photo>> with foreign key 'taggable_id' [assoc-missing-inverse]

// JSON: "name": "tpl::Taggable<tpl::Post>",
// JSON: "name": "tpl::Taggable<tpl::Photo>",
// JSON-NOT: Never

namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
  // CHECK: class-template-models.cpp:[[@LINE-1]]:30: warning: has_many association 'order' should be plural: 'orders' [assoc-association-naming]
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good

// TIDY: 3 assoc findings in 1 file.
