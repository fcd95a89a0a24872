"""Removes one thing at a time from a schema and checks the models against
what is left: each table the models need, each key column (foreign key,
_type, a join table's key), each index. Prints what each removal made assoc-tidy say, then a
summary.

usage: remove_each.py <assoc-tidy> <include dir> <model.cpp> <schema.sql> <work dir>

The schema holds one statement per line (comments and blank lines aside):
CREATE TABLE "t" ("c" type, ...); and CREATE [UNIQUE] INDEX "i" ON "t" (...);
"""
import json
import os
import re
import subprocess
import sys

tidy, include, source, schema, work = sys.argv[1:6]

TABLE = re.compile(r'CREATE TABLE "([^"]+)" \((.*)\);$')
INDEX = re.compile(r'CREATE (?:UNIQUE )?INDEX "([^"]+)" ON "([^"]+)" \((.*)\);$')

statements = []
for line in open(schema):
    line = line.strip()
    if line and not line.startswith("--"):
        statements.append(line)


def names(text):
    return re.findall(r'"([^"]+)"', text)


tables = {}   # table -> its column definitions, in order
indexes = []  # (name, table, columns)
for s in statements:
    m = TABLE.match(s)
    if m:
        tables[m.group(1)] = [c.strip() for c in m.group(2).split(",")]
        continue
    m = INDEX.match(s)
    if m:
        indexes.append((m.group(1), m.group(2), names(m.group(3))))
        continue
    sys.exit("remove_each.py: cannot read: " + s)


def run(extra):
    return subprocess.run(
        [tidy, "--format=json", "--checks=-assoc-missing-dependent"] + extra +
        [source, "--", "-std=c++17", "-I" + include],
        capture_output=True, text=True)


# What the models need: their tables and key columns.
needed = json.loads(run(["--emit-schema=json"]).stdout)["requirements"]
needed_tables = []
key_columns = []
for r in needed:
    if r["kind"] in ("table", "join_table") and r["table"] not in needed_tables:
        needed_tables.append(r["table"])
    if r["kind"] in ("column", "type_column"):
        key_columns.append((r["table"], r["columns"][0]))
    if r["kind"] == "join_table":
        key_columns += [(r["table"], c) for c in r["columns"]]


def without(table=None, column=None, index=None):
    """The schema's statements less one table, one column or one index
    (and the indexes that a removed table or column takes with it)."""
    out = []
    for s in statements:
        m = TABLE.match(s)
        if m:
            if m.group(1) == table and column is None:
                continue
            if m.group(1) == table:
                kept = [c for c in tables[table]
                        if names(c)[0] != column]
                assert len(kept) == len(tables[table]) - 1, (table, column)
                s = 'CREATE TABLE "%s" (%s);' % (table, ", ".join(kept))
            out.append(s)
            continue
        m = INDEX.match(s)
        name, on, columns = m.group(1), m.group(2), names(m.group(3))
        if name == index or (on == table and (column is None or
                                              column in columns)):
            continue
        out.append(s)
    return out


removals = []
for t in needed_tables:
    assert t in tables, "the schema lacks " + t
    removals.append(("table " + t, without(table=t)))
for t, c in key_columns:
    removals.append(("column %s.%s" % (t, c), without(table=t, column=c)))
for name, on, columns in indexes:
    removals.append(("index " + name, without(index=name)))

os.makedirs(work, exist_ok=True)
base = run(["--schema=" + schema])
if base.returncode != 0 or json.loads(base.stdout)["diagnostics"]:
    sys.exit("remove_each.py: the full schema is not clean:\n" + base.stdout +
             base.stderr)

one, none, more = 0, [], []
for i, (what, kept) in enumerate(removals):
    path = os.path.join(work, "removal-%02d.sql" % i)
    with open(path, "w") as f:
        f.write("\n".join(kept) + "\n")
    result = run(["--schema=" + path])
    if result.returncode not in (0, 1):
        sys.exit("remove_each.py: %s: exit %d: %s" %
                 (what, result.returncode, result.stderr))
    found = json.loads(result.stdout)["diagnostics"]
    print("%s: %d" % (what, len(found)))
    for d in found:
        print("  %d:%d: %s [%s]" % (d["line"], d["column"], d["message"],
                                    d["check"]))
    if len(found) == 1:
        one += 1
    elif not found:
        none.append(what)
    else:
        more.append(what)
summary = "%d removals: %d with exactly one finding" % (len(removals), one)
if none:
    summary += "; none for " + ", ".join(none)
if more:
    summary += "; more than one for " + ", ".join(more)
print(summary)
