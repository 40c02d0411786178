package org.analecta.search;

import java.util.List;
import java.util.Random;

import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sections a page of report hits marks its passages in, kept between searches
 * ({@link HitTexts}): the same page again shows the same passages, and a new version of
 * the report shows its new text at once.
 */
@SpringBootTest
class KeptSectionsTests {

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
		System.out.println("KeptSectionsTests seed " + seed);
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

}
