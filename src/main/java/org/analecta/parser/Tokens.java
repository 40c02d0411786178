package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens with their offsets: letters and digits with inner apostrophes, hyphens and
 * combining marks ("Shi'ite", "Asr-e", "P5+1"); dotted abbreviations ("U.S.") are one
 * token. A hand-written scanner: reports are large and every later step walks these
 * tokens.
 */
final class Tokens {

	private Tokens() {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>(text.length() / 6 + 1);
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (!isLetterOrDigit(c)) {
				i++;
				continue;
			}
			int start = i;
			int end;
			if (Character.isLetter(c) && i + 3 < length && text.charAt(i + 1) == '.'
					&& Character.isLetter(text.charAt(i + 2)) && text.charAt(i + 3) == '.') {
				end = i;
				while (end + 1 < length && Character.isLetter(text.charAt(end)) && text.charAt(end + 1) == '.') {
					end += 2;
				}
			}
			else {
				end = i + 1;
				while (end < length && inWord(text.charAt(end))) {
					end++;
				}
				while (end > start + 1 && isTrailingJoiner(text.charAt(end - 1))) {
					end--;
				}
			}
			tokens.add(new Token(text.substring(start, end), start, end));
			i = end;
		}
		return tokens;
	}

	private static boolean isLetterOrDigit(char c) {
		if (c < 0x80) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		return Character.isLetterOrDigit(c);
	}

	/** An apostrophe or hyphen ending a word belongs to what follows, not to the word. */
	private static boolean isTrailingJoiner(char c) {
		return c == '\'' || c == '’' || c == '-';
	}

	private static boolean inWord(char c) {
		if (c < 0x80) { // most text is ASCII: the same answer without the Unicode tables
			return isLetterOrDigit(c) || c == '\'' || c == '+' || c == '-';
		}
		if (Character.isLetterOrDigit(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == '\'' || c == '’'
				|| c == 'ʿ' || c == 'ʾ' || c == '+' || c == '-';
	}

	/**
	 * Whether only spaces separate two offsets: words of one name are never split by
	 * punctuation.
	 */
	static boolean onlySpaceBetween(String text, int from, int to) {
		if (to - from > 3) {
			return false;
		}
		// The mark of an 'ayn opening the next word keeps a name going: "Muhammad 'Abd
		// Al-Hadi 'Allam".
		int last = to > from + 1 && to < text.length() && Character.isUpperCase(text.charAt(to))
				&& NameFolding.isApostrophe(text.charAt(to - 1)) ? to - 1 : to;
		// So does the mark of a hamza closing the word before: "Mohammed Shia' Al-Sudani"
		// (after a vowel, where a plural's possessive mark stands after an "s").
		int first = from > 0 && from < last - 1 && NameFolding.isApostrophe(text.charAt(from))
				&& "aeiou".indexOf(text.charAt(from - 1)) >= 0 ? from + 1 : from;
		for (int i = first; i < last; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A word; its lookup key and shape are computed once, since several passes ask for
	 * them. Not thread-safe: tokens live within one attribution run.
	 */
	static final class Token {

		private final String text;

		private final int start;

		private final int end;

		private String key;

		private int nameWord = -1;

		private final boolean capitalised;

		private final boolean possessive;

		Token(String text, int start, int end) {
			this.text = text;
			this.start = start;
			this.end = end;
			this.capitalised = Character.isUpperCase(text.charAt(0)) || (text.indexOf('-') > 0
					&& Character.isUpperCase(NameVocabulary.stripArticle(text).codePointAt(0)));
			this.possessive = text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"));
		}

		String text() {
			return text;
		}

		int start() {
			return start;
		}

		int end() {
			return end;
		}

		String key() {
			if (key == null) {
				key = NameVocabulary.key(text);
			}
			return key;
		}

		/**
		 * Whether the word (without a possessive ending) can be part of a person's name.
		 */
		boolean nameWord() {
			if (nameWord < 0) {
				// Without a possessive ending the bare word is the text, whose key is
				// then built once.
				nameWord = capitalised
						&& (possessive ? NameVocabulary.isNameWord(bare()) : NameVocabulary.isNameWord(text, key())) ? 1
								: 0;
			}
			return nameWord == 1;
		}

		boolean capitalised() {
			return capitalised;
		}

		boolean possessive() {
			return possessive;
		}

		/** The word without a possessive ending. */
		String bare() {
			return possessive ? text.substring(0, text.length() - 2) : text;
		}

	}

}
