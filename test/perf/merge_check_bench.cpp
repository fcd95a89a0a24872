//===- merge_check_bench.cpp - Merge and cross-model checks alone ---------===//
//
// Part of assoc-tidy. The whole-program phase, without Clang: per-unit
// facts are merged into one model per class, then every check runs once.
// Issue #12 wants 10k models / 50k associations under 0.2 s, and the time
// linear up to 100k / 500k. This builds synthetic facts of that size, as
// the extractor would produce them, and prints one row per size:
//
//   cmake --build build --target merge_check_bench
//   build/bin/merge_check_bench [-j N] [models...]
//                               (default -j 2, 1000 10000 50000 100000)
//
// The checks run twice: once on one thread, rule after rule, and once as
// the whole-program driver runs them, side by side on N threads
// (runRules). The total is the merge plus the N-thread checks.
//
// Each model has five associations: a belongs_to its predecessor, a
// has_many of its successor, a has_many through the successor, a habtm
// with its partner (both sides declared), and a belongs_to polymorphic
// named by its successor's `as:`. Every tenth model's has_many is misnamed,
// and the last model's polymorphic belongs_to is named by no `as:`: a
// known number of findings, so that a fast wrong answer shows. Each
// model is seen by three units (its own and its neighbours', which include
// its header), so the merge does what it does on a real build.
//
//===----------------------------------------------------------------------===//

#include "AssociationNaming.h"
#include "BelongsToDependent.h"
#include "DuplicateAssociation.h"
#include "InvalidInverse.h"
#include "Inflector.h"
#include "InvalidOption.h"
#include "JoinTableName.h"
#include "Merge.h"
#include "MissingDependent.h"
#include "MissingInverse.h"
#include "PolymorphicPairing.h"
#include "RunRules.h"
#include "TargetNotModel.h"
#include "ThroughChain.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace assoctidy;

namespace {

std::string name(std::size_t I) { return "model" + std::to_string(I); }
std::string className(std::size_t I) { return "Model" + std::to_string(I); }
std::string qualified(std::size_t I) { return "gen::" + className(I); }

Range at(const std::string &File, unsigned Line, unsigned Column,
         unsigned Length) {
  const unsigned Offset = Line * 80 + Column;
  return {{File, Offset, Line, Column},
          {File, Offset + Length, Line, Column + Length}};
}

Option option(OptionKey Key, std::string Value, const std::string &File,
              unsigned Line) {
  Option O;
  O.Key = Key;
  O.Value = std::move(Value);
  O.ValueRange = at(File, Line, 60, O.Value.size() + 2);
  O.Whole = at(File, Line, 45, O.Value.size() + 20);
  return O;
}

Model model(std::size_t I, std::size_t N) {
  const std::string File = "/src/gen/" + name(I) + ".h";
  Model M;
  M.QualifiedName = qualified(I);
  M.ClassName = className(I);
  M.Definition = at(File, 5, 8, M.ClassName.size());
  M.DeclareEnd = at(File, 14, 70, 0).Begin;
  M.Declarations.push_back(M.Definition.Begin);
  unsigned Line = 7;
  auto Add = [&](AssociationKind Kind, std::string Name, std::string Target,
                 std::vector<Option> Options) {
    Association A;
    A.Kind = Kind;
    A.Name = std::move(Name);
    A.Target = std::move(Target);
    A.State = A.Target.empty() ? TargetState::Polymorphic : TargetState::Model;
    A.NameRange = at(File, Line, 30, A.Name.size() + 2);
    A.Whole = at(File, Line, 6, A.Name.size() + 40);
    A.Position = M.Associations.size();
    A.Options = std::move(Options);
    M.Associations.push_back(std::move(A));
    ++Line;
  };
  // Every tenth has_many is misnamed: N / 10 naming findings.
  const std::string Next = I + 1 < N ? name(I + 1) : std::string();
  if (I > 0)
    Add(AssociationKind::BelongsTo, name(I - 1), qualified(I - 1), {});
  if (I + 1 < N) {
    Add(AssociationKind::HasMany, I % 10 == 0 ? Next : Next + "s",
        qualified(I + 1),
        {option(OptionKey::Dependent, "destroy", File, Line)});
    if (I + 2 < N && I % 10 != 0)
      Add(AssociationKind::HasMany, name(I + 2) + "s", qualified(I + 2),
          {option(OptionKey::Through, Next + "s", File, Line)});
  }
  const std::size_t Partner = I ^ 1;
  if (Partner < N)
    Add(AssociationKind::HasAndBelongsToMany, name(Partner) + "_peers",
        qualified(Partner), {});
  Add(AssociationKind::BelongsTo, "attachable", "",
      {option(OptionKey::Optional, "true", File, Line)});
  if (I > 0)
    Add(AssociationKind::HasMany, name(I - 1) + "_attachments",
        qualified(I - 1),
        {option(OptionKey::As, "attachable", File, Line),
         option(OptionKey::Dependent, "destroy", File, Line)});
  M.DeclareArguments = M.Associations.size();
  return M;
}

double seconds(std::chrono::steady_clock::time_point Since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Since)
      .count();
}

