package org.analecta.parser;

/** Character tests for the loops that look at every char of a report. */
final class Chars {

	private Chars() {
	}

	/**
	 * {@link Character#isWhitespace(char)}, without its Unicode table lookup for the
	 * chars above space and below U+1680 (letters, punctuation, curly quotes), none of
	 * which is white space.
	 */
	static boolean isWhitespace(char c) {
		if (c < '\u1680') {
			return c <= ' ' && Character.isWhitespace(c);
		}
		return Character.isWhitespace(c);
	}

	/**
	 * Whether only white space stands between {@code from} and {@code at}; looks back
	 * from {@code at}.
	 */
	static boolean blankBefore(String text, int at, int from) {
		for (int i = at - 1; i >= from; i--) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
