package org.analecta.parser;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source a note cites: {@code Fars (Iran), June 14, 2014.} gives outlet Fars, country
 * Iran, date 2014-06-14. A note that opens with its source is read from the start
 * ({@code ISNA (Iran),
 * June 16, 2014. Foreign Minister Zarif told...}); a note of commentary is read from its
 * end ({@code ... is available." Yahoo News, June 16, 2014.}), and only when the end is
 * clearly a source. A source whose address was stripped ({@code , June 13, 2014.}) keeps
 * its date alone.
 */
final class FootnoteSourceParser {

	record Source(String outlet, String country, LocalDate date) {

		static final Source NONE = new Source(null, null, null);

	}

	/** Outlet (country), date — at the very start of the note. */
	private static final Pattern LEADING = Pattern
		.compile("^(?<outlet>[^,()\\n]{0,80}?)\\s{0,3}(?:\\((?<country>[^()]{1,40})\\))?\\s{0,3},\\s{0,3}");

	/**
	 * Name words of an outlet: "Yahoo News", "Asr-e Iran", "Al-Sharq Al-Awsat", "The New
	 * York Times".
	 */
	private static final Pattern OUTLET = Pattern.compile(
			"^(?:[\\p{Lu}\\d][\\p{L}\\d'’&.-]*|(?:al|el|an|ad|as|ar)-[\\p{L}'’-]+)(?:\\s(?:[\\p{Lu}\\d][\\p{L}\\d'’&.-]*|(?:al|el|an|ad|as|ar)-[\\p{L}'’-]+|of|the|and|for|on|de|du|la|le|al|el|e)){0,6}$");

	private static final Set<String> NOT_OUTLETS = Set.of("see", "ibid", "ibid.", "note", "source", "sources",
			"according", "quoted", "cited", "in", "on", "he", "she", "they", "it", "this");

	private static final Pattern URL = Pattern.compile(
			"^(?:https?://)?(?:www\\.)?(?<host>[a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?:/\\S*)?$", Pattern.CASE_INSENSITIVE);

	private FootnoteSourceParser() {
	}

	static Source parse(String note) {
		String text = note.strip();
		if (text.isEmpty()) {
			return Source.NONE;
		}
		Source leading = leading(text);
		if (leading != null) {
			return leading;
		}
		Source trailing = trailing(text);
		return trailing != null ? trailing : Source.NONE;
	}

	private static Source leading(String text) {
		Matcher m = LEADING.matcher(text);
		if (!m.find()) {
			return null;
		}
		ReportDates.Found date = ReportDates.find(text, m.end());
		if (date == null || date.start() != m.end() || !endsClause(text, date.end())) {
			return null;
		}
		String outlet = outletName(m.group("outlet"));
		if (outlet == null && !m.group("outlet").isBlank()) {
			return null;
		}
		return new Source(outlet, country(m.group("country")), date.date());
	}

	private static Source trailing(String text) {
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		// The last date of the note, which must close it.
		ReportDates.Found last = null;
		ReportDates.Found found = ReportDates.find(text, Math.max(0, end - 40));
		while (found != null) {
			last = found;
			found = ReportDates.find(text, found.end());
		}
		if (last == null || last.end() != end) {
			return null;
		}
		int i = last.start();
		while (i > 0 && text.charAt(i - 1) == ' ') {
			i--;
		}
		if (i == 0 || text.charAt(i - 1) != ',') {
			return null;
		}
		String before = text.substring(0, i - 1).stripTrailing();
		String country = null;
		if (before.endsWith(")")) {
			int open = before.lastIndexOf('(');
			if (open < 0 || before.length() - open > 42) {
				return null;
			}
			country = country(before.substring(open + 1, before.length() - 1));
			before = before.substring(0, open).stripTrailing();
		}
		int boundary = sentenceBoundary(before);
		String candidate = before.substring(boundary).strip();
		if (candidate.isEmpty()) {
			// The address of the source was stripped: "... a similar claim., June 16,
			// 2014."
			return new Source(null, country, last.date());
		}
		String outlet = outletName(candidate);
		return outlet == null ? null : new Source(outlet, country, last.date());
	}

	/**
	 * Index just after the last sentence end (". ", "." + closing quote, "? ", ": ") in
	 * the text.
	 */
	private static int sentenceBoundary(String text) {
		if (text.isEmpty() || ".?!\"”".indexOf(text.charAt(text.length() - 1)) >= 0) {
			return text.length();
		}
		for (int i = text.length() - 1; i > 0; i--) {
			char c = text.charAt(i);
			if (c == ' ' || c == '"' || c == '”' || c == '’') {
				char p = text.charAt(i - 1);
				if (p == '.' || p == '?' || p == '!' || p == ':' || p == ';' || p == '"' || p == '”') {
					return i;
				}
			}
		}
		return 0;
	}

	private static boolean endsClause(String text, int at) {
		if (at >= text.length()) {
			return true;
		}
		char c = text.charAt(at);
		return c == '.' || c == ';' || c == ',' || Character.isWhitespace(c) || c == ')';
	}

	private static String outletName(String raw) {
		String name = raw == null ? "" : raw.strip();
		if (name.isEmpty() || name.length() > 60) {
			return null;
		}
		Matcher url = URL.matcher(name);
		// An address ("http://www.farsnews.ir/...") gives its host; "Al-Arabiya.net" is a
		// name as written.
		boolean address = name.contains("://") || name.regionMatches(true, 0, "www.", 0, 4) || name.indexOf('/') > 0;
		if (address && url.matches()) {
			return url.group("host").toLowerCase(Locale.ROOT);
		}
		if (!OUTLET.matcher(name).matches()) {
			return null;
		}
		String first = name.split("\\s")[0].toLowerCase(Locale.ROOT);
		return NOT_OUTLETS.contains(first) ? null : name;
	}

	private static String country(String raw) {
		if (raw == null) {
			return null;
		}
		String c = raw.strip();
		return c.isEmpty() ? null : c;
	}

}
