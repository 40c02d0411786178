package org.analecta.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health component "db", in place of Boot's (turned off with
 * management.health.db.enabled): the same round trip to PostgreSQL, but within the health
 * time limit, so that a database that stops answering makes the node unready in seconds
 * instead of hanging the probe.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

	private final JdbcTemplate jdbc;

	private final TimeLimitedCheck check;

	DatabaseHealthIndicator(JdbcTemplate jdbc, HealthSettings settings) {
		this.jdbc = jdbc;
		this.check = new TimeLimitedCheck("db-health", settings.timeout());
	}

	@Override
	public Health health() {
		return check.run(() -> {
			jdbc.queryForObject("select 1", Integer.class);
			return Health.up().withDetail("database", "PostgreSQL").build();
		});
	}

	@Override
	public void close() {
		check.close();
	}

}
