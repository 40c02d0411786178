#!/usr/bin/env bash
# Backup and restore drill (docs/faults.md): starts the application on loopback with a database
# and index of its own and the fixture reports as seed; notes the report and quote counts of the
# database and the index; stops it; dumps the database (pg_dump -Fc), drops it, restores it,
# removes the index folder; starts again and waits until the rebuilt index holds the same counts.
# Prints PASS or FAIL and exits 0 or 1. Every wait is bounded; the application is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
PGARGS=(-h 127.0.0.1 -p 5432 -U postgres)
DB=${DRILL_DB:-analecta_drill}
PORT=${DRILL_PORT:-18087}
WORK=target/drill
INDEX=$WORK/index
DUMP=$WORK/$DB.dump
rm -rf "$WORK" && mkdir -p "$WORK"
./mvnw -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
dropdb "${PGARGS[@]}" --if-exists "$DB"
APP=
stop() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi; }
trap stop EXIT
start() { # $1: seed folder, $2: log file
  java -Xmx768m -cp "target/classes:$(cat target/cp.txt)" org.analecta.AnalectaApplication \
    --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.jpa.properties.hibernate.search.backend.directory.root="$INDEX" \
    --analecta.seed-dir="$1" --management.endpoint.health.show-details=always >"$2" 2>&1 &
  APP=$!
}
# Prints "reports quotes" once the index holds what the database holds (and some), within 240 s.
await_counts() {
  for _ in $(seq 1 240); do
    body=$(curl -s --max-time 5 "http://127.0.0.1:$PORT/actuator/health" || true)
    counts=$(echo "$body" | jq -r '.components.searchIndex.details
      | select(.reports.database > 0 and .reports.database == .reports.index and .quotes.database == .quotes.index)
      | "\(.reports.index) \(.quotes.index)"' 2>/dev/null || true)
    if [ -n "$counts" ] && ! echo "$body" | jq -e '.components.searchIndex.details.repair' >/dev/null 2>&1; then
      echo "$counts"; return 0
    fi
    sleep 1
  done
  echo "timeout"; return 1
}
start src/test/resources/fixtures/reports "$WORK/first.log"
before=$(await_counts) || { echo "FAIL: the first start never showed equal counts"; exit 1; }
stop
echo "before: reports quotes = $before"
pg_dump "${PGARGS[@]}" -Fc -f "$DUMP" "$DB"
dropdb "${PGARGS[@]}" "$DB"
createdb "${PGARGS[@]}" "$DB"
pg_restore "${PGARGS[@]}" -d "$DB" "$DUMP"
rm -rf "$INDEX"
start "" "$WORK/second.log"
after=$(await_counts) || { echo "FAIL: after the restore the index never caught up"; exit 1; }
stop
echo "after:  reports quotes = $after"
dropdb "${PGARGS[@]}" "$DB"
if [ "$before" = "$after" ]; then echo "PASS"; else echo "FAIL: counts differ"; exit 1; fi
