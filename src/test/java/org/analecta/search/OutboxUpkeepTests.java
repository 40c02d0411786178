package org.analecta.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With autovacuum off for the outbox tables (as on a server that runs without it), the
 * application itself vacuums and analyses them once uploads have churned them: what an
 * operator reads in pg_stat_user_tables.
 */
@SpringBootTest(
		properties = { "analecta.search.outbox-upkeep.interval=300ms", "analecta.search.outbox-upkeep.threshold=100" })
class OutboxUpkeepTests {

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void theOutboxIsVacuumedAndAnalysedWithoutAutovacuum() throws Exception {
		for (String table : OutboxUpkeep.TABLES) {
			jdbc.execute("alter table " + table + " set (autovacuum_enabled = off)");
		}
		for (int i = 0; i < 12; i++) {
			String text = FixtureReports.text("02-rowhani-inauguration-2013.txt").replace("5400", "54" + (10 + i));
			ingest.ingest(text.getBytes(StandardCharsets.UTF_8), "churn-" + i + ".txt", "text/plain");
		}
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		Map<String, Object> stats = Map.of();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			stats = jdbc.queryForMap("""
					select last_vacuum, last_analyze, last_autovacuum, n_dead_tup
					from pg_stat_user_tables where relname = 'hsearch_outbox_event'""");
			if (stats.get("last_vacuum") != null && stats.get("last_analyze") != null) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(stats.get("last_autovacuum")).as("autovacuum is off for the table").isNull();
		assertThat(stats.get("last_vacuum")).as("vacuumed by the application").isNotNull();
		assertThat(stats.get("last_analyze")).as("analysed by the application").isNotNull();
		String reloptions = jdbc.queryForObject(
				"select array_to_string(reloptions, ',') from pg_class where relname = 'hsearch_outbox_event'",
				String.class);
		assertThat(reloptions).contains("autovacuum_enabled=off");
	}

}
