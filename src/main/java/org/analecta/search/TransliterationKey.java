package org.analecta.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A match key under which the usual Latin transliterations of one Arabic or Persian name
 * are equal: Rohani = Rouhani = Rowhani = Ruhani, Hussein = Husayn = Hossein, Mohammad =
 * Muhammad = Mohammed, Qassem = Ghasem, Kadhafi = Qaddafi, Velayati = Welayati,
 * Ahmadinejad = Ahmadinezhad.
 *
 * <p>
 * Input is one lowercase, ASCII-folded word without apostrophes (the "name" analyzer does
 * that first). The rules merge only letters that transliteration systems actually swap
 * for the same Arabic or Persian letter or vowel, and nothing more, to keep false matches
 * low:
 * <ul>
 * <li>kh is one letter (خ) and must not fall into the h rules: it becomes x;</li>
 * <li>gh, q (غ/ق, one sound in Persian) and ck become k; dh → d, th → t, zh/dj → j, ph →
 * f;</li>
 * <li>the long and short u (و, damma) is written o, u, ou, oo, or ow before a consonant:
 * all o;</li>
 * <li>ee → i (Saeed = Said); the diphthong ei/ey/ay/ai (not before a vowel) → ai (Hussein
 * = Husayn, Soleimani = Soleymani); a final consonant+y → i (Aly = Ali);</li>
 * <li>e → a: Persian fatha is written e (Mohsen, Rezaei, Mohammed) where Arabic writes
 * a;</li>
 * <li>w → v (Javad = Jawad; Persian و is v);</li>
 * <li>doubled letters are written single or double (Hassan = Hasan): runs collapse;</li>
 * <li>a final h after a vowel is the silent ه (Marzieh = Marzia, Haniyeh = Haniya).</li>
 * </ul>
 * What it deliberately does not merge: i with a or e (Hassan ≠ Hussein, Ali ≠ Ala), g
 * with k or q (Gamal is Egyptian Jamal, not Qamal), and vowels altogether (a consonant
 * skeleton makes Hassan, Hussein and Hasani one name). Variants those rules miss
 * (Qasim/Qassem, Gaddafi/Qaddafi) are for the speaker alias table.
 */
final class TransliterationKey {

	private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

	private static final Pattern OW_BEFORE_CONSONANT = Pattern.compile("ow(?![aeiouy])");

	private static final Pattern DIPHTHONG = Pattern.compile("(?:ei|ey|ay|ai)(?![aeiou])");

	private static final Pattern FINAL_Y = Pattern.compile("(?<=[^aeiou])y$");

	private static final Pattern RUNS = Pattern.compile("(.)\\1+");

	private static final Pattern FINAL_SILENT_H = Pattern.compile("(?<=[aeiou])h$");

	/**
	 * Keys of words already seen: a dozen regular expressions per word made the name
	 * analyzer the slowest part of highlighting a name, and prose repeats the same few
	 * thousand words. Bounded, so that a huge archive's vocabulary does not all stay in
	 * memory.
	 */
	private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

	private static final int MAX_SEEN = 50_000;

	private TransliterationKey() {
	}

	static String of(String word) {
		String seen = SEEN.get(word);
		if (seen != null) {
			return seen;
		}
		String key = compute(word);
		if (SEEN.size() < MAX_SEEN) {
			SEEN.put(word, key);
		}
		return key;
	}

	private static String compute(String word) {
		if (!LATIN_WORD.matcher(word).matches()) {
			// Digits, other scripts: nothing to transliterate, keep as written.
			return word;
		}
		String key = word.replace("kh", "x")
			.replace("gh", "k")
			.replace("ck", "k")
			.replace('q', 'k')
			.replace("dh", "d")
			.replace("th", "t")
			.replace("zh", "j")
			.replace("dj", "j")
			.replace("ph", "f");
		key = OW_BEFORE_CONSONANT.matcher(key).replaceAll("o");
		key = key.replace("ou", "o").replace("oo", "o").replace('u', 'o');
		key = key.replace("ee", "i");
		key = DIPHTHONG.matcher(key).replaceAll("ai");
		key = FINAL_Y.matcher(key).replaceAll("i");
		key = key.replace('e', 'a').replace('w', 'v');
		key = collapseRuns(key);
		if (key.length() > 2) {
			key = FINAL_SILENT_H.matcher(key).replaceAll("");
		}
		return key;
	}

	private static String collapseRuns(String s) {
		Matcher m = RUNS.matcher(s);
		return m.replaceAll("$1");
	}

	/**
	 * The key as a token filter, for the "name" analyzer. Offsets and positions are kept.
	 */
	static final class Filter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		Filter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			String key = of(term.toString());
			term.setEmpty().append(key);
			return true;
		}

	}

}
