//===- WtExtractor.cpp - Wt::Dbo models, from AST to model ----------------===//
//
// Part of assoc-tidy.
//
// What the calls look like in the AST of an uninstantiated persist():
// `dbo::belongsTo(a, post_, "post", dbo::NotNull | dbo::OnDeleteCascade)`
// is a CallExpr whose callee is an UnresolvedLookupExpr holding every
// `Wt::Dbo::belongsTo` overload; the arguments are written as they are,
// not converted: a MemberExpr of type `Wt::Dbo::ptr<Post>`, a
// StringLiteral, and a CXXOperatorCallExpr `|` over DeclRefExprs of the
// flag constants. Nothing here instantiates a template.
//
//===----------------------------------------------------------------------===//

#include "WtExtractor.h"
#include "SourceMapper.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"

#include <optional>

using namespace clang;

namespace assoctidy {
namespace {

/// `Wt::Dbo::Name` exactly, at global scope: a user's own `Dbo` elsewhere
/// never matches.
bool isWtDbo(const NamedDecl *D, StringRef Name) {
  if (!D || !D->getIdentifier() || D->getName() != Name)
    return false;
  const auto *Dbo =
      dyn_cast<NamespaceDecl>(D->getDeclContext()->getRedeclContext());
  if (!Dbo || !Dbo->getIdentifier() || Dbo->getName() != "Dbo")
    return false;
  const auto *Wt =
      dyn_cast<NamespaceDecl>(Dbo->getDeclContext()->getRedeclContext());
  return Wt && Wt->getIdentifier() && Wt->getName() == "Wt" &&
         Wt->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && Construct->getNumArgs() == 1 &&
        Construct->getConstructor()->isCopyOrMoveConstructor()) {
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
      continue;
    }
    return E;
  }
  return E;
}

/// The Wt::Dbo function a dependent call names, or empty.
StringRef wtFunction(const CallExpr *Call) {
  const auto *Lookup = dyn_cast_or_null<UnresolvedLookupExpr>(
      Call->getCallee() ? Call->getCallee()->IgnoreParenImpCasts() : nullptr);
  if (!Lookup || !Lookup->getName().isIdentifier())
    return {};
  StringRef Name = Lookup->getName().getAsIdentifierInfo()->getName();
  if (!llvm::is_contained(
          {"belongsTo", "hasOne", "hasMany", "field", "id", "auxId"}, Name))
    return {};
  for (const NamedDecl *D : Lookup->decls())
    if (isWtDbo(D->getUnderlyingDecl(), Name))
      return Name;
  return {};
}

/// `Wt::Dbo::ptr<C>`, `weak_ptr<C>` or `collection<ptr<C>>`: which, and C.
struct Pointee {
  StringRef Wrapper; ///< "ptr", "weak_ptr", "collection"; empty if none.
  QualType Target;
};

Pointee pointeeOf(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec)
    return {};
  const ClassTemplateDecl *Template = Spec->getSpecializedTemplate();
  StringRef Wrapper;
  for (StringRef Candidate : {"ptr", "weak_ptr", "collection"})
    if (isWtDbo(Template, Candidate))
      Wrapper = Candidate;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Wrapper.empty() || Args.size() < 1 ||
      Args[0].getKind() != TemplateArgument::Type)
    return {};
  if (Wrapper != "collection")
    return {Wrapper, Args[0].getAsType()};
  // A collection holds ptr<C>.
  Pointee Inner = pointeeOf(Args[0].getAsType());
  if (Inner.Wrapper != "ptr")
    return {};
  return {Wrapper, Inner.Target};
}

bool isConstraintType(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && isWtDbo(RD, "ForeignKeyConstraint");
}

bool isStringArgument(const Expr *E) {
  if (isa<CXXDefaultArgExpr>(E))
    return false;
  QualType T = strip(E)->getType();
  return T->isPointerType() || T->isArrayType() ||
         (T->getAsCXXRecordDecl() &&
          T->getAsCXXRecordDecl()->getName() == "basic_string");
}

/// The text of a string argument written as a literal or a named
/// constant, or nullopt.
std::optional<std::string> constantString(const Expr *E, ASTContext &Ctx,
                                          unsigned Depth = 0) {
  E = strip(E);
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    if (Literal->getCharByteWidth() == 1)
      return Literal->getString().str();
  // A named constant (`constexpr const char *Name = "post";`, a static
  // member, a `char[]`): the call is dependent, so the name is an lvalue
  // never converted; read the constant's initializer instead.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (const Expr *Init = Var->getAnyInitializer();
          Init && Depth < 8 &&
          (Var->isConstexpr() || Var->getType().isConstant(Ctx)))
        return constantString(Init, Ctx, Depth + 1);
  if (E->getType()->isPointerType())
    return E->tryEvaluateString(Ctx);
  return std::nullopt;
}

