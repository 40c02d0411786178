package org.analecta.search;

import java.util.List;
import java.util.Map;
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
 * Paged lists (report search, quote search, a country's reports) on the whole
 * application: a page past the end answers 404 with a page that says so and a short
 * pager, whatever number was asked for; the year facet runs newest first, then the
 * undated reports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesPastTheEndTests {

	private static final Pattern PAGER_ITEM = Pattern.compile("<li>\\s*<(?:a|span)[^>]*>[^<]*</(?:a|span)>\\s*</li>");

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
	void anyPagePastTheEndIsANotFoundPageWithAShortPager() throws Exception {
		for (String path : List.of("/search?q=Iran&page=", "/quotes?q=said&page=", "/browse/countries/iran?page=")) {
			for (String page : List.of("99999999", "2147483647", "2147483648", "99999999999999999999999")) {
				MockHttpServletResponse response = mvc.perform(get(path + page)).andReturn().getResponse();
				assertThat(response.getStatus()).as(path + page).isEqualTo(404);
				String html = response.getContentAsString();
				assertThat(html).as(path + page).contains("There is no page ");
				assertThat(pagerItems(html)).as(path + page).isBetween(1, 2);
				assertThat(html.length()).as(path + page).isLessThan(60_000);
			}
			MockHttpServletResponse first = mvc.perform(get(path + "1")).andReturn().getResponse();
			assertThat(first.getStatus()).as(path + "1").isEqualTo(200);
			assertThat(first.getContentAsString()).doesNotContain("There is no page");
		}
	}

	@Test
	void aPageInTheMiddleHasAWindowOfPagesAndTheEnds() throws Exception {
		long total = search.search(ReportQuery.of("*").withPage(1, 1)).total();
		int pages = (int) ((total + ReportQuery.DEFAULT_SIZE - 1) / ReportQuery.DEFAULT_SIZE);
		assertThat(pages).isGreaterThanOrEqualTo(2);
		String html = mvc.perform(get("/search?q=*&page=" + pages)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("aria-current=\"page\">" + pages + "<");
		assertThat(pagerItems(html)).isLessThanOrEqualTo(11);
	}

	@Test
	void theYearFacetRunsNewestFirstThenTheUndated() {
		Map<String, Object> counts = jdbc.queryForMap(
				"select count(*) filter (where published_on is null) as undated, count(*) as total from reports");
		List<ReportResults.FacetValue> years = search.search(ReportQuery.of("*")).facets().years();
		List<ReportResults.FacetValue> dated = years.stream()
			.filter(v -> !v.value().equals(ReportSearch.UNDATED))
			.toList();
		assertThat(dated.stream().map(v -> Integer.parseInt(v.value())).toList())
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		long undated = ((Number) counts.get("undated")).longValue();
		if (undated > 0) {
			assertThat(years.getLast()).isEqualTo(new ReportResults.FacetValue(ReportSearch.UNDATED, undated));
			assertThat(search.search(ReportQuery.of("*").withYears(List.of(ReportQuery.UNDATED))).total())
				.isEqualTo(undated);
		}
		assertThat(years.stream().mapToLong(ReportResults.FacetValue::count).sum())
			.isEqualTo(((Number) counts.get("total")).longValue());
	}

	private static int pagerItems(String html) {
		int from = html.indexOf("class=\"pagination\"");
		if (from < 0) {
			return 0;
		}
		String pager = html.substring(from, html.indexOf("</ul>", from));
		Matcher m = PAGER_ITEM.matcher(pager);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
