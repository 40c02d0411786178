package org.analecta.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spelling-blind part of name folding: lower case, no diacritics, no apostrophes or
 * ayn/hamza marks, hyphens and dots as word breaks, and no Arabic article before a word
 * ("al-Maliki", "El-Sisi", "ash-Sharaa").
 */
final class NameFolding {

	private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az");

	private NameFolding() {
	}

	static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		if (name == null) {
			return words;
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK || isApostrophe(c)) {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				word.append(Character.toLowerCase(c));
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		// "Al-Maliki" and "Maliki" are one name; a lone "al" that is the whole name
		// stays.
		if (words.size() > 1) {
			List<String> kept = new ArrayList<>(words.size());
			for (int i = 0; i < words.size(); i++) {
				if (i < words.size() - 1 && ARTICLES.contains(words.get(i))) {
					continue;
				}
				kept.add(words.get(i));
			}
			words = kept;
		}
		for (int i = 0; i < words.size(); i++) {
			words.set(i, words.get(i).replace("ı", "i").toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/** The marks names are written with for apostrophes, 'ayn and hamza: folded away. */
	static boolean isApostrophe(char c) {
		return c == '\'' || c == '’' || c == '‘' || c == 'ʿ' || c == 'ʾ' || c == '`' || c == '´' || c == 'ʻ' || c == 'ʼ'
				|| c == '′';
	}

}
