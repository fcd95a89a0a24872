-- Not in the guide: the unique index over the join table's pair that
-- today's create_join_table template suggests
-- (t.index [:assembly_id, :part_id], unique: true). Without it
-- assoc-schema-join-table warns that the same pair can be linked twice.
CREATE UNIQUE INDEX "index_assemblies_parts_on_assembly_id_and_part_id" ON "assemblies_parts" ("assembly_id", "part_id");
