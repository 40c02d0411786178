package org.analecta.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchUrlsTests {

	private final SearchUrls urls = new SearchUrls("/search", params());

	/** In request order, as a request's parameter map keeps them. */
	private static Map<String, List<String>> params() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("q", List.of("Rohani"));
		params.put("country", List.of("Iran"));
		params.put("page", List.of("3"));
		return params;
	}

	@Test
	void togglingAFilterAddsItAndGoesBackToThePageOne() {
		assertThat(urls.toggle("country", "Iraq")).isEqualTo("/search?q=Rohani&country=Iran&country=Iraq");
		assertThat(urls.toggle("year", 2014)).isEqualTo("/search?q=Rohani&country=Iran&year=2014");
	}

	@Test
	void togglingAnActiveFilterRemovesIt() {
		assertThat(urls.isSelected("country", "Iran")).isTrue();
		assertThat(urls.toggle("country", "Iran")).isEqualTo("/search?q=Rohani");
	}

	@Test
	void valuesAreEncodedStrictly() {
		assertThat(urls.with("q", "\"axis of evil\" + Iran & Iraq #1"))
			.isEqualTo("/search?country=Iran&q=%22axis%20of%20evil%22%20%2B%20Iran%20%26%20Iraq%20%231");
	}

	@Test
	void pagesKeepTheRestOfTheState() {
		assertThat(urls.page(4)).isEqualTo("/search?q=Rohani&country=Iran&page=4");
		assertThat(urls.page(1)).isEqualTo("/search?q=Rohani&country=Iran");
		assertThat(urls.hiddenExcept("q")).containsExactly(Map.entry("country", "Iran"));
	}

	@Test
	void highlightsKeepOnlyMarks() {
		assertThat(SafeHighlights
			.clean("a <mark>Rohani</mark> <script>alert(1)</script><img src=x onerror=alert(1)> &lt;b&gt;"))
			.isEqualTo("a <mark>Rohani</mark>  &lt;b&gt;");
	}

}
