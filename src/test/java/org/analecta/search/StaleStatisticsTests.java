package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With autovacuum off for a table (as on a server that runs without it), the application
 * analyses it itself once uploads changed many of its rows: what an operator reads in
 * pg_stat_user_tables, and what keeps the results page's plan on the indexes.
 */
@SpringBootTest(
		properties = { "analecta.search.outbox-upkeep.interval=300ms", "analecta.search.outbox-upkeep.threshold=30" })
class StaleStatisticsTests {

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void paragraphsAreAnalysedAfterUploadsWithoutAutovacuum() throws Exception {
		jdbc.execute("alter table paragraphs set (autovacuum_enabled = off)");
		Object before = lastAnalyze();
		for (int i = 0; i < 12; i++) {
			String text = FixtureReports.text("02-rowhani-inauguration-2013.txt").replace("5400", "55" + (10 + i));
			ingest.ingest(text.getBytes(StandardCharsets.UTF_8), "stats-" + i + ".txt", "text/plain");
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Object after = lastAnalyze();
		while ((after == null || after.equals(before)) && System.nanoTime() < deadline) {
			Thread.sleep(200);
			after = lastAnalyze();
		}
		assertThat(after).as("analysed by the application").isNotNull().isNotEqualTo(before);
	}

	private Object lastAnalyze() {
		return jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = 'paragraphs'",
				Object.class);
	}

}
