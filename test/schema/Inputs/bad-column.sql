CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL);
CREATE TABLE "orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL);
CREATE INDEX "index_orders_on_customer_id" ON "orders" ("customerid");
