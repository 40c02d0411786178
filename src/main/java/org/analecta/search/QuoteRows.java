package org.analecta.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.analecta.report.Quote;
import org.analecta.search.QuoteSearch.QuoteRow;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The rows of quote hits as the index holds them, kept decoded per state of the index
 * ({@link KeptRows}): for a speaker's page of ten quotes, decompressing their stored
 * values was most of the search.
 */
@Component
class QuoteRows {

	private final KeptRows<Long, Kept> kept;

	QuoteRows(SearchSettings settings) {
		this.kept = new KeptRows<>(settings.quoteRowCache(), Kept::bytes);
	}

	/** Whether a search on this state of the index needs only its hits' ids. */
	boolean keepFor(OptionalLong generation) {
		return kept.keepFor(generation);
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
		return kept.of(found.stream().map(Found::id).toList(), generation, ids -> read(session, ids));
	}

	private static Map<Long, Kept> read(SearchSession session, List<Long> ids) {
		Map<Long, Kept> rows = new HashMap<>();
		session.search(Quote.class)
			.select(f -> f.composite().as(QuoteRow.class))
			.where(f -> f.id().matchingAny(ids))
			.fetchHits(ids.size())
			.forEach(row -> rows.put(row.id(), Kept.of(row)));
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

}
