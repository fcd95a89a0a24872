//===- AssocReader.cpp - The assoc vocabulary, from AST to model ----------===//
//
// Part of assoc-tidy.
//
// AST matchers classify the few nodes the shared walk hands over: a class
// and its bases, the `declare(...)` call, and each association and option
// call in it. Only constant arguments are read; anything else is the
// compiler's to report.
//
//===----------------------------------------------------------------------===//

#include "AssocReader.h"
#include "SourceMapper.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace assoctidy::ar {
namespace {

// The vocabulary's names, fully qualified so that a user's own `assoc`
// namespace nested elsewhere never matches.
const auto ModelBase =
    classTemplateSpecializationDecl(hasName("::assoc::model"));
const auto AssociationFunction = functionDecl(
    hasAnyName("::assoc::belongs_to", "::assoc::has_one", "::assoc::has_many",
               "::assoc::has_and_belongs_to_many"));
const auto OptionFunction = functionDecl(hasAnyName(
    "::assoc::dependent", "::assoc::inverse_of", "::assoc::foreign_key",
    "::assoc::association_foreign_key", "::assoc::primary_key",
    "::assoc::join_table", "::assoc::through", "::assoc::source",
    "::assoc::source_type", "::assoc::as", "::assoc::optional",
    "::assoc::required", "::assoc::counter_cache", "::assoc::touch",
    "::assoc::autosave", "::assoc::validate", "::assoc::scoped"));

/// Strips what C++ wraps around a prvalue argument: implicit conversions,
/// temporaries, and (before C++17's guaranteed elision) copy constructions.
const Expr *stripWrappers(const Expr *E) {
  while (E) {
    E = E->IgnoreImplicit()->IgnoreParens();
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    if (!Construct || Construct->getNumArgs() != 1 ||
        !Construct->getConstructor()->isCopyOrMoveConstructor())
      return E;
    E = Construct->getArg(0);
  }
  return E;
}

class Reader final : public UnitReader {
public:
  Reader(ASTContext &Ctx, SourceMapper &Source) : Ctx(Ctx), Source(Source) {}

  bool isModel(const CXXRecordDecl *RD) override {
    return !match(cxxRecordDecl(isDerivedFrom(ModelBase)), *RD, Ctx).empty();
  }

  Model readModel(const CXXRecordDecl *RD) override {
    Model M;
    M.QualifiedName = qualifiedName(RD);
    M.ClassName = RD->getNameAsString();
    M.Definition = tokenRange(RD->getLocation());
    for (const CXXBaseSpecifier &Base : RD->bases()) {
      const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
      if (BaseDecl && BaseDecl->hasDefinition() &&
          match(ModelBase, *BaseDecl, Ctx).empty() &&
          isModel(BaseDecl->getDefinition()))
        M.BaseModel = qualifiedName(BaseDecl);
    }
    if (const VarDecl *Table = staticMember(RD, "table_name"))
      if (const Expr *Init = Table->getAnyInitializer())
        M.TableNameOverride = Init->tryEvaluateString(Ctx);
    if (const VarDecl *Declared = staticMember(RD, "associations"))
      readDeclaration(Declared, M);
    readMembers(RD, M);
    for (const TagDecl *Redecl : RD->redecls())
      if (Redecl->getLocation().isValid()) {
        Location L = location(Redecl->getLocation());
        if (std::find(M.Declarations.begin(), M.Declarations.end(), L) ==
            M.Declarations.end())
          M.Declarations.push_back(std::move(L));
      }
    return M;
  }

  /// The names an association accessor would collide with: every member
  /// written with a plain identifier (constructors, destructors, operators
  /// and the implicit injected class name have none or are not written).
  /// Members of plain (non-model) bases are the class's members too; a
  /// model base's are its own model's, reached through BaseModel.
  void readMembers(const CXXRecordDecl *RD, Model &M) {
    llvm::StringSet<> Seen;
    readMembers(RD, M, Seen, /*Depth=*/0);
  }

