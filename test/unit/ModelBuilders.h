//===- ModelBuilders.h - Model literals for unit tests ----------*- C++ -*-===//
//
// Part of assoc-tidy. A rule's unit test is a few lines of model literal and
// an expected list of findings; these helpers keep the literal short.
//
//===----------------------------------------------------------------------===//

#ifndef ASSOC_TIDY_TEST_UNIT_MODELBUILDERS_H
#define ASSOC_TIDY_TEST_UNIT_MODELBUILDERS_H

#include "Model.h"

#include <initializer_list>
#include <string>

namespace assoctidy::test {

/// A range on one line of "models.h", from column Col, Length characters.
inline Range at(unsigned Line, unsigned Col, unsigned Length = 1) {
  // Offsets only need to be consistent within a test: 100 bytes a line.
  Location B{"/src/models.h", (Line - 1) * 100 + Col - 1, Line, Col};
  Location E = B;
  E.Offset += Length;
  E.Column += Length;
  return {B, E};
}

inline Option opt(OptionKey Key, std::string Value) {
  Option O;
  O.Key = Key;
  O.Value = std::move(Value);
  return O;
}

inline Option flag(OptionKey Key, bool Value = true) {
  Option O;
  O.Key = Key;
  O.Value = Value ? "true" : "false";
  O.IsString = false;
  return O;
}

inline Association assoc(AssociationKind Kind, std::string Name,
                         std::string Target,
                         std::initializer_list<Option> Options = {}) {
  Association A;
  A.Kind = Kind;
  A.Name = std::move(Name);
  A.Target = std::move(Target);
  if (A.Target.empty())
    A.State = TargetState::Polymorphic;
  A.Options = Options;
  return A;
}

inline Model model(std::string Qualified,
                   std::initializer_list<Association> Associations = {}) {
  Model M;
  M.QualifiedName = Qualified;
  auto Colon = Qualified.rfind("::");
  M.ClassName =
      Colon == std::string::npos ? Qualified : Qualified.substr(Colon + 2);
  M.Associations = Associations;
  for (unsigned I = 0; I < M.Associations.size(); ++I)
    M.Associations[I].Position = I;
  // As in a test file that forward-declares every model at its top: code
  // added anywhere in models.h may name it.
  M.Declarations = {Location{"/src/models.h", 0, 1, 1}};
  return M;
}

} // namespace assoctidy::test

#endif // ASSOC_TIDY_TEST_UNIT_MODELBUILDERS_H
