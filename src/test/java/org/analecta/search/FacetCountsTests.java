package org.analecta.search;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestService;
import org.analecta.search.ReportResults.FacetValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counts are kept per query and filters, and an upload that the query matches
 * shows in them on the next search, though the same query was answered from the cache
 * just before.
 */
@SpringBootTest
class FacetCountsTests {

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	ReportSearch search;

	@Test
	void anUploadChangesTheCountsOfTheNextSearch() {
		long seed = System.nanoTime();
		System.out.println("FacetCountsTests seed " + seed);
		Random random = new Random(seed);
		// A word of letters only, new to the archive on every run.
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		int number = 100_000 + random.nextInt(800_000);
		upload(word + " Iran", "Iran", number);
		ReportQuery query = ReportQuery.of(word.toString());
		assertThat(search.search(query).facets().countries()).containsExactly(new FacetValue("Iran", 1));
		// Once more (on page 2, which is empty): the same counts, now from the cache.
		assertThat(search.search(query.withPage(2, 10)).facets().countries())
			.containsExactly(new FacetValue("Iran", 1));

		upload(word + " Oman", "Oman", number + 1);
		ReportResults after = search.search(query);
		assertThat(after.total()).isEqualTo(2);
		assertThat(after.facets().countries()).containsExactlyInAnyOrder(new FacetValue("Iran", 1),
				new FacetValue("Oman", 1));
	}

	private void upload(String titleWords, String country, int number) {
		String text = FixtureReports.text("02-rowhani-inauguration-2013.txt")
			.replace("Rowhani Sworn In As President", "Rowhani Sworn In As President " + titleWords)
			.replace("Iran | Special Dispatch No. 5400", country + " | Special Dispatch No. " + number)
			.replace("5400", String.valueOf(number));
		assertThat(
				ingest.ingest(text.getBytes(StandardCharsets.UTF_8), "facets-" + number + ".txt", "text/plain").error())
			.isNull();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
	}

}
