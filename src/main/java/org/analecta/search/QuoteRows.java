package org.analecta.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.analecta.report.Quote;
import org.analecta.search.QuoteSearch.QuoteRow;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The rows of quote hits as the index holds them, kept decoded per state of the index.
 * <p>
 * Lucene keeps a hit's stored values compressed in blocks of many documents, and reading
 * one row decompresses its block: for a speaker's page of ten quotes that is most of the
 * search. A row shown again (a popular speaker, the next visitor of the same page) comes
 * from here, as a database serves its rows from its buffers. Only the ids come from the
 * search then, from doc values.
 * <p>
 * Invariant: a row is kept under the {@link IndexReading.View#generation generation} read
 * before the search that found it and is read from the index after that search, so a kept
 * row is never older than the state it is kept for, and a search on a newer state (any
 * upload, edit or deletion) reads its rows again. Where the backend cannot tell its state
 * (OpenSearch), nothing is kept and the search reads its rows with the hits.
 */
@Component
class QuoteRows {

	private final Cache<Key, Kept> cache;

	private final boolean enabled;

	QuoteRows(SearchSettings settings) {
		long bytes = settings.quoteRowCache() == null ? 0 : Math.max(0, settings.quoteRowCache().toBytes());
		this.enabled = bytes > 0;
		// Bounded by size, not count: a block quotation is ten times an average quote.
		this.cache = Caffeine.newBuilder().maximumWeight(bytes).weigher((Key key, Kept kept) -> kept.bytes()).build();
	}

	/** Whether a search on this state of the index needs only its hits' ids. */
	boolean keepFor(OptionalLong generation) {
		return this.enabled && generation.isPresent();
	}

	/**
	 * The rows of the hits in their order: those the search read, the others from the
	 * kept ones or else read from the index by id in one query. A quote deleted since the
	 * search is left out.
	 */
	List<Kept> of(SearchSession session, List<Found> found, OptionalLong generation) {
		if (found.stream().allMatch(f -> f.row() != null)) {
			return found.stream().map(f -> Kept.of(f.row())).toList();
		}
		long state = generation.orElseThrow(() -> new IllegalStateException("Rows are kept only for a known state"));
		List<Key> keys = found.stream().map(f -> new Key(state, f.id())).toList();
		Map<Key, Kept> rows = cache.getAll(keys, missing -> read(session, missing));
		List<Kept> inOrder = new ArrayList<>(found.size());
		for (Key key : keys) {
			Kept row = rows.get(key);
			if (row != null) {
				inOrder.add(row);
			}
		}
		return inOrder;
	}

	private static Map<Key, Kept> read(SearchSession session, Set<? extends Key> missing) {
		List<Long> ids = missing.stream().map(Key::id).toList();
		long state = missing.iterator().next().generation();
		Map<Key, Kept> rows = new LinkedHashMap<>();
		session.search(Quote.class)
			.select(f -> f.composite().as(QuoteRow.class))
			.where(f -> f.id().matchingAny(ids))
			.fetchHits(ids.size())
			.forEach(row -> rows.put(new Key(state, row.id()), Kept.of(row)));
		return rows;
	}

	/**
	 * A row and its text escaped for a page, as a search without words shows it: a
	 * speaker's page shows every quote whole.
	 */
	record Kept(QuoteRow row, String escapedText) {

		/** Objects and references, roughly, besides the strings' characters. */
		private static final int FIXED_BYTES = 400;

		static Kept of(QuoteRow row) {
			return new Kept(row, row.text() == null ? null : Highlights.escape(row.text()));
		}

		/**
		 * About what it takes on the heap: its strings at two bytes a character (the most
		 * a string takes) and a fixed part for the objects.
		 */
		int bytes() {
			long chars = Stream
				.of(escapedText, row.text(), row.speakerName(), row.speakerSlug(), row.role(), row.speakerAsWritten(),
						row.reportSlug(), row.reportTitle(), row.series(), row.seriesNumber(), row.sectionAnchor(),
						row.outlet(), row.sectionHeading())
				.filter(Objects::nonNull)
				.mapToLong(String::length)
				.sum();
			return (int) Math.min(Integer.MAX_VALUE, FIXED_BYTES + 2 * chars);
		}

	}

	/**
	 * A quote hit: its id, and its row when the search read it (null when it is to come
	 * from {@link QuoteRows}).
	 */
	record Found(long id, QuoteRow row) {
	}

	private record Key(long generation, long id) {
	}

}
