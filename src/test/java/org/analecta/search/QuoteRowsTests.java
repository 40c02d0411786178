package org.analecta.search;

import java.util.Map;
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
 * The quote hits' rows kept between searches ({@link QuoteRows}): a page shown again is
 * the same page, each row is its own quote's, and a change to the archive shows at once.
 */
@SpringBootTest
class QuoteRowsTests {

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	QuoteSearch quotes;

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	@BeforeEach
	void printSeed() {
		System.out.println("QuoteRowsTests seed " + seed);
	}

	@Test
	void aPageShownAgainShowsEachQuoteWithItsOwnSpeakerTextAndReport() {
		String word = QuotedWordUploads.newWord(random);
		int number = 100_000 + random.nextInt(800_000);
		new QuotedWordUploads(ingest, jdbc, emf).upload("", "Iran", number, word);
		QuoteQuery query = QuoteQuery.of(word);
		QuoteResults first = quotes.search(query);
		assertThat(first.hits()).hasSize(1);
		assertRowsAreTheirQuotes(first);
		assertThat(quotes.search(query).hits()).as("the same page again, its rows now kept").isEqualTo(first.hits());

		// A second report quoting the word: a new state of the index, every row read
		// again, in the order of the search.
		new QuotedWordUploads(ingest, jdbc, emf).upload("", "Oman", number + 1, word);
		QuoteResults after = quotes.search(query.withSort(SearchSort.NEWEST));
		assertThat(after.hits()).hasSize(2);
		assertRowsAreTheirQuotes(after);
		assertThat(quotes.search(query.withSort(SearchSort.NEWEST)).hits()).isEqualTo(after.hits());
	}

	private void assertRowsAreTheirQuotes(QuoteResults results) {
		for (QuoteResults.Hit hit : results.hits()) {
			Map<String, Object> row = jdbc.queryForMap(
					"""
							select q.text, r.slug as report, s.slug as speaker from quotes q join reports r on r.id = q.report_id
							left join speakers s on s.id = q.speaker_id where q.id = ?""",
					hit.id());
			assertThat(hit.text()).isEqualTo(row.get("text"));
			assertThat(hit.reportSlug()).isEqualTo(row.get("report"));
			assertThat(hit.speakerSlug()).isEqualTo(row.get("speaker"));
		}
	}

}
