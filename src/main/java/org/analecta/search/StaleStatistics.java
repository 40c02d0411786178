package org.analecta.search;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Analyses the archive's tables once many of their rows changed since the last analyse,
 * as autovacuum's analyse would. Without statistics PostgreSQL plans for tables it knows
 * nothing about: after a bulk load into a server without autovacuum, reading the ten
 * hits' sections and paragraphs for a results page became a scan of every paragraph (183
 * ms at 10,000 reports, 0.8 ms once analysed). On a server whose autovacuum analyses the
 * tables first, this finds nothing to do. The outbox tables are {@link OutboxUpkeep}'s.
 */
@Component
class StaleStatistics extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(StaleStatistics.class);

	/** Of the rows a table holds, the share that must have changed, as autovacuum's. */
	static final double SCALE_FACTOR = 0.1;

	private final JdbcTemplate jdbc;

	private final OutboxUpkeepSettings settings;

	StaleStatistics(JdbcTemplate jdbc, OutboxUpkeepSettings settings) {
		super("table-statistics", settings.interval());
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	void runOnce() {
		for (String table : stale()) {
			long start = System.nanoTime();
			// A name read from the catalogue, quoted: never text from a request.
			jdbc.execute("analyze \"" + table.replace("\"", "\"\"") + "\"");
			log.info("Analysed {} ({} ms): its statistics were stale", table, (System.nanoTime() - start) / 1_000_000);
		}
	}

	/**
	 * The application's tables (Flyway's and the outbox's left out) with at least the
	 * threshold and a tenth of their rows changed since they were last analysed.
	 */
	List<String> stale() {
		return jdbc.queryForList("""
				select relname from pg_stat_user_tables
				where schemaname = current_schema()
				  and relname not like 'hsearch%' and relname <> 'flyway_schema_history'
				  and n_mod_since_analyze >= ? + ? * n_live_tup
				order by relname""", String.class, settings.threshold(), SCALE_FACTOR);
	}

	@Override
	public boolean isAutoStartup() {
		return settings.enabled();
	}

}
