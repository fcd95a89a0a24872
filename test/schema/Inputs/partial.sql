-- project.sql before the migrations that migration.test emits: no table
-- 'parts', no join table 'assemblies_parts', no key column
-- accounts.customer_id, no _type column pictures.imageable_type (nor the
-- index over it), no STI column orders.type, no index on
-- line_items.order_id. Rows in it: the migration must keep them valid.
CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);
CREATE TABLE "orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "placed_at" datetime);
CREATE INDEX "index_orders_on_customer_id" ON "orders" ("customer_id");
CREATE TABLE "line_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "quantity" integer);
CREATE TABLE "accounts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar);
CREATE TABLE "pictures" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "imageable_id" integer NOT NULL);
CREATE TABLE "assemblies" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);
INSERT INTO "customers" ("name") VALUES ('Ada');
INSERT INTO "orders" ("customer_id") VALUES (1);
INSERT INTO "line_items" ("order_id", "quantity") VALUES (1, 2);
INSERT INTO "accounts" ("number") VALUES ('A-1');
INSERT INTO "pictures" ("imageable_id") VALUES (1);
