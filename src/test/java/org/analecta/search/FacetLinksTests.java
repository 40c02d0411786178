package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.analecta.search.ReportResults.FacetValue;
import org.junit.jupiter.api.Test;

/**
 * The facet links a search page shows, in the order given, each adding or removing its
 * value.
 */
class FacetLinksTests {

	@Test
	void eachValueTogglesItselfAndSaysWhetherItIsOn() {
		SearchUrls urls = new SearchUrls("/search",
				Map.of("q", List.of("Kayhan"), "country", List.of("Iran"), "page", List.of("3")));
		Map<String, List<FacetValue>> values = new LinkedHashMap<>();
		values.put("country", List.of(new FacetValue("Iran", 12), new FacetValue("Iraq", 4)));
		values.put("series", List.of());
		values.put("year", List.of(new FacetValue("2014", 7)));

		List<FacetLinks.Group> groups = FacetLinks.of(urls, values);

		assertThat(groups).extracting(FacetLinks.Group::name).containsExactly("country", "year");
		assertThat(groups.get(0).links()).containsExactly(
				new FacetLinks.Link("Iran", 12, urls.toggle("country", "Iran"), true),
				new FacetLinks.Link("Iraq", 4, urls.toggle("country", "Iraq"), false));
		assertThat(groups.get(0).links().get(0).href()).doesNotContain("country=Iran").doesNotContain("page=");
		assertThat(groups.get(0).links().get(1).href()).contains("country=Iran").contains("country=Iraq");
	}

}
