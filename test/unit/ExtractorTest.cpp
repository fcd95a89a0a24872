//===- ExtractorTest.cpp - From a real AST to the model -------------------===//
//
// Builds the AST of a snippet in-process and checks what the front-end
// extracts, field by field: what the lit tests only see through findings.
//
//===----------------------------------------------------------------------===//

#include "Extractor.h"
#include "Frontends.h"
#include "ModelJson.h"

#include "clang/AST/ASTContext.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

using namespace assoctidy;

namespace {

Program extract(const std::string &Code) {
  std::unique_ptr<clang::ASTUnit> AST = clang::tooling::buildASTFromCodeWithArgs(
      Code, {"-std=c++17", "-I" ASSOC_INCLUDE_DIR}, "/src/models.cpp");
  EXPECT_TRUE(AST);
  return extractModels(AST->getASTContext());
}

const Association &only(const Program &P, const char *Model) {
  const assoctidy::Model *M = P.model(Model);
  EXPECT_NE(M, nullptr) << Model;
  EXPECT_EQ(M->Associations.size(), 1u);
  return M->Associations.at(0);
}

TEST(Extractor, ModelsAndTheirFacts) {
  Program P = extract(R"cpp(
#include <assoc/associations.hpp>
namespace shop {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr const char *table_name = "clients";
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("orders", assoc::dependent("destroy"),
                             assoc::optional(false), assoc::counter_cache()));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Customer>("customer"));
};
struct VipCustomer : Customer {};
struct Plain {};
} // namespace shop
)cpp");
  ASSERT_EQ(P.Models.size(), 3u);
  const Model &C = P.Models[0];
  EXPECT_EQ(C.QualifiedName, "shop::Customer");
  EXPECT_EQ(C.ClassName, "Customer");
  EXPECT_EQ(C.TableNameOverride, std::optional<std::string>("clients"));
  EXPECT_EQ(C.Definition.Begin.File, "/src/models.cpp");
  EXPECT_EQ(C.Definition.Begin.Line, 5u);
  EXPECT_EQ(C.Definition.Begin.Column, 8u);

  const Association &Orders = only(P, "shop::Customer");
  EXPECT_EQ(Orders.Kind, AssociationKind::HasMany);
  EXPECT_EQ(Orders.Name, "orders");
  EXPECT_EQ(Orders.NameSpelling, Spelling::Literal);
  EXPECT_EQ(Orders.NameRange.Begin.Line, 8u);
  EXPECT_EQ(Orders.NameRange.Begin.Column, 30u);
  EXPECT_EQ(Orders.NameRange.End.Offset - Orders.NameRange.Begin.Offset, 8u);
  EXPECT_EQ(Orders.Target, "shop::Order");
  EXPECT_EQ(Orders.State, TargetState::Model);
  ASSERT_EQ(Orders.Options.size(), 3u);
  EXPECT_EQ(Orders.Options[0].Key, OptionKey::Dependent);
  EXPECT_EQ(Orders.Options[0].Value, "destroy");
  EXPECT_TRUE(Orders.Options[0].IsString);
  EXPECT_EQ(Orders.Options[1].Key, OptionKey::Optional);
  EXPECT_EQ(Orders.Options[1].Value, "false");
  EXPECT_FALSE(Orders.Options[1].IsString);
  EXPECT_EQ(Orders.Options[2].Key, OptionKey::CounterCache);
  EXPECT_EQ(Orders.Options[2].Value, "true");
  EXPECT_FALSE(Orders.Options[2].ValueRange.isValid());

  // A model deriving from a model: single-table inheritance.
  const Model *Vip = P.model("shop::VipCustomer");
  ASSERT_NE(Vip, nullptr);
  EXPECT_EQ(Vip->BaseModel, "shop::Customer");
  EXPECT_TRUE(Vip->Associations.empty());
  EXPECT_EQ(P.model("shop::Plain"), nullptr);
}

TEST(Extractor, TargetsAreNeverGuessed) {
  Program P = extract(R"cpp(
#include <assoc/associations.hpp>
struct Elsewhere;         // never defined in this unit
struct NotAModel {};
struct Picture : assoc::model<Picture> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<assoc::polymorphic>("imageable"),
      assoc::has_many<Elsewhere>("elsewheres"),
      assoc::has_one<NotAModel>("not_a_model"));
};
)cpp");
  const Model *M = P.model("Picture");
  ASSERT_NE(M, nullptr);
  ASSERT_EQ(M->Associations.size(), 3u);
  EXPECT_EQ(M->Associations[0].State, TargetState::Polymorphic);
  EXPECT_TRUE(M->Associations[0].Target.empty());
  EXPECT_EQ(M->Associations[1].State, TargetState::Unresolved);
  EXPECT_EQ(M->Associations[1].Target, "Elsewhere");
  EXPECT_EQ(M->Associations[2].State, TargetState::NotModel);
  for (unsigned I = 0; I < 3; ++I)
    EXPECT_EQ(M->Associations[I].Position, I);
}

