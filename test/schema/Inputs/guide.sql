-- The schema the Rails guide's own migrations create for guide.cpp
-- (shared/reference/rails-guide-associations.md), as ActiveRecord's SQLite
-- adapter writes it: create_table adds "id" INTEGER PRIMARY KEY
-- AUTOINCREMENT NOT NULL (none with id: false), t.timestamps null: false two
-- NOT NULL datetimes, t.belongs_to / t.references an integer <name>_id
-- column and, with index: true, index_<table>_on_<name>_id; with
-- polymorphic: true also <name>_type varchar, and the index is over
-- (<name>_type, <name>_id). One statement per line: guide.test removes
-- lines.

-- 1 Why Associations? (CreateCustomers, CreateOrders)
CREATE TABLE "customers" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE TABLE "orders" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer, "order_date" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE INDEX "index_orders_on_customer_id" ON "orders" ("customer_id");

-- 2.4 The has_many :through Association (CreateAppointments)
CREATE TABLE "physicians" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE TABLE "patients" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE TABLE "appointments" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "physician_id" integer, "patient_id" integer, "appointment_date" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE INDEX "index_appointments_on_physician_id" ON "appointments" ("physician_id");
CREATE INDEX "index_appointments_on_patient_id" ON "appointments" ("patient_id");

-- 2.5 The has_one :through Association (CreateAccountHistories)
CREATE TABLE "suppliers" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE TABLE "accounts" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "supplier_id" integer, "account_number" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE INDEX "index_accounts_on_supplier_id" ON "accounts" ("supplier_id");
CREATE TABLE "account_histories" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "account_id" integer, "credit_rating" integer, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE INDEX "index_account_histories_on_account_id" ON "account_histories" ("account_id");

-- 2.6 The has_and_belongs_to_many Association (CreateAssembliesAndParts):
-- the join table with id: false and one index per key; the guide adds no
-- unique index over the pair.
CREATE TABLE "assemblies" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE TABLE "parts" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "part_number" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE TABLE "assemblies_parts" ("assembly_id" integer, "part_id" integer);
CREATE INDEX "index_assemblies_parts_on_assembly_id" ON "assemblies_parts" ("assembly_id");
CREATE INDEX "index_assemblies_parts_on_part_id" ON "assemblies_parts" ("part_id");

-- 2.9 Polymorphic Associations (CreatePictures, its t.references form).
CREATE TABLE "pictures" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar, "imageable_id" integer, "imageable_type" varchar, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE INDEX "index_pictures_on_imageable_type_and_imageable_id" ON "pictures" ("imageable_type", "imageable_id");
-- Not in the guide, which shows no migration for the two imageables: a
-- plain create_table each.
CREATE TABLE "imageable_employees" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);
CREATE TABLE "products" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);

-- 2.10 Self Joins (CreateEmployees)
CREATE TABLE "employees" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "manager_id" integer, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL);
CREATE INDEX "index_employees_on_manager_id" ON "employees" ("manager_id");
