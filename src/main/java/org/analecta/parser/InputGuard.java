package org.analecta.parser;

import java.util.Locale;

import org.analecta.parser.ParseException.Reason;

/**
 * Refuses what is clearly not a report before any real work: nothing at all, too much, or
 * the bytes of a binary file (PDF, image, archive, executable...). Whitespace-only
 * content is caught after decoding, when the charset is known.
 */
final class InputGuard {

	/**
	 * How much of the start is sampled for control bytes: enough to judge, cheap on 20
	 * MB.
	 */
	private static final int SAMPLE = 64 * 1024;

	private static final Magic[] MAGICS = { new Magic("a PDF document", "%PDF-".getBytes()),
			new Magic("a ZIP archive (or an Office document)", new byte[] { 'P', 'K', 3, 4 }),
			new Magic("a ZIP archive", new byte[] { 'P', 'K', 5, 6 }),
			new Magic("a PNG image", new byte[] { (byte) 0x89, 'P', 'N', 'G' }),
			new Magic("a GIF image", "GIF8".getBytes()),
			new Magic("a JPEG image", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			new Magic("a gzip archive", new byte[] { 0x1F, (byte) 0x8B }),
			new Magic("a 7-Zip archive", new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF }),
			new Magic("a RAR archive", "Rar!".getBytes()),
			new Magic("an old Microsoft Office document", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }),
			new Magic("an executable", new byte[] { 0x7F, 'E', 'L', 'F' }),
			new Magic("an xz archive", new byte[] { (byte) 0xFD, '7', 'z', 'X', 'Z', 0 }),
			new Magic("a zstd archive", new byte[] { 0x28, (byte) 0xB5, 0x2F, (byte) 0xFD }),
			new Magic("a SQLite database", "SQLite format 3".getBytes()), new Magic("an audio file", "OggS".getBytes()),
			new Magic("an audio file", "ID3".getBytes()), new Magic("an audio file", "fLaC".getBytes()),
			new Magic("a media file (RIFF)", "RIFF".getBytes()) };

	private InputGuard() {
	}

	static void checkSize(byte[] content) throws ParseException {
		if (content == null || content.length == 0) {
			throw new ParseException(Reason.EMPTY, "The file is empty");
		}
		if (content.length > ReportParser.MAX_BYTES) {
			throw new ParseException(Reason.TOO_LARGE, "The file is " + megabytes(content.length)
					+ " MB; reports larger than " + megabytes(ReportParser.MAX_BYTES) + " MB are refused");
		}
	}

	/**
	 * Markup that the HTML parser cannot take in linear time is refused before it parses:
	 * jsoup's tree builder rescans the open tables for every cell, so deeply nested
	 * tables cost time that grows with the square of the depth (120,000 levels: over ten
	 * seconds). Real report pages nest tables a few levels deep and hold some thousands
	 * of elements. One pass over the text.
	 */
	static void checkMarkup(String html) throws ParseException {
		int tags = 0;
		int tableDepth = 0;
		int deepest = 0;
		int at = html.indexOf('<');
		while (at >= 0 && at + 1 < html.length()) {
			char next = html.charAt(at + 1);
			if (isAsciiLetter(next)) {
				tags++;
				if (startsWithIgnoreCase(html, at + 1, "table")) {
					deepest = Math.max(deepest, ++tableDepth);
				}
			}
			else if (next == '/' && startsWithIgnoreCase(html, at + 2, "table")) {
				tableDepth = Math.max(0, tableDepth - 1);
			}
			if (tags > MAX_ELEMENTS) {
				throw new ParseException(Reason.TOO_LARGE,
						"The HTML page has more than " + String.format("%,d", MAX_ELEMENTS)
								+ " elements; larger pages are refused (report pages hold a few thousand)");
			}
			if (deepest > MAX_TABLE_NESTING) {
				throw new ParseException(Reason.TOO_LARGE, "The HTML page nests tables more than " + MAX_TABLE_NESTING
						+ " levels deep; such pages are refused (report pages nest them a few levels at most)");
			}
			at = html.indexOf('<', at + 1);
		}
	}

	/** Start tags an HTML page may hold (see {@link #checkMarkup}). */
	static final int MAX_ELEMENTS = 200_000;

	/** How deep tables may nest in an HTML page (see {@link #checkMarkup}). */
	static final int MAX_TABLE_NESTING = 64;

	/** Quotations one report may hold; the largest real reports hold a few hundred. */
	static final int MAX_QUOTES = 5_000;

	/**
	 * Refuses a report whose attribution found more quotations than {@link #MAX_QUOTES}.
	 */
	static void checkQuotes(int quotes) throws ParseException {
		if (quotes > MAX_QUOTES) {
			throw new ParseException(Reason.TOO_LARGE,
					"The report holds " + String.format("%,d", quotes) + " quotations; more than "
							+ String.format("%,d", MAX_QUOTES)
							+ " in one report are refused (the largest real reports hold a few hundred)");
		}
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean startsWithIgnoreCase(String s, int from, String prefix) {
		return s.regionMatches(true, from, prefix, 0, prefix.length());
	}

	static void checkMagic(byte[] content) throws ParseException {
		for (Magic magic : MAGICS) {
			if (startsWith(content, 0, magic.bytes())) {
				throw new ParseException(Reason.BINARY,
						"This is " + magic.what() + ", not a report: upload a saved HTML page or a plain-text report");
			}
		}
	}

	/**
	 * Control bytes in the first part of a file without a byte-order mark: zero bytes on
	 * every other position mean UTF-16 without a BOM (which cannot be decoded reliably);
	 * other zero bytes or many control bytes mean a binary file.
	 */
	static void checkControlBytes(byte[] content, int from) throws ParseException {
		int end = Math.min(content.length, from + SAMPLE);
		int[] controlByParity = new int[2];
		int[] countByParity = new int[2];
		int zeros = 0;
		int controls = 0;
		for (int i = from; i < end; i++) {
			int b = content[i] & 0xFF;
			int parity = (i - from) & 1;
			countByParity[parity]++;
			if (b == 0) {
				zeros++;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				controlByParity[parity]++;
				controls++;
			}
		}
		if (looksLikeUtf16(controlByParity, countByParity)) {
			throw new ParseException(Reason.BAD_ENCODING,
					"The text looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)");
		}
		if (zeros > 0) {
			throw new ParseException(Reason.BINARY, "The file contains zero bytes: it is a binary file, not a report");
		}
		int sampled = end - from;
		if (controls > 8 && controls * 100 > sampled) {
			throw new ParseException(Reason.BINARY,
					"The file is full of control characters: it is a binary file, not a report");
		}
	}

	private static boolean looksLikeUtf16(int[] controlByParity, int[] countByParity) {
		if (countByParity[0] < 2 || countByParity[1] < 2) {
			return false;
		}
		double even = (double) controlByParity[0] / countByParity[0];
		double odd = (double) controlByParity[1] / countByParity[1];
		return (even > 0.25 && odd < 0.05) || (odd > 0.25 && even < 0.05);
	}

	static boolean startsWith(byte[] content, int from, byte[] prefix) {
		if (content.length - from < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[from + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	private record Magic(String what, byte[] bytes) {
	}

}
