package org.analecta.search;

/**
 * The words {@link ArchiveAnalyzers#words()} (its apostrophe char filter, then Lucene's
 * StandardTokenizer) finds in a text, found by a plain scan as long as the text keeps to
 * the Latin letters, the digits and the punctuation of English prose. A search places the
 * query's words in the texts of its hits by counting words up to their positions, and an
 * index build counts each part's words; run through the tokenizer's generated automaton
 * and attribute machinery, that counting was a sixth of a search's time and a pass over
 * every text at indexing.
 *
 * <p>
 * The rules are those of Unicode word boundaries (UAX #29) as they apply to these chars:
 * letters and digits join (WB5, WB8–10); a colon, middle dot, full stop or apostrophe
 * between two letters joins them (WB6–7: "U.S.A", "don't", "a:b"); a comma, semicolon,
 * full stop or apostrophe between two digits joins them (WB11–12: "1,000.5"); anything
 * else ends a word, and only runs of letters and digits are words. Any other char
 * (another script, a combining mark, a soft hyphen, an underscore, an emoji, a symbol
 * with a rule of its own) ends the scan with {@link #CANNOT_TELL} as soon as it is looked
 * at; {@link TextWords} then lets the tokenizer go on from there. Nothing is concluded
 * from a text past the chars looked at, so a scan that stops early (the last word wanted
 * found) is right whatever follows. {@code LatinWordsTests} checks every char the scan
 * accepts, in every context these rules tell apart, against the tokenizer itself.
 *
 * <p>
 * Not thread-safe: one scan of one text.
 */
final class LatinWords {

	/**
	 * {@link #next()}: a word was found; {@link #start()} and {@link #end()} say where.
	 */
	static final int FOUND = 1;

	/** {@link #next()}: no more words. */
	static final int END = 0;

	/** {@link #next()}: a char the scan cannot place; run the tokenizer instead. */
	static final int CANNOT_TELL = -1;

	/**
	 * The tokenizer cuts a word longer than this into pieces; the scan leaves such words
	 * to it.
	 */
	private static final int MAX_WORD = 255;

	private static final byte UNKNOWN = 0;

	/** Ends a word and is none: spaces, most punctuation. */
	private static final byte OTHER = 1;

	private static final byte LETTER = 2;

	private static final byte DIGIT = 3;

	/** Joins two letters: colon, middle dot (MidLetter). */
	private static final byte MID_LETTER = 4;

	/** Joins two digits: comma, semicolon (MidNum). */
	private static final byte MID_NUM = 5;

	/**
	 * Joins two letters or two digits: full stop, apostrophe and its variants (MidNumLet,
	 * Single_Quote).
	 */
	private static final byte MID_BOTH = 6;

	/** The class of every char below this; above it, {@link #classOf}'s short list. */
	private static final int TABLE_SIZE = 0x250;

	private static final byte[] CLASSES = new byte[TABLE_SIZE];

	static {
		for (char c = 0; c < 0x20; c++) {
			CLASSES[c] = OTHER;
		}
		for (char c = 0x20; c < 0x7F; c++) {
			CLASSES[c] = OTHER;
		}
		for (char c = 'a'; c <= 'z'; c++) {
			CLASSES[c] = LETTER;
			CLASSES[Character.toUpperCase(c)] = LETTER;
		}
		for (char c = '0'; c <= '9'; c++) {
			CLASSES[c] = DIGIT;
		}
		// '#' and '*' start emoji keycap sequences; '_' joins words (ExtendNumLet).
		CLASSES['#'] = UNKNOWN;
		CLASSES['*'] = UNKNOWN;
		CLASSES['_'] = UNKNOWN;
		CLASSES[':'] = MID_LETTER;
		CLASSES[','] = MID_NUM;
		CLASSES[';'] = MID_NUM;
		CLASSES['.'] = MID_BOTH;
		CLASSES['\''] = MID_BOTH;
		CLASSES[0x7F] = OTHER;
		// Latin-1: no-break space, punctuation and signs; © and ® are emoji.
		for (char c : "\u00A0¡¢£¤¥¦§¨«¬¯°±¶¸»¼½¾¿×÷".toCharArray()) {
			CLASSES[c] = OTHER;
		}
		CLASSES['\u00B7'] = MID_LETTER;
		for (char c : "ªµº".toCharArray()) {
			CLASSES[c] = LETTER;
		}
		for (char c = 0xC0; c < TABLE_SIZE; c++) {
			if (c != '×' && c != '÷') {
				CLASSES[c] = LETTER;
			}
		}
		for (char c : ApostropheCharFilter.VARIANTS.toCharArray()) {
			if (c < TABLE_SIZE) {
				CLASSES[c] = MID_BOTH;
			}
		}
	}

	private final String text;

	private int at;

	private int start = -1;

	private int end = -1;

	LatinWords(String text) {
		this.text = text;
	}

	/** Where the word found last starts. */
	int start() {
		return start;
	}

	/** Where the word found last ends (exclusive). */
	int end() {
		return end;
	}

	/** Moves to the next word: {@link #FOUND}, {@link #END} or {@link #CANNOT_TELL}. */
	int next() {
		int length = text.length();
		while (at < length) {
			byte kind = classOf(text.charAt(at));
			if (kind == UNKNOWN) {
				return CANNOT_TELL;
			}
			if (kind == LETTER || kind == DIGIT) {
				return word(at, kind);
			}
			at++;
		}
		return END;
	}

	/** The word that starts at {@code from} with a char of class {@code first}. */
	private int word(int from, byte first) {
		int length = text.length();
		byte last = first;
		int i = from + 1;
		while (i < length) {
			byte kind = classOf(text.charAt(i));
			if (kind == LETTER || kind == DIGIT) {
				last = kind;
				i++;
			}
			else if (kind == MID_LETTER || kind == MID_NUM || kind == MID_BOTH) {
				if (i + 1 >= length) {
					break;
				}
				byte after = classOf(text.charAt(i + 1));
				if (after == UNKNOWN) {
					return CANNOT_TELL;
				}
				boolean joinsLetters = last == LETTER && after == LETTER && kind != MID_NUM;
				boolean joinsDigits = last == DIGIT && after == DIGIT && kind != MID_LETTER;
				if (!joinsLetters && !joinsDigits) {
					break;
				}
				last = after;
				i += 2;
			}
			else if (kind == UNKNOWN) {
				return CANNOT_TELL;
			}
			else {
				break;
			}
			if (i - from >= MAX_WORD) {
				return CANNOT_TELL;
			}
		}
		start = from;
		end = i;
		at = i;
		return FOUND;
	}

	private static byte classOf(char c) {
		if (c < TABLE_SIZE) {
			return CLASSES[c];
		}
		return switch (c) {
			// Dashes, quotation marks, ellipsis, bullet, guillemets, euro, minus.
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u201C', '\u201D', '\u201E', '\u2026',
					'\u2022', '\u2039', '\u203A', '\u20AC', '\u2212' ->
				OTHER;
			default -> ApostropheCharFilter.isVariant(c) ? MID_BOTH : UNKNOWN;
		};
	}

}
