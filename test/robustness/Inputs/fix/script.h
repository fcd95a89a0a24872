#pragma once
#include <assoc/associations.hpp>
namespace exec {
struct Gadget : assoc::model<Gadget> {};
struct Drawer : assoc::model<Drawer> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Gadget>("gadget"));
};
} // namespace exec
