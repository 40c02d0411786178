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

}
