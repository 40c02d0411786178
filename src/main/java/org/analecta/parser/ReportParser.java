package org.analecta.parser;

import java.util.List;

import org.analecta.parser.ParseException.Reason;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.SourceFormat;

/**
 * The parser's entry point: bytes of a saved HTML page or a plain-text report in, a
 * {@link ParsedReport} or a {@link ParseException} out. Plain Java, thread-safe, no
 * Spring.
 *
 * <p>
 * The steps: refuse what is not a report (empty, too large, binary), decode (byte-order
 * mark, declared charset, UTF-8, Windows-1252) and repair text garbled before it came
 * ({@link Mojibake}), tell HTML from text by the content, let the matching reader turn it
 * into blocks, build the structure (metadata, sections, footnotes), then find the quotes.
 * Every step is linear in the input; nothing but {@link ParseException} leaves.
 */
public final class ReportParser {

	/** Reports larger than this are refused before any work is done. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private final SpeakerNames speakerNames;

	public ReportParser() {
		this(new SpeakerNames());
	}

	public ReportParser(SpeakerNames speakerNames) {
		this.speakerNames = speakerNames;
	}

	public ParsedReport parse(byte[] content, String fileName) throws ParseException {
		InputGuard.checkSize(content);
		try {
			return parseChecked(content);
		}
		catch (ParseException e) {
			throw e;
		}
		catch (RuntimeException | StackOverflowError e) {
			throw new ParseException(Reason.INTERNAL,
					"The parser failed on " + describe(fileName) + " (" + e.getClass().getSimpleName()
							+ (e.getMessage() == null ? "" : ": " + e.getMessage())
							+ "); this is a bug in Analecta, please report it with the file",
					e);
		}
	}

	private ParsedReport parseChecked(byte[] content) throws ParseException {
		InputGuard.checkMagic(content);
		String text = Mojibake.repair(normaliseLineEnds(CharsetDetector.decode(content).text()));
		if (isBlank(text)) {
			throw new ParseException(Reason.EMPTY, "The file holds only white space");
		}
		SourceFormat format = FormatDetector.detect(text);
		ReportReader reader = format == SourceFormat.HTML ? new HtmlReportReader() : new TextReportReader();
		ReportDocument document = reader.read(text);
		ParsedReport structure = ReportStructureBuilder.build(document);
		List<Quote> quotes = new QuoteAttributor(speakerNames).attribute(structure.title(), structure.sourceUrl(),
				structure.series(), structure.sections(), structure.footnotes());
		InputGuard.checkQuotes(quotes == null ? 0 : quotes.size());
		return new ParsedReport(structure.format(), structure.title(), structure.publishedOn(), structure.series(),
				structure.seriesNumber(), structure.authors(), structure.countries(), structure.sourceUrl(),
				structure.sections(), quotes == null ? List.of() : quotes, structure.footnotes());
	}

	/** CR LF and lone CR become LF; a leading byte-order mark character is dropped. */
	static String normaliseLineEnds(String text) {
		int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
		// Most files have LF line ends already and are returned as they are: a
		// char-by-char copy costs a visible share of parse time.
		if (text.indexOf('\r') < 0) {
			return start == 0 ? text : text.substring(start);
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
				return false;
			}
		}
		return true;
	}

	private static String describe(String fileName) {
		return fileName == null || fileName.isBlank() ? "this input" : fileName;
	}

}
