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
			if (text.indexOf('‘') < 0 && text.indexOf('\'') < 0 || !wholeText && hasDoubleMarks(text)) {
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

	/**
	 * The line with two single marks standing for a double one, as some newspapers'
	 * archives write quotations ("''It is going to take more,'' he said"), straight or
	 * curly ("‘’The real target is Islam,’’ he said"), written as one; a third mark
	 * beside them closes or opens a quotation nested in it ("''I said, 'No gap,''' he
	 * recalled"). The same line when it has none.
	 */
	static String doubledAsDouble(String line) {
		if (line.indexOf("''") < 0 && line.indexOf("’’") < 0 && line.indexOf("‘’") < 0 && line.indexOf("‘‘") < 0) {
			return line;
		}
		StringBuilder out = new StringBuilder(line.length());
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (!isSingleMark(c) || i + 1 >= line.length() || !isSingleMark(line.charAt(i + 1))) {
				out.append(c);
				i++;
				continue;
			}
			int run = i;
			while (run < line.length() && isSingleMark(line.charAt(run))) {
				run++;
			}
			boolean opening = i == 0 || Chars.isWhitespace(line.charAt(i - 1))
					|| "([—–-".indexOf(line.charAt(i - 1)) >= 0;
			boolean closing = !opening && (run == line.length() || !Character.isLetterOrDigit(line.charAt(run)));
			if (run - i > 3 || !opening && !closing
					|| opening && (run == line.length() || Chars.isWhitespace(line.charAt(run)))) {
				out.append(line, i, run);
			}
			else if (run - i == 2) {
				out.append('"');
			}
			else if (opening) {
				out.append('"').append(line.charAt(run - 1));
			}
			else {
				out.append(line.charAt(i)).append('"');
			}
			i = run;
		}
		return out.toString();
	}

	private static boolean isSingleMark(char c) {
		return c == '\'' || c == '‘' || c == '’';
	}

	/**
	 * Whether a line is set in title case, as headlines are ("Keeper Slams Vandals: 'They
	 * Finished the Job'"): {@link TitleQuotes} reads a headline's straight marks.
	 */
	private static boolean titleCase(String text) {
		if (text.length() > 250) {
			return false;
		}
		int words = 0;
		int capitalised = 0;
		for (Tokens.Token token : Tokens.of(text)) {
			if (Character.isLetter(token.text().charAt(0))) {
				words++;
				if (token.capitalised()) {
					capitalised++;
				}
			}
		}
		return words >= 3 && capitalised * 10 >= words * 7;
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
		boolean straight = false;
		boolean headline = text.indexOf('\'') >= 0 && titleCase(text);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (open < 0 && (c == '‘' && opens(text, i) || c == '\'' && !headline && opensStraight(text, i))) {
				open = i;
				straight = c == '\'';
			}
			else if (open >= 0 && (straight ? c == '\'' && closesStraight(text, i) : c == '’' && closes(text, i))) {
				if (straight && quotedHeading(text, open, i)) {
					open = -1;
					continue;
				}
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[open] = '“';
				chars[i] = '”';
				open = -1;
			}
		}
		if (open >= 0 && mayStayOpen && !straight) {
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

	/**
	 * Whether a paragraph is only a short phrase between straight marks, as a newspaper
	 * sets its subheadings ("'All Bets Are Off.'", "'A fight from start to finish.'"): a
	 * heading, which may echo words quoted below, but is no quotation of its own.
	 */
	private static boolean quotedHeading(String text, int open, int close) {
		return text.substring(0, open).isBlank() && text.substring(close + 1).isBlank()
				&& text.substring(open + 1, close).strip().split("\\s+").length <= 10;
	}

	/** Words that a straight mark before them shortens ("'em", "'til"), not quotes. */
	private static final Set<String> ELIDED = Set.of("em", "til", "n", "cause", "tis", "twas", "round");

	/**
	 * A straight mark, which is also the apostrophe, opens only before a word after a
	 * space or a bracket: "'It's meant to …,' said Bishop"; never before digits ("the
	 * '90s") or a shortened word.
	 */
	private static boolean opensStraight(String text, int i) {
		if (i > 0 && !Chars.isWhitespace(text.charAt(i - 1)) && "([—–".indexOf(text.charAt(i - 1)) < 0
				|| i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
			return false;
		}
		int end = i + 1;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		String word = NameVocabulary.key(text.substring(i + 1, end));
		return !AYN_WORDS.contains(word) && !ELIDED.contains(word);
	}

	/**
	 * A straight mark closes after a stop or a comma, or after a word with no letter
	 * after it, except a plural's possessive ("the Iranians' rights").
	 */
	private static boolean closesStraight(String text, int i) {
		if (i == 0 || i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
			return false;
		}
		char before = text.charAt(i - 1);
		return ",.!?;:".indexOf(before) >= 0 || Character.isLetter(before) && before != 's';
	}

	private static boolean closes(String text, int i) {
		return i > 0 && !Chars.isWhitespace(text.charAt(i - 1))
				&& (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
	}

}
