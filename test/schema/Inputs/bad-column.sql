-- An index on a column the table does not have. Unquoted: SQLite reads a
-- double-quoted name that matches no column as a string literal, and
-- would index that constant instead of failing.
CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL);
CREATE TABLE "orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL);
CREATE INDEX "index_orders_on_customer_id" ON "orders" (customerid);
