package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import java.util.Random;

import org.analecta.ingest.IngestService;
import org.analecta.report.Report;
import org.analecta.search.ReportResults.FacetValue;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManager;
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

	@Autowired
	QuoteSearch quotes;

	@Autowired
	IndexReading indexReading;

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	@BeforeEach
	void printSeed() {
		System.out.println("FacetCountsTests seed " + seed);
	}

	@Test
	void anUploadChangesTheCountsOfTheNextSearch() {
		String word = newWord();
		int number = 100_000 + random.nextInt(800_000);
		upload(word + " Iran", "Iran", number);
		ReportQuery query = ReportQuery.of(word);
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

	/**
	 * The embedded index tells its state, so that counts kept for one state are not used
	 * on another (an edit that leaves the number of hits alone included).
	 */
	@Test
	void theIndexsGenerationChangesWithAnUpload() {
		OptionalLong before = generation();
		assertThat(before).isPresent();
		assertThat(generation()).as("unchanged without a change").isEqualTo(before);
		upload(newWord() + " Iran", "Iran", 100_000 + random.nextInt(800_000));
		assertThat(generation()).isPresent().isNotEqualTo(before);
	}

	private OptionalLong generation() {
		try (EntityManager em = emf.createEntityManager();
				IndexReading.View index = indexReading.open(Search.session(em), Report.class)) {
			return index.generation();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void anUploadChangesTheQuoteCountsOfTheNextQuoteSearch() {
		String word = newWord();
		int number = 100_000 + random.nextInt(800_000);
		// The president's quote holds the word: the quote search finds it.
		upload(word + " Iran", "Iran", number, word);
		QuoteQuery query = QuoteQuery.of(word);
		QuoteResults first = quotes.search(query);
		assertThat(first.total()).isEqualTo(1);
		assertThat(first.facets().countries()).containsExactly(new FacetValue("Iran", 1));
		assertThat(first.speakers()).singleElement().extracting(FacetValue::count).isEqualTo(1L);
		// Once more, sorted otherwise: the same counts, now from the cache.
		QuoteResults again = quotes.search(query.withSort(SearchSort.NEWEST));
		assertThat(again.facets()).isEqualTo(first.facets());
		assertThat(again.verified()).isEqualTo(first.verified());

		upload(word + " Oman", "Oman", number + 1, word);
		QuoteResults after = quotes.search(query);
		assertThat(after.total()).isEqualTo(2);
		assertThat(after.facets().countries()).containsExactlyInAnyOrder(new FacetValue("Iran", 1),
				new FacetValue("Oman", 1));
		assertThat(after.speakers()).singleElement().extracting(FacetValue::count).isEqualTo(2L);
	}

	private String newWord() {
		return QuotedWordUploads.newWord(random);
	}

	private void upload(String titleWords, String country, int number) {
		upload(titleWords, country, number, "");
	}

	private void upload(String titleWords, String country, int number, String quotedWord) {
		new QuotedWordUploads(ingest, jdbc, emf).upload(titleWords, country, number, quotedWord);
	}

}
