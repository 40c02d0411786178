package org.analecta.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens with their offsets; dotted abbreviations ("U.S.") are one token. */
final class Tokens {

	private static final Pattern WORD = Pattern
		.compile("\\p{L}\\.(?:\\p{L}\\.)+|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’ʿʾ+\\-]*");

	private Tokens() {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			int end = matcher.end();
			while (end > matcher.start() + 1 && "'’-".indexOf(text.charAt(end - 1)) >= 0) {
				end--;
			}
			tokens.add(new Token(text.substring(matcher.start(), end), matcher.start(), end));
		}
		return tokens;
	}

	/** Whether only spaces separate two offsets: words of one name are never split by punctuation. */
	static boolean onlySpaceBetween(String text, int from, int to) {
		if (to - from > 3) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	record Token(String text, int start, int end) {

		String key() {
			return NameVocabulary.key(text);
		}

		boolean capitalised() {
			return Character.isUpperCase(NameVocabulary.stripArticle(text).codePointAt(0));
		}

		boolean possessive() {
			return text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"));
		}

		/** The word without a possessive ending. */
		String bare() {
			return possessive() ? text.substring(0, text.length() - 2) : text;
		}

	}

}