  void readMembers(const CXXRecordDecl *RD, Model &M, llvm::StringSet<> &Seen,
                   unsigned Depth) {
    auto Add = [&](const NamedDecl *ND) {
      if (ND->isImplicit() || !ND->getDeclName().isIdentifier() ||
          ND->getName().empty() || !Seen.insert(ND->getName()).second)
        return;
      M.Members.push_back(
          {ND->getNameAsString(), tokenRange(ND->getLocation())});
    };
    for (const Decl *D : RD->decls()) {
      const auto *ND = dyn_cast<NamedDecl>(D);
      if (!ND)
        continue;
      Add(ND);
      // An unscoped enumeration's enumerators are members of the class.
      if (const auto *Enum = dyn_cast<EnumDecl>(ND); Enum && !Enum->isScoped())
        for (const EnumConstantDecl *Constant : Enum->enumerators())
          Add(Constant);
    }
    if (Depth > 16)
      return; // Deep enough for any real hierarchy; guards odd templates.
    for (const CXXBaseSpecifier &Base : RD->bases()) {
      const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
      if (!BaseDecl || !BaseDecl->hasDefinition())
        continue;
      BaseDecl = BaseDecl->getDefinition();
      if (!match(ModelBase, *BaseDecl, Ctx).empty() || isModel(BaseDecl))
        continue;
      readMembers(BaseDecl, M, Seen, Depth + 1);
    }
  }

