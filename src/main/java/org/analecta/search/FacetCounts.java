package org.analecta.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import org.analecta.search.ReportResults.Facets;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * The facet counts of the report and the quote search, kept per query text and filter
 * set, so that turning pages or changing the order does not count every matching report
 * or quote again.
 * <p>
 * Invariant: a kept set is used only by a search on the same state of the index (its
 * {@link IndexReading.View#generation generation} in the key), so any upload, edit or
 * deletion the search can see shows in the counts of the next search. Where the backend
 * cannot tell its state (OpenSearch), a report search's set is used by a search whose
 * hits were counted to the same number ({@code hits} in the key), so a change of how many
 * reports match shows at once and any other change (an edit, a count past the exact
 * threshold) once the set expires, at most {@link SearchSettings#facetCacheTtl()} later;
 * a quote search's counts are not kept there, as an admin's change of a quote's speaker
 * must show at once in the speaker counts.
 */
@Component
class FacetCounts {

	/** The generation of a backend that cannot tell it. */
	private static final long UNKNOWN = Long.MIN_VALUE;

	/** Keys of both searches: they are records of different types, never equal. */
	private final Cache<Object, Object> cache;

	FacetCounts(SearchSettings settings) {
		this.cache = Caffeine.newBuilder()
			.maximumSize(settings.facetCacheSize())
			.expireAfter(keptFor(settings.facetCacheTtl()))
			.build();
	}

	/**
	 * A set counted on a known state of the index is right for as long as that state
	 * lasts, and never used on another: it is kept until the size bound evicts it (a time
	 * bound made every popular search count its facets again each
	 * {@code facet-cache-ttl}). Only a set whose state is unknown expires.
	 */
	private static Expiry<Object, Object> keptFor(Duration unknownState) {
		long unknownNanos = unknownState.toNanos();
		return new Expiry<>() {

			@Override
			public long expireAfterCreate(Object key, Object value, long now) {
				return generation(key) == UNKNOWN ? unknownNanos : Long.MAX_VALUE;
			}

			@Override
			public long expireAfterUpdate(Object key, Object value, long now, long left) {
				return expireAfterCreate(key, value, now);
			}

			@Override
			public long expireAfterRead(Object key, Object value, long now, long left) {
				return left;
			}

		};
	}

	private static long generation(Object key) {
		return switch (key) {
			case Key k -> k.generation();
			case QuoteKey k -> k.generation();
			default -> UNKNOWN;
		};
	}

	/**
	 * The counts for a query, from the cache or else counted by {@code count}.
	 * @param hits the exact number of hits, or -1 when it is only known to be past the
	 * threshold
	 */
	Facets of(ReportQuery query, Query text, long hits, OptionalLong generation, Supplier<Facets> count) {
		return (Facets) cache.get(Key.of(query, text, hits, generation.orElse(UNKNOWN)), key -> count.get());
	}

	/**
	 * The counts for a quote search, from the cache or else counted by {@code count}.
	 * @param hits the exact number of quotes found
	 */
	QuoteFacets ofQuotes(QuoteQuery query, Query text, long hits, OptionalLong generation,
			Supplier<QuoteFacets> count) {
		if (generation.isEmpty()) {
			return count.get();
		}
		return (QuoteFacets) cache.get(QuoteKey.of(query, text, hits, generation.getAsLong()), key -> count.get());
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
			Set<String> speakers, Set<String> outlets, Set<Integer> years, long hits, long generation) {

		static Key of(ReportQuery q, Query text, long hits, long generation) {
			return new Key(text == null ? "" : text.toString(), q.from(), q.to(), set(q.countries()), set(q.series()),
					set(q.speakers()), set(q.outlets()), Set.copyOf(q.years()), hits, generation);
		}

	}

	/** As {@link Key}, for the quote search: its speaker and filters. */
	record QuoteKey(String text, String speaker, LocalDate from, LocalDate to, Set<String> countries,
			Set<String> series, Set<String> outlets, Boolean verified, long hits, long generation) {

		static QuoteKey of(QuoteQuery q, Query text, long hits, long generation) {
			return new QuoteKey(text == null ? "" : text.toString(), q.speaker() == null ? "" : q.speaker().strip(),
					q.from(), q.to(), set(q.countries()), set(q.series()), set(q.outlets()), q.verified(), hits,
					generation);
		}

	}

	private static Set<String> set(List<String> values) {
		return Set.copyOf(values.stream().map(String::strip).toList());
	}

}
