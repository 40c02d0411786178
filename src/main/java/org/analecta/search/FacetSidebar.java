package org.analecta.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The search page's facet lists as HTML, rendered from {@code search/facets.html} and
 * kept for the next page that shows the same lists. Rendering up to 150 facet links
 * through the template was a fifth of a search page's work, and the lists repeat: every
 * page of one search, and every later visit to it, shows the same ones.
 * <p>
 * Invariant: the HTML is a function of the key alone, the lists as shown (values, counts,
 * addresses, which are selected) and the locale of their labels, so a kept entry is never
 * stale: a changed count or address is another key. The template escapes every value, so
 * the page may insert the HTML unescaped.
 */
@Component
class FacetSidebar {

	static final String TEMPLATE = "search/facets";

	private final ITemplateEngine templates;

	/**
	 * Empty when the setting leaves no room: Caffeine evicts lazily, even at weight 0.
	 */
	private final Optional<Cache<Key, String>> rendered;

	FacetSidebar(ITemplateEngine templates, SearchSettings settings) {
		this.templates = templates;
		long room = settings.facetSidebarCache().toBytes();
		this.rendered = room <= 0 ? Optional.empty()
				: Optional.of(Caffeine.newBuilder()
					.maximumWeight(room)
					.weigher((Key key, String html) -> key.weight() + 2 * html.length())
					.build());
	}

	record Key(List<FacetLinks.Group> facets, Locale locale) {

		/** Roughly the bytes the key holds on to: the facets' strings, two per char. */
		int weight() {
			int chars = 0;
			for (FacetLinks.Group group : facets) {
				chars += group.name().length();
				for (FacetLinks.Link link : group.links()) {
					chars += link.value().length() + link.href().length() + 16;
				}
			}
			return 2 * chars;
		}

	}

	String html(List<FacetLinks.Group> facets, Locale locale) {
		Key key = new Key(facets, locale);
		return rendered.map(kept -> kept.get(key, this::render)).orElseGet(() -> render(key));
	}

	private String render(Key key) {
		return templates.process(TEMPLATE, Set.of("facets"), new Context(key.locale(), Map.of("facets", key.facets())))
			.strip();
	}

}