/// A mapClass call: the class it maps and its table argument.
struct MapClassCall {
  const CallExpr *Call;
  QualType Class;
};

/// Collects every mapClass call under a function body: on a Wt::Dbo
/// Session, or, in a template, on an object of a dependent type (which
/// only an instantiation could resolve; the name and the explicit class
/// argument are taken as Wt's).
class MappingVisitor : public RecursiveASTVisitor<MappingVisitor> {
public:
  explicit MappingVisitor(std::vector<MapClassCall> &Calls) : Calls(Calls) {}
  bool VisitCXXMemberCallExpr(const CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    const TemplateArgumentList *Args =
        Method ? Method->getTemplateSpecializationArgs() : nullptr;
    if (Method && Method->getIdentifier() && Method->getName() == "mapClass" &&
        isWtDbo(Method->getParent(), "Session") && Args && Args->size() == 1 &&
        Args->get(0).getKind() == TemplateArgument::Type)
      Calls.push_back({Call, Args->get(0).getAsType()});
    return true;
  }
  bool VisitCallExpr(const CallExpr *Call) {
    const auto *Member = dyn_cast_or_null<CXXDependentScopeMemberExpr>(
        Call->getCallee() ? Call->getCallee()->IgnoreParens() : nullptr);
    if (!Member || !Member->getMember().isIdentifier() ||
        Member->getMember().getAsString() != "mapClass" ||
        Member->getNumTemplateArgs() != 1)
      return true;
    const TemplateArgument &Arg = Member->getTemplateArgs()[0].getArgument();
    if (Arg.getKind() == TemplateArgument::Type)
      Calls.push_back({Call, Arg.getAsType()});
    return true;
  }

private:
  std::vector<MapClassCall> &Calls;
};

/// Collects every call to a Wt::Dbo relation or field function in persist.
class PersistVisitor : public RecursiveASTVisitor<PersistVisitor> {
public:
  explicit PersistVisitor(std::vector<const CallExpr *> &Calls)
      : Calls(Calls) {}
  bool VisitCallExpr(const CallExpr *Call) {
    if (!wtFunction(Call).empty())
      Calls.push_back(Call);
    return true;
  }

private:
  std::vector<const CallExpr *> &Calls;
};

const FunctionDecl *persistOf(const CXXRecordDecl *RD) {
  for (const Decl *D : RD->decls())
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      if (Template->getIdentifier() && Template->getName() == "persist") {
        const FunctionDecl *Definition = nullptr;
        if (Template->getTemplatedDecl()->isDefined(Definition) &&
            Definition->getBody())
          return Definition;
      }
  return nullptr;
}

} // namespace

bool wtIsPersist(const Decl *D) {
  const FunctionDecl *FD = D ? D->getAsFunction() : nullptr;
  if (!FD || !isa<CXXMethodDecl>(FD) || !FD->getIdentifier())
    return false;
  if (FD->getName() == "persist")
    return FD->getDescribedFunctionTemplate();
  // A dbo_traits specialisation's key names: read, as persist() is.
  return FD->getName() == "surrogateIdField" || FD->getName() == "versionField";
}

bool wtMentionsMapClass(StringRef FileText) {
  return FileText.contains("mapClass");
}

WtExtractor::WtExtractor(ASTContext &Ctx, SourceMapper &Source)
    : Ctx(Ctx), Source(Source) {
  // Cheap: a few lookups at the top of the unit.
  for (const NamedDecl *Wt :
       Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get("Wt")))
    if (const auto *NS = dyn_cast<NamespaceDecl>(Wt))
      for (const NamedDecl *Dbo : NS->lookup(&Ctx.Idents.get("Dbo")))
        if (const auto *DboNS = dyn_cast<NamespaceDecl>(Dbo)) {
          Enabled = true;
          for (const NamedDecl *T :
               DboNS->lookup(&Ctx.Idents.get("dbo_traits")))
            if (const auto *Template = dyn_cast<ClassTemplateDecl>(T))
              Traits = Template;
        }
}

