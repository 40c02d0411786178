package org.analecta.search;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps Hibernate Search's outbox tables small and their statistics fresh, whatever
 * PostgreSQL's autovacuum does. Every upload writes some thirty indexing events and the
 * processor deletes them a moment later; the agent rows are rewritten every pulse.
 * Without vacuum the dead rows pile up (a 10,000-report load leaves hundreds of
 * thousands) and every poll of the processor reads through them, so indexing falls
 * further behind the more there is to index. VACUUM takes only a lock that lets inserts,
 * updates and deletes go on, and costs milliseconds on a table that is kept small this
 * way.
 */
@Component
class OutboxUpkeep extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(OutboxUpkeep.class);

	static final List<String> TABLES = List.of("hsearch_outbox_event", "hsearch_agent");

	private final JdbcTemplate jdbc;

	private final OutboxUpkeepSettings settings;

	OutboxUpkeep(JdbcTemplate jdbc, OutboxUpkeepSettings settings) {
		super("outbox-upkeep", settings.interval());
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	void runOnce() {
		for (String table : TABLES) {
			long churn = churn(table);
			if (churn >= settings.threshold()) {
				vacuum(table, churn);
			}
		}
	}

	/**
	 * Dead rows plus rows changed since the last analyse, as PostgreSQL's statistics
	 * count them.
	 */
	long churn(String table) {
		List<Long> rows = jdbc.queryForList("""
				select coalesce(n_dead_tup, 0) + coalesce(n_mod_since_analyze, 0)
				from pg_stat_user_tables where relname = ?""", Long.class, table);
		return rows.isEmpty() ? 0 : rows.get(0);
	}

	/**
	 * Outside any transaction (VACUUM refuses to run in one): JdbcTemplate's autocommit
	 * connection.
	 */
	void vacuum(String table, long churn) {
		long start = System.nanoTime();
		jdbc.execute("vacuum (analyze) " + table);
		log.debug("Vacuumed {} ({} dead or changed rows) in {} ms", table, churn,
				(System.nanoTime() - start) / 1_000_000);
	}

	@Override
	public boolean isAutoStartup() {
		return settings.enabled();
	}

}
