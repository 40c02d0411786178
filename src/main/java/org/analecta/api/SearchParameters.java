package org.analecta.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.analecta.search.QuoteQuery;
import org.analecta.search.ReportQuery;
import org.analecta.search.SearchSort;

import org.springframework.util.MultiValueMap;

/**
 * The parameters of the search pages (q, country, series, year, from, to, speaker,
 * outlet, verified, sort, page, size) read strictly into the search's own queries: the
 * API, the exports and the feeds all take a page's address as it is. Where a page quietly
 * ignores a bad value, the API refuses it, so a script never mistakes an ignored filter
 * for an empty result.
 */
final class SearchParameters {

	static final int MAX_PAGE = 10_000;

	private final MultiValueMap<String, String> params;

	SearchParameters(MultiValueMap<String, String> params) {
		this.params = params;
	}

	ReportQuery reports(int defaultSize) {
		return new ReportQuery(text("q"), date("from"), date("to"), list("country"), list("series"), list("speaker"),
				list("outlet"), years(), sort(), page(), size(defaultSize));
	}

	QuoteQuery quotes(int defaultSize) {
		List<String> speakers = list("speaker");
		if (speakers.size() > 1) {
			throw new BadParameterException("speaker",
					"Give one speaker (a name, a spelling or a slug), not " + speakers.size() + ".");
		}
		return new QuoteQuery(text("q"), speakers.isEmpty() ? null : speakers.get(0), date("from"), date("to"),
				list("country"), list("series"), list("outlet"), sort(), page(), size(defaultSize), verified());
	}

	String text(String name) {
		List<String> values = list(name);
		return values.isEmpty() ? "" : String.join(" ", values);
	}

	List<String> list(String name) {
		return params.getOrDefault(name, List.of())
			.stream()
			.filter(v -> v != null && !v.isBlank())
			.map(String::strip)
			.toList();
	}

	private String single(String name) {
		List<String> values = list(name);
		if (values.size() > 1) {
			throw new BadParameterException(name, "Give '" + name + "' once, not " + values.size() + " times.");
		}
		return values.isEmpty() ? null : values.get(0);
	}

	int page() {
		return number("page", 1, 1, MAX_PAGE);
	}

	int size(int defaultSize) {
		return number("size", defaultSize, 1, ReportQuery.MAX_SIZE);
	}

	private int number(String name, int fallback, int min, int max) {
		String value = single(name);
		if (value == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value);
			if (n < min || n > max) {
				throw new BadParameterException(name,
						"'" + name + "' must be between " + min + " and " + max + "; it was " + n + ".");
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw new BadParameterException(name, "'" + name + "' must be a whole number; it was \"" + value + "\".");
		}
	}

	private SearchSort sort() {
		String value = single("sort");
		if (value == null) {
			return SearchSort.RELEVANCE;
		}
		try {
			return SearchSort.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new BadParameterException("sort",
					"'sort' must be relevance, newest or oldest; it was \"" + value + "\".");
		}
	}

	private LocalDate date(String name) {
		String value = single(name);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if ("to".equals(name)) {
				LocalDate from = date("from");
				if (from != null && from.isAfter(date)) {
					throw new BadParameterException("to", "'to' (" + date + ") is before 'from' (" + from + ").");
				}
			}
			return date;
		}
		catch (DateTimeParseException e) {
			throw new BadParameterException(name,
					"'" + name + "' must be a date written as 2014-06-20; it was \"" + value + "\".");
		}
	}

	private List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (String value : list("year")) {
			try {
				years.add(Integer.parseInt(value));
			}
			catch (NumberFormatException e) {
				throw new BadParameterException("year",
						"'year' must be a year such as 2014; it was \"" + value + "\".");
			}
		}
		return years;
	}

	private Boolean verified() {
		String value = single("verified");
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new BadParameterException("verified",
					"'verified' must be true or false; it was \"" + value + "\".");
		};
	}

}
