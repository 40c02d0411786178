package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;

/**
 * Footnote markers in running text: {@code [3]} (glued to the word, after a space or
 * after a closing quote), {@code (3)} and superscript digits. A marker only counts when
 * the report has a note with that number, so editorial insertions ({@code [Iraq]},
 * {@code [...]}, {@code [sic]}) and a bracketed year stay text. Markers are removed; each
 * reference keeps the offset where it stood.
 */
final class FootnoteMarkerScanner {

	/** The start of an endnote: {@code [3] text} or {@code [13]Fars}. */
	private static final Pattern NOTE_START = Pattern.compile("^\\s{0,5}\\[(\\d{1,3})\\]");

	/** Note markers in brackets at the end of a text, and the spaces before them. */
	private static final Pattern TRAILING_MARKERS = Pattern.compile("(?:\\s*\\[\\w{1,6}\\])+$");

	/**
	 * The text without the note markers that end it, as a page saved without its endnotes
	 * leaves them in the text: "He wrote:[5]" is "He wrote:".
	 */
	static String withoutTrailingMarkers(String text) {
		return text.endsWith("]") ? TRAILING_MARKERS.matcher(text).replaceFirst("") : text;
	}

	/**
	 * Numbered entries under a "Notes" heading: {@code 3. text}, {@code (3) text},
	 * {@code ^3 text}.
	 */
	private static final Pattern LISTED_NOTE_START = Pattern
		.compile("^\\s{0,5}(?:\\[(\\d{1,3})\\]|\\((\\d{1,3})\\)|\\^?(\\d{1,3})[.)]?(?=\\s))");

	private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private FootnoteMarkerScanner() {
	}

	static boolean startsWithNote(String text) {
		return NOTE_START.matcher(text).lookingAt();
	}

	/** A note's marker left in the text: {@code [3]}. */
	private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}\\]");

	/**
	 * Where a note's marker opening at {@code at} ends ({@code …plausible."[1] In}), or
	 * {@code at} when none opens there.
	 */
	static int markerEnd(String text, int at) {
		if (at >= text.length() || text.charAt(at) != '[') {
			return at;
		}
		Matcher m = MARKER.matcher(text).region(at, text.length());
		return m.lookingAt() ? m.end() : at;
	}

	/**
	 * The note number a block starts with ({@code [3]}), or -1; with the text after it.
	 */
	static NoteStart noteStart(String text, boolean listed) {
		Matcher m = (listed ? LISTED_NOTE_START : NOTE_START).matcher(text);
		if (!m.lookingAt()) {
			return null;
		}
		String digits = m.group(1);
		if (listed && digits == null) {
			digits = m.group(2) != null ? m.group(2) : m.group(3);
		}
		return new NoteStart(Integer.parseInt(digits), text.substring(m.end()).strip());
	}

	record NoteStart(int number, String rest) {
	}

	/** The paragraph with the markers of known notes taken out and recorded. */
	static Paragraph extract(String text, Set<Integer> noteNumbers) {
		if (noteNumbers.isEmpty() || !mayHoldMarker(text)) {
			return new Paragraph(text, List.of());
		}
		StringBuilder out = new StringBuilder(text.length());
		List<FootnoteRef> refs = new ArrayList<>();
		int copied = 0;
		int at = 0;
		// A marker is [1-3 digits], (1-3 digits) or 1-3 superscript digits. Scanned by
		// hand: a regex
		// search for them would run at every char of every paragraph, the parser's
		// largest cost.
		while (at < text.length()) {
			char c = text.charAt(at);
			int start = at;
			int end;
			int number;
			if (c == '[' || c == '(') {
				int digits = digitRun(text, at + 1);
				end = at + 1 + digits;
				if (digits == 0 || end >= text.length() || text.charAt(end) != (c == '[' ? ']' : ')')) {
					at++;
					continue;
				}
				end++;
				number = Integer.parseInt(text, start + 1, end - 1, 10);
				at = end;
				if (c == '(' && !plausibleParenthesised(text, start, end)) {
					continue;
				}
			}
			else if (c >= '\u00b2' && SUPERSCRIPTS.indexOf(c) >= 0) {
				end = at + 1;
				while (end < text.length() && end - start < 3 && SUPERSCRIPTS.indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				number = superscriptValue(text.substring(start, end));
				at = end;
				if (start == 0 || Character.isWhitespace(text.charAt(start - 1))) {
					continue;
				}
			}
			else {
				at++;
				continue;
			}
			if (!noteNumbers.contains(number)) {
				continue;
			}
			out.append(text, copied, start);
			copied = end;
			// "Iraq [3]." reads "Iraq." without the marker: drop the space before it too.
			if (out.length() > 0 && out.charAt(out.length() - 1) == ' '
					&& (copied == text.length() || isClosing(text.charAt(copied)))) {
				out.setLength(out.length() - 1);
			}
			refs.add(new FootnoteRef(number, out.length()));
		}
		if (refs.isEmpty()) {
			return new Paragraph(text, List.of());
		}
		out.append(text, copied, text.length());
		String cleaned = out.toString();
		// A marker at the very end may leave a trailing space, and a marker right after
		// another drops the space the earlier one was placed after ("| [3]<sup>3</sup>"
		// at the end): every offset is kept within the text.
		String stripped = cleaned.stripTrailing();
		List<FootnoteRef> clamped = new ArrayList<>(refs.size());
		for (FootnoteRef ref : refs) {
			clamped.add(new FootnoteRef(ref.number(), Math.min(ref.offset(), stripped.length())));
		}
		refs = clamped;
		return new Paragraph(stripped, refs);
	}

	/**
	 * Every marker opens with one of these: a plain scan is far cheaper than the
	 * pattern's search.
	 */
	private static boolean mayHoldMarker(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '[' || c == '(' || (c >= '\u00b2' && SUPERSCRIPTS.indexOf(c) >= 0)) {
				return true;
			}
		}
		return false;
	}

	/** How many ASCII digits (at most three, as in a marker) start at {@code from}. */
	private static int digitRun(String text, int from) {
		int i = from;
		while (i < text.length() && i - from < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i - from;
	}

	private static boolean isClosing(char c) {
		return Character.isWhitespace(c) || ".,;:!?)]".indexOf(c) >= 0;
	}

	/**
	 * "(3)" is a marker when glued to the preceding word or punctuation ({@code Iraq(3)},
	 * {@code ."(3)}), or when it follows a sentence's end; not when it opens an
	 * enumeration ("conditions: (1) the U.S. must ...").
	 */
	private static boolean plausibleParenthesised(String text, int start, int end) {
		if (start == 0) {
			return false;
		}
		char before = text.charAt(start - 1);
		if (!Character.isWhitespace(before)) {
			return true;
		}
		int i = start - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		if (i < 0 || ".!?\"”’".indexOf(text.charAt(i)) < 0) {
			return false;
		}
		int j = end;
		while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
			j++;
		}
		return j == text.length() || Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '"'
				|| text.charAt(j) == '“';
	}

	private static int superscriptValue(String digits) {
		int value = 0;
		for (int i = 0; i < digits.length(); i++) {
			value = value * 10 + SUPERSCRIPTS.indexOf(digits.charAt(i));
		}
		return value;
	}

}
