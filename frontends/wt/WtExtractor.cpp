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
#include "WtModel.h"

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

/// Collects every call under a body, in the order written: the Wt::Dbo
/// calls, and the calls that may lead to more of them (a user's field()
/// overload, a helper given the Action).
class CallVisitor : public RecursiveASTVisitor<CallVisitor> {
public:
  explicit CallVisitor(std::vector<const CallExpr *> &Calls) : Calls(Calls) {}
  bool VisitCallExpr(const CallExpr *Call) {
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

bool wtMayTakeAction(const Decl *D) {
  const FunctionDecl *FD = D ? D->getAsFunction() : nullptr;
  const FunctionTemplateDecl *Template =
      FD ? FD->getDescribedFunctionTemplate() : nullptr;
  if (!Template)
    return false;
  const unsigned Depth = Template->getTemplateParameters()->getDepth();
  for (const ParmVarDecl *Param : FD->parameters())
    if (const auto *Ref = Param->getType()->getAs<LValueReferenceType>())
      if (const auto *Type =
              Ref->getPointeeType()->getAs<TemplateTypeParmType>();
          Type && Type->getDepth() == Depth)
        return true;
  return false;
}

bool wtIsDboHeader(StringRef Path) { return Path.contains("/Wt/Dbo/"); }

bool wtMentionsDbo(StringRef FileText) {
  return FileText.contains("Dbo") || FileText.contains("dbo") ||
         FileText.contains("belongsTo") || FileText.contains("hasMany") ||
         FileText.contains("hasOne");
}

WtExtractor::WtExtractor(ASTContext &Ctx, SourceMapper &Source)
    : Ctx(Ctx), Source(Source) {
  // Cheap: a few lookups at the top of the unit.
  for (const NamedDecl *Wt :
       Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get("Wt")))
    if (const auto *NS = dyn_cast<NamespaceDecl>(Wt))
      for (const NamedDecl *Dbo : NS->lookup(&Ctx.Idents.get("Dbo")))
        if (const auto *DboDecl = dyn_cast<NamespaceDecl>(Dbo)) {
          Enabled = true;
          DboNS = DboDecl;
          for (const NamedDecl *T :
               DboDecl->lookup(&Ctx.Idents.get("dbo_traits")))
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
      wt::editKeys(M).SurrogateId = false;
      wt::editKeys(M).IdField = NaturalId;
    } else if (!Id) {
      wt::editKeys(M).IdField.clear(); // Computed some other way: unknown.
    } else if (!Id->empty()) {
      wt::editKeys(M).IdField = *Id;
    }
    std::optional<std::string> Version =
        traitsName(Spec->getDefinition(), "versionField", Ctx, Null);
    if (Null)
      wt::editKeys(M).VersionField.clear();
    else if (Version && !Version->empty())
      wt::editKeys(M).VersionField = *Version;
  }
}

bool WtExtractor::isMapped(const CXXRecordDecl *RD) const {
  return Enabled && RD && persistOf(RD);
}

bool WtExtractor::isModel(const CXXRecordDecl *RD) { return isMapped(RD); }

