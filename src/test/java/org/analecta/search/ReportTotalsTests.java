package org.analecta.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search page with the exact count set as low as it goes (3): a word in nearly every
 * fixture report is counted only until Lucene can skip, the page says "More than N
 * reports", and its pager leads page by page to the true end and never to an empty page;
 * a rarer word is counted exactly.
 */
@SpringBootTest(properties = "analecta.search.exact-total-up-to=3")
@AutoConfigureMockMvc
class ReportTotalsTests {

	private static final Pattern COUNT = Pattern.compile("id=\"result-count\">([^<]*)<");

	private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"");

	private static final Pattern HIT = Pattern.compile("<li class=\"result\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	ReportSearch search;

	@BeforeEach
	void loadFixtures() {
		FixtureReports.load(ingest, jdbc, emf);
	}

	@Test
	void pastTheThresholdThePageSaysMoreThanAndItsPagerReachesTheEnd() throws Exception {
		long exact = search.searchCountingAll(ReportQuery.of("said")).total();
		assertThat(exact).isGreaterThan(2L * ReportQuery.DEFAULT_SIZE);
		assertThat(search.search(ReportQuery.of("said")).totalExact()).isFalse();

		String address = "/search?q=said";
		String firstCount = null;
		long seen = 0;
		int pages = 0;
		while (address != null) {
			MockHttpServletResponse response = mvc.perform(get(address.replace("&amp;", "&")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(address).isEqualTo(200);
			String html = response.getContentAsString();
			long hits = HIT.matcher(html).results().count();
			assertThat(hits).as(address).isPositive();
			seen += hits;
			pages++;
			if (firstCount == null) {
				firstCount = group(COUNT, html);
			}
			address = group(NEXT, html);
		}
		assertThat(firstCount).matches("More than \\d+ reports match “said”");
		long lowerBound = Long.parseLong(firstCount.replaceAll("\\D", ""));
		assertThat(lowerBound).isLessThan(exact);
		assertThat(seen).isEqualTo(exact);
		assertThat(pages).isEqualTo((int) ((exact + ReportQuery.DEFAULT_SIZE - 1) / ReportQuery.DEFAULT_SIZE));

		MockHttpServletResponse past = mvc.perform(get("/search?q=said&page=" + (pages + 1))).andReturn().getResponse();
		assertThat(past.getStatus()).isEqualTo(404);
		assertThat(past.getContentAsString()).contains("There is no page " + (pages + 1));
	}

	@Test
	void belowTheThresholdTheCountIsExact() throws Exception {
		long exact = search.searchCountingAll(ReportQuery.of("Firouzabadi")).total();
		assertThat(exact).isBetween(1L, (long) ReportQuery.DEFAULT_SIZE);
		String html = mvc.perform(get("/search?q=Firouzabadi")).andReturn().getResponse().getContentAsString();
		assertThat(group(COUNT, html))
			.isEqualTo(exact == 1 ? "1 report matches “Firouzabadi”" : exact + " reports match “Firouzabadi”");
		assertThat(html).doesNotContain("rel=\"next\"");
	}

	private static String group(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		return m.find() ? m.group(1) : null;
	}

}