namespace {

/// What a dbo_traits key function returns: a name, nullptr (nullopt with
/// Null set), or nothing readable (nullopt).
std::optional<std::string> traitsName(const CXXRecordDecl *Spec,
                                      StringRef Function, ASTContext &Ctx,
                                      bool &Null) {
  Null = false;
  for (const Decl *D : Spec->decls()) {
    const auto *Method = dyn_cast<CXXMethodDecl>(D);
    if (!Method || !Method->getIdentifier() || Method->getName() != Function)
      continue;
    const FunctionDecl *Definition = nullptr;
    if (!Method->isDefined(Definition) || !Definition->getBody())
      return std::nullopt;
    const auto *Body = dyn_cast<CompoundStmt>(Definition->getBody());
    const auto *Return = Body && Body->size() == 1
                             ? dyn_cast<ReturnStmt>(Body->body_front())
                             : nullptr;
    const Expr *Value = Return ? Return->getRetValue() : nullptr;
    if (!Value)
      return std::nullopt;
    if (Value->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull)) {
      Null = true;
      return std::nullopt;
    }
    return constantString(Value, Ctx);
  }
  return std::string(); // Not declared here: the default.
}

} // namespace

const ClassTemplateSpecializationDecl *
WtExtractor::traitsOf(const CXXRecordDecl *RD) const {
  if (!Traits)
    return nullptr;
  const CanQualType Class = Ctx.getCanonicalType(Ctx.getRecordType(RD));
  for (const ClassTemplateSpecializationDecl *Spec :
       Traits->specializations()) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Spec->isExplicitSpecialization() && Spec->hasDefinition() &&
        Args.size() == 1 && Args[0].getKind() == TemplateArgument::Type &&
        Ctx.getCanonicalType(Args[0].getAsType()) == Class)
      return Spec;
  }
  return nullptr;
}

bool WtExtractor::hasTraits(const CXXRecordDecl *RD) const {
  return traitsOf(RD) != nullptr;
}

void WtExtractor::readKeys(const CXXRecordDecl *RD, Model &M,
                           const std::string &NaturalId) const {
  if (const ClassTemplateSpecializationDecl *Spec = traitsOf(RD)) {
    bool Null = false;
    std::optional<std::string> Id =
        traitsName(Spec->getDefinition(), "surrogateIdField", Ctx, Null);
    if (Null) {
      M.WtSurrogateId = false;
      M.WtIdField = NaturalId;
    } else if (!Id) {
      M.WtIdField.clear(); // Computed some other way: unknown.
    } else if (!Id->empty()) {
      M.WtIdField = *Id;
    }
    std::optional<std::string> Version =
        traitsName(Spec->getDefinition(), "versionField", Ctx, Null);
    if (Null)
      M.WtVersionField.clear();
    else if (Version && !Version->empty())
      M.WtVersionField = *Version;
  }
}

bool WtExtractor::isModel(const CXXRecordDecl *RD) const {
  return Enabled && RD && persistOf(RD);
}

namespace {

/// Reads one persist() into a model.
class PersistReader {
public:
  PersistReader(ASTContext &Ctx, SourceMapper &Source, const WtExtractor &Wt,
                Model &M)
      : Ctx(Ctx), Source(Source), Wt(Wt), M(M) {}

