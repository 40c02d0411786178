package org.analecta.parser;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Organisations known by a name of their own ("Hamas", "the Pentagon", "Islamic State"),
 * which no word in the name marks as an organisation: the bundled list
 * {@code known-organisations.txt}. Names are compared folded: without case, accents,
 * hyphens, apostrophes or spaces, so "Al Qaeda" and "al-Qaeda" are one.
 */
final class KnownOrganisations {

	/** The most words a listed name takes in a text ("Popular Mobilization Forces"). */
	static final int MAX_WORDS = 4;

	private static final Set<String> FOLDED = new HashSet<>();

	/**
	 * The first words of the names as a token's key and folded ("da'esh", "daesh"), and
	 * the article of a hyphenated one ("al" of "Al-Qaeda"): a test of a token's key,
	 * which every token has at hand, before any folding.
	 */
	private static final Set<String> FIRST_WORDS = new HashSet<>();

	static {
		for (String name : WordList.lines("known-organisations.txt")) {
			FOLDED.add(fold(name));
			String first = Tokens.of(name).get(0).bare();
			FIRST_WORDS.add(NameVocabulary.key(first));
			FIRST_WORDS.add(fold(first));
			// "Al-Qaeda" is also written "al Qaeda", two words.
			int hyphen = first.indexOf('-');
			if (hyphen > 0) {
				FIRST_WORDS.add(NameVocabulary.key(first.substring(0, hyphen)));
			}
		}
	}

	private KnownOrganisations() {
	}

	/**
	 * Whether a word, by its key ({@link NameVocabulary#key}), may open a listed name
	 * ("al" for "al Qaeda").
	 */
	static boolean mayStartWith(String key) {
		return FIRST_WORDS.contains(key);
	}

	/** Whether the words, as written, are a listed name. */
	static boolean contains(String written) {
		return FOLDED.contains(fold(written));
	}

	/**
	 * Letters and digits only, lower case, without accents. Unlike a speaker's name
	 * ({@link NameFolding#words}) the Arabic article stays: "Al-Shabab" without it is a
	 * word for youth ("Shabab Al Iraq newspaper").
	 */
	static String fold(String text) {
		String decomposed = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				folded.append(Character.toLowerCase(c));
			}
		}
		return folded.toString();
	}

	private static boolean ascii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

}
