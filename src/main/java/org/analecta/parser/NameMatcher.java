package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches class and id names against a list of words, with plain {@code indexOf} per
 * word: a large case-insensitive regex alternation tried at every position of every
 * element's class list is many times slower on pages with long utility-class lists, where
 * the cleaner spends its time. Entries are substrings ({@code sidebar} matches
 * {@code has-sidebar}) or, written {@code =nav}, whole words bounded by the start or end
 * of the names, white space, {@code -} or {@code _}.
 */
final class NameMatcher {

	private final String[] substrings;

	private final String[] words;

	private NameMatcher(String[] substrings, String[] words) {
		this.substrings = substrings;
		this.words = words;
	}

	/**
	 * @param entries space-separated entries, lower case
	 */
	static NameMatcher of(String entries) {
		List<String> substrings = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (String entry : entries.strip().split("\\s+")) {
			if (entry.startsWith("=")) {
				words.add(entry.substring(1));
			}
			else {
				substrings.add(entry);
			}
		}
		return new NameMatcher(substrings.toArray(String[]::new), words.toArray(String[]::new));
	}

	static String lower(String names) {
		return names.toLowerCase(Locale.ROOT);
	}

	/**
	 * @param names class and id names, already lower case
	 */
	boolean matches(String names) {
		if (names.isEmpty()) {
			return false;
		}
		for (String s : substrings) {
			if (names.contains(s)) {
				return true;
			}
		}
		for (String w : words) {
			if (hasWord(names, w)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasWord(String names, String word) {
		for (int at = names.indexOf(word); at >= 0; at = names.indexOf(word, at + 1)) {
			int end = at + word.length();
			if ((at == 0 || isBoundary(names.charAt(at - 1)))
					&& (end == names.length() || isBoundary(names.charAt(end)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBoundary(char c) {
		return c == ' ' || c == '-' || c == '_' || Character.isWhitespace(c);
	}

}
