package org.analecta.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator health component "searchIndex", part of the readiness group (never of
 * liveness: a node whose index lags or is being rebuilt still serves every page that
 * needs only the database, and restarting it would not help). UP when the index holds the
 * database's reports and quotes, or is catching up with pending indexing events;
 * OUT_OF_SERVICE when they have differed for the whole grace period with nothing pending
 * (a reindex is needed); DOWN when the index cannot be read. Answers from the background
 * monitor's latest check, so it never waits.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

	private final IndexAgreementMonitor monitor;

	SearchIndexHealthIndicator(IndexAgreementMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public Health health() {
		return monitor.health();
	}

}