long peakRssMiB() {
  rusage Usage;
  getrusage(RUSAGE_SELF, &Usage);
  return Usage.ru_maxrss / 1024;
}

struct Row {
  std::size_t Models = 0, Associations = 0, Findings = 0, Naming = 0;
  double Merge = 0, CheckOne = 0, CheckJobs = 0;
  std::vector<std::pair<const char *, double>> PerRule;
};

Row measure(std::size_t N, unsigned Jobs) {
  // Unit U holds model U and its neighbours, as if its .cpp included the
  // three headers.
  std::vector<Program> Units(N);
  for (std::size_t U = 0; U < N; ++U)
    for (std::size_t I = U ? U - 1 : 0; I <= U + 1 && I < N; ++I)
      Units[U].Models.push_back(model(I, N));
  Row R;
  auto Start = std::chrono::steady_clock::now();
  MergeResult Merged = mergePrograms(std::move(Units));
  R.Merge = seconds(Start);
  const Program &P = Merged.Merged;
  R.Models = P.Models.size();
  for (const Model &M : P.Models)
    R.Associations += M.Associations.size();

  // The rules in the order the driver's module registers them.
  const std::vector<std::pair<const char *, RuleTask>> Named = {
      {"association-naming",
       [](const Program &P) { return findNamingProblems(P, {}); }},
      {"belongs-to-dependent",
       [](const Program &P) { return findBelongsToDependentProblems(P, {}); }},
      {"duplicate-association",
       [](const Program &P) { return findDuplicateAssociations(P); }},
      {"invalid-inverse",
       [](const Program &P) { return findInvalidInverses(P); }},
      {"invalid-option",
       [](const Program &P) { return findInvalidOptions(P); }},
      {"join-table-name",
       [](const Program &P) { return findJoinTableProblems(P, {}); }},
      {"missing-dependent",
       [](const Program &P) { return findMissingDependents(P); }},
      {"missing-inverse",
       [](const Program &P) { return findMissingInverses(P, {}); }},
      {"polymorphic-pairing",
       [](const Program &P) {
         return findPolymorphicPairingProblems(P, true);
       }},
      {"target-not-model",
       [](const Program &P) { return findTargetsNotModels(P, true); }},
      {"through-chain",
       [](const Program &P) { return findThroughChainProblems(P); }},
  };
  // As the driver runs them. First, so that it and not the one-thread
  // run pays for the allocator tidying up after the merge's frees.
  std::vector<RuleTask> Plain;
  for (const auto &Entry : Named)
    Plain.push_back(Entry.second);
  Start = std::chrono::steady_clock::now();
  const std::vector<Finding> All = runRules(P, Plain, Jobs);
  R.CheckJobs = seconds(Start);
  // One thread, rule by rule, timing each.
  std::vector<RuleTask> Timed;
  for (const auto &[Rule, Run] : Named)
    Timed.push_back([&R, Rule = Rule, &Run = Run](const Program &P) {
      auto RuleStart = std::chrono::steady_clock::now();
      std::vector<Finding> F = Run(P);
      R.PerRule.push_back({Rule, seconds(RuleStart)});
      return F;
    });
  Start = std::chrono::steady_clock::now();
  const std::vector<Finding> One = runRules(P, Timed, 1);
  R.CheckOne = seconds(Start);

  if (All.size() != One.size())
    std::fprintf(stderr, "%zu findings on one thread, %zu on %u\n",
                 One.size(), All.size(), Jobs);

  R.Findings = std::min(All.size(), One.size());
  std::map<std::string, std::size_t> ByCheck;
  for (const Finding &F : All)
    ++ByCheck[F.Check];
  R.Naming = ByCheck["assoc-association-naming"];
  std::fprintf(stderr, "%zu models, findings:", N);
  for (const auto &[Check, Count] : ByCheck)
    if (Count)
      std::fprintf(stderr, " %s %zu;", Check.c_str(), Count);
  std::fprintf(stderr, "\n");
  return R;
}

} // namespace

