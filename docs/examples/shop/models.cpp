//===- models.cpp - Shop example: every model in one translation unit -----===//
//
// Includes every model so that the linter sees both sides of each relation,
// and prints what each model declares.
//
//===----------------------------------------------------------------------===//

#include "address.h"
#include "category.h"
#include "customer.h"
#include "line_item.h"
#include "order.h"
#include "picture.h"
#include "product.h"
#include "review.h"

#include <cstddef>
#include <cstdio>

namespace {

const char *kindName(assoc::kind Kind) {
  switch (Kind) {
  case assoc::kind::belongs_to:
    return "belongs_to";
  case assoc::kind::has_one:
    return "has_one";
  case assoc::kind::has_many:
    return "has_many";
  case assoc::kind::has_and_belongs_to_many:
    return "has_and_belongs_to_many";
  }
  return "?";
}

template <class Model> void describe(const char *ModelName) {
  std::printf("%s\n", ModelName);
  for (std::size_t I = 0; I != Model::associations.size(); ++I) {
    assoc::association Association = Model::associations[I];
    std::printf("  %s :%s (%zu options)\n", kindName(Association.kind()),
                Association.name(), Association.option_count());
  }
}

} // namespace

int main() {
  describe<shop::Customer>("Customer");
  describe<shop::Address>("Address");
  describe<shop::Order>("Order");
  describe<shop::LineItem>("LineItem");
  describe<shop::Product>("Product");
  describe<shop::Category>("Category");
  describe<shop::Review>("Review");
  describe<shop::Picture>("Picture");
  return 0;
}
