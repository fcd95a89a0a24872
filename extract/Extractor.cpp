//===- Extractor.cpp - Every library's models, from AST to model ----------===//
//
// Part of assoc-tidy.
//
// The walk visits declaration contexts only (namespaces, linkage specs,
// classes and their instantiations) and never enters a function body: a
// model cannot be declared there, and not touching bodies keeps extraction
// cheap and lets the whole-program driver skip parsing them. Each class
// met is offered to the libraries' readers in turn; the first that takes
// it reads it.
//
//===----------------------------------------------------------------------===//

#include "Extractor.h"
#include "ModelReader.h"
#include "SourceMapper.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace assoctidy {
namespace {

class Extractor {
public:
  Extractor(ASTContext &Ctx, bool OnlyParsed)
      : Ctx(Ctx), OnlyParsed(OnlyParsed), Source(Ctx) {
    for (const ModelReader *Library : modelReaders())
      if (std::unique_ptr<UnitReader> Reader = Library->open(Ctx, Source))
        Readers.push_back(std::move(Reader));
  }

  Program run(ArrayRef<const ClassTemplateDecl *> PreambleTemplates) {
    for (const ClassTemplateDecl *Template : PreambleTemplates)
      for (const ClassTemplateSpecializationDecl *Spec :
           Template->specializations())
        if (!Spec->isFromASTFile())
          visitRecord(Spec);
    walk(Ctx.getTranslationUnitDecl());
    return std::move(Result);
  }

private:
  void walk(const DeclContext *DC) {
    auto Each = OnlyParsed ? DC->noload_decls() : DC->decls();
    for (const Decl *D : Each) {
      if (OnlyParsed && D->isFromASTFile())
        continue;
      if (const auto *NS = dyn_cast<NamespaceDecl>(D))
        walk(NS);
      else if (const auto *LS = dyn_cast<LinkageSpecDecl>(D))
        walk(LS);
      else if (const auto *Export = dyn_cast<ExportDecl>(D))
        walk(Export);
      else if (const auto *CTD = dyn_cast<ClassTemplateDecl>(D))
        for (const ClassTemplateSpecializationDecl *Spec :
             CTD->specializations())
          visitRecord(Spec);
      else if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
        visitRecord(RD);
      else if (const auto *FD = dyn_cast<FunctionDecl>(D))
        readFunction(FD);
      else if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
        readFunction(FTD->getTemplatedDecl());
    }
  }

  void readFunction(const FunctionDecl *FD) {
    for (const std::unique_ptr<UnitReader> &Reader : Readers)
      Reader->readFunction(FD, Result);
  }

  void visitRecord(const CXXRecordDecl *RD) {
    if (!RD->isThisDeclarationADefinition() || RD->isDependentContext() ||
        RD->isInvalidDecl() || !Visited.insert(RD).second)
      return;
    for (const std::unique_ptr<UnitReader> &Reader : Readers) {
      if (!Reader->isModel(RD))
        continue;
      Result.Models.push_back(Reader->readModel(RD));
      // The driver shows nothing from a system header, as clang-tidy does.
      Result.Models.back().InSystemHeader =
          Ctx.getSourceManager().isInSystemHeader(RD->getLocation());
      Result.Models.back().UnitLocal = RD->isInAnonymousNamespace();
      break;
    }
    walk(RD); // Nested classes may be models too.
  }

  ASTContext &Ctx;
  const bool OnlyParsed;
  SourceMapper Source;
  /// The readers of the libraries the unit declares, in registration order.
  std::vector<std::unique_ptr<UnitReader>> Readers;
  Program Result;
  llvm::SmallPtrSet<const CXXRecordDecl *, 32> Visited;
};

} // namespace

Program extractModels(ASTContext &Ctx, bool OnlyParsed,
                      ArrayRef<const ClassTemplateDecl *> PreambleTemplates) {
  return Extractor(Ctx, OnlyParsed).run(PreambleTemplates);
}

} // namespace assoctidy
