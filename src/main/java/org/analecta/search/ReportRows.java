package org.analecta.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.analecta.report.Report;
import org.analecta.search.ReportSearch.ReportRow;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The rows of report hits as the index holds them, kept decoded per state of the index
 * ({@link KeptRows}): reading the stored values of a page's eleven hits decompressed
 * their blocks, a tenth of a search page at 100,000 reports, for rows that popular
 * reports repeat from query to query.
 */
@Component
class ReportRows {

	/**
	 * Objects and references, roughly, besides the strings' characters and the counts.
	 */
	private static final int FIXED_BYTES = 300;

	/** An Integer in a list: the object and its reference. */
	private static final int BYTES_A_COUNT = 20;

	private final KeptRows<Long, ReportRow> kept;

	ReportRows(SearchSettings settings) {
		this.kept = new KeptRows<>(settings.reportRowCache(), ReportRows::bytes);
	}

	/** Whether a search on this state of the index needs only its hits' ids. */
	boolean keepFor(OptionalLong generation) {
		return kept.keepFor(generation);
	}

	/**
	 * The rows of the hits in their order: those the search read, the others from the
	 * kept ones or else read from the index by id in one query. A report deleted since
	 * the search is left out.
	 */
	List<ReportRow> of(SearchSession session, List<Found> found, OptionalLong generation) {
		if (found.stream().allMatch(f -> f.row() != null)) {
			return found.stream().map(Found::row).toList();
		}
		return kept.of(found.stream().map(Found::id).toList(), generation, ids -> read(session, ids));
	}

	private static Map<Long, ReportRow> read(SearchSession session, List<Long> ids) {
		Map<Long, ReportRow> rows = new HashMap<>();
		session.search(Report.class)
			.select(ReportRow.class)
			.where(f -> f.id().matchingAny(ids))
			.fetchHits(ids.size())
			.forEach(row -> rows.put(row.id(), row));
		return rows;
	}

	/**
	 * About what a row takes on the heap: its strings at two bytes a character (the most
	 * a string takes), its counts, and a fixed part for the objects.
	 */
	static int bytes(ReportRow row) {
		Stream<String> countries = row.countries() == null ? Stream.empty() : row.countries().stream();
		Stream<String> authors = row.authors() == null ? Stream.empty() : row.authors().stream();
		long chars = Stream.of(Stream.of(row.slug(), row.title(), row.series(), row.seriesNumber()), countries, authors)
			.flatMap(s -> s)
			.filter(Objects::nonNull)
			.mapToLong(String::length)
			.sum();
		long counts = row.partWords() == null ? 0 : row.partWords().size();
		return (int) Math.min(Integer.MAX_VALUE, FIXED_BYTES + 2 * chars + BYTES_A_COUNT * counts);
	}

	/**
	 * A report hit: its id, and its row when the search read it (null when it is to come
	 * from the kept rows).
	 */
	record Found(long id, ReportRow row) {
	}

}
