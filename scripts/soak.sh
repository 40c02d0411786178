#!/usr/bin/env bash
# Soak run (org.analecta.soak.Soak): the application on loopback with its own database and index
# folder; searches, quote searches, reader pages and uploads for SOAK_MINUTES (default 30), one
# reindex in the middle; stops by itself and writes target/soak/soak.md (error counts, latency
# percentiles, heap over time). Needs PostgreSQL at 127.0.0.1:5432 (trust auth as postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${SOAK_MINUTES:-30}
DB=${SOAK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/analecta_soak}
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
rm -rf target/soak/index
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  org.analecta.soak.Soak "$MINUTES" "$DB" target/soak/index target/soak
