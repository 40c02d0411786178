package org.analecta.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.analecta.ingest.IngestService;
import org.analecta.search.FixtureReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

/** The listing's reads of the archive (real parser and PostgreSQL). */
@SpringBootTest
class ReportListingTests {

	@Autowired
	ReportListing listing;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void aReportsAuthorsComeInTheOrderTheReportNamesThem() {
		Map<String, String> slugs = FixtureReports.load(ingest, jdbc, emf);
		String soleimani = slugs.get("13-soleimani-killing-2020.txt");
		assertThat(FixtureReports.text("13-soleimani-killing-2020.txt")).contains("By A. Savyon and U. Kafash");
		Map<String, List<String>> authors = listing.authorsBySlug(List.of(soleimani, slugs.get(FixtureReports.SEED)));
		assertThat(authors.get(soleimani)).containsExactly("A. Savyon", "U. Kafash");
		assertThat(authors).containsKey(slugs.get(FixtureReports.SEED)).hasSize(2);
	}

}
