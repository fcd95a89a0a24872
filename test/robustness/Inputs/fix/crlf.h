#pragma once
#include <assoc/associations.hpp>
namespace crlf {
struct Book;
struct Shelf : assoc::model<Shelf> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Book>("books", assoc::dependent("destroy")));
};
struct Book : assoc::model<Book> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Shelf>("shelfs"),
      assoc::has_one<Shelf>("x_shelf")
  );
};
} // namespace crlf
