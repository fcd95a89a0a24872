//===- WtExtractor.h - Wt::Dbo models, from AST to model --------*- C++ -*-===//
//
// Part of assoc-tidy. The second front-end (issue #13): Wt::Dbo declares a
// model's relations by calls inside its member template
// `template <class Action> void persist(Action &a)`, and names tables at
// run time with `session.mapClass<C>("table")`. The calls in persist()
// depend on Action, so they are never resolved to one overload: they are
// recognised by the qualified names of the Wt::Dbo templates their lookup
// found, and read without any instantiation. The result fills the same
// association model as the assoc front-end, marked wt::Library.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_EXTRACT_WTEXTRACTOR_H
#define ASSOC_TIDY_EXTRACT_WTEXTRACTOR_H

#include "ModelReader.h"

#include "llvm/ADT/DenseMap.h"

#include <vector>

namespace clang {
class ASTContext;
class ClassTemplateDecl;
class ClassTemplateSpecializationDecl;
class CXXRecordDecl;
class Decl;
class FunctionDecl;
class LangOptions;
class NamespaceDecl;
class SourceManager;
} // namespace clang

namespace assoctidy {

class SourceMapper;

/// The function bodies Wt::Dbo needs parsed, which the whole-program driver
/// keeps while it skips every other body: a member template named
/// `persist`, or a dbo_traits specialisation's `surrogateIdField` or
/// `versionField` (wtIsPersist); any function written in a file whose text
/// mentions `mapClass` (wtMentionsMapClass, given the file's text).
bool wtIsPersist(const clang::Decl *D);
bool wtMentionsMapClass(llvm::StringRef FileText);

/// The bodies persist() may hand its Action to, which are read as part of
/// it: a function template that takes a reference to one of its own
/// template type parameters (`template <class A> void field(A &, Key &,
/// const std::string &)`, `template <class A> void persistCommon(A &)`)
/// (wtMayTakeAction), written in a file whose text names Wt::Dbo or one of
/// its relation functions (wtMentionsDbo, given the file's text). The
/// driver applies both outside system headers and Wt::Dbo's own.
bool wtMayTakeAction(const clang::Decl *D);
bool wtMentionsDbo(llvm::StringRef FileText);

/// True for a path under a directory `Wt/Dbo/`: one of Wt::Dbo's own
/// headers, which make a unit worth parsing and are never read as a user's
/// code.
bool wtIsDboHeader(llvm::StringRef Path);

namespace wt {
/// Wt::Dbo's reader, registered in Frontends.def.
const ModelReader &modelReader();
} // namespace wt

/// The bodies above, for one parse (WtKeptBodies.cpp).
std::unique_ptr<BodyKeeper> wtKeptBodies(const clang::SourceManager &SM,
                                         const clang::LangOptions &Lang);

class WtExtractor final : public UnitReader {
public:
  WtExtractor(clang::ASTContext &Ctx, SourceMapper &Source);

  /// False when the unit declares no `Wt::Dbo` namespace: then nothing
  /// else here needs to run.
  bool enabled() const { return Enabled; }

  /// True when the unit specialises `Wt::Dbo::dbo_traits` for RD.
  bool hasTraits(const clang::CXXRecordDecl *RD) const;

  /// A class with a `persist` member template whose body was parsed.
  bool isMapped(const clang::CXXRecordDecl *RD) const;
  bool isModel(const clang::CXXRecordDecl *RD) override;
  Model readModel(const clang::CXXRecordDecl *RD) override;

  /// The mapClass calls of a function (readMappings).
  void readFunction(const clang::FunctionDecl *FD, Program &Out) override;

  /// Adds the mapClass calls in a function's body, if the function is
  /// written in a file that mentions mapClass at all.
  void readMappings(const clang::FunctionDecl *FD,
                    std::vector<TableMapping> &Out);

private:
  /// The id and version columns a dbo_traits<C> specialisation names, or
  /// Wt's defaults; NaturalId is the column persist()'s `id()` declares.
  void readKeys(const clang::CXXRecordDecl *RD, Model &M,
                const std::string &NaturalId) const;
  const clang::ClassTemplateSpecializationDecl *
  traitsOf(const clang::CXXRecordDecl *RD) const;

  clang::ASTContext &Ctx;
  SourceMapper &Source;
  bool Enabled = false;
  const clang::ClassTemplateDecl *Traits = nullptr;
  /// `Wt::Dbo`, where users overload field() for their composite types.
  const clang::NamespaceDecl *DboNS = nullptr;
  llvm::DenseMap<unsigned, bool> FileMentionsMapClass;
};

} // namespace assoctidy

#endif // ASSOC_TIDY_EXTRACT_WTEXTRACTOR_H
