package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.analecta.search.ReportResults.FacetValue;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The facet lists as the search page shows them, rendered from the application's own
 * template and messages, and kept only for exactly the same lists.
 */
class FacetSidebarTests {

	private static final SpringTemplateEngine ENGINE = engine();

	private final SearchUrls urls = new SearchUrls("/search", ordered());

	@Test
	void listsEachFacetWithItsLabelValuesCountsAndLinks() {
		String html = sidebar(DataSize.ofMegabytes(1)).html(groups(12, "Iraq"), Locale.ENGLISH);

		assertThat(html).contains("<h2>Country</h2>", "<ul id=\"facet-country\">", "<h2>Year</h2>",
				"<ul id=\"facet-year\">");
		// The selected value is marked and its link removes it; the other adds itself.
		assertThat(html).contains("<a href=\"/search?q=Kayhan\" aria-current=\"true\" class=\"selected\">"
				+ "<span>Iran</span><span class=\"count\">12</span></a>");
		assertThat(html).contains("<a href=\"/search?q=Kayhan&amp;country=Iran&amp;country=Iraq\">"
				+ "<span>Iraq</span><span class=\"count\">4</span></a>");
		assertThat(html).contains("<span>Undated</span><span class=\"count\">3</span>");
		assertThat(html).doesNotContain("page=", "th:");
	}

	@Test
	void aValueWithMarkupIsEscapedSinceThePageInsertsTheListsAsTheyAre() {
		String html = sidebar(DataSize.ofMegabytes(1)).html(groups(12, "<script>alert(1)</script>"), Locale.ENGLISH);

		assertThat(html).contains("<span>&lt;script&gt;alert(1)&lt;/script&gt;</span>").doesNotContain("<script>");
	}

	@Test
	void theSameListsAreRenderedOnceAndOtherCountsAfresh() {
		FacetSidebar sidebar = sidebar(DataSize.ofMegabytes(1));
		String first = sidebar.html(groups(12, "Iraq"), Locale.ENGLISH);

		assertThat(sidebar.html(groups(12, "Iraq"), Locale.ENGLISH)).isSameAs(first);
		String recounted = sidebar.html(groups(13, "Iraq"), Locale.ENGLISH);
		assertThat(recounted).isNotEqualTo(first).contains("<span>Iran</span><span class=\"count\">13</span>");
	}

	@Test
	void withNoRoomEveryPageRendersItsOwnLists() {
		FacetSidebar sidebar = sidebar(DataSize.ofBytes(0));
		String first = sidebar.html(groups(12, "Iraq"), Locale.ENGLISH);
		String again = sidebar.html(groups(12, "Iraq"), Locale.ENGLISH);

		assertThat(again).isEqualTo(first).isNotSameAs(first);
	}

	private List<FacetLinks.Group> groups(long iranCount, String other) {
		Map<String, List<FacetValue>> values = new LinkedHashMap<>();
		values.put("country", List.of(new FacetValue("Iran", iranCount), new FacetValue(other, 4)));
		values.put("year", List.of(new FacetValue("2014", 7), new FacetValue(ReportSearch.UNDATED, 3)));
		return FacetLinks.of(urls, values);
	}

	private static Map<String, List<String>> ordered() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("q", List.of("Kayhan"));
		params.put("country", List.of("Iran"));
		params.put("page", List.of("2"));
		return params;
	}

	private static FacetSidebar sidebar(DataSize room) {
		return new FacetSidebar(ENGINE,
				new SearchSettings(Path.of("none"), true, 1000, 500, Duration.ofSeconds(30), DataSize.ofMegabytes(32),
						DataSize.ofMegabytes(16), DataSize.ofMegabytes(32), room, SearchSettings.Backend.LUCENE, null));
	}

	/** Configured as Spring Boot configures the application's. */
	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		engine.setEnableSpringELCompiler(true);
		return engine;
	}

}
