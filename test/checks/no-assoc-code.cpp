// Code that does not use the assoc vocabulary gets no assoc diagnostic, even
// when it uses the same words.
// RUN: %check_assoc_tidy %s 'assoc-*' %t
// RUN: %check_assoc_tidy %s 'assoc-*' %t -- -- -std=c++20 -DWITH_VOCABULARY

#ifdef WITH_VOCABULARY
#include <assoc/associations.hpp>
#endif
#include <string>
#include <vector>

namespace mine {
// A namespace of the user's own that happens to be called assoc.
namespace assoc {
template <class Self> struct model {};
template <class T, class... O> constexpr int has_many(const char *, O...) {
  return 0;
}
template <class... A> constexpr int declare(A...) { return 0; }
} // namespace assoc

struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders"), assoc::has_many<Order>("orders"));
};

struct Order {
  std::string name;
  std::vector<int> lines;
  static constexpr const char *associations = "orders";
};

int has_many(int x) { return x; }
} // namespace mine

int main() { return mine::has_many(0); }