int main(int Argc, char **Argv) {
  unsigned Jobs = 2;
  std::vector<std::size_t> Sizes;
  for (int I = 1; I < Argc; ++I) {
    if (std::strcmp(Argv[I], "-j") == 0 && I + 1 < Argc) {
      Jobs = std::max(1ul, std::strtoul(Argv[++I], nullptr, 10));
      continue;
    }
    Sizes.push_back(std::strtoul(Argv[I], nullptr, 10));
  }
  if (Sizes.empty())
    Sizes = {1000, 10000, 50000, 100000};
  // Built once per process, with its rules compiled: a start-up cost that
  // does not grow with the program, reported apart from the rows.
  auto Start = std::chrono::steady_clock::now();
  Inflector::english().pluralize("warm_up");
  std::fprintf(stderr, "built-in inflector, built once per process: %.3f s\n",
               seconds(Start));
  std::printf("| models | associations | merge s | checks s, 1 thread | "
              "checks s, %u threads | total s | µs per association | "
              "findings | peak RSS MiB |\n"
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
              Jobs);
  bool Wrong = false;
  for (std::size_t N : Sizes) {
    const Row R = measure(N, Jobs);
    // Every tenth model but the last has a misnamed has_many.
    const std::size_t Expected = (N - 1 + 9) / 10;
    // And the last model's polymorphic belongs_to is named by no `as:`.
    Wrong |= R.Naming != Expected || R.Findings != Expected + 1;
    const double Total = R.Merge + R.CheckJobs;
    std::printf("| %zu | %zu | %.3f | %.3f | %.3f | %.3f | %.2f | %zu (%zu "
                "naming%s) | %ld |\n",
                R.Models, R.Associations, R.Merge, R.CheckOne, R.CheckJobs,
                Total, 1e6 * Total / R.Associations, R.Findings, R.Naming,
                R.Findings == Expected + 1 ? "" : ", WRONG", peakRssMiB());
    // The slowest rules, on stderr: where to look when the curve bends.
    std::vector<std::pair<const char *, double>> Slowest = R.PerRule;
    std::sort(Slowest.begin(), Slowest.end(),
              [](const auto &A, const auto &B) { return A.second > B.second; });
    std::fprintf(stderr, "%zu models, slowest checks:", N);
    for (std::size_t K = 0; K < 3 && K < Slowest.size(); ++K)
      std::fprintf(stderr, " %s %.3f s;", Slowest[K].first, Slowest[K].second);
    std::fprintf(stderr, "\n");
    std::fflush(stdout);
  }
  return Wrong ? 1 : 0;
}
