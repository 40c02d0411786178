package org.analecta.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.analecta.system.WebSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.SpringTemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ SearchController.class, QuoteController.class })
@Import({ WebSecurity.class, FacetSidebar.class })
@EnableConfigurationProperties(SearchSettings.class)
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SpringTemplateEngine templateEngine;

	@MockitoBean
	ReportSearch reports;

	@MockitoBean
	QuoteSearch quotes;

	// The database half of a result line (countries, the sentence around the quote) is
	// tested in
	// QuoteLinesTests and PagesBrowserTests; here it stands still.
	@MockitoBean
	QuoteLines lines;

	@BeforeEach
	void linesWithoutTheDatabase() {
		given(lines.of(any())).willAnswer(inv -> inv.<List<QuoteResults.Hit>>getArgument(0)
			.stream()
			.map(h -> new QuoteLines.QuoteLine(QuoteController.view(h), List.of("Iraq", "Iran"), false,
					new QuoteLines.Context("Rohani said that \"", h.text(), ".\" He added more.")))
			.toList());
	}

	@Test
	void theEmptySearchPageExplainsTheSyntaxAndSearchesNothing() throws Exception {
		String html = mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("\"axis of evil\"", "Firouzabadi");
		verifyNoInteractions(reports);
	}

	@Test
	void theUrlStateBecomesTheQueryAndStaysInThePage() throws Exception {
		// Enough hits for a page 2 (a page past the end would be a 404).
		given(reports.search(any())).willAnswer(inv -> {
			ReportResults one = results(inv.getArgument(0), 1, null);
			return new ReportResults(one.query(), 20, one.hits(), one.facets(), List.of(), null, false);
		});
		String html = mvc
			.perform(get("/search?q=Firouzabadi&country=Iran&year=2014&from=2014-01-01&sort=newest&page=2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ArgumentCaptor<ReportQuery> query = ArgumentCaptor.forClass(ReportQuery.class);
		verify(reports).search(query.capture());
		assertThat(query.getValue().q()).isEqualTo("Firouzabadi");
		assertThat(query.getValue().countries()).containsExactly("Iran");
		assertThat(query.getValue().years()).containsExactly(2014);
		assertThat(query.getValue().from()).isEqualTo(LocalDate.of(2014, 1, 1));
		assertThat(query.getValue().sort()).isEqualTo(SearchSort.NEWEST);
		assertThat(query.getValue().page()).isEqualTo(2);
		// The query stays in the box; the active filter is a link that removes it.
		assertThat(html).contains("name=\"q\" value=\"Firouzabadi\"");
		assertThat(html).contains("href=\"/search?q=Firouzabadi&amp;year=2014&amp;from=2014-01-01&amp;sort=newest\"");
		// A facet value adds a filter (and goes back to page 1).
		assertThat(html).contains(
				"href=\"/search?q=Firouzabadi&amp;country=Iran&amp;country=Iraq&amp;year=2014&amp;from=2014-01-01&amp;sort=newest\"");
	}

	@Test
	void hitsLinkToTheirSectionAndHighlightsAreSanitised() throws Exception {
		given(reports.search(any())).willAnswer(inv -> results(inv.getArgument(0), 1, null));
		String html = mvc.perform(get("/search?q=Firouzabadi")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("href=\"/reports/iran-dilemma#s6\"", "<mark>Firouzabadi</mark> said");
		// Every hit says what is known of it; the count says what it counts.
		assertThat(html).contains("June 20, 2014", "Inquiry &amp; Analysis Series No. 1099", "Iraq, Iran",
				"by A. Savyon, Y. Mansharof", "1 report matches “Firouzabadi”");
		assertThat(html).doesNotContain("<script>alert", "onerror");
	}

	@Test
	void noHitsOffersTheSpellingSuggestion() throws Exception {
		given(reports.search(any())).willAnswer(inv -> results(inv.getArgument(0), 0, "Firouzabadi"));
		String html = mvc.perform(get("/search?q=Firuzabady")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("No reports match.", "Did you mean", "href=\"/search?q=Firouzabadi\"");
	}

	@Test
	void anUnreadableDateIsIgnoredWithAMessageNotAnError() throws Exception {
		given(reports.search(any())).willAnswer(inv -> results(inv.getArgument(0), 0, null));
		String html = mvc.perform(get("/search?q=x&from=yesterday&page=abc"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("The from date &quot;yesterday&quot; was ignored");
	}

	@Test
	void quoteHitsShowSpeakerRoleDateOutletAndLinkToTheQuote() throws Exception {
		given(quotes.search(any())).willAnswer(inv -> rohaniQuote(inv.getArgument(0)));
		String html = mvc.perform(get("/quotes?speaker=Rouhani"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/speakers/hassan-rohani\">Hassan Rohani</a>", "Iranian President",
				"June 14, 2014", "via Fars", "href=\"/reports/iran-dilemma#q4\"", "we may <mark>consider</mark> it",
				"Iraq, Iran", "attribution not verified", "<summary>The whole sentence</summary>",
				"<strong>we may consider it</strong>");
		assertThat(html).contains("name=\"speaker\" type=\"text\" value=\"Rouhani\"",
				"data-suggest=\"/api/speakers/suggest\"");
	}

	/**
	 * The pages' expressions are compiled after a hundred interpreted uses (mixed mode):
	 * the compiled ones must render the same page, for dated and undated hits alike, and
	 * fall back to interpreting when a value is of another type than the one compiled
	 * for.
	 */
	@Test
	void pagesRenderTheSameOnceTheirExpressionsAreCompiled() throws Exception {
		assertThat(templateEngine.getEnableSpringELCompiler()).isTrue();
		given(reports.search(any())).willAnswer(inv -> {
			ReportQuery query = inv.getArgument(0);
			ReportResults dated = results(query, 1, null);
			if (!query.q().equals("undated")) {
				return dated;
			}
			ReportResults.Hit hit = dated.hits().getFirst();
			ReportResults.Hit undated = new ReportResults.Hit(hit.id(), hit.slug(), hit.title(), hit.titleHtml(), null,
					null, null, List.of(), List.of(), hit.passages());
			return new ReportResults(query, 1, List.of(undated), dated.facets(), List.of(), "dated", false);
		});
		given(quotes.search(any())).willAnswer(inv -> rohaniQuote(inv.getArgument(0)));
		List<String> pages = List.of("/search?q=Firouzabadi&country=Iran", "/search?q=undated&sort=newest",
				"/quotes?speaker=Rouhani", "/quotes?q=consider");
		Map<String, String> first = new HashMap<>();
		for (String page : pages) {
			first.put(page, render(page));
		}
		assertThat(first.get(pages.get(0))).contains("June 20, 2014", "<mark>Firouzabadi</mark> said");
		assertThat(first.get(pages.get(1))).contains("date not known").doesNotContain("June 20, 2014");
		for (int i = 0; i < 150; i++) {
			for (String page : pages) {
				assertThat(render(page)).as("%s, render %d", page, i + 2).isEqualTo(first.get(page));
			}
		}
	}

	private String render(String page) throws Exception {
		return mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** One quote of Rohani's, found for any quote query. */
	private static QuoteResults rohaniQuote(QuoteQuery query) {
		return new QuoteResults(query, 1,
				List.of(new QuoteResults.Hit(1, "we may consider it", "we may <mark>consider</mark> it",
						"Hassan Rohani", "hassan-rohani", "Iranian President", "Rohani", "iran-dilemma",
						"Iran's Dilemma", LocalDate.of(2014, 6, 20), "Inquiry & Analysis Series", "1099", "s1", "q4", 3,
						"Fars", LocalDate.of(2014, 6, 14))),
				List.of(new ReportResults.FacetValue("Hassan Rohani", 1)), List.of(), null, false);
	}

	private static ReportResults results(ReportQuery query, int hits, String didYouMean) {
		List<ReportResults.Hit> list = hits == 0 ? List.of() : List.of(new ReportResults.Hit(1, "iran-dilemma",
				"Iran's Dilemma", "Iran&#39;s Dilemma", LocalDate.of(2014, 6, 20), "Inquiry & Analysis Series", "1099",
				List.of("Iraq", "Iran"), List.of("A. Savyon", "Y. Mansharof"),
				List.of(new ReportResults.Passage("s6", "Iran's Dilemma – The Need",
						"<mark>Firouzabadi</mark> said <script>alert(1)</script><img src=x onerror=alert(2)>"))));
		ReportResults.Facets facets = new ReportResults.Facets(
				List.of(new ReportResults.FacetValue("Iran", 2), new ReportResults.FacetValue("Iraq", 1)), List.of(),
				List.of(new ReportResults.FacetValue("2014", 1)), List.of(), List.of());
		return new ReportResults(query, hits, list, facets, List.of(), didYouMean, false);
	}

}
