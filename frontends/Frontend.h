//===- Frontend.h - What one library contributes ----------------*- C++ -*-===//
//
// Part of assoc-tidy. A front-end is everything that is one library's: how
// its declarations are read (its extractor, on the Clang side), its
// conventions (tables, keys, join tables, which relations pair), and the
// rules only it has. The shared checks and outputs never name a library:
// they ask each registered front-end (Frontends.def) for its part, over its
// own models. No Clang here, so the whole-program phase and the unit tests
// use it without an AST.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_FRONTEND_H
#define ASSOC_TIDY_FRONTENDS_FRONTEND_H

#include "Finding.h"
#include "JoinTableName.h"
#include "MissingInverse.h"
#include "Resolved.h"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace assoctidy {

class Inflector;

/// A boolean option a front-end adds to a shared check (Wt::Dbo's
/// `WtOnDelete` on assoc-missing-dependent).
struct LibraryOption {
  std::string_view Check; ///< `assoc-missing-dependent`
  std::string_view Name;  ///< `WtOnDelete`
  bool Default = false;
};

/// What a library does at run time, as the schema checks quote it: each
/// the end of one of their messages.
struct SchemaWording {
  /// Why a join table needs no primary key of its own.
  std::string_view JoinTableKey;
  /// Who writes the NULL when a nullify meets a NOT NULL column.
  std::string_view NullifyWrites;
  /// What alone keeps a required key set when its column is nullable.
  std::string_view OnlyGuard;
  /// Which side finds the rows that point to a record.
  std::string_view ReferencingSide;
};

/// The values of a check's library options, by name.
using LibraryOptionValues = std::map<std::string, bool, std::less<>>;

class Frontend : public ExtensionReader {
public:
  /// The options this front-end adds to shared checks.
  virtual std::vector<LibraryOption> options() const { return {}; }

  /// Resolves the library's conventions for each of its models and their
  /// associations into library-neutral facts (Resolved.h), once per run.
  virtual void resolve(const Program &P, const Inflector &I,
                       Resolution &Out) const = 0;

  /// The library's part of each shared check, over its own models, appended
  /// to Out. A message that quotes what the library does at run time
  /// ("Wt throws ...") comes from here.
  virtual void missingInverses(const Program &P, const MissingInverseOptions &O,
                               std::vector<Finding> &Out) const = 0;
  virtual void joinTableProblems(const Program &P,
                                 const JoinTableNameOptions &O,
                                 std::vector<Finding> &Out) const = 0;
  /// Two associations over one column or name.
  virtual void duplicateAssociations(const Program &P,
                                     std::vector<Finding> &Out) const = 0;
  /// WholeProgram: P is every unit merged, so an absence is known.
  virtual void targetsNotModels(const Program &P, bool WholeProgram,
                                std::vector<Finding> &Out) const = 0;
  virtual void missingDependents(const Program &P,
                                 const LibraryOptionValues &Options,
                                 std::vector<Finding> &Out) const = 0;

  /// The association graph's view of one of its models: its JSON entry
  /// (ordered keys, as the documented graph format has them) and an
  /// edge's label.
  virtual void graphModel(const Program &P, const Model &M, const Resolution &R,
                          const std::vector<Finding> &Findings,
                          nlohmann::ordered_json &Out) const = 0;
  virtual std::string edgeLabel(const Association &A) const = 0;

  /// The library's run-time behaviour that the schema checks quote.
  virtual SchemaWording schemaWording() const = 0;

protected:
  /// A front-end's rules return their findings; its entries above append
  /// them to the shared check's.
  static void append(std::vector<Finding> &Out, std::vector<Finding> More) {
    for (Finding &F : More)
      Out.push_back(std::move(F));
  }
};

} // namespace assoctidy

#endif // ASSOC_TIDY_FRONTENDS_FRONTEND_H
