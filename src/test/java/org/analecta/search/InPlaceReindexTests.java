package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's reindex on a live archive (real PostgreSQL, real index in a temporary
 * folder): it never answers partial results, indexes what is uploaded meanwhile, and
 * really rebuilds (a change made behind the application's back shows afterwards, a report
 * deleted that way is gone).
 */
@SpringBootTest
class InPlaceReindexTests {

	private static final Path SAMPLE = Path.of("data/reports/000_4c35f079a3e03125.txt");

	private static final int VARIANTS = 25;

	@Autowired
	IngestService ingest;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	ReportSearch reports;

	@Autowired
	QuoteSearch quotes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@BeforeEach
	void archiveOfFortySevenReports() {
		FixtureReports.load(ingest, jdbc, emf);
		for (int i = 0; i < VARIANTS; i++) {
			assertThat(ingest.ingest(variant(3000 + i, "Dilemma"), "variant-" + i + ".txt", null).error()).isNull();
		}
		SearchIndexing.awaitCaughtUp(jdbc, emf);
	}

	@Test
	void aRebuildNeverAnswersPartialResultsAndIndexesUploadsMadeMeanwhile() throws Exception {
		long reportsBefore = reports.search(ReportQuery.of("")).total();
		long quotesBefore = quotes.search(QuoteQuery.of("")).total();
		assertThat(reportsBefore).isEqualTo(count("reports")).isGreaterThan(VARIANTS);
		assertThat(quotesBefore).isPositive();

		CompletableFuture<IndexMaintenance.Reindexed> rebuild = CompletableFuture.supplyAsync(() -> {
			try {
				return maintenance.reindex();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CompletionException(e);
			}
		});
		List<Long> reportTotals = new ArrayList<>();
		List<Long> quoteTotals = new ArrayList<>();
		IngestResult uploaded = null;
		while (!rebuild.isDone()) {
			reportTotals.add(reports.search(ReportQuery.of("")).total());
			quoteTotals.add(quotes.search(QuoteQuery.of("")).total());
			if (uploaded == null) {
				uploaded = ingest.ingest(variant(7777, "Quillwort"), "during-the-rebuild.txt", null);
			}
		}
		IndexMaintenance.Reindexed done = rebuild.join();
		SearchIndexing.awaitCaughtUp(jdbc, emf);

		assertThat(reportTotals).as("searches made during the rebuild").hasSizeGreaterThan(5);
		assertThat(reportTotals).as("report totals during the rebuild")
			.allSatisfy(total -> assertThat(total).isBetween(reportsBefore, reportsBefore + 1));
		assertThat(quoteTotals).as("quote totals during the rebuild")
			.allSatisfy(total -> assertThat(total).isGreaterThanOrEqualTo(quotesBefore));
		assertThat(uploaded.error()).isNull();
		assertThat(reports.search(ReportQuery.of("Quillwort")).hits()).extracting(ReportResults.Hit::slug)
			.containsExactly(uploaded.slug());
		assertThat(done.reports()).isBetween(reportsBefore, reportsBefore + 1);
		assertThat(reports.search(ReportQuery.of("")).total()).isEqualTo(reportsBefore + 1).isEqualTo(count("reports"));
		assertThat(maintenance.check().consistent()).isTrue();
	}

	@Test
	void aRebuildReplacesEveryDocumentAndRemovesThoseWhoseReportIsGone() throws Exception {
		long renamed = jdbc.queryForObject("select min(id) from reports", Long.class);
		long deleted = jdbc.queryForObject("select max(id) from reports", Long.class);
		// Behind the application's back: no indexing event, the index keeps the old
		// documents.
		jdbc.update("update reports set title = 'Marshwort renamed' where id = ?", renamed);
		jdbc.update(
				"update quotes set text = 'Bladderwort words' where id = (select min(id) from quotes where kind <> 'TERM')");
		jdbc.update("delete from reports where id = ?", deleted);
		assertThat(reports.search(ReportQuery.of("Marshwort")).total()).isZero();
		assertThat(quotes.search(QuoteQuery.of("Bladderwort")).total()).isZero();

		maintenance.reindex();

		assertThat(reports.search(ReportQuery.of("Marshwort")).total()).isEqualTo(1);
		assertThat(quotes.search(QuoteQuery.of("Bladderwort")).total()).as("a quote changed in the database")
			.isEqualTo(1);
		assertThat(reports.search(ReportQuery.of("")).total()).isEqualTo(count("reports"));
		IndexMaintenance.Consistency after = maintenance.check();
		assertThat(after.quotes().inIndex()).isEqualTo(count("quotes"));
		assertThat(after.consistent()).isTrue();
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static byte[] variant(int seriesNumber, String titleWord) {
		try {
			return Files.readString(SAMPLE)
				.replace("No. 1099", "No. " + seriesNumber)
				.replace("Iran's Dilemma", "Iran's " + titleWord)
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
