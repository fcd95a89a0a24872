// A small library for the PostgreSQL tests: a belongs_to/has_many pair
// (with dependent nullify), a has_and_belongs_to_many pair, a polymorphic
// belongs_to named by two `as:`, and single-table inheritance.

#ifndef LIBRARY_H
#define LIBRARY_H

#include <assoc/associations.hpp>

namespace library {
struct Author;
struct Book;
struct Comment;
struct Tag;
struct Vehicle;

struct Author : assoc::model<Author> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Book>("books", assoc::dependent("nullify"),
                            assoc::inverse_of("author")),
      assoc::has_many<Comment>("comments", assoc::as("commentable"),
                               assoc::dependent("destroy")),
      assoc::has_many<Vehicle>("vehicles", assoc::dependent("destroy"),
                               assoc::inverse_of("author")));
};

struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author", assoc::optional(),
                                assoc::inverse_of("books")),
      assoc::has_and_belongs_to_many<Tag>("tags"),
      assoc::has_many<Comment>("comments", assoc::as("commentable"),
                               assoc::dependent("destroy")));
};

struct Tag : assoc::model<Tag> {
  static constexpr auto associations =
      assoc::declare(assoc::has_and_belongs_to_many<Book>("books"));
};

struct Comment : assoc::model<Comment> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<assoc::polymorphic>("commentable"));
};

// Single-table inheritance: cars and trucks are rows of `vehicles`, told
// apart by its `type` column.
struct Vehicle : assoc::model<Vehicle> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Author>("author", assoc::inverse_of("vehicles")));
};
struct Car : Vehicle {};
struct Truck : Vehicle {};

} // namespace library

#endif // LIBRARY_H