TEST(Extractor, ConstantsAndMacrosAreEvaluated) {
  Program P = extract(R"cpp(
#include <assoc/associations.hpp>
#define NAME "tags"
#define HAS_TAGS assoc::has_many<Tag>("tags")
constexpr const char *Through = "taggings";
struct Tag;
struct A : assoc::model<A> {
  static constexpr auto associations = assoc::declare(assoc::has_many<Tag>(NAME));
};
struct B : assoc::model<B> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Tag>("tags", assoc::through(Through)));
};
struct C : assoc::model<C> {
  static constexpr auto associations = assoc::declare(HAS_TAGS);
};
)cpp");
  const Association &FromMacro = only(P, "A");
  EXPECT_EQ(FromMacro.Name, "tags");
  EXPECT_EQ(FromMacro.NameSpelling, Spelling::Macro);
  // Diagnosed at the expansion, in the file.
  EXPECT_EQ(FromMacro.NameRange.Begin.Line, 8u);

  const Association &WithConstant = only(P, "B");
  EXPECT_EQ(WithConstant.NameSpelling, Spelling::Literal);
  ASSERT_EQ(WithConstant.Options.size(), 1u);
  EXPECT_EQ(WithConstant.Options[0].Value, "taggings");
  EXPECT_EQ(WithConstant.Options[0].ValueSpelling, Spelling::Constant);

  const Association &WholeMacro = only(P, "C");
  EXPECT_EQ(WholeMacro.Name, "tags");
  EXPECT_EQ(WholeMacro.NameSpelling, Spelling::Macro);
  EXPECT_EQ(WholeMacro.Whole.Begin.Line, 15u);
}

TEST(Extractor, TemplatesNestedClassesAndOtherAssocNamespaces) {
  Program P = extract(R"cpp(
#include <assoc/associations.hpp>
namespace app {
template <class T> struct Audited : assoc::model<Audited<T>> {
  static constexpr auto associations =
      assoc::declare(assoc::has_many<T>("audits"));
};
struct Log {};
inline constexpr auto N = Audited<Log>::associations.size();
struct Outer {
  struct Inner : assoc::model<Inner> {
    static constexpr auto associations = assoc::declare();
  };
};
namespace assoc { template <class> struct model {}; }
struct Impostor : app::assoc::model<Impostor> {};
} // namespace app
)cpp");
  ASSERT_NE(P.model("app::Audited<app::Log>"), nullptr);
  EXPECT_EQ(only(P, "app::Audited<app::Log>").Target, "app::Log");
  ASSERT_NE(P.model("app::Outer::Inner"), nullptr);
  EXPECT_TRUE(P.model("app::Outer::Inner")->Associations.empty());
  EXPECT_EQ(P.model("app::Impostor"), nullptr);
  EXPECT_EQ(P.Models.size(), 2u);
}

TEST(Extractor, MembersAreNamedOnceWithTheirLocation) {
  Program P = extract(R"cpp(
#include <assoc/associations.hpp>
struct Order;
struct Customer : assoc::model<Customer> {
  Customer() = default;
  static constexpr auto associations =
      assoc::declare(assoc::has_many<Order>("orders"));
  int orders_count = 0;
  int total() const;
  int total(int Discount) const;
  bool operator==(const Customer &) const;
  using id_type = long;
  struct Address {};
  template <class T> void visit(T &);
public:
  ~Customer() = default;
};
)cpp");
  const Model *C = P.model("Customer");
  ASSERT_NE(C, nullptr);
  std::vector<std::string> Names;
  for (const Member &M : C->Members)
    Names.push_back(M.Name);
  EXPECT_EQ(Names, (std::vector<std::string>{"associations", "orders_count",
                                             "total", "id_type", "Address",
                                             "visit"}));
  EXPECT_EQ(C->Members[1].Where.Begin.Line, 8u);
  EXPECT_EQ(C->Members[1].Where.Begin.Column, 7u);
}

TEST(Extractor, ExtractedModelSurvivesJson) {
  Program P = extract(R"cpp(
#include <assoc/associations.hpp>
struct B;
struct A : assoc::model<A> {
  static constexpr auto associations = assoc::declare(
      assoc::has_and_belongs_to_many<B>("bs", assoc::join_table("as_bs")));
};
)cpp");
  std::string Error;
  std::optional<Program> Back =
      programFromJson(programToJson(P), Error, extensionReaders());
  ASSERT_TRUE(Back) << Error;
  EXPECT_EQ(programToJson(*Back), programToJson(P));
}

} // namespace
