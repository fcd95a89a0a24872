//===- ModelReader.h - One library's Clang side -----------------*- C++ -*-===//
//
// Part of assoc-tidy. How a front-end reads its models from an AST. The
// walk over a unit's declarations is shared (Extractor.h); each registered
// library (Frontends.def) says which classes are its models and reads
// them, which headers make a unit worth parsing, and which function bodies
// a parse that skips bodies must keep. The pure side of a front-end is
// Frontend.h.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_FRONTENDS_MODELREADER_H
#define ASSOC_TIDY_FRONTENDS_MODELREADER_H

#include "Model.h"

#include "llvm/ADT/StringRef.h"

#include <memory>
#include <vector>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Decl;
class FunctionDecl;
class LangOptions;
class SourceManager;
} // namespace clang

namespace assoctidy {

class SourceMapper;

/// One library's reading of one translation unit.
class UnitReader {
public:
  virtual ~UnitReader();

  /// True when RD, a class definition, is one of the library's models.
  virtual bool isModel(const clang::CXXRecordDecl *RD) = 0;
  /// RD's model, its library set; the walk adds where it was found.
  virtual Model readModel(const clang::CXXRecordDecl *RD) = 0;
  /// A function at namespace scope. A library that names tables in code
  /// (Wt's mapClass) adds them to Out.Mappings.
  virtual void readFunction(const clang::FunctionDecl *FD, Program &Out);
};

/// Which function bodies one parse keeps, for one library.
class BodyKeeper {
public:
  virtual ~BodyKeeper();
  /// True when D's body must be parsed for the library's models.
  virtual bool keep(const clang::Decl *D) = 0;
};

/// One library's Clang side: stateless, one object per library.
class ModelReader {
public:
  virtual ~ModelReader();

  /// The reader of one unit; null when the unit cannot hold the library's
  /// models (it declares none of the library's names).
  virtual std::unique_ptr<UnitReader> open(clang::ASTContext &Ctx,
                                           SourceMapper &Source) const = 0;

  /// True for one of the library's own headers: a unit that reads no
  /// library's header is never parsed.
  virtual bool isLibraryHeader(llvm::StringRef Path) const = 0;

  /// The path suffix of a library header that is written beside the
  /// user's code yet declares no model, so that it is shared between
  /// units like a system header; empty when the library has none.
  virtual llvm::StringRef vocabularyHeader() const { return {}; }

  /// What the library needs of function bodies in a parse that skips
  /// them; null when it needs none (a model is a class, not a body).
  virtual std::unique_ptr<BodyKeeper>
  bodies(const clang::SourceManager &SM, const clang::LangOptions &Lang) const;
};

/// Every library's Clang side, in the order of Frontends.def: the order in
/// which a class is offered to them.
const std::vector<const ModelReader *> &modelReaders();

} // namespace assoctidy

#endif // ASSOC_TIDY_FRONTENDS_MODELREADER_H
