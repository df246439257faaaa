#!/usr/bin/env bash
# Proves a backup restores: loads it into a scratch database on the same server, checks that the
# schema is at a known migration and prints the row counts of the tables that matter, then drops
# the scratch database. Usage: DATABASE_URL=postgres://…/postgres deploy/scripts/restore-check.sh file.dump
# (the role needs CREATEDB). Exit status 0 only when the restore worked.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is required}"
DUMP=${1:?usage: restore-check.sh file.dump}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
SCRATCH="motcua_restore_check_$$"
BASE=${DATABASE_URL%/*}
cleanup() { "$PG_BIN/psql" -q -X "$DATABASE_URL" -c "DROP DATABASE IF EXISTS $SCRATCH" >/dev/null 2>&1 || true; }
trap cleanup EXIT
"$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 "$DATABASE_URL" -c "CREATE DATABASE $SCRATCH" >/dev/null
"$PG_BIN/pg_restore" --exit-on-error --no-owner --no-privileges --dbname "$BASE/$SCRATCH" "$DUMP"
"$PG_BIN/psql" -X -A -t -v ON_ERROR_STOP=1 "$BASE/$SCRATCH" <<'SQL'
SELECT 'migration ' || max(version) FROM schema_migrations;
SELECT 'procedures ' || count(*) FROM procedures;
SELECT 'dossiers ' || count(*) FROM dossiers;
SELECT 'evaluations ' || count(*) FROM evaluations;
SELECT 'surveys ' || count(*) FROM surveys;
SELECT 'idempotency_keys ' || count(*) FROM idempotency_keys;
SQL
echo "restore-check: ok"