namespace {

/// How deep the reader follows field() overloads and helpers into one
/// another: far more than any model needs, and a bound on what a
/// pathological one costs.
constexpr unsigned MaxFollowDepth = 8;

/// What a followed function's parameters hold, as far as the reader knows:
/// the parameter that receives the Action, and the value of each string
/// parameter (nullopt for one given something that is not a constant). The
/// body of persist() itself has the Action and no strings.
struct Frame {
  const ParmVarDecl *Action = nullptr;
  llvm::DenseMap<const ParmVarDecl *, std::optional<std::string>> Strings;
  unsigned Depth = 0;
};

/// True for a declaration in one of Wt::Dbo's own headers (any file under
/// a directory `Wt/Dbo/`): Wt's own templates, which are never followed.
bool inWtDboHeader(const Decl *D, const SourceManager &SM) {
  return wtIsDboHeader(SM.getFilename(SM.getFileLoc(D->getLocation())));
}

bool isStringType(QualType T) {
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD->getName() == "basic_string";
  return T->isPointerType() && T->getPointeeType()->isCharType();
}

/// The candidates a call's callee names, as written: an unresolved lookup
/// or member (the call depends on the Action), or a resolved function.
std::vector<const FunctionDecl *> calleeCandidates(const CallExpr *Call) {
  std::vector<const FunctionDecl *> Out;
  const Expr *Callee =
      Call->getCallee() ? Call->getCallee()->IgnoreParenImpCasts() : nullptr;
  auto Add = [&](const NamedDecl *D) {
    if (const FunctionDecl *FD = D->getUnderlyingDecl()->getAsFunction())
      Out.push_back(FD);
  };
  if (const auto *Lookup = dyn_cast_or_null<OverloadExpr>(Callee)) {
    for (const NamedDecl *D : Lookup->decls())
      Add(D);
  } else if (const FunctionDecl *Direct = Call->getDirectCallee()) {
    Out.push_back(Direct);
  }
  return Out;
}

/// Reads one persist() into a model, and the user-written functions it
/// hands its Action to: a `field()` overload for a composite type (which
/// `field()` and `id()` reach), or a helper template. Their Wt::Dbo calls
/// are relations of the model whose persist() made them.
class PersistReader {
public:
  PersistReader(ASTContext &Ctx, SourceMapper &Source, const WtExtractor &Wt,
                const NamespaceDecl *DboNS, Model &M)
      : Ctx(Ctx), Source(Source), Wt(Wt), DboNS(DboNS), M(M) {}

  void readPersist(const FunctionDecl *Persist) {
    Frame Top;
    if (Persist->getNumParams() > 0)
      Top.Action = Persist->getParamDecl(0);
    readBody(Persist, Top);
  }

  /// The column of the natural id that `id()` declares, if any.
  const std::string &naturalId() const { return NaturalId; }
  const std::string &naturalIdType() const { return NaturalIdType; }

private:
  void readBody(const FunctionDecl *FD, const Frame &F) {
    std::vector<const CallExpr *> Calls;
    CallVisitor(Calls).TraverseStmt(FD->getBody());
    Active.push_back(FD->getCanonicalDecl());
    for (const CallExpr *Call : Calls) {
      const StringRef Function = wtFunction(Call);
      if (Function.empty()) {
        followHelper(Call, F);
        continue;
      }
      if ((Function == "field" || Function == "id") &&
          followOverload(Call, Function, F))
        continue;
      read(Call, Function, F);
    }
    Active.pop_back();
  }

  /// `field(a, key, "name")` or `id(a, key, "name")` on a class type for
  /// which the user wrote `field(Action &, Key &, const std::string &name,
  /// ...)`: Wt's id() calls field() with its name, and that overload maps
  /// the key's parts. False when no such overload is in sight (the value
  /// is then a plain column, which Wt maps with sql_value_traits).
  bool followOverload(const CallExpr *Call, StringRef Function,
                      const Frame &F) {
    if (Call->getNumArgs() < 2)
      return false;
    const QualType Value = strip(Call->getArg(1))->getType();
    if (Value->isDependentType() || !pointeeOf(Value).Wrapper.empty())
      return false;
    const CXXRecordDecl *Key =
        Value.getNonReferenceType()->getAsCXXRecordDecl();
    if (!Key)
      return false;
    const FunctionDecl *Overload = fieldOverload(Call, Function, Value);
    if (!Overload)
      return false;
    // A composite natural id has no one column that keys to the class
    // could be named after: those keys are unknown, and not checked.
    if (Function == "id" && F.Depth == 0)
      CompositeId = true;
    const FunctionDecl *Def = readable(Overload, F);
    if (!Def) {
      unread(Call, F);
      return true;
    }
    Frame Inner;
    Inner.Action = Def->getParamDecl(0);
    Inner.Depth = F.Depth + 1;
    for (unsigned I = 1; I < Def->getNumParams(); ++I) {
      const ParmVarDecl *Param = Def->getParamDecl(I);
      if (!isStringType(Param->getType()))
        continue;
      // Wt's id() passes its own default name, "id", on to field().
      if (I == 2 && Function == "id" &&
          (Call->getNumArgs() < 3 || isa<CXXDefaultArgExpr>(Call->getArg(2))))
        Inner.Strings[Param] = "id";
      else
        Inner.Strings[Param] = argumentValue(Call, I, Param, F);
    }
    readBody(Def, Inner);
    return true;
  }

