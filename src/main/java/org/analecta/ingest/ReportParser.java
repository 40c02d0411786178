package org.analecta.ingest;

/**
 * The parser's entry point: bytes of a saved HTML page or a plain-text report in, a
 * {@link ParsedReport} or a {@link ParseException} out. Plain Java, thread-safe, no Spring.
 */
public final class ReportParser {

	/** Reports larger than this are refused before any work is done. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	public ParsedReport parse(byte[] content, String fileName) throws ParseException {
		// Filled in by the parser work (issue 2).
		throw new ParseException(ParseException.Reason.INTERNAL, "The parser is not written yet");
	}

}
