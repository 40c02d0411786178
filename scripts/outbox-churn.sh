#!/usr/bin/env bash
# Shows what the outbox upkeep (org.analecta.search.OutboxUpkeep) is for, on a scratch database:
# 270,000 indexing events (a 10,000-report bulk load) written and deleted in batches of 1,000 in
# a copy of Hibernate Search's outbox table with autovacuum off, once without vacuum and once with
# a VACUUM (ANALYZE) every 10,000 events; then the size of the table and the cost of the
# processor's polling query with 1,000 events pending. Loopback only; drops its database at the end.
set -euo pipefail
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -q -v ON_ERROR_STOP=1)
DB=${OUTBOX_CHURN_DB:-analecta_outbox_churn}
"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"
trap '"${PSQL[@]}" -c "drop database if exists $DB"' EXIT
run() { "${PSQL[@]}" -d "$DB" "$@"; }
CHURN="do \$\$ begin for b in 1..10 loop
  insert into hsearch_outbox_event select gen_random_uuid(), 'Quote', i::text, i, decode(repeat('ab', 100), 'hex'),
    0, now(), 'PENDING', null from generate_series(1, 1000) i;
  delete from hsearch_outbox_event where id in (select id from hsearch_outbox_event order by process_after limit 1000);
end loop; end \$\$"
POLL="explain (analyze, buffers, costs off, timing off) select id, entity_id, payload from hsearch_outbox_event
  where process_after < now() and status = 'PENDING' order by process_after fetch first 1000 rows only"
for upkeep in off on; do
  run -c "drop table if exists hsearch_outbox_event" -c "create table hsearch_outbox_event (id uuid primary key,
    entity_name varchar(256) not null, entity_id varchar(256) not null, entity_id_hash integer not null,
    payload bytea not null, retries integer not null, process_after timestamptz(6) not null,
    status varchar(255) not null, tenant_id varchar(255)) with (autovacuum_enabled = off)" \
    -c "create index processAfter on hsearch_outbox_event (process_after)"
  for round in $(seq 1 27); do
    run -c "$CHURN"
    if [ "$upkeep" = on ]; then run -c "vacuum (analyze) hsearch_outbox_event"; fi
  done
  run -c "insert into hsearch_outbox_event select gen_random_uuid(), 'Quote', i::text, i, '\\xab', 0, now(),
    'PENDING', null from generate_series(1, 1000) i"
  echo "== upkeep $upkeep: table size $(run -At -c "select pg_size_pretty(pg_total_relation_size('hsearch_outbox_event'))")"
  run -c "$POLL" >/dev/null # warm
  run -c "$POLL" | grep -E "Buffers: shared|Execution Time" | sed -n "1p;\$p"
done
