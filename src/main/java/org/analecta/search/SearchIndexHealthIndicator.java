package org.analecta.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Actuator health component "searchIndex": UP when the index holds exactly the reports and quotes
 * of the database. OUT_OF_SERVICE when they differ and no indexing events are pending (a reindex
 * is needed); UP with the pending count when they differ only because the outbox is still being
 * processed (a commit of the last second); DOWN when the index cannot be read. A broken admin
 * synonym file is reported in the details.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

	private final IndexMaintenance maintenance;
	private final JdbcTemplate jdbc;

	SearchIndexHealthIndicator(IndexMaintenance maintenance, JdbcTemplate jdbc) {
		this.maintenance = maintenance;
		this.jdbc = jdbc;
	}

	@Override
	public Health health() {
		IndexMaintenance.Consistency check;
		try {
			check = maintenance.check();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reports", counts(check.reports()));
		details.put("quotes", counts(check.quotes()));
		if (check.synonymProblem() != null) {
			details.put("synonyms", check.synonymProblem());
		}
		if (check.consistent()) {
			return Health.up().withDetails(details).build();
		}
		long pending = pendingEvents();
		details.put("pendingIndexingEvents", pending);
		if (pending > 0) {
			details.put("note", "the index is catching up with recent changes");
			return Health.up().withDetails(details).build();
		}
		details.put("action", "the index differs from the database: run a reindex");
		return Health.outOfService().withDetails(details).build();
	}

	private long pendingEvents() {
		try {
			Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'", Long.class);
			return count == null ? 0 : count;
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	private static Map<String, Object> counts(IndexMaintenance.Counts counts) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("database", counts.inDatabase());
		map.put("index", counts.inIndex());
		if (!counts.missing().isEmpty()) {
			map.put("missingFromIndex", counts.missing());
		}
		if (!counts.stale().isEmpty()) {
			map.put("staleInIndex", counts.stale());
		}
		return map;
	}

}
