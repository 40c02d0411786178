package org.analecta.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.analecta.search.ReportResults.Facets;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The facet counts of the report and the quote search, kept per query text and filter
 * set, so that turning pages or changing the order does not count every matching report
 * or quote again.
 * <p>
 * Invariant: a kept set is used only by a search whose hits were counted to the same
 * number ({@code hits} in the key), so an upload or a deletion that changes how many
 * reports match is shown on the next search; a change that leaves that number alone (an
 * edit, or a count past the exact threshold) is shown once the set expires, at most
 * {@link SearchSettings#facetCacheTtl()} later. The key uses only what the index sees, so
 * the counts are right on either backend.
 */
@Component
class FacetCounts {

	/** Keys of both searches: they are records of different types, never equal. */
	private final Cache<Object, Object> cache;

	FacetCounts(SearchSettings settings) {
		this.cache = Caffeine.newBuilder()
			.maximumSize(settings.facetCacheSize())
			.expireAfterWrite(settings.facetCacheTtl())
			.build();
	}

	/**
	 * The counts for a query, from the cache or else counted by {@code count}.
	 * @param hits the exact number of hits, or -1 when it is only known to be past the
	 * threshold
	 */
	Facets of(ReportQuery query, Query text, long hits, Supplier<Facets> count) {
		return (Facets) cache.get(Key.of(query, text, hits), key -> count.get());
	}

	/**
	 * The counts for a quote search, from the cache or else counted by {@code count}.
	 * @param hits the exact number of quotes found
	 */
	QuoteFacets ofQuotes(QuoteQuery query, Query text, long hits, Supplier<QuoteFacets> count) {
		return (QuoteFacets) cache.get(QuoteKey.of(query, text, hits), key -> count.get());
	}

	/** The counts of a quote search: its facets, and verified against not. */
	record QuoteFacets(Facets facets, List<ReportResults.FacetValue> verified) {
	}

	/**
	 * What the counts depend on: the parsed text (so "Iran" and " iran " share a set),
	 * the filters as sets (order in the address does not matter), and the hit count; not
	 * the page, size or order.
	 */
	record Key(String text, LocalDate from, LocalDate to, Set<String> countries, Set<String> series,
			Set<String> speakers, Set<String> outlets, Set<Integer> years, long hits) {

		static Key of(ReportQuery q, Query text, long hits) {
			return new Key(text == null ? "" : text.toString(), q.from(), q.to(), set(q.countries()), set(q.series()),
					set(q.speakers()), set(q.outlets()), Set.copyOf(q.years()), hits);
		}

	}

	/** As {@link Key}, for the quote search: its speaker and filters. */
	record QuoteKey(String text, String speaker, LocalDate from, LocalDate to, Set<String> countries,
			Set<String> series, Set<String> outlets, Boolean verified, long hits) {

		static QuoteKey of(QuoteQuery q, Query text, long hits) {
			return new QuoteKey(text == null ? "" : text.toString(), q.speaker() == null ? "" : q.speaker().strip(),
					q.from(), q.to(), set(q.countries()), set(q.series()), set(q.outlets()), q.verified(), hits);
		}

	}

	private static Set<String> set(List<String> values) {
		return Set.copyOf(values.stream().map(String::strip).toList());
	}

}