  void read(const CallExpr *Call) {
    const StringRef Function = wtFunction(Call);
    if (Call->getNumArgs() < 2)
      return;
    const Expr *Member = strip(Call->getArg(1));
    const Pointee Target = pointeeOf(Member->getType());
    if (Target.Wrapper.empty()) {
      // A plain column: field(a, x, "name") or id(a, x, "name").
      if (Function == "field" || Function == "id" || Function == "auxId")
        readColumn(Call, Function);
      return;
    }
    Association A;
    A.Wt.Function = Function.str();
    A.Position = M.Associations.size();
    A.Whole = Source.tokenRange(Call->getSourceRange());
    A.InMacro = SourceMapper::inMacro(Call);
    readTarget(Target.Target, A);
    unsigned Next = 2;
    if (Function == "hasMany") {
      if (Target.Wrapper != "collection" || Call->getNumArgs() < 3)
        return;
      Expr::EvalResult Type;
      if (!Call->getArg(2)->EvaluateAsInt(Type, Ctx))
        return; // Not a constant: Wt cannot know the kind either.
      A.Kind = Type.Val.getInt() == 0 ? AssociationKind::HasMany
                                      : AssociationKind::HasAndBelongsToMany;
      Next = 3;
    } else if (Function == "hasOne") {
      if (Target.Wrapper != "weak_ptr")
        return;
      A.Kind = AssociationKind::HasOne;
    } else {
      if (Target.Wrapper != "ptr")
        return;
      A.Kind = AssociationKind::BelongsTo;
    }
    // The name, unless a belongsTo() goes straight to its constraints.
    A.Wt.NameGiven = false;
    if (Next < Call->getNumArgs() && isStringArgument(Call->getArg(Next))) {
      readName(Call->getArg(Next), A);
      ++Next;
    }
    if (Function == "hasMany" && Next < Call->getNumArgs() &&
        isStringArgument(Call->getArg(Next))) {
      const Expr *JoinId = Call->getArg(Next);
      A.Wt.JoinIdGiven = true;
      A.Wt.JoinIdRange = Source.tokenRange(JoinId->getSourceRange());
      if (std::optional<std::string> Text = stringValue(JoinId))
        A.Wt.JoinId = std::move(*Text);
      ++Next;
    }
    for (; Next < Call->getNumArgs(); ++Next)
      if (!isa<CXXDefaultArgExpr>(Call->getArg(Next)) &&
          isConstraintType(strip(Call->getArg(Next))->getType()))
        readFlags(Call->getArg(Next), A);
    M.Associations.push_back(std::move(A));
  }

private:
  void readColumn(const CallExpr *Call, StringRef Function) {
    const bool Defaulted =
        Call->getNumArgs() < 3 || isa<CXXDefaultArgExpr>(Call->getArg(2));
    std::optional<std::string> Text;
    Range Where = Source.tokenRange(Call->getSourceRange());
    if (Defaulted) {
      if (Function == "id")
        Text = "id";
    } else {
      Text = stringValue(Call->getArg(2));
      Where = Source.tokenRange(Call->getArg(2)->getSourceRange());
    }
    if (!Text)
      return;
    if (Function == "id") {
      NaturalId = *Text;
      NaturalIdType = sqlTypeOf(strip(Call->getArg(1))->getType());
    }
    M.Columns.push_back({*Text, Where});
  }

public:
  /// The column of the natural id that `id()` declares, if any.
  const std::string &naturalId() const { return NaturalId; }
  const std::string &naturalIdType() const { return NaturalIdType; }

private:
  /// The SQL type Wt gives a natural id of this C++ type, where it is not
  /// the key type: `varchar` for a string, `integer` for a 32-bit integer.
  std::string sqlTypeOf(QualType T) const {
    T = T.getNonReferenceType().getCanonicalType();
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
      return RD->getName() == "basic_string" ? "varchar" : "";
    if (T->isIntegerType() && !T->isBooleanType() && Ctx.getTypeSize(T) <= 32)
      return "integer";
    return "";
  }

  std::string NaturalId;
  std::string NaturalIdType;

  void readName(const Expr *E, Association &A) {
    if (isa<CXXDefaultArgExpr>(E))
      return;
    A.Wt.NameGiven = true;
    A.NameSpelling = Source.spellingOf(strip(E));
    A.NameRange = Source.tokenRange(E->getSourceRange());
    std::optional<std::string> Text = stringValue(E);
    if (!Text) {
      A.Wt.NameKnown = false;
      return;
    }
    A.Name = std::move(*Text);
    // Wt takes an empty name as no name at all.
    if (A.Name.empty())
      A.Wt.NameGiven = false;
  }

  std::optional<std::string> stringValue(const Expr *E) {
    return constantString(E, Ctx);
  }

  void readTarget(QualType T, Association &A) {
    const CXXRecordDecl *RD = Source.nameTarget(T, A);
    if (!RD)
      return;
    const CXXRecordDecl *Def = RD->getDefinition();
    if (!Def) {
      A.State = TargetState::Unresolved;
      A.Wt.TargetHasTraits = Wt.hasTraits(RD);
    } else
      A.State = Wt.isModel(Def) ? TargetState::Model : TargetState::NotModel;
  }

