#!/usr/bin/env bash
# Backs up the Một Cửa database with pg_dump (custom format: compressed, restorable table by
# table). Usage: DATABASE_URL=postgres://… deploy/scripts/backup.sh [file]
# Run it from cron or a systemd timer; keep copies off the machine; run restore-check.sh on each.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is required}"
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
OUT=${1:-motcua-$(date -u +%Y%m%dT%H%M%SZ).dump}
"$PG_BIN/pg_dump" --format=custom --no-owner --no-privileges --file "$OUT.partial" "$DATABASE_URL"
mv "$OUT.partial" "$OUT"   # a file with the final name is always complete
echo "backup: $OUT ($(wc -c <"$OUT") bytes)"
