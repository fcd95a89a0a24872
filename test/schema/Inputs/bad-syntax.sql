-- DDL with a syntax error (a trailing comma) in the statement that starts
-- on line 5.
CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar);

CREATE TABLE "orders" (
  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  "customer_id" integer NOT NULL,
);
