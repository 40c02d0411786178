package org.analecta.browse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.analecta.system.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(BrowseController.class)
@Import(WebSecurity.class)
class BrowseControllerTests {

	private static final ReportSummary SEED = new ReportSummary("iran-dilemma", "Iran's Dilemma",
			LocalDate.of(2014, 6, 20), "Inquiry & Analysis Series", "1099");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReportListing listing;

	@Test
	void datesShowYearsAndTheirMonthsAsLabelledLinksAndCountTheUndated() throws Exception {
		TreeMap<YearMonth, Long> perMonth = new TreeMap<>();
		perMonth.put(YearMonth.of(2014, 6), 3L);
		perMonth.put(YearMonth.of(2014, 7), 1L);
		perMonth.put(YearMonth.of(2017, 1), 1L);
		given(listing.perMonth()).willReturn(perMonth);
		given(listing.undatedCount()).willReturn(54L);
		String html = mvc.perform(get("/browse/dates"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("59 reports, 5 of them dated", "from 2014 to 2017", "54 reports have no date",
				"href=\"/browse/undated\"");
		// The years chart: one column per year from the first to the last, the empty ones
		// without a link.
		assertThat(html).contains("aria-label=\"Reports per year, 2014 to 2017\"",
				"href=\"/browse/dates/2014\" aria-label=\"2014: 4 reports\"", "href=\"/browse/dates/2017\"");
		assertThat(html).doesNotContain("href=\"/browse/dates/2015\"");
		// Each year's months: a link per month with reports, its count drawn above it.
		assertThat(html).contains("href=\"/browse/dates/2014#m6\" aria-label=\"June 2014: 3 reports\"",
				"href=\"/browse/dates/2014#m7\"", "href=\"/browse/dates/2017#m1\"", ">3</text>");
		// The year list reads in order, newest first.
		assertThat(html.indexOf("id=\"y2017\"")).isPositive().isLessThan(html.indexOf("id=\"y2014\""));
	}

	@Test
	void aYearListsItsReportsByMonth() throws Exception {
		given(listing.inYear(2014)).willReturn(List.of(SEED));
		String html = mvc.perform(get("/browse/dates/2014"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"m6\"", "<h2>June</h2>", "aria-label=\"June 2014: 1 report\"",
				"href=\"/reports/iran-dilemma\"", "Inquiry &amp; Analysis Series No. 1099");
	}

	@Test
	void countriesLinkToTheirReportsNewestFirst() throws Exception {
		given(listing.countries()).willReturn(List.of(new ReportListing.CountryCount("Iran", "iran", 2)));
		given(listing.countryName("iran")).willReturn(Optional.of("Iran"));
		given(listing.countInCountry("iran")).willReturn(1L);
		given(listing.inCountry("iran", 0, BrowseController.PAGE_SIZE)).willReturn(List.of(SEED));
		assertThat(mvc.perform(get("/browse/countries")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/browse/countries/iran\"");
		assertThat(mvc.perform(get("/browse/countries/iran"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Iran's Dilemma".replace("'", "&#39;"));
	}

	@Test
	void anUnknownCountryIsNotFound() throws Exception {
		given(listing.countryName("atlantis")).willReturn(Optional.empty());
		assertThat(mvc.perform(get("/browse/countries/atlantis"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("There is no country at this address");
	}

}
