package org.analecta.parser;

import java.text.Normalizer;

/**
 * Repairs text that was UTF-8 once and was then read as Windows-1252 or Latin-1 before it
 * reached us, as pages copied between tools often are: "PeÃ±a Nieto" for "Peña Nieto",
 * "itâ€™s" for "it’s", and twice over "SarukhÃƒÂ¡n" for "Sarukhán". The bytes are still
 * all there, one char each, so a run of chars that are the Windows-1252 (or Latin-1)
 * forms of a lead byte and its continuation bytes is decoded back.
 *
 * <p>
 * A run is repaired only when its bytes are well-formed UTF-8 of one character: a lead
 * byte C2–F4, then exactly the continuation bytes (80–BF) it needs. Text written in
 * Latin-1 languages does not have such runs: an upper-case letter with an accent (C2–DF
 * as a char: "Â", "Ã", "É" …) followed by a symbol or a C1 control is no word of any of
 * them.
 */
final class Mojibake {

	/**
	 * The byte each Windows-1252 char of 0x80–0x9F stands for, by the char (the other
	 * chars of that block are Latin-1's C1 controls, one byte each).
	 */
	private static final String WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

	private Mojibake() {
	}

	/**
	 * The text with every garbled character decoded back; the same String when there is
	 * none. Two passes, for text garbled twice.
	 */
	static String repair(String text) {
		String once = repairOnce(text);
		return once == text ? text : repairOnce(once);
	}

	private static String repairOnce(String text) {
		StringBuilder out = null;
		int copied = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char lead = text.charAt(i);
			int leadLength = 1;
			if (lead < 0x80 && i + 1 < n && isCombiningMark(text.charAt(i + 1))) {
				// The lead decomposed ("A" and a combining tilde for "Ã"), as text that
				// went through NFD after it was garbled has it.
				String composed = Normalizer.normalize(text.substring(i, i + 2), Normalizer.Form.NFC);
				if (composed.length() == 1) {
					lead = composed.charAt(0);
					leadLength = 2;
				}
			}
			if (lead < '\u00C2' || lead > '\u00F4') {
				continue;
			}
			int continuations = lead < '\u00E0' ? 1 : lead < '\u00F0' ? 2 : 3;
			int from = i + leadLength;
			if (from + continuations > n) {
				continue;
			}
			int codePoint = decode(lead, text, from, continuations);
			if (codePoint < 0) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(n);
			}
			out.append(text, copied, i).appendCodePoint(codePoint);
			copied = from + continuations;
			i = copied - 1;
		}
		if (out == null) {
			return text;
		}
		return out.append(text, copied, n).toString();
	}

	/**
	 * The code point the lead byte and the continuation bytes written from {@code from}
	 * encode, or -1 when they are not one well-formed UTF-8 character (overlong forms and
	 * surrogates are not). A C1 control is one: text garbled twice has them half-way.
	 */
	private static int decode(char lead, String text, int from, int continuations) {
		int codePoint = continuations == 1 ? lead & 0x1F : continuations == 2 ? lead & 0x0F : lead & 0x07;
		for (int k = 0; k < continuations; k++) {
			int b = byteOf(text.charAt(from + k));
			if (b < 0x80 || b > 0xBF) {
				return -1;
			}
			codePoint = codePoint << 6 | b & 0x3F;
		}
		int least = continuations == 1 ? 0x80 : continuations == 2 ? 0x800 : 0x10000;
		if (codePoint < least || codePoint > Character.MAX_CODE_POINT
				|| codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
			return -1;
		}
		return codePoint;
	}

	private static boolean isCombiningMark(char c) {
		return c >= '\u0300' && c <= '\u036F';
	}

	/** The byte a char stands for in Windows-1252 or Latin-1, or -1. */
	private static int byteOf(char c) {
		if (c >= '\u00A0' && c <= '\u00FF' || c >= '\u0080' && c <= '\u009F') {
			return c;
		}
		int high = WINDOWS_1252_HIGH.indexOf(c);
		return high >= 0 ? 0x80 + high : -1;
	}

}
