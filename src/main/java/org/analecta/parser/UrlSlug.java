package org.analecta.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ReportDocument.Block;

/**
 * The words of the address a page was saved from
 * ({@code /reports/senior-saudi-journalists-us-
 * does-not-deter-iran}): sites build it from the title, so among the title-like lines of
 * a header the one whose words cover most of it is the title. Addresses without such
 * words (numbers, {@code special-dispatch-no_21}, tag pages) say nothing.
 */
final class UrlSlug {

	private static final Pattern HOST = Pattern.compile("^[a-zA-Z]+://[^/]*");

	private static final Pattern EXTENSION = Pattern.compile("\\.(?:html?|php|aspx?|jsp)$");

	private static final Pattern SEPARATORS = Pattern.compile("[-_+.]|%20");

	private static final UrlSlug NONE = new UrlSlug(Set.of());

	/** Fewer slug words than this is too little to go on. */
	private static final int MIN_WORDS = 3;

	private final Set<String> words;

	private UrlSlug(Set<String> words) {
		this.words = words;
	}

	static UrlSlug of(String url) {
		if (url == null || url.length() > 2000) {
			return NONE;
		}
		String path = HOST.matcher(url).replaceFirst("");
		int query = indexOfAny(path, '?', '#');
		path = query < 0 ? path : path.substring(0, query);
		String slug = "";
		for (String segment : path.split("/")) {
			if (segment.indexOf('-') >= 0 || segment.indexOf('_') >= 0) {
				slug = segment; // the last segment made of words
			}
		}
		slug = EXTENSION.matcher(slug).replaceFirst("");
		Set<String> words = new LinkedHashSet<>();
		for (String word : SEPARATORS.split(slug.toLowerCase(Locale.ROOT))) {
			if (word.length() >= 2 && !word.chars().allMatch(Character::isDigit)
					&& word.chars().allMatch(Character::isLetterOrDigit)) {
				words.add(stem(word));
			}
		}
		return words.size() >= MIN_WORDS ? new UrlSlug(Set.copyOf(words)) : NONE;
	}

	/**
	 * The index (below {@code limit}, among those {@code candidate} accepts) of the block
	 * whose words cover at least half of the slug's and three of them, the best such; -1
	 * when none does.
	 */
	int bestMatch(List<Block> blocks, int limit, IntPredicate candidate) {
		if (words.isEmpty()) {
			return -1;
		}
		int best = -1;
		int bestShared = 0;
		for (int i = 0; i < limit; i++) {
			if (!candidate.test(i)) {
				continue;
			}
			int shared = shared(blocks.get(i).text());
			if (shared >= MIN_WORDS && shared * 2 >= words.size() && shared > bestShared) {
				best = i;
				bestShared = shared;
			}
		}
		return best;
	}

	/**
	 * The date an address's path gives ("/news/2024/05/18/319119/", "/20250526/…"), or
	 * null.
	 */
	static LocalDate date(String url) {
		if (url == null) {
			return null;
		}
		Matcher host = HOST.matcher(url);
		Matcher m = PATH_DATE.matcher(url);
		if (!m.find(host.lookingAt() ? host.end() : 0)) {
			return null;
		}
		try {
			boolean compact = m.group(2) == null;
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(compact ? 4 : 2)),
					Integer.parseInt(m.group(compact ? 5 : 3)));
		}
		catch (DateTimeException impossible) {
			return null;
		}
	}

	private static final Pattern PATH_DATE = Pattern
		.compile("/((?:19|20)\\d{2})(?:[/-](\\d{1,2})[/-](\\d{1,2})|(\\d{2})(\\d{2}))(?=[/_.-]|$)");

	/** How many of the slug's words the text holds. */
	int shared(String text) {
		Set<String> seen = new HashSet<>();
		// "Iran’s" and "U.S." are "irans" and "us" in an address: apostrophes and dots
		// join.
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				word.append(Character.toLowerCase(c));
			}
			else if (c != '\'' && c != '’' && c != '.' || i + 1 >= text.length()
					|| !Character.isLetterOrDigit(text.charAt(i + 1))) {
				if (!word.isEmpty()) {
					seen.add(stem(word.toString()));
					word.setLength(0);
				}
			}
		}
		int shared = 0;
		for (String w : words) {
			if (seen.contains(w)) {
				shared++;
			}
		}
		return shared;
	}

	private static int indexOfAny(String text, char a, char b) {
		int i = text.indexOf(a);
		int j = text.indexOf(b);
		return i < 0 ? j : j < 0 ? i : Math.min(i, j);
	}

	/** "commanders" and "commander" are one word here. */
	private static String stem(String word) {
		return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
	}

}
