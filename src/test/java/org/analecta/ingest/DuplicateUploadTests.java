package org.analecta.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult.Outcome;
import org.analecta.report.Reports;
import org.analecta.search.ReportQuery;
import org.analecta.search.ReportResults;
import org.analecta.search.ReportSearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One report, stored once: a re-upload that differs in its first line, its format or its
 * saving tool becomes a new version of the stored report, through the real parser,
 * database and index. Each test works on its own report.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DuplicateUploadTests {

	private static final Path SEED_TEXT = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

	private static final Path SEED_HTML = Path.of("data", "reports", "001_iran-dilemma-cooperate-with-us.html");

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	@Autowired
	IngestService ingest;

	@Autowired
	Reports reports;

	@Autowired
	ReportSearch search;

	@Autowired
	FingerprintBackfill backfill;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void aReuploadWithAChangedFirstLineAndNoSeriesBecomesAVersionAndSearchShowsTheReportOnce() throws Exception {
		String text = numbered(7001);
		IngestResult first = ingest.ingest(bytes(text), "dilemma.txt", null);
		long count = reports.count();

		IngestResult again = ingest.ingest(bytes("Downloaded 2026-11-29 from the archive\n" + withoutSeries(text)),
				"dilemma (copy).txt", null);

		assertThat(again.outcome()).isEqualTo(Outcome.UPDATED);
		assertThat(again.slug()).isEqualTo(first.slug());
		assertThat(again.warnings().getFirst()).contains("nearly the same text");
		assertThat(reports.count()).isEqualTo(count);
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		ReportResults hits = search.search(ReportQuery.of("Firouzabadi"));
		assertThat(hits.hits()).extracting(ReportResults.Hit::slug).containsOnlyOnce(first.slug());
		String page = mvc.perform(get("/reports/" + first.slug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2 versions", "dilemma.txt, uploaded");
		byte[] earlier = mvc.perform(get("/reports/" + first.slug() + "/versions/1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(earlier).isEqualTo(bytes(text));
	}

	@Test
	void theHtmlPageAndTheTextOfOneReportAreOneReport() throws Exception {
		IngestResult text = ingest.ingest(Files.readAllBytes(SEED_TEXT), SEED_TEXT.getFileName().toString(), null);
		PreparedUpload html = ingest.prepare(Files.readAllBytes(SEED_HTML), SEED_HTML.getFileName().toString(), null);
		assertThat(html.match()).isNotNull();
		assertThat(html.match().slug()).isEqualTo(text.slug());
		IngestResult saved = ingest.save(html, MetadataCorrection.NONE, SaveChoice.NEW_VERSION);
		assertThat(saved.outcome()).isEqualTo(Outcome.UPDATED);
		assertThat(saved.slug()).isEqualTo(text.slug());
	}

	@Test
	void theAdminMayStoreALookalikeApartOrSkipIt() throws Exception {
		String text = numbered(7002);
		IngestResult first = ingest.ingest(bytes(text), "a.txt", null);
		String copy = "Another first line\n" + withoutSeries(text);
		PreparedUpload prepared = ingest.prepare(bytes(copy), "b.txt", null);
		assertThat(prepared.match().reason()).isEqualTo(Match.Reason.SIMILAR_TEXT);
		assertThat(prepared.match().similarity()).isGreaterThanOrEqualTo(TextFingerprint.SAME_REPORT);
		assertThat(prepared.match().title()).isEqualTo(first.title());

		long count = reports.count();
		assertThat(ingest.save(prepared, MetadataCorrection.NONE, SaveChoice.SKIP).outcome())
			.isEqualTo(Outcome.SKIPPED);
		assertThat(reports.count()).isEqualTo(count);
		IngestResult apart = ingest.save(prepared, MetadataCorrection.NONE, SaveChoice.SEPARATE);
		assertThat(apart.outcome()).isEqualTo(Outcome.CREATED);
		assertThat(apart.slug()).isNotEqualTo(first.slug());
		assertThat(reports.count()).isEqualTo(count + 1);
	}

	@Test
	void anotherReportIsNoMatch() throws Exception {
		ingest.ingest(Files.readAllBytes(FIXTURES.resolve("13-soleimani-killing-2020.txt")), "soleimani.txt", null);
		PreparedUpload other = ingest.prepare(
				bytes(withoutSeries(Files.readString(FIXTURES.resolve("17-hezbollah-front-2023.txt")))), "front.txt",
				null);
		assertThat(other.match()).isNull();
	}

	@Test
	void reportsStoredBeforeFingerprintsGetOneAtStartUp() throws Exception {
		String text = numbered(7003);
		IngestResult first = ingest.ingest(bytes(text), "old.txt", null);
		jdbc.update("delete from report_fingerprints where report_id = ?", first.reportId());
		jdbc.update("delete from report_fingerprint_bands where report_id = ?", first.reportId());
		assertThat(ingest.prepare(bytes("x\n" + withoutSeries(text)), "new.txt", null).match()).isNull();

		assertThat(backfill.fill()).isPositive();

		assertThat(ingest.prepare(bytes("x\n" + withoutSeries(text)), "new.txt", null).match().slug())
			.isEqualTo(first.slug());
	}

	/**
	 * The sample report under its own series number and title, and with its commonest
	 * words marked, so that each test has a report whose text is its own.
	 */
	private static String numbered(int number) throws Exception {
		return Files.readString(SEED_TEXT)
			.replace("Series No. 1099", "Series No. " + number)
			.replaceFirst("Iran's Dilemma", "Iran's Dilemma " + number)
			.replaceAll("\\b(the|of|and|to|in|a|that|is)\\b", "$1" + number);
	}

	private static String withoutSeries(String text) {
		return text.lines().filter(line -> !line.contains("Series No.")).reduce("", (a, b) -> a + b + "\n");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
