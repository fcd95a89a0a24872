#!/usr/bin/env bash
# assoc-tidy --schema against a real PostgreSQL server. Meant to run under
# pg_virtualenv (Debian postgresql-common), which starts a throw-away
# cluster, exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE, and
# drops the cluster when this script exits:
#
#   pg_virtualenv test/postgres/run.sh <assoc-tidy> <include dir> <work dir>
#
# It prints what each step gives (findings, exit codes, statements seen by
# the server); postgres.test checks that output with FileCheck.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: pg_virtualenv $0 <assoc-tidy> <include dir> <work dir>" >&2
  exit 2
fi
tidy=$1
include=$2
work=$3
inputs=$(cd "$(dirname "$0")/Inputs" && pwd)
: "${PGHOST:?run under pg_virtualenv}" "${PGPORT:?}" "${PGUSER:?}" "${PGDATABASE:?}"

rm -rf "$work"
mkdir -p "$work"
# Nothing is cached: every run reads the source again.
sources=("$inputs/library.cpp" -- -std=c++17 "-I$include")
url="postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
keywords="host=$PGHOST port=$PGPORT dbname=$PGDATABASE user=$PGUSER"

sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# Runs assoc-tidy; prints its diagnostic lines (not the source excerpts),
# then its stderr, then its exit code, in that order whatever the buffering.
check() {
  local rc=0
  "$tidy" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  grep -E ': (error|warning|note): ' "$work/stdout" || true
  sed 's/^/stderr: /' "$work/stderr"
  echo "exit: $rc"
}

echo "== the implied schema, created with psql"
"$tidy" --emit-schema=sql --dialect=postgresql "${sources[@]}" >"$work/schema.sql"
sql -f "$work/schema.sql"
sql -At -c "SELECT count(*) || ' tables' FROM pg_tables WHERE schemaname = current_schema()"

echo "== clean, by URL"
check --schema="$url" "${sources[@]}"
echo "== clean, by keywords"
check --schema="$keywords" "${sources[@]}"

echo "== integer keys"
# A second database whose keys are all integer: consistent, so clean.
sql -c "CREATE DATABASE integer_keys"
"$tidy" --emit-schema=sql --dialect=postgresql --key-type=integer \
  "${sources[@]}" >"$work/integer.sql"
sql -d integer_keys -f "$work/integer.sql"
check --schema="$keywords dbname=integer_keys" "${sources[@]}"

echo "== damaged"
sql <<'SQL'
ALTER TABLE comments DROP COLUMN commentable_type;
DROP INDEX index_books_on_author_id;
DROP TABLE books_tags;
ALTER TABLE vehicles ALTER COLUMN author_id TYPE integer;
ALTER TABLE books ALTER COLUMN author_id SET NOT NULL;
SQL
check --schema="$url" "${sources[@]}"

echo "== read-only"
# Some rows, so that the dump compares data as well as the schema.
sql <<'SQL'
INSERT INTO authors DEFAULT VALUES;
INSERT INTO books (author_id) SELECT id FROM authors;
INSERT INTO vehicles (author_id, type) SELECT id, 'Car' FROM authors;
SQL
# Every statement the server runs goes to its log from now on.
log=$(pg_lsclusters -h "$PGVERSION" regress | awk '{ print $7 }')
sql -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
# pg_dump's \restrict lines carry a random key, different each time.
dump() { pg_dump | grep -v '^\\\(un\)\?restrict '; }
dump >"$work/before.sql"
offset=$(stat -c %s "$log")
check --schema="$url" --emit-migration="$work/unused.sql" "${sources[@]}" >/dev/null
sleep 1
tail -c +"$((offset + 1))" "$log" | grep -o 'statement: .*' | cut -c1-60 || true
sql -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
dump >"$work/after.sql"
if cmp -s "$work/before.sql" "$work/after.sql"; then
  echo "pg_dump: identical before and after, $(grep -c "^COPY " "$work/after.sql") tables of data"
else
  echo "pg_dump: CHANGED"
  diff "$work/before.sql" "$work/after.sql" || true
fi

echo "== migration to a file"
check --schema="$url" --emit-migration="$work/migration.sql" "${sources[@]}"
cat "$work/migration.sql"
echo "== the same on stdout"
"$tidy" --schema="$url" --emit-migration "${sources[@]}" >"$work/stdout.sql"
cmp "$work/migration.sql" "$work/stdout.sql" && echo "same as the file"

echo "== migrated"
sql -f "$work/migration.sql"
# A migration only adds: the integer key and the NOT NULL stay.
check --schema="$url" "${sources[@]}"
echo "== fixed by hand"
sql <<'SQL'
ALTER TABLE vehicles ALTER COLUMN author_id TYPE bigint;
ALTER TABLE books ALTER COLUMN author_id DROP NOT NULL;
SQL
check --schema="$url" "${sources[@]}"
echo "== required belongs_to over a nullable column, when asked"
sql -c "ALTER TABLE vehicles ALTER COLUMN author_id DROP NOT NULL"
check --schema="$url" "${sources[@]}"
check --schema="$url" \
  --config="{CheckOptions: {assoc-schema-nullability.RequiredBelongsToNotNull: true}}" \
  "${sources[@]}"
sql -c "ALTER TABLE vehicles ALTER COLUMN author_id SET NOT NULL"

echo "== from an empty database"
sql -c "CREATE DATABASE empty"
check --schema="$keywords dbname=empty" "${sources[@]}"
"$tidy" --schema="$keywords dbname=empty" --emit-migration="$work/everything.sql" \
  "${sources[@]}" >/dev/null 2>&1 || true
cmp "$work/schema.sql" "$work/everything.sql" && echo "the migration is the implied schema"
sql -d empty -f "$work/everything.sql"
check --schema="$keywords dbname=empty" "${sources[@]}"

echo "== a search_path"
sql -c "CREATE SCHEMA app"
sql -c "SET search_path = app" -f "$work/schema.sql"
sql -c "DROP TABLE app.tags"
check --schema="$url?options=-csearch_path%3Dapp" "${sources[@]}"

# A port nothing listens on: bound, then released, by Python.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# Wall-clock seconds of assoc-tidy, whole.
timed() {
  local start=$EPOCHREALTIME
  check "$@"
  local end=$EPOCHREALTIME
  python3 -c "import sys; print('seconds:', int(float(sys.argv[2]) - float(sys.argv[1])))" "$start" "$end"
}

echo "== refused"
port=$(free_port)
timed --schema="postgresql://$PGUSER@127.0.0.1:$port/$PGDATABASE" "${sources[@]}"
timed --schema="host=127.0.0.1 port=$port dbname=$PGDATABASE" "${sources[@]}"

echo "== no such database"
check --schema="$keywords dbname=nosuchdb" "${sources[@]}"

echo "== no answer"
# A server that accepts the connection and never says a word: the connect
# timeout (5 seconds) ends the wait.
python3 -c '
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(8)
print(s.getsockname()[1], flush=True)
time.sleep(60)
' >"$work/silent.port" &
silent=$!
trap 'kill "$silent" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$work/silent.port" ] && break; sleep 0.1; done
port=$(cat "$work/silent.port")
timed --schema="postgresql://$PGUSER@127.0.0.1:$port/$PGDATABASE" "${sources[@]}"
timed --schema="postgresql://$PGUSER@127.0.0.1:$port/$PGDATABASE?connect_timeout=2" "${sources[@]}"
kill "$silent" 2>/dev/null || true
wait "$silent" 2>/dev/null || true
trap - EXIT

echo "== done"
