package org.analecta.ingest;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of a text's word shingles: two texts share a given minimum with the
 * probability that equals the Jaccard similarity of their shingle sets, so the share of
 * equal minima estimates that similarity (standard error about 0.03 at 0.9 with
 * {@value #HASHES} minima). The words are normalised first (case, accents, punctuation
 * and line breaks dropped), so the same report saved by another tool, as HTML or as text,
 * or with a changed first line still matches.
 *
 * <p>
 * For lookup the signature is cut into {@value #BANDS} bands of {@value #ROWS} minima;
 * two texts become candidates when any band is equal, which for a similarity of 0.9
 * happens with probability 1 − (1 − 0.9⁸)¹⁶ > 0.9999, and for 0.5 with about 6%.
 * Candidates are then compared in full.
 */
public final class TextFingerprint {

	/** The estimated Jaccard similarity from which two texts count as the same report. */
	public static final double SAME_REPORT = 0.9;

	static final int SHINGLE_WORDS = 5;

	static final int HASHES = 128;

	static final int BANDS = 16;

	static final int ROWS = HASHES / BANDS;

	private static final long[] SEEDS = new long[HASHES];

	static {
		long seed = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < HASHES; i++) {
			seed = mix(seed + i);
			SEEDS[i] = seed;
		}
	}

	private final int[] minima;

	private final boolean empty;

	private TextFingerprint(int[] minima, boolean empty) {
		this.minima = minima;
		this.empty = empty;
	}

	public static TextFingerprint of(String text) {
		WordSpans plain = text == null ? null : WordSpans.plain(text);
		return of(plain != null ? plain : WordSpans.folded(text));
	}

	/**
	 * The fingerprint by the general way alone, whatever the text: what {@link #of} must
	 * give for a plain text too.
	 */
	static TextFingerprint ofFolded(String text) {
		return of(WordSpans.folded(text));
	}

	private static TextFingerprint of(WordSpans words) {
		int[] minima = new int[HASHES];
		Arrays.fill(minima, Integer.MAX_VALUE);
		if (words.count == 0) {
			return new TextFingerprint(minima, true);
		}
		int shingles = Math.max(1, words.count - SHINGLE_WORDS + 1);
		for (int start = 0; start < shingles; start++) {
			long hash = words.shingleHash(start, Math.min(words.count, start + SHINGLE_WORDS));
			// Branch-free, so that the JIT compiler can do several minima at a time.
			for (int i = 0; i < HASHES; i++) {
				minima[i] = Math.min(minima[i], (int) mix(hash ^ SEEDS[i]));
			}
		}
		return new TextFingerprint(minima, false);
	}

	static TextFingerprint fromBytes(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		int[] minima = new int[HASHES];
		for (int i = 0; i < HASHES; i++) {
			minima[i] = buffer.getInt();
		}
		return new TextFingerprint(minima, false);
	}

	byte[] toBytes() {
		ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
		for (int m : minima) {
			buffer.putInt(m);
		}
		return buffer.array();
	}

	/** A text without words matches nothing. */
	public boolean isEmpty() {
		return empty;
	}

	/**
	 * The estimated Jaccard similarity of the two texts' shingle sets, 0 when either has
	 * no words.
	 */
	public double similarity(TextFingerprint other) {
		if (empty || other.empty) {
			return 0;
		}
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (minima[i] == other.minima[i]) {
				same++;
			}
		}
		return (double) same / HASHES;
	}

	/**
	 * One key per band, the band's number folded in, so that keys of different bands
	 * never meet.
	 */
	long[] bandKeys() {
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long key = band;
			for (int row = 0; row < ROWS; row++) {
				key = mix(key * 31 + minima[band * ROWS + row]);
			}
			keys[band] = key;
		}
		return keys;
	}

	/**
	 * The text's words: NFKD-decomposed, marks dropped, lower-cased, then the maximal
	 * runs of letters and numbers (regex {@code [\p{L}\p{N}]+}). The stored bands of
	 * every report depend on exactly these words (TextFingerprintTests compares them with
	 * the regex-based definition on random text).
	 */
	static List<String> words(String text) {
		return WordSpans.folded(text).strings();
	}

	private static String withoutMarks(String text) {
		int first = 0;
		for (int cp; first < text.length() && !isMark(cp = text.codePointAt(first));) {
			first += Character.charCount(cp);
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length();) {
			int cp = text.codePointAt(i);
			if (!isMark(cp)) {
				kept.appendCodePoint(cp);
			}
			i += Character.charCount(cp);
		}
		return kept.toString();
	}

	/** {@code \p{M}}. */
	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/** {@code [\p{L}\p{N}]}. */
	private static boolean isWordChar(int cp) {
		if (cp < 128) {
			return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
		}
		int type = Character.getType(cp);
		return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	/**
	 * Where a text's words are, as {@link #words} defines them, without a string for
	 * every word. Two ways to find them: {@link #folded}, for any text, on its folded
	 * copy (NFKD, marks dropped, lower case); {@link #plain}, on the text itself, for the
	 * usual text whose words are ASCII letters and digits.
	 */
	private static final class WordSpans {

		private final String text;

		private int[] starts = new int[256];

		private int[] ends = new int[256];

		int count;

		private WordSpans(String text) {
			this.text = text;
		}

		static WordSpans folded(String text) {
			if (text == null) {
				return new WordSpans("");
			}
			String folded = withoutMarks(Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text
					: Normalizer.normalize(text, Normalizer.Form.NFKD))
				.toLowerCase(Locale.ROOT);
			WordSpans words = new WordSpans(folded);
			int start = -1;
			for (int i = 0; i < folded.length();) {
				int cp = folded.codePointAt(i);
				if (isWordChar(cp)) {
					if (start < 0) {
						start = i;
					}
				}
				else if (start >= 0) {
					words.add(start, i);
					start = -1;
				}
				i += Character.charCount(cp);
			}
			if (start >= 0) {
				words.add(start, folded.length());
			}
			return words;
		}

		/**
		 * The words of a text whose every character is ASCII, or one of a few marks of
		 * punctuation and spaces (curly quotes, dashes, ellipsis, no-break space,
		 * guillemets) that are no letter or number, no combining mark, and have no letter
		 * or number in their NFKD form: for such a text {@link #folded} finds the runs of
		 * ASCII letters and digits, lower-cased, which these are without the folded copy.
		 * Null for any other text.
		 */
		static WordSpans plain(String text) {
			WordSpans words = new WordSpans(text);
			int start = -1;
			for (int i = 0, n = text.length(); i < n; i++) {
				char c = text.charAt(i);
				boolean wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
				if (!wordChar && c >= 0x80 && !inert(c)) {
					return null;
				}
				if (wordChar) {
					if (start < 0) {
						start = i;
					}
				}
				else if (start >= 0) {
					words.add(start, i);
					start = -1;
				}
			}
			if (start >= 0) {
				words.add(start, text.length());
			}
			return words;
		}

		/**
		 * No-break space, guillemets, and U+2010–U+2027 (dashes to hyphenation point).
		 */
		private static boolean inert(char c) {
			return c == '\u00A0' || c == '\u00AB' || c == '\u00BB' || (c >= '\u2010' && c <= '\u2027');
		}

		private void add(int start, int end) {
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
				ends = Arrays.copyOf(ends, count * 2);
			}
			starts[count] = start;
			ends[count] = end;
			count++;
		}

		/**
		 * FNV-1a over the words {@code from} to {@code to}, lower-cased, a separator
		 * between them (a folded text is lower case already).
		 */
		long shingleHash(int from, int to) {
			long hash = 0xcbf29ce484222325L;
			for (int w = from; w < to; w++) {
				for (int c = starts[w]; c < ends[w]; c++) {
					char ch = text.charAt(c);
					hash = (hash ^ (ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch)) * 0x100000001b3L;
				}
				hash = (hash ^ ' ') * 0x100000001b3L;
			}
			return hash;
		}

		List<String> strings() {
			List<String> words = new ArrayList<>(count);
			for (int w = 0; w < count; w++) {
				words.add(text.substring(starts[w], ends[w]));
			}
			return words;
		}

	}

	/** The SplitMix64 finaliser: a cheap, well-spread 64-bit mix. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