  /// The user-written field() overload whose second parameter is the
  /// value's own class: among those the call's lookup found, and those
  /// that Wt's own unqualified field() call, in id(), finds at
  /// instantiation, in Wt::Dbo and in the class's namespace.
  const FunctionDecl *fieldOverload(const CallExpr *Call, StringRef Function,
                                    QualType Value) const {
    std::vector<const FunctionDecl *> Candidates;
    if (Function == "field")
      Candidates = calleeCandidates(Call);
    DeclarationName Field(&Ctx.Idents.get("field"));
    auto LookIn = [&](const DeclContext *DC) {
      if (DC)
        for (const NamedDecl *D : DC->lookup(Field))
          if (const FunctionDecl *FD = D->getUnderlyingDecl()->getAsFunction())
            Candidates.push_back(FD);
    };
    LookIn(DboNS);
    LookIn(Value.getNonReferenceType()
               ->getAsCXXRecordDecl()
               ->getDeclContext()
               ->getEnclosingNamespaceContext());
    for (const FunctionDecl *FD : Candidates) {
      if (FD->getNumParams() < 3 || inWtDboHeader(FD, Ctx.getSourceManager()))
        continue;
      const QualType Param = FD->getParamDecl(1)->getType();
      if (Param->isReferenceType() && !Param->isDependentType() &&
          Ctx.hasSameUnqualifiedType(Param.getNonReferenceType(),
                                     Value.getNonReferenceType()))
        return FD;
    }
    return nullptr;
  }

  /// A call, not to Wt::Dbo, that hands the current Action to a function
  /// the user wrote (`persistCommon(a, owner_)`, `Base::persist(a)`):
  /// followed into its body when exactly one such function fits the call.
  void followHelper(const CallExpr *Call, const Frame &F) {
    if (!F.Action)
      return;
    std::optional<unsigned> ActionArg;
    for (unsigned I = 0; I < Call->getNumArgs(); ++I)
      if (const auto *Ref = dyn_cast<DeclRefExpr>(strip(Call->getArg(I)));
          Ref && Ref->getDecl() == F.Action)
        ActionArg = I;
    if (!ActionArg)
      return;
    // An operator, or a member function called on an object (the Action's
    // own `a.act(...)`), declares nothing Wt::Dbo documents.
    if (isa<CXXOperatorCallExpr>(Call) || isa<CXXMemberCallExpr>(Call))
      return;
    const SourceManager &SM = Ctx.getSourceManager();
    const FunctionDecl *Helper = nullptr;
    bool UserWritten = false;
    for (const FunctionDecl *FD : calleeCandidates(Call)) {
      if (SM.isInSystemHeader(SM.getFileLoc(FD->getLocation())) ||
          inWtDboHeader(FD, SM))
        continue;
      UserWritten = true;
      if (!fits(FD, Call))
        continue;
      if (Helper && Helper->getCanonicalDecl() != FD->getCanonicalDecl()) {
        unread(Call, F); // Only overload resolution could choose.
        return;
      }
      Helper = FD;
    }
    if (!UserWritten)
      return; // The library's or Wt's own: no model is declared there.
    const FunctionDecl *Def = Helper ? readable(Helper, F) : nullptr;
    if (!Def || *ActionArg >= Def->getNumParams()) {
      unread(Call, F);
      return;
    }
    Frame Inner;
    Inner.Action = Def->getParamDecl(*ActionArg);
    Inner.Depth = F.Depth + 1;
    for (unsigned I = 0; I < Def->getNumParams(); ++I)
      if (const ParmVarDecl *Param = Def->getParamDecl(I);
          isStringType(Param->getType()))
        Inner.Strings[Param] = argumentValue(Call, I, Param, F);
    readBody(Def, Inner);
  }

