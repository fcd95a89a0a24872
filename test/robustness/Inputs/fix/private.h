#pragma once
#include <assoc/associations.hpp>
namespace priv {
struct Secret : assoc::model<Secret> {};
struct Vault : assoc::model<Vault> {
  static constexpr auto associations =
      assoc::declare(assoc::has_one<Secret>("secrets"));
};
} // namespace priv
