package org.analecta.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A report search as the search page states it. Null or empty means "no restriction".
 *
 * @param q the search box text (syntax in docs/search.md): all words must match
 * @param from earliest publication date, inclusive
 * @param to latest publication date, inclusive
 * @param countries country names or slugs; a report must be about all of them
 * @param series series names or slugs; a report may be in any of them
 * @param speakers canonical speaker names or slugs; a report must quote all of them
 * @param outlets outlet names its footnotes cite; all of them
 * @param years publication years; any of them ({@link #UNDATED}: reports without a date)
 * @param sort relevance (default), newest or oldest first
 * @param page 1-based page number
 * @param size hits per page (1-100, default 10)
 */
public record ReportQuery(String q, LocalDate from, LocalDate to, List<String> countries, List<String> series,
		List<String> speakers, List<String> outlets, List<Integer> years, SearchSort sort, int page, int size) {

	/** In {@code years}: the reports that have no date. */
	public static final int UNDATED = 0;

	public static final int DEFAULT_SIZE = 10;

	public static final int MAX_SIZE = 100;

	public ReportQuery {
		countries = clean(countries);
		series = clean(series);
		speakers = clean(speakers);
		outlets = clean(outlets);
		years = years == null ? List.of() : years.stream().filter(y -> y != null).toList();
		sort = sort == null ? SearchSort.RELEVANCE : sort;
		page = Math.max(1, page);
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	/** A plain text search, first page, by relevance. */
	public static ReportQuery of(String q) {
		return new ReportQuery(q, null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE);
	}

	public ReportQuery withDates(LocalDate from, LocalDate to) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	public ReportQuery withCountries(List<String> countries) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	public ReportQuery withSeries(List<String> series) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	public ReportQuery withSpeakers(List<String> speakers) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	public ReportQuery withOutlets(List<String> outlets) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	public ReportQuery withYears(List<Integer> years) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	public ReportQuery withSort(SearchSort sort) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	public ReportQuery withPage(int page, int size) {
		return new ReportQuery(q, from, to, countries, series, speakers, outlets, years, sort, page, size);
	}

	static List<String> clean(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

}