  /// Whether FD can take the call's arguments: their number, and each
  /// argument of a class type where the parameter names one.
  bool fits(const FunctionDecl *FD, const CallExpr *Call) const {
    const unsigned Args = Call->getNumArgs();
    if (Args < FD->getMinRequiredArguments() ||
        (Args > FD->getNumParams() && !FD->isVariadic()))
      return false;
    for (unsigned I = 0; I < Args && I < FD->getNumParams(); ++I) {
      const QualType Param =
          FD->getParamDecl(I)->getType().getNonReferenceType();
      const QualType Arg = strip(Call->getArg(I))->getType();
      if (Param->isDependentType() || Arg->isDependentType() ||
          !Param->getAsCXXRecordDecl() || !Arg->getAsCXXRecordDecl())
        continue;
      if (!Ctx.hasSameUnqualifiedType(Param, Arg.getNonReferenceType()))
        return false;
    }
    return true;
  }

  /// The definition to read, or null when it cannot be: not in the unit
  /// (or its body was not parsed), too deep, or already being read.
  const FunctionDecl *readable(const FunctionDecl *FD, const Frame &F) const {
    const FunctionDecl *Def = nullptr;
    if (!FD->isDefined(Def) || !Def->getBody() ||
        F.Depth + 1 > MaxFollowDepth ||
        llvm::is_contained(Active, Def->getCanonicalDecl()))
      return nullptr;
    return Def;
  }

