#include <assoc/associations.hpp>

struct Tag;
struct Post : assoc::model<Post> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Tag>("tags"), assoc::has_many<Tag>("tags"));
};
