// Wt::Dbo names tables by mapClass() and columns by its own rules.
const wt::Tables WtTables(P);
// The column a key to a Wt class is named after; `id` when unknown.
auto WtId = [&](const Model *M) -> std::string {
  return M && !M->WtIdField.empty() ? M->WtIdField : PrimaryKey;
};
auto AddWt = [&](const Model &M) {
  // An unmapped class has no table: Wt never creates one.
  const std::optional<std::string> Table = WtTables.table(M.QualifiedName);
  if (!Table)
    return;
  // A natural id's type, where it is not the key type, goes with every
  // key that refers to it.
  auto KeyTypeOf = [](const Model *C) -> std::string {
    return C && !C->WtSurrogateId ? C->WtNaturalIdType : "";
  };
  Requirement Primary =
      Base(M, nullptr, Requirement::Kind::Table, *Table, {WtId(&M)});
  Primary.NaturalKey = !M.WtSurrogateId;
  Primary.ColumnTypes = {KeyTypeOf(&M)};
  Add(std::move(Primary));
  for (const Association &A : M.Associations) {
    const std::optional<std::string> Theirs = WtTables.table(A.Target);
    const Model *Target = P.model(A.Target);
    if (!Theirs || !A.Wt.NameKnown)
      continue;
    if (A.Kind == AssociationKind::BelongsTo) {
      // The belongsTo() side declares the column; hasMany(ManyToOne) and
      // hasOne() only read it.
      Requirement Key =
          Base(M, &A, Requirement::Kind::Column, *Table,
               {wt::foreignKeyColumn(A.Wt.NameGiven ? A.Name : *Theirs,
                                     WtId(Target))});
      Key.ReferencedTable = *Theirs;
      Key.ReferencedColumn = WtId(Target);
      Key.ColumnTypes = {KeyTypeOf(Target)};
      Key.Optional =
          std::none_of(A.Wt.Flags.begin(), A.Wt.Flags.end(),
                       [](const WtFlag &F) { return F.Name == "NotNull"; });
      const std::string Column = Key.Columns.front();
      Add(std::move(Key));
      Add(Base(M, &A, Requirement::Kind::Index, *Table, {Column}));
      continue;
    }
    if (A.Kind != AssociationKind::HasAndBelongsToMany)
      continue;
    const std::string Join =
        A.Wt.NameGiven ? A.Name : wt::defaultJoinTable(*Table, *Theirs);
    // Each side's column, as Wt's getJoinIds names it: its joinId, or its
    // table, with its id field; the other side's joinId comes from the
    // relation that pairs with this one.
    std::string Own =
        wt::foreignKeyColumn(A.Wt.JoinIdGiven ? A.Wt.JoinId : *Table, WtId(&M));
    std::string Other = wt::foreignKeyColumn(*Theirs, WtId(Target));
    if (Target)
      for (const Association &B : Target->Associations)
        if (&B != &A && B.Kind == AssociationKind::HasAndBelongsToMany &&
            B.Target == M.QualifiedName && B.Wt.NameKnown &&
            (B.Wt.NameGiven ? B.Name : wt::defaultJoinTable(*Theirs, *Table)) ==
                Join) {
          if (B.Wt.JoinIdGiven)
            Other = wt::foreignKeyColumn(B.Wt.JoinId, WtId(Target));
          break;
        }
    Requirement Pair =
        Base(M, &A, Requirement::Kind::JoinTable, Join, {Own, Other});
    Pair.ColumnTypes = {KeyTypeOf(&M), KeyTypeOf(Target)};
    Add(std::move(Pair));
    Add(Base(M, &A, Requirement::Kind::Index, Join, {Own, Other}));
    Add(Base(M, &A, Requirement::Kind::Index, Join, {Own}));
  }
};

for (const Model &M : P.Models) {
  if (M.isWt()) {
    AddWt(M);
    continue;
  }
  const std::string Table = tableName(M, P, I);
  const Model *Root = M.BaseModel.empty() ? nullptr : P.model(M.BaseModel);
  Add(Base(M, nullptr, Requirement::Kind::Table, Table, {PrimaryKey}));
  // Single-table inheritance keeps the class in the root's `type`.
  if (Root) {
    Requirement Type =
        Base(M, nullptr, Requirement::Kind::TypeColumn, Table, {"type"});
    Add(std::move(Type));
  }
  for (const Association &A : M.Associations) {
    if (A.option(OptionKey::Through))
      continue;
    const Model *Target =
        A.State == TargetState::Model ? P.model(A.Target) : nullptr;
    // Never guessed; and only a belongs_to can be polymorphic (anything
    // else is assoc-invalid-option's error, with no schema to derive).
    const bool Polymorphic =
        A.isPolymorphic() && A.Kind == AssociationKind::BelongsTo;
    if (!Target && !Polymorphic)
      continue;
    const std::string FK = foreignKey(A, M, I);
    switch (A.Kind) {
    case AssociationKind::BelongsTo: {
      Requirement Key = Base(M, &A, Requirement::Kind::Column, Table, {FK});
      if (A.isPolymorphic()) {
        Add(std::move(Key));
        const std::string Type = A.Name + "_type";
        Add(Base(M, &A, Requirement::Kind::TypeColumn, Table, {Type}));
        Add(Base(M, &A, Requirement::Kind::Index, Table, {Type, FK}));
        break;
      }
      Key.ReferencedTable = tableName(*Target, P, I);
      Key.ReferencedColumn = std::string(A.optionValue(OptionKey::PrimaryKey));
      if (Key.ReferencedColumn.empty())
        Key.ReferencedColumn = PrimaryKey;
      Add(std::move(Key));
      Add(Base(M, &A, Requirement::Kind::Index, Table, {FK}));
      break;
    }
    case AssociationKind::HasOne:
    case AssociationKind::HasMany: {
      const std::string Theirs = tableName(*Target, P, I);
      std::string_view As = A.optionValue(OptionKey::As);
      Requirement Key = Base(M, &A, Requirement::Kind::Column, Theirs, {FK});
      if (!As.empty()) {
        Add(std::move(Key));
        const std::string Type = std::string(As) + "_type";
        Add(Base(M, &A, Requirement::Kind::TypeColumn, Theirs, {Type}));
        Add(Base(M, &A, Requirement::Kind::Index, Theirs, {Type, FK}));
        break;
      }
      Key.ReferencedTable = Table;
      Key.ReferencedColumn = std::string(A.optionValue(OptionKey::PrimaryKey));
      if (Key.ReferencedColumn.empty())
        Key.ReferencedColumn = PrimaryKey;
      Add(std::move(Key));
      Add(Base(M, &A, Requirement::Kind::Index, Theirs, {FK}));
      break;
    }
    case AssociationKind::HasAndBelongsToMany: {
      const std::string Join = joinTable(A, M, P, I);
      const std::string Other = associationForeignKey(A, I);
      Add(Base(M, &A, Requirement::Kind::JoinTable, Join, {FK, Other}));
      // Unique over the pair; and each side looks its rows up by its own
      // key, which must lead some index (the pair's serves the first).
      Add(Base(M, &A, Requirement::Kind::Index, Join, {FK, Other}));
      Add(Base(M, &A, Requirement::Kind::Index, Join, {FK}));
      break;
    }
    }
  }
}
