-- Every key nullable: what nullability.cpp's declarations allow, so no
-- finding; nullability.test makes one key NOT NULL at a time.
CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL);
CREATE TABLE "orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer);
CREATE INDEX "index_orders_on_customer_id" ON "orders" ("customer_id");
CREATE TABLE "invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer);
CREATE INDEX "index_invoices_on_customer_id" ON "invoices" ("customer_id");
CREATE TABLE "posts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL);
CREATE TABLE "comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "post_id" integer);
CREATE INDEX "index_comments_on_post_id" ON "comments" ("post_id");
