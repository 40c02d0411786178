package org.analecta.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ParseException.Reason;

/**
 * Decodes report bytes: a byte-order mark wins; then a charset the HTML declares in its
 * first few KB; then strict UTF-8; then Windows-1252, the usual charset of old saved
 * pages, unless the result is clearly not text in that charset.
 */
final class CharsetDetector {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int DECLARATION_WINDOW = 4096;

	private static final Pattern META_CHARSET = Pattern.compile(
			"<meta[^>]{0,300}?charset\\s{0,5}=\\s{0,5}[\"']?\\s{0,5}([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

	private static final Pattern XML_ENCODING = Pattern
		.compile("^\\s{0,10}<\\?xml[^>]{0,200}?encoding\\s{0,5}=\\s{0,5}[\"']([A-Za-z0-9_.:-]{1,40})[\"']");

	private CharsetDetector() {
	}

	record Decoded(String text, Charset charset) {
	}

	static Decoded decode(byte[] content) throws ParseException {
		Bom bom = Bom.of(content);
		if (bom != null) {
			return new Decoded(new String(content, bom.length, content.length - bom.length, bom.charset), bom.charset);
		}
		InputGuard.checkControlBytes(content, 0);
		Charset declared = declaredCharset(content);
		if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
			return new Decoded(new String(content, declared), declared);
		}
		// The JDK's String decoder is much faster than a strict CharsetDecoder; it marks
		// malformed
		// input with U+FFFD, so text without one was valid UTF-8 and decodes the same
		// either way.
		String lenient = new String(content, StandardCharsets.UTF_8);
		if (lenient.indexOf('\uFFFD') < 0) {
			return new Decoded(lenient, StandardCharsets.UTF_8);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return new Decoded(text, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			String text = new String(content, WINDOWS_1252);
			refuseGarbage(text);
			return new Decoded(text, WINDOWS_1252);
		}
	}

	/**
	 * Text that is not UTF-8 and, read as Windows-1252, is mostly accented or undefined
	 * characters is in some other encoding (UTF-16 without BOM, Shift-JIS, KOI8...):
	 * refusing it beats storing mojibake.
	 */
	private static void refuseGarbage(String text) throws ParseException {
		int visible = 0;
		int nonAscii = 0;
		int undefined = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				continue;
			}
			visible++;
			if (c == '\uFFFD') {
				undefined++;
			}
			else if (c > 0x7F) {
				nonAscii++;
			}
		}
		if (visible == 0) {
			return;
		}
		if (undefined * 200 > visible || (nonAscii + undefined) * 100 > visible * 30) {
			throw new ParseException(Reason.BAD_ENCODING,
					"The text is neither UTF-8 nor Windows-1252 (it decodes to garbage); save it as UTF-8");
		}
	}

	/**
	 * The charset an HTML or XML document declares near its start, as browsers would use
	 * it.
	 */
	static Charset declaredCharset(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
		if (head.indexOf('<') < 0) {
			return null; // both declarations start with '<': spare plain text the two
							// searches
		}
		Matcher m = XML_ENCODING.matcher(head);
		String name = m.lookingAt() ? m.group(1) : null;
		if (name == null) {
			m = META_CHARSET.matcher(head);
			name = m.find() ? m.group(1) : null;
		}
		if (name == null) {
			return null;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		// As in the HTML standard: a page readable in ASCII is not really UTF-16, and
		// Latin-1 labels
		// mean Windows-1252.
		if (lower.startsWith("utf-16") || lower.startsWith("utf-32") || lower.equals("utf8")) {
			return StandardCharsets.UTF_8;
		}
		if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")
				|| lower.equals("iso8859-1") || lower.equals("l1")) {
			return WINDOWS_1252;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private enum Bom {

		UTF_32LE(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }, "UTF-32LE"),
		UTF_32BE(new byte[] { 0, 0, (byte) 0xFE, (byte) 0xFF }, "UTF-32BE"),
		UTF_8(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "UTF-8"),
		UTF_16LE(new byte[] { (byte) 0xFF, (byte) 0xFE }, "UTF-16LE"),
		UTF_16BE(new byte[] { (byte) 0xFE, (byte) 0xFF }, "UTF-16BE");

		final byte[] bytes;

		final int length;

		final Charset charset;

		Bom(byte[] bytes, String charset) {
			this.bytes = bytes;
			this.length = bytes.length;
			this.charset = Charset.forName(charset);
		}

		static Bom of(byte[] content) {
			for (Bom bom : values()) {
				if (InputGuard.startsWith(content, 0, bom.bytes)) {
					return bom;
				}
			}
			return null;
		}

	}

}