  /// A call that hands the Action on to a function that cannot be read:
  /// the foreign keys it may map are those of the `ptr`s it is given, as
  /// arguments or as members of a class given whole. Each is recorded
  /// with its name unknown, so that no check pairs anything with it or
  /// reports a relation as missing because of it; nothing else is
  /// assumed (a collection's relation type, a name).
  void unread(const CallExpr *Call, const Frame &F) {
    for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
      const Expr *Arg = strip(Call->getArg(I));
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
          Ref && Ref->getDecl() == F.Action)
        continue;
      const QualType T = Arg->getType();
      if (T->isDependentType())
        continue;
      if (pointeeOf(T).Wrapper == "ptr") {
        unreadKey(Call, pointeeOf(T).Target);
        continue;
      }
      const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
      if (!RD || !RD->hasDefinition() || !pointeeOf(T).Wrapper.empty())
        continue;
      for (const FieldDecl *Member : RD->getDefinition()->fields())
        if (pointeeOf(Member->getType()).Wrapper == "ptr")
          unreadKey(Call, pointeeOf(Member->getType()).Target);
    }
  }

  void unreadKey(const CallExpr *Call, QualType Target) {
    Association A;
    A.Kind = AssociationKind::BelongsTo;
    wt::editRelation(A).Function = "belongsTo";
    wt::editRelation(A).NameKnown = false;
    A.NameSpelling = Spelling::Constant;
    A.Position = M.Associations.size();
    A.Whole = Source.tokenRange(Call->getSourceRange());
    A.NameRange = A.Whole;
    A.InMacro = SourceMapper::inMacro(Call);
    readTarget(Target, A);
    M.Associations.push_back(std::move(A));
  }

  /// The value a call gives parameter I (its default where the call gives
  /// none), evaluated in the caller's frame.
  std::optional<std::string> argumentValue(const CallExpr *Call, unsigned I,
                                           const ParmVarDecl *Param,
                                           const Frame &F) const {
    if (I < Call->getNumArgs() && !isa<CXXDefaultArgExpr>(Call->getArg(I)))
      return nameValue(Call->getArg(I), F);
    if (Param->hasDefaultArg() && !Param->hasUninstantiatedDefaultArg() &&
        !Param->hasUnparsedDefaultArg())
      return nameValue(Param->getDefaultArg(), Frame());
    return std::nullopt;
  }

  /// A name, evaluated by substituting the frame's string parameters: a
  /// constant string, a parameter, `std::string(x)`, `x.c_str()`, and `+`
  /// of those (`name + "_Module"`). Anything else is unknown. Not an
  /// interpreter: nothing is evaluated that the code could change.
  std::optional<std::string> nameValue(const Expr *E, const Frame &F,
                                       unsigned Depth = 0) const {
    if (!E || Depth > 16)
      return std::nullopt;
    E = strip(E);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
        auto It = F.Strings.find(Param);
        return It == F.Strings.end() ? std::nullopt : It->second;
      }
      // A local `const std::string n = name + "_x";`.
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
          Var && Var->isLocalVarDecl() && Var->getType().isConstQualified() &&
          Var->getInit())
        return nameValue(Var->getInit(), F, Depth + 1);
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getOperator() != OO_Plus || Op->getNumArgs() != 2)
        return std::nullopt;
      std::optional<std::string> Left = nameValue(Op->getArg(0), F, Depth + 1);
      std::optional<std::string> Right =
          Left ? nameValue(Op->getArg(1), F, Depth + 1) : std::nullopt;
      if (!Right)
        return std::nullopt;
      return *Left + *Right;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && isStringType(Construct->getType())) {
      // std::string(), std::string("x"), std::string(name): the arguments
      // after the first must be defaulted (an allocator).
      if (Construct->getNumArgs() == 0)
        return std::string();
      for (unsigned I = 1; I < Construct->getNumArgs(); ++I)
        if (!isa<CXXDefaultArgExpr>(Construct->getArg(I)))
          return std::nullopt;
      return nameValue(Construct->getArg(0), F, Depth + 1);
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (Method && Method->getIdentifier() && Member->getNumArgs() == 0 &&
          (Method->getName() == "c_str" || Method->getName() == "data") &&
          isStringType(Member->getImplicitObjectArgument()->getType()))
        return nameValue(Member->getImplicitObjectArgument(), F, Depth + 1);
      return std::nullopt;
    }
    return constantString(E, Ctx);
  }

  void read(const CallExpr *Call, StringRef Function, const Frame &F) {
    if (Call->getNumArgs() < 2)
      return;
    const Expr *Member = strip(Call->getArg(1));
    const Pointee Target = pointeeOf(Member->getType());
    if (Target.Wrapper.empty()) {
      // A plain column: field(a, x, "name") or id(a, x, "name").
      if (Function == "field" || Function == "id" || Function == "auxId")
        readColumn(Call, Function, F);
      return;
    }
    Association A;
    wt::editRelation(A).Function = Function.str();
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
    wt::editRelation(A).NameGiven = false;
    if (Next < Call->getNumArgs() && isStringArgument(Call->getArg(Next))) {
      readName(Call->getArg(Next), A, F);
      ++Next;
    }
    if (Function == "hasMany" && Next < Call->getNumArgs() &&
        isStringArgument(Call->getArg(Next))) {
      const Expr *JoinId = Call->getArg(Next);
      wt::editRelation(A).JoinIdGiven = true;
      wt::editRelation(A).JoinIdRange =
          Source.tokenRange(JoinId->getSourceRange());
      if (std::optional<std::string> Text = nameValue(JoinId, F))
        wt::editRelation(A).JoinId = std::move(*Text);
      ++Next;
    }
    for (; Next < Call->getNumArgs(); ++Next)
      if (!isa<CXXDefaultArgExpr>(Call->getArg(Next)) &&
          isConstraintType(strip(Call->getArg(Next))->getType()))
        readFlags(Call->getArg(Next), A);
    M.Associations.push_back(std::move(A));
  }

  void readColumn(const CallExpr *Call, StringRef Function, const Frame &F) {
    const bool Defaulted =
        Call->getNumArgs() < 3 || isa<CXXDefaultArgExpr>(Call->getArg(2));
    std::optional<std::string> Text;
    Range Where = Source.tokenRange(Call->getSourceRange());
    if (Defaulted) {
      if (Function == "id")
        Text = "id";
    } else {
      Text = nameValue(Call->getArg(2), F);
      Where = Source.tokenRange(Call->getArg(2)->getSourceRange());
    }
    if (!Text)
      return;
    // Only persist()'s own id() names the natural id; a composite one's
    // parts are columns.
    if (Function == "id" && F.Depth == 0) {
      NaturalId = *Text;
      NaturalIdType = sqlTypeOf(strip(Call->getArg(1))->getType());
    }
    wt::editKeys(M).Columns.push_back({*Text, Where});
  }

