#!/usr/bin/env bash
# Bulk load through the application's normal upload path (org.analecta.bench.HttpBulkLoad):
# starts the built jar on loopback with a fresh database and index folder of its own, uploads
# BULK_REPORTS generated reports (the benchmark's corpus, seed 20260) over HTTP as the admin,
# BULK_WORKERS uploads at a time, BULK_FILES files per upload, and samples every second the
# outbox events pending, the reports stored and the reports searchable. It stops by itself once
# every stored report is searchable (or BULK_LIMIT seconds after the last upload), stops the
# application and writes target/bulk/bulk-load.md. Needs PostgreSQL at 127.0.0.1:5432 (trust
# auth as postgres); says whether the server's autovacuum is on.
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS=${BULK_REPORTS:-10000}
WORKERS=${BULK_WORKERS:-4}
FILES=${BULK_FILES:-10}
LIMIT=${BULK_LIMIT:-900}
DB=${BULK_DB:-analecta_bulk}
PORT=${BULK_PORT:-18093}
OUT=target/bulk
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"

[ -f target/analecta.jar ] || ./mvnw -q -o package -DskipTests
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p "$OUT"
rm -rf "$OUT/index"
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
echo "autovacuum: $(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc 'show autovacuum')"

PASSWORD="bulk-$(date +%s%N)"
ANALECTA_DB_URL="$JDBC" ANALECTA_DB_PASSWORD= ANALECTA_INDEX_DIR="$OUT/index" \
  ANALECTA_ADMIN_PASSWORD="$PASSWORD" PORT="$PORT" \
  java -Xmx1g --sun-misc-unsafe-memory-access=allow -jar target/analecta.jar > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the application stopped; see $OUT/app.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null || { echo "not ready after 180 s"; exit 1; }

BULK_ADMIN_PASSWORD="$PASSWORD" java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
  org.analecta.bench.HttpBulkLoad "http://127.0.0.1:$PORT" "$JDBC" "target/bench/corpus-20260" \
  "$REPORTS" "$WORKERS" "$FILES" "$OUT/bulk-load.md" "$LIMIT"
