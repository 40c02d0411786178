package org.analecta.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A quote search. Null or empty means "no restriction".
 *
 * @param q words in the quote, same syntax as the report search
 * @param speaker a speaker's slug, canonical name, any alias, or a part of a name
 * ("Rouhani", "rohani", "Firouzabadi"); spellings are folded by the "name" analyzer
 * @param from earliest report date, inclusive
 * @param to latest report date, inclusive
 * @param countries the report's countries (names or slugs); any of them
 * @param series series names or slugs; any of them
 * @param outlets the outlet the quote's footnote cites (names or slugs); any of them
 * @param verified true for verified quotes only, false for unverified only, null for both
 */
public record QuoteQuery(String q, String speaker, LocalDate from, LocalDate to, List<String> countries,
		List<String> series, List<String> outlets, SearchSort sort, int page, int size, Boolean verified) {

	public QuoteQuery(String q, String speaker, LocalDate from, LocalDate to, List<String> countries,
			List<String> series, List<String> outlets, SearchSort sort, int page, int size) {
		this(q, speaker, from, to, countries, series, outlets, sort, page, size, null);
	}

	public QuoteQuery {
		countries = ReportQuery.clean(countries);
		series = ReportQuery.clean(series);
		outlets = ReportQuery.clean(outlets);
		sort = sort == null ? SearchSort.RELEVANCE : sort;
		page = Math.max(1, page);
		size = size <= 0 ? ReportQuery.DEFAULT_SIZE : Math.min(size, ReportQuery.MAX_SIZE);
	}

	public static QuoteQuery bySpeaker(String speaker) {
		return new QuoteQuery(null, speaker, null, null, null, null, null, null, 1, ReportQuery.DEFAULT_SIZE);
	}

	public static QuoteQuery of(String q) {
		return new QuoteQuery(q, null, null, null, null, null, null, null, 1, ReportQuery.DEFAULT_SIZE);
	}

	public QuoteQuery withSpeaker(String speaker) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

	public QuoteQuery withDates(LocalDate from, LocalDate to) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

	public QuoteQuery withCountries(List<String> countries) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

	public QuoteQuery withSeries(List<String> series) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

	public QuoteQuery withOutlets(List<String> outlets) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

	public QuoteQuery withSort(SearchSort sort) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

	public QuoteQuery withVerified(Boolean verified) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

	public QuoteQuery withPage(int page, int size) {
		return new QuoteQuery(q, speaker, from, to, countries, series, outlets, sort, page, size, verified);
	}

}
