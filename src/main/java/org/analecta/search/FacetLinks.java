package org.analecta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.analecta.search.ReportResults.FacetValue;

/**
 * A page's facets as the links it shows, built once per page: a search page shows up to
 * 150 facet values, and building each one's address and selected state by calls from the
 * template was a large part of rendering it.
 */
final class FacetLinks {

	private FacetLinks() {
	}

	/**
	 * One facet: its parameter name and its values, as listed. Public, as every type a
	 * page reads, so that the template's expressions compile.
	 */
	public record Group(String name, List<Link> links) {
	}

	/**
	 * One value of a facet: how many match, the address that adds it to the filters (or
	 * removes it when {@code selected}).
	 */
	public record Link(String value, long count, String href, boolean selected) {
	}

	/**
	 * @param values each facet's values by parameter name, in the order to show; facets
	 * without values are left out
	 */
	static List<Group> of(SearchUrls urls, Map<String, List<FacetValue>> values) {
		List<Group> out = new ArrayList<>();
		values.forEach((name, ofFacet) -> {
			if (!ofFacet.isEmpty()) {
				out.add(new Group(name,
						ofFacet.stream()
							.map(v -> new Link(v.value(), v.count(), urls.toggle(name, v.value()),
									urls.isSelected(name, v.value())))
							.toList()));
			}
		});
		return out;
	}

}