public:
  /// Whether persist() declares its natural id with a field() overload:
  /// then no single column is its id.
  bool compositeId() const { return CompositeId; }

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

  void readName(const Expr *E, Association &A, const Frame &F) {
    if (isa<CXXDefaultArgExpr>(E))
      return;
    wt::editRelation(A).NameGiven = true;
    A.NameSpelling = Source.spellingOf(strip(E));
    A.NameRange = Source.tokenRange(E->getSourceRange());
    std::optional<std::string> Text = nameValue(E, F);
    if (!Text) {
      wt::editRelation(A).NameKnown = false;
      return;
    }
    A.Name = std::move(*Text);
    // Wt takes an empty name as no name at all.
    if (A.Name.empty())
      wt::editRelation(A).NameGiven = false;
  }

  void readTarget(QualType T, Association &A) {
    const CXXRecordDecl *RD = Source.nameTarget(T, A);
    if (!RD)
      return;
    const CXXRecordDecl *Def = RD->getDefinition();
    if (!Def) {
      A.State = TargetState::Unresolved;
      wt::editRelation(A).TargetHasTraits = Wt.hasTraits(RD);
    } else
      A.State = Wt.isMapped(Def) ? TargetState::Model : TargetState::NotModel;
  }

  /// The flags of `NotNull | OnDeleteCascade`, in the order written.
  void readFlags(const Expr *E, Association &A) {
    std::vector<const DeclRefExpr *> Leaves;
    if (!flagLeaves(strip(E), Leaves))
      return; // A variable or a call: the flags are not known here.
    std::vector<wt::Flag> Flags;
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
    for (wt::Flag &F : Flags)
      wt::editRelation(A).Flags.push_back(std::move(F));
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
  const NamespaceDecl *DboNS;
  Model &M;
  /// The functions being read, persist() first: a function met again
  /// while it is read is not read again.
  llvm::SmallVector<const FunctionDecl *, 4> Active;
  std::string NaturalId;
  std::string NaturalIdType;
  bool CompositeId = false;
};

} // namespace

Model WtExtractor::readModel(const CXXRecordDecl *RD) {
  Model M;
  M.Lib = wt::Library;
  wt::editKeys(M); // Every mapped class has keys, the defaults at least.
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
  PersistReader Reader(Ctx, Source, *this, DboNS, M);
  Reader.readPersist(Persist);
  // A composite natural id (id() on a class that a field() overload
  // maps) is several columns: keys to the class are not known here.
  readKeys(RD, M, Reader.compositeId() ? std::string() : Reader.naturalId());
  if (!wt::editKeys(M).SurrogateId && !Reader.compositeId())
    wt::editKeys(M).NaturalIdType = Reader.naturalIdType();
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

void WtExtractor::readFunction(const FunctionDecl *FD, Program &Out) {
  readMappings(FD, Out.Mappings);
}

namespace {

class WtModelReader final : public ModelReader {
public:
  std::unique_ptr<UnitReader> open(ASTContext &Ctx,
                                   SourceMapper &Source) const override {
    auto Reader = std::make_unique<WtExtractor>(Ctx, Source);
    if (!Reader->enabled())
      return nullptr;
    return Reader;
  }
  bool isLibraryHeader(StringRef Path) const override {
    return wtIsDboHeader(Path);
  }
  std::unique_ptr<BodyKeeper> bodies(const SourceManager &SM,
                                     const LangOptions &Lang) const override {
    return wtKeptBodies(SM, Lang);
  }
};

} // namespace

const ModelReader &wt::modelReader() {
  static const WtModelReader Reader;
  return Reader;
}

} // namespace assoctidy
