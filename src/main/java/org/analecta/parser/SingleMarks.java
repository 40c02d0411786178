package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Quotations in single marks, as British usage writes them ({@code ‘I think the
 * Americans should frankly get on with it,’ said Sawers}). The curly opening mark is not
 * an apostrophe, so it can be read as opening; a curly closing mark is one only where no
 * letter follows it (not "Iran’s"). Read so where a paragraph uses no double marks and
 * closes what it opens, and, in a text with no double marks at all, also across
 * paragraphs (a new paragraph of the same quotation opens with the mark again).
 */
final class SingleMarks {

	/**
	 * Words that a curly mark before them writes the 'ayn of, in transliterated Arabic
	 * ("‘Abd Al-Rahim", "‘Izz"), not a quotation's start.
	 */
	private static final Set<String> AYN_WORDS = Set.of("abd", "ali", "izz", "ala", "umar", "uthman", "amr", "aisha",
			"ayn", "abdallah", "abdullah", "ubaida", "alawi", "awad", "adel", "adil");

	private SingleMarks() {
	}

	/**
	 * The paragraphs with quoting single marks written as double ones (same length, so
	 * offsets stay); the same list when none quotes so.
	 */
	static List<String> asDouble(List<String> paragraphs) {
		boolean anyOpening = false;
		for (String text : paragraphs) {
			if (hasDoubleMarks(text)) {
				anyOpening = false;
				break;
			}
			anyOpening |= text.indexOf('‘') >= 0;
		}
		boolean wholeText = anyOpening;
		List<String> out = null;
		for (int p = 0; p < paragraphs.size(); p++) {
			String text = paragraphs.get(p);
			if (text.indexOf('‘') < 0 || !wholeText && hasDoubleMarks(text)) {
				continue;
			}
			String converted = convert(text, wholeText);
			if (converted != text) {
				if (out == null) {
					out = new ArrayList<>(paragraphs);
				}
				out.set(p, converted);
			}
		}
		return out == null ? paragraphs : List.copyOf(out);
	}

	private static boolean hasDoubleMarks(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
				return true;
			}
		}
		return false;
	}

	/**
	 * One paragraph's quoting marks as double ones; {@code mayStayOpen} lets a quotation
	 * go on past the paragraph's end.
	 */
	private static String convert(String text, boolean mayStayOpen) {
		char[] chars = null;
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '‘' && open < 0 && opens(text, i)) {
				open = i;
			}
			else if (c == '’' && open >= 0 && closes(text, i)) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[open] = '“';
				chars[i] = '”';
				open = -1;
			}
		}
		if (open >= 0 && mayStayOpen) {
			if (chars == null) {
				chars = text.toCharArray();
			}
			chars[open] = '“';
		}
		return chars == null ? text : new String(chars);
	}

	private static boolean opens(String text, int i) {
		if (i > 0 && !Chars.isWhitespace(text.charAt(i - 1)) && "([—–-".indexOf(text.charAt(i - 1)) < 0
				|| i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
			return false;
		}
		int end = i + 1;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return !AYN_WORDS.contains(NameVocabulary.key(text.substring(i + 1, end)));
	}

	private static boolean closes(String text, int i) {
		return i > 0 && !Chars.isWhitespace(text.charAt(i - 1))
				&& (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
	}

}
