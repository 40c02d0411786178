package org.analecta.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestService;
import org.analecta.search.ReportSearch.ReportRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report hits' rows kept between searches ({@link ReportRows}): a page shown again is
 * the same page, each hit shows its own report, and a new version, an upload or a
 * deletion shows at once. The same for the sections a page marks its passages in
 * ({@link HitTexts}).
 */
@SpringBootTest
class ReportRowsTests {

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	ReportSearch reports;

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	@BeforeEach
	void printSeed() {
		System.out.println("ReportRowsTests seed " + seed);
	}

	@Test
	void aPageShownAgainShowsEachReportAsTheArchiveHoldsIt() {
		String word = QuotedWordUploads.newWord(random);
		int number = 100_000 + random.nextInt(800_000);
		QuotedWordUploads uploads = new QuotedWordUploads(ingest, jdbc, emf);
		uploads.upload(word, "Iran", number, "");
		ReportQuery query = ReportQuery.of(word);
		ReportResults first = reports.search(query);
		assertThat(first.hits()).hasSize(1);
		assertHitsAreTheirReports(first);
		assertThat(reports.search(query).hits()).as("the same page again, its rows now kept").isEqualTo(first.hits());

		// A new version of that report, its title changed: the same hit, its row as now.
		uploads.upload(word + " Revised", "Iran", number, "");
		ReportResults revised = reports.search(query);
		assertThat(revised.hits()).extracting(ReportResults.Hit::id).containsExactly(first.hits().get(0).id());
		assertThat(revised.hits().get(0).title()).contains(word + " Revised");
		assertHitsAreTheirReports(revised);

		// A second report with the word: a new state of the index, every row read again.
		uploads.upload(word, "Oman", number + 1, "");
		ReportResults after = reports.search(query.withSort(SearchSort.NEWEST));
		assertThat(after.hits()).hasSize(2);
		assertHitsAreTheirReports(after);
		assertThat(after.hits()).extracting(ReportResults.Hit::countries)
			.containsExactlyInAnyOrder(List.of("Iran"), List.of("Oman"));

		// The first one deleted: the page shows the other alone.
		long firstId = first.hits().get(0).id();
		assertThat(ingest.delete(firstId)).isTrue();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		ReportResults left = reports.search(query.withSort(SearchSort.NEWEST));
		assertThat(left.hits()).extracting(ReportResults.Hit::id).doesNotContain(firstId).hasSize(1);
		assertHitsAreTheirReports(left);
	}

	@Test
	void aHitNamesItsAuthorsInTheOrderOfTheReportsByline() {
		String word = QuotedWordUploads.newWord(random);
		int number = 100_000 + random.nextInt(800_000);
		QuotedWordUploads uploads = new QuotedWordUploads(ingest, jdbc, emf);
		// Not in alphabetical order, which a sorted index field would give.
		uploads.upload(word, "Iran", number, "", "Yossi Mansharof and A. Savyon");
		ReportResults results = reports.search(ReportQuery.of(word));
		assertThat(results.hits()).singleElement()
			.extracting(ReportResults.Hit::authors)
			.isEqualTo(List.of("Yossi Mansharof", "A. Savyon"));
		assertHitsAreTheirReports(results);
		assertThat(reports.search(ReportQuery.of(word)).hits()).as("the same page again, its rows now kept")
			.isEqualTo(results.hits());
	}

	@Test
	void aNewVersionShowsItsNewTextInThePassages() {
		String word = QuotedWordUploads.newWord(random);
		String added = QuotedWordUploads.newWord(random);
		int number = 100_000 + random.nextInt(800_000);
		QuotedWordUploads uploads = new QuotedWordUploads(ingest, jdbc, emf);
		uploads.upload("", "Iran", number, word);
		ReportQuery query = ReportQuery.of(word);

		List<ReportResults.Passage> first = passages(reports.search(query));
		assertThat(first).extracting(ReportResults.Passage::html)
			.anySatisfy(html -> assertThat(html).contains(word).contains("equal footing").doesNotContain(added));
		assertThat(passages(reports.search(query))).as("the same page again, its sections now kept").isEqualTo(first);

		// The same report, its quote changed: the passage shows the new words.
		uploads.upload("", "Iran", number, word + " " + added);
		List<ReportResults.Passage> revised = passages(reports.search(query));
		assertThat(revised).extracting(ReportResults.Passage::html)
			.anySatisfy(html -> assertThat(html).contains(word).contains(added));
		assertThat(passages(reports.search(query))).isEqualTo(revised);
	}

	private static List<ReportResults.Passage> passages(ReportResults results) {
		assertThat(results.hits()).hasSize(1);
		return results.hits().get(0).passages();
	}

	@Test
	void aRowWeighsItsStringsAtTwoBytesACharacterAndItsCounts() {
		ReportRow brief = row("Rowhani Sworn In", List.of(10, 20));
		ReportRow longer = row("Rowhani Sworn In".repeat(11),
				List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120));
		assertThat(ReportRows.bytes(longer) - ReportRows.bytes(brief))
			.isEqualTo(2 * "Rowhani Sworn In".length() * 10 + 20 * 10);
		assertThat(ReportRows.bytes(brief)).isBetween(300, 1_000);
	}

	private static ReportRow row(String title, List<Integer> partWords) {
		return new ReportRow(1L, "rowhani-sworn-in", title, LocalDate.of(2013, 8, 5), "Special Dispatch", "5400",
				List.of("Iran"), List.of("A. Savyon"), partWords.size(), partWords);
	}

	private void assertHitsAreTheirReports(ReportResults results) {
		for (ReportResults.Hit hit : results.hits()) {
			Map<String, Object> row = jdbc.queryForMap("select slug, title, published_on from reports where id = ?",
					hit.id());
			assertThat(hit.slug()).isEqualTo(row.get("slug"));
			assertThat(hit.title()).isEqualTo(row.get("title"));
			assertThat(hit.publishedOn()).isEqualTo(((java.sql.Date) row.get("published_on")).toLocalDate());
			List<String> countries = jdbc.queryForList("""
					select c.name from report_countries rc join countries c on c.id = rc.country_id
					where rc.report_id = ? order by rc.position""", String.class, hit.id());
			assertThat(hit.countries()).isEqualTo(countries);
			List<String> authors = jdbc.queryForList("""
					select a.name from report_authors ra join authors a on a.id = ra.author_id
					where ra.report_id = ? order by ra.position""", String.class, hit.id());
			assertThat(hit.authors()).isEqualTo(authors);
		}
	}

}