  static const VarDecl *staticMember(const CXXRecordDecl *RD, StringRef Name) {
    for (const Decl *D : RD->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (VD->isStaticDataMember() && VD->getName() == Name)
          return VD;
    return nullptr;
  }

  void readDeclaration(const VarDecl *Declared, Model &M) {
    const Expr *Init = Declared->getAnyInitializer();
    if (!Init)
      return;
    const auto *Declare = dyn_cast<CallExpr>(stripWrappers(Init));
    if (!Declare ||
        match(callExpr(callee(functionDecl(hasName("::assoc::declare")))),
              *Declare, Ctx)
            .empty())
      return;
    M.DeclareArguments = Declare->getNumArgs();
    // Only a `)` written in the file itself can take an insertion.
    if (SourceLocation RParen = Declare->getRParenLoc(); RParen.isFileID())
      M.DeclareEnd = location(RParen);
    for (unsigned I = 0; I < Declare->getNumArgs(); ++I)
      if (std::optional<Association> A =
              readAssociation(stripWrappers(Declare->getArg(I)), I))
        M.Associations.push_back(std::move(*A));
  }

  std::optional<Association> readAssociation(const Expr *E, unsigned Position) {
    const auto *Call = selectFirst<CallExpr>(
        "call",
        match(callExpr(callee(AssociationFunction)).bind("call"), *E, Ctx));
    if (!Call || Call->getNumArgs() < 1)
      return std::nullopt;
    const FunctionDecl *Fn = Call->getDirectCallee();
    std::optional<AssociationKind> Kind = parseAssociationKind(Fn->getName());
    const TemplateArgumentList *Args = Fn->getTemplateSpecializationArgs();
    if (!Kind || !Args || Args->size() < 1 ||
        Args->get(0).getKind() != TemplateArgument::Type)
      return std::nullopt;

    Association A;
    A.Kind = *Kind;
    A.Position = Position;
    A.Whole = tokenRange(Call->getSourceRange());
    A.InMacro = inMacro(Call);
    const Expr *NameArg = Call->getArg(0);
    std::optional<std::string> Name = NameArg->tryEvaluateString(Ctx);
    if (!Name)
      return std::nullopt; // Not a constant: the compiler reports it.
    A.Name = std::move(*Name);
    A.NameSpelling = spellingOf(NameArg);
    A.NameRange = tokenRange(NameArg->getSourceRange());
    readTarget(Args->get(0).getAsType(), A);
    for (unsigned I = 1; I < Call->getNumArgs(); ++I)
      if (std::optional<Option> O = readOption(stripWrappers(Call->getArg(I))))
        A.Options.push_back(std::move(*O));
    return A;
  }

  void readTarget(QualType T, Association &A) {
    const CXXRecordDecl *RD = Source.nameTarget(T, A);
    if (!RD)
      return;
    if (!match(cxxRecordDecl(hasName("::assoc::polymorphic")), *RD, Ctx)
             .empty()) {
      A.Target.clear();
      A.State = TargetState::Polymorphic;
      return;
    }
    const CXXRecordDecl *Def = RD->getDefinition();
    if (!Def)
      A.State = TargetState::Unresolved;
    else
      A.State = isModel(Def) ? TargetState::Model : TargetState::NotModel;
  }

  std::optional<Option> readOption(const Expr *E) {
    const auto *Call = selectFirst<CallExpr>(
        "call", match(callExpr(callee(OptionFunction)).bind("call"), *E, Ctx));
    if (!Call)
      return std::nullopt;
    std::optional<OptionKey> Key =
        parseOptionKey(Call->getDirectCallee()->getName());
    if (!Key)
      return std::nullopt;
    Option O;
    O.Key = *Key;
    O.Whole = tokenRange(Call->getSourceRange());
    O.InMacro = inMacro(Call);
    // `optional()`, `counter_cache()`: the default is the flag `true`.
    const Expr *Value = Call->getNumArgs() ? Call->getArg(0) : nullptr;
    if (!Value || isa<CXXDefaultArgExpr>(Value)) {
      O.Value = "true";
      O.IsString = false;
      return O;
    }
    O.ValueSpelling = spellingOf(Value);
    O.ValueRange = tokenRange(Value->getSourceRange());
    if (Value->IgnoreParenImpCasts()->getType()->isBooleanType()) {
      bool Flag = false;
      if (!Value->EvaluateAsBooleanCondition(Flag, Ctx))
        return std::nullopt;
      O.Value = Flag ? "true" : "false";
      O.IsString = false;
      return O;
    }
    // `dependent(nullptr)`, `inverse_of(nullptr)`: Ruby's `dependent: nil`
    // and `inverse_of: nil`, nothing on purpose. Any other key given
    // nullptr is as good as absent.
    if (Value->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull)) {
      if (O.Key != OptionKey::Dependent && O.Key != OptionKey::InverseOf)
        return std::nullopt;
      O.Value = "nil";
      O.IsString = false;
      return O;
    }
    std::optional<std::string> Text = Value->tryEvaluateString(Ctx);
    if (!Text)
      return std::nullopt;
    O.Value = std::move(*Text);
    return O;
  }

  Range tokenRange(SourceRange SR) { return Source.tokenRange(SR); }
  Location location(SourceLocation Loc) { return Source.location(Loc); }
  Spelling spellingOf(const Expr *E) const { return Source.spellingOf(E); }
  static bool inMacro(const Expr *E) { return SourceMapper::inMacro(E); }
  std::string qualifiedName(const NamedDecl *D) const {
    return Source.qualifiedName(D);
  }

  ASTContext &Ctx;
  SourceMapper &Source;
};

/// The header every model includes; it declares no model itself.
constexpr llvm::StringLiteral Vocabulary = "assoc/associations.hpp";

class AssocModelReader final : public ModelReader {
public:
  std::unique_ptr<UnitReader> open(ASTContext &Ctx,
                                   SourceMapper &Source) const override {
    return std::make_unique<Reader>(Ctx, Source);
  }
  bool isLibraryHeader(StringRef Path) const override {
    return Path.ends_with(Vocabulary);
  }
  StringRef vocabularyHeader() const override { return Vocabulary; }
};

} // namespace

const ModelReader &modelReader() {
  static const AssocModelReader Reader;
  return Reader;
}

} // namespace assoctidy::ar
