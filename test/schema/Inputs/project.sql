-- project.cpp's schema as a Rails application on SQLite would have it:
-- integer keys (SQLite stores bigint alike), Rails' index names, columns
-- no association explains (name, placed_at, number, quantity), the
-- polymorphic index over (type, id), and for the join table a unique index
-- over the pair plus one starting with its second key. Clean: the tests
-- derive each broken schema from it with sed, one change each.
CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);
CREATE TABLE "orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "type" varchar, "placed_at" datetime);
CREATE INDEX "index_orders_on_customer_id" ON "orders" ("customer_id");
CREATE TABLE "line_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "quantity" integer);
CREATE INDEX "index_line_items_on_order_id" ON "line_items" ("order_id");
CREATE TABLE "accounts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "number" varchar);
CREATE UNIQUE INDEX "index_accounts_on_customer_id" ON "accounts" ("customer_id");
CREATE TABLE "pictures" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "imageable_type" varchar NOT NULL, "imageable_id" integer NOT NULL);
CREATE INDEX "index_pictures_on_imageable" ON "pictures" ("imageable_type", "imageable_id");
CREATE TABLE "assemblies" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);
CREATE TABLE "parts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "part_number" varchar);
CREATE TABLE "assemblies_parts" ("assembly_id" integer NOT NULL, "part_id" integer NOT NULL);
CREATE UNIQUE INDEX "index_assemblies_parts_on_assembly_id_and_part_id" ON "assemblies_parts" ("assembly_id", "part_id");
CREATE INDEX "index_assemblies_parts_on_part_id" ON "assemblies_parts" ("part_id");
