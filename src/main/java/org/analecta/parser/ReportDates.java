package org.analecta.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports write them: {@code June 20, 2014}, {@code 20 June 2014},
 * {@code Jun. 20 2014}, {@code 2014-06-20}. Only full dates count: a month and year alone
 * is not a publication date.
 */
final class ReportDates {

	private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

	private static final String MONTH2 = MONTH.replace("?<month>", "?<month2>");

	/** One alternation, each branch of bounded length: safe on any input. */
	static final Pattern DATE = Pattern
		.compile("\\b(?:" + MONTH + "\\s{1,3}(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,\\s{0,3}|\\s{1,3})(?<year>\\d{4})"
		// "18 May 2014", and "18-May-2024" or "15/August/2018" as some sites write it
				+ "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?(?:\\s{1,3}|-|/)" + MONTH2 + "(?:,?\\s{1,3}|-|/)(?<year2>\\d{4})"
				// "2024-10-04", and "2024.10.04" or "2017/10/17" as some sites write it
				+ "|(?<year3>\\d{4})(?<dash>[-./])(?<month3>\\d{2})\\k<dash>(?<day3>\\d{2})"
				// "12 noiembrie 2019", "12 de noviembre de 2019", "12. November 2019":
				// the day, then the month in the page's own language
				+ "|(?<day4>\\d{1,2})\\.?\\s{1,3}(?:de\\s{1,3})?(?<month4>"
				+ String.join("|", ForeignMonths.NAMES.keySet()) + ")\\s{1,3}(?:de\\s{1,3})?(?<year4>\\d{4}))\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The earliest year a date in figures only is read in. */
	private static final int MIN_NUMERIC_YEAR = 1900;

	private ReportDates() {
	}

	/** A date found in the text, with where it stands. */
	record Found(LocalDate date, int start, int end) {
	}

	static Found find(CharSequence text) {
		return find(text, 0);
	}

	static Found find(CharSequence text, int from) {
		Matcher m = DATE.matcher(text);
		int at = from;
		while (at <= text.length() && m.find(at)) {
			LocalDate date = toDate(m);
			if (date != null) {
				return new Found(date, m.start(), m.end());
			}
			at = m.end();
		}
		return null;
	}

	/**
	 * The date the text opens with, or null; only the start is tried, not every position.
	 */
	static Found leading(CharSequence text) {
		Matcher m = DATE.matcher(text);
		if (m.lookingAt()) {
			LocalDate date = toDate(m);
			return date == null ? null : new Found(date, m.start(), m.end());
		}
		return null;
	}

	/**
	 * A news site's section and the time before the date: "All News 09:24 October 04,
	 * 2022".
	 */
	static final Pattern SECTION_AND_TIME = Pattern.compile("(?:\\p{Lu}\\p{L}+\\s){1,2}\\d{1,2}:\\d{2}\\s");

	/** What a line holding a date may hold besides it: a time, a zone, a weekday. */
	private static final Pattern BESIDE_A_DATE = Pattern
		.compile("(?i)(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?|[ap]\\.?m\\.?|"
				+ "utc|gmt|uk|bst|[ecmp][sd]?t|ist|cet|cest|updated?|published|posted|last|page|on|at|"
				+ "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
				+ "january|february|march|april|may|june|july|august|september|october|november|december|"
				+ "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\\d{1,2}|"
				// A relative time stamp beside the date: "February 8, 2013 / 9:32 AM / 5
				// years ago", "/ a month ago".
				+ "ago|an?|minutes?|hours?|days?|weeks?|months?|years?|"
				// The Hijri year of the same day: "Tuesday 1439/1/27 - 2017/10/17".
				+ "1[34]\\d{2})");

	/**
	 * Agencies named in one word, which a wire story's date line names beside the date:
	 * "Reuters , Wednesday 11 Dec 2013".
	 */
	private static final Set<String> AGENCIES = OutletGazetteer.BUNDLED.stream()
		.filter(name -> name.indexOf(' ') < 0)
		.map(name -> name.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	/** A month and a year alone: a journal issue's "June 2018". */
	private static final Pattern MONTH_AND_YEAR = Pattern.compile(MONTH + "\\s\\d{4}", Pattern.CASE_INSENSITIVE);

	static boolean isMonthAndYear(String text) {
		return MONTH_AND_YEAR.matcher(text.strip()).matches();
	}

	/** Whether a word is an agency named in one word ("Reuters", "AFP", "Xinhua"). */
	static boolean isAgency(String word) {
		return AGENCIES.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a line is a date and nothing else a reader would take for a title: "October
	 * 23 Oct 2018 16:59 UTC", "Updated: Monday 5 May 2014, 10:30". Only words for times,
	 * zones, weekdays and months may stand beside the date.
	 */
	static boolean isDateLine(String text) {
		Found found = find(text);
		if (found == null) {
			return false;
		}
		Matcher section = SECTION_AND_TIME.matcher(text);
		int from = section.lookingAt() && section.end() <= found.start() ? section.end() : 0;
		return besideADate(text.substring(from, found.start()) + " " + text.substring(found.end()));
	}

	/**
	 * Whether a text holds only what a line may hold beside its date: times, zones,
	 * weekdays, months, "Updated", an agency ("10:32 AM", "16:05 GMT").
	 */
	static boolean besideADate(String text) {
		for (String word : text.split("[\\s,:|/\\-–—]+")) {
			if (!word.isEmpty() && !BESIDE_A_DATE.matcher(word).matches() && !isAgency(word)) {
				return false;
			}
		}
		return true;
	}

	/** The date when the whole text (trimmed of punctuation) is one date, else null. */
	static LocalDate whole(String text) {
		String t = text.strip();
		while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(0, t.length() - 1).strip();
		}
		Matcher m = DATE.matcher(t);
		return m.matches() ? toDate(m) : null;
	}

	private static LocalDate toDate(Matcher m) {
		try {
			if (m.group("year") != null) {
				return LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")),
						Integer.parseInt(m.group("day")));
			}
			if (m.group("year2") != null) {
				return LocalDate.of(Integer.parseInt(m.group("year2")), month(m.group("month2")),
						Integer.parseInt(m.group("day2")));
			}
			if (m.group("year4") != null) {
				return LocalDate.of(Integer.parseInt(m.group("year4")),
						ForeignMonths.NAMES.get(m.group("month4").toLowerCase(Locale.ROOT)),
						Integer.parseInt(m.group("day4")));
			}
			int year = Integer.parseInt(m.group("year3"));
			// A Hijri date written the same way ("1439/01/27", beside "2017/10/17") is
			// no date of this calendar.
			return year < MIN_NUMERIC_YEAR ? null
					: LocalDate.of(year, Integer.parseInt(m.group("month3")), Integer.parseInt(m.group("day3")));
		}
		catch (DateTimeException | NumberFormatException invalid) {
			return null;
		}
	}

	private static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
		return switch (key) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			default -> 12;
		};
	}

}