  /// The flags of `NotNull | OnDeleteCascade`, in the order written.
  void readFlags(const Expr *E, Association &A) {
    std::vector<const DeclRefExpr *> Leaves;
    if (!flagLeaves(strip(E), Leaves))
      return; // A variable or a call: the flags are not known here.
    std::vector<WtFlag> Flags;
    for (const DeclRefExpr *Leaf : Leaves)
      Flags.push_back({Leaf->getDecl()->getName().str(),
                       Source.tokenRange(Leaf->getSourceRange()), Range()});
    // Deleting one flag deletes it with one `|` beside it; only when every
    // flag is written in the file itself, with nothing but `|` between
    // them: a parenthesis would be left unbalanced.
    const bool Written =
        std::all_of(Leaves.begin(), Leaves.end(), [](const DeclRefExpr *Leaf) {
          return Leaf->getBeginLoc().isFileID() && Leaf->getEndLoc().isFileID();
        });
    const StringRef Between =
        Written
            ? Lexer::getSourceText(
                  CharSourceRange::getTokenRange(Leaves.front()->getBeginLoc(),
                                                 Leaves.back()->getEndLoc()),
                  Ctx.getSourceManager(), Ctx.getLangOpts())
            : StringRef();
    const bool Plain = Written && !Between.empty() &&
                       Between.find_first_of("()") == StringRef::npos;
    if (Plain && Flags.size() > 1)
      for (std::size_t I = 0; I < Flags.size(); ++I)
        Flags[I].Removal =
            I == 0 ? Range{Flags[0].Where.Begin, Flags[1].Where.Begin}
                   : Range{Flags[I - 1].Where.End, Flags[I].Where.End};
    for (WtFlag &F : Flags)
      A.Wt.Flags.push_back(std::move(F));
  }

  bool flagLeaves(const Expr *E, std::vector<const DeclRefExpr *> &Leaves) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getOperator() != OO_Pipe || Op->getNumArgs() != 2)
        return false;
      return flagLeaves(strip(Op->getArg(0)), Leaves) &&
             flagLeaves(strip(Op->getArg(1)), Leaves);
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    if (!Ref || !isa<VarDecl>(Ref->getDecl()))
      return false;
    const NamedDecl *Var = Ref->getDecl();
    for (StringRef Name :
         {"NotNull", "OnUpdateCascade", "OnUpdateSetNull", "OnUpdateRestrict",
          "OnDeleteCascade", "OnDeleteSetNull", "OnDeleteRestrict"})
      if (isWtDbo(Var, Name)) {
        Leaves.push_back(Ref);
        return true;
      }
    return false;
  }

  ASTContext &Ctx;
  SourceMapper &Source;
  const WtExtractor &Wt;
  Model &M;
};

} // namespace

Model WtExtractor::readModel(const CXXRecordDecl *RD) {
  Model M;
  M.Lib = Library::WtDbo;
  M.QualifiedName = Source.qualifiedName(RD);
  M.ClassName = RD->getNameAsString();
  M.Definition = Source.tokenRange(RD->getLocation());
  for (const TagDecl *Redecl : RD->redecls())
    if (Redecl->getLocation().isValid()) {
      Location L = Source.location(Redecl->getLocation());
      if (std::find(M.Declarations.begin(), M.Declarations.end(), L) ==
          M.Declarations.end())
        M.Declarations.push_back(std::move(L));
    }
  const FunctionDecl *Persist = persistOf(RD);
  if (!Persist)
    return M;
  std::vector<const CallExpr *> Calls;
  PersistVisitor(Calls).TraverseStmt(Persist->getBody());
  PersistReader Reader(Ctx, Source, *this, M);
  for (const CallExpr *Call : Calls)
    Reader.read(Call);
  readKeys(RD, M, Reader.naturalId());
  if (!M.WtSurrogateId)
    M.WtNaturalIdType = Reader.naturalIdType();
  return M;
}

void WtExtractor::readMappings(const FunctionDecl *FD,
                               std::vector<TableMapping> &Out) {
  if (!Enabled || !FD->doesThisDeclarationHaveABody() || !FD->getBody())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  const FileID File = SM.getFileID(SM.getFileLoc(FD->getLocation()));
  auto [It, Inserted] = FileMentionsMapClass.try_emplace(File.getHashValue());
  if (Inserted)
    It->second = wtMentionsMapClass(SM.getBufferData(File));
  if (!It->second)
    return;
  std::vector<MapClassCall> Calls;
  MappingVisitor(Calls).TraverseStmt(FD->getBody());
  for (const MapClassCall &Found : Calls) {
    const CXXRecordDecl *Class = Found.Class->getAsCXXRecordDecl();
    if (!Class || Found.Call->getNumArgs() < 1)
      continue;
    // A table that cannot be read still maps the class: the mapping is
    // recorded with an empty table, which the rules take as unknown.
    Out.push_back({Source.qualifiedName(Class),
                   constantString(Found.Call->getArg(0), Ctx).value_or(""),
                   Source.tokenRange(Found.Call->getSourceRange())});
  }
}

} // namespace assoctidy
