//===- RunRules.cpp - Independent rules on several threads ----------------===//
//
// Part of assoc-tidy.
//
//===----------------------------------------------------------------------===//

#include "RunRules.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>

namespace assoctidy {

std::vector<Finding>
runRules(const Program &P, const std::vector<RuleTask> &Rules, unsigned Jobs) {
  // Program::model builds its index on first use; build it here, on one
  // thread, so that the rules only ever read it.
  P.model("");
  std::vector<std::vector<Finding>> Found(Rules.size());
  std::atomic<std::size_t> Next{0};
  auto Work = [&] {
    for (std::size_t I; (I = Next.fetch_add(1)) < Rules.size();)
      Found[I] = Rules[I](P);
  };
  Jobs = std::max(1u, std::min<unsigned>(Jobs, Rules.size()));
  std::vector<std::thread> Helpers;
  for (unsigned J = 1; J < Jobs; ++J)
    Helpers.emplace_back(Work);
  Work();
  for (std::thread &T : Helpers)
    T.join();
  std::vector<Finding> All;
  for (std::vector<Finding> &F : Found)
    std::move(F.begin(), F.end(), std::back_inserter(All));
  return All;
}

} // namespace assoctidy
