package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.analecta.parser.ParseException.Reason;
import org.analecta.parser.ParsedReport.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser end to end on small exact inputs: bad input, charsets, formats, header
 * shapes.
 */
class ReportParserTests {

	/** A paragraph long enough to count as running prose. */
	static final String PROSE = "The foreign ministry spokesman told reporters in Tehran on Monday that the talks "
			+ "had concerned only the nuclear issue and had not touched on the question of Iraq at all.";

	private final ReportParser parser = new ReportParser();

	static ParsedReport parse(String text) throws ParseException {
		return new ReportParser().parse(text.getBytes(StandardCharsets.UTF_8), "inline.txt");
	}

	static ParseException failure(byte[] content) {
		try {
			new ReportParser().parse(content, "bad");
		}
		catch (ParseException e) {
			return e;
		}
		throw new AssertionError("expected a ParseException");
	}

	// --- bad input ---

	@Test
	void emptyFileIsRefused() {
		ParseException e = failure(new byte[0]);
		assertThat(e.reason()).isEqualTo(Reason.EMPTY);
		assertThat(e.getMessage()).contains("empty");
	}

	@Test
	void whiteSpaceOnlyIsEmpty() {
		assertThat(failure(" \n\t\r\n  \u00A0\n".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.EMPTY);
		assertThat(failure(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n' }).reason())
			.isEqualTo(Reason.EMPTY);
	}

	@Test
	void fileOverTwentyMegabytesIsRefusedBeforeAnyWork() {
		byte[] huge = new byte[ReportParser.MAX_BYTES + 1];
		// Zero bytes would be "binary": the size must be judged first.
		ParseException e = failure(huge);
		assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(e.getMessage()).contains("20.0 MB");
	}

	@Test
	void binaryFilesAreRefused() {
		assertThat(failure("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)).getMessage())
			.contains("PDF");
		assertThat(failure(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }).getMessage())
			.contains("PNG");
		assertThat(failure(new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 }).reason()).isEqualTo(Reason.BINARY);
		byte[] withZeros = (PROSE + "\0\0\0\u0001" + PROSE).getBytes(StandardCharsets.UTF_8);
		assertThat(failure(withZeros).reason()).isEqualTo(Reason.BINARY);
		byte[] controls = new byte[2000];
		for (int i = 0; i < controls.length; i++) {
			controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
		}
		assertThat(failure(controls).reason()).isEqualTo(Reason.BINARY);
	}

	@Test
	void utf16WithoutByteOrderMarkIsAnEncodingError() {
		ParseException e = failure((PROSE + "\n\n" + PROSE).getBytes(StandardCharsets.UTF_16LE));
		assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
		assertThat(e.getMessage()).contains("UTF-16");
		assertThat(failure((PROSE + "\n\n" + PROSE).getBytes(StandardCharsets.UTF_16BE)).reason())
			.isEqualTo(Reason.BAD_ENCODING);
	}

	@Test
	void textThatIsNeitherUtf8NorWindows1252IsRefused() {
		String russian = "Министр иностранных дел заявил журналистам в понедельник, что переговоры касались только "
				+ "ядерной проблемы и не затрагивали вопрос об Ираке. ";
		byte[] koi8 = russian.repeat(3).getBytes(Charset.forName("KOI8-R"));
		ParseException e = failure(koi8);
		assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
		assertThat(e.getMessage()).contains("neither UTF-8 nor Windows-1252");
	}

	@Test
	void shoppingListIsNoReport() {
		ParseException e = failure("Shopping\n\neggs\nmilk\nbread\n2 lemons\nolive oil\ncoffee\n\nAlso: call Dan"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(e.reason()).isEqualTo(Reason.NO_REPORT);
		assertThat(e.getMessage()).contains("No report recognised");
	}

	@Test
	void randomShortTextIsNoReport() {
		assertThat(failure("hello world, back at five".getBytes(StandardCharsets.UTF_8)).reason())
			.isEqualTo(Reason.NO_REPORT);
		assertThat(failure("x7$k!q ~~ 42\n\n;;; zz".getBytes(StandardCharsets.UTF_8)).reason())
			.isEqualTo(Reason.NO_REPORT);
	}

	/**
	 * Inputs that would make a backtracking regex or a quadratic scan blow up, each 5 MB.
	 */
	static List<String> adversarialInputs() {
		int size = 5 * 1024 * 1024;
		return List.of("[1".repeat(size / 2), "(1".repeat(size / 2), "\"".repeat(size), "a ".repeat(size / 2),
				"June 20, 2014 | ".repeat(size / 16), ("Aaaa Bbbb Cccc" + "\n").repeat(size / 15),
				"[1] , June 1, 2014.\n".repeat(size / 20), "<p>" + "x ".repeat(size / 2));
	}

	@ParameterizedTest
	@MethodSource("adversarialInputs")
	@Timeout(300) // a safety net against catastrophic backtracking on a loaded machine,
					// not a speed test
	void adversarialInputsOfFiveMegabytesFinish(String input) {
		byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
		try {
			assertThat(parser.parse(bytes, "adversarial").sections()).isNotEmpty();
		}
		catch (ParseException e) {
			assertThat(e.reason()).isNotEqualTo(Reason.INTERNAL);
		}
	}

	// --- charsets ---

	@Test
	void byteOrderMarksDecideTheCharset() throws ParseException {
		String text = "Vis-à-vis Tehran\n\n" + PROSE + " Iran’s “position” – firm.";
		for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			byte[] bom = switch (charset.name()) {
				case "UTF-8" -> new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
				case "UTF-16LE" -> new byte[] { (byte) 0xFF, (byte) 0xFE };
				default -> new byte[] { (byte) 0xFE, (byte) 0xFF };
			};
			byte[] body = text.getBytes(charset);
			byte[] content = Arrays.copyOf(bom, bom.length + body.length);
			System.arraycopy(body, 0, content, bom.length, body.length);
			ParsedReport report = parser.parse(content, "bom.txt");
			assertThat(report.title()).isEqualTo("Vis-à-vis Tehran");
			assertThat(report.sections().get(0).paragraphs().get(0).text()).endsWith("Iran’s “position” – firm.");
		}
	}

	@Test
	void invalidUtf8FallsBackToWindows1252() throws ParseException {
		byte[] content = ("Iran’s Position Vis-à-vis Riyadh\n\n" + PROSE + " “Never,” he said – firmly.")
			.getBytes(CharsetDetector.WINDOWS_1252);
		ParsedReport report = parser.parse(content, "cp1252.txt");
		assertThat(report.title()).isEqualTo("Iran’s Position Vis-à-vis Riyadh");
		assertThat(report.sections().get(0).paragraphs().get(0).text()).endsWith("“Never,” he said – firmly.");
	}

	@Test
	void htmlDeclaresItsCharsetInMeta() {
		byte[] declared = "<html><head><meta charset=\"windows-1251\"><title>x</title>"
			.getBytes(StandardCharsets.US_ASCII);
		assertThat(CharsetDetector.declaredCharset(declared)).isEqualTo(Charset.forName("windows-1251"));
		byte[] httpEquiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
			.getBytes(StandardCharsets.US_ASCII);
		// Browsers read Latin-1 labels as Windows-1252.
		assertThat(CharsetDetector.declaredCharset(httpEquiv)).isEqualTo(CharsetDetector.WINDOWS_1252);
		assertThat(CharsetDetector.declaredCharset("<p>no declaration</p>".getBytes(StandardCharsets.US_ASCII)))
			.isNull();
	}

	@Test
	void formatIsJudgedFromTheContentNotTheName() {
		assertThat(FormatDetector.detect("<!DOCTYPE html>\n<html><body><p>x</p></body></html>"))
			.isEqualTo(SourceFormat.HTML);
		assertThat(FormatDetector.detect("\n  <div class=\"article\"><p>Text</p></div>")).isEqualTo(SourceFormat.HTML);
		assertThat(FormatDetector.detect("Title\n\nA report that mentions the <p> tag once."))
			.isEqualTo(SourceFormat.TEXT);
		assertThat(FormatDetector.detect(PROSE)).isEqualTo(SourceFormat.TEXT);
	}

	// --- header shapes ---

	@Test
	void memriInquiryAndAnalysisHeader() throws ParseException {
		ParsedReport report = parse("""
				June 20, 2014 Inquiry & Analysis Series No. 1099

				Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?

				June 20, 2014 | By A. Savyon and Yossi Mansharof*
				Iraq, Iran, Iraq | Inquiry & Analysis Series No. 1099

				%s

				*A. Savyon is Director of the Iranian Media Project; Y. Mansharof is a Research Fellow at MEMRI.
				""".formatted(PROSE));
		assertThat(report.format()).isEqualTo(SourceFormat.TEXT);
		assertThat(report.title()).isEqualTo(
				"Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(report.series()).isEqualTo("Inquiry & Analysis Series");
		assertThat(report.seriesNumber()).isEqualTo("1099");
		assertThat(report.countries()).containsExactly("Iraq", "Iran");
		assertThat(report.authors()).containsExactly(
				new ParsedReport.Author("A. Savyon", "A. Savyon is Director of the Iranian Media Project."),
				new ParsedReport.Author("Yossi Mansharof", "Y. Mansharof is a Research Fellow at MEMRI."));
		assertThat(report.sections()).hasSize(1);
		assertThat(report.sections().get(0).paragraphs()).extracting(ParsedReport.Paragraph::text)
			.containsExactly(PROSE);
	}

	@Test
	void specialDispatchHeader() throws ParseException {
		ParsedReport report = parse("""
				Special Dispatch No. 5765

				Iranian Official: We Will Not Negotiate On Iraq

				Iran | July 2, 2014

				%s
				""".formatted(PROSE));
		assertThat(report.series()).isEqualTo("Special Dispatch");
		assertThat(report.seriesNumber()).isEqualTo("5765");
		assertThat(report.title()).isEqualTo("Iranian Official: We Will Not Negotiate On Iraq");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 7, 2));
		assertThat(report.countries()).containsExactly("Iran");
		assertThat(report.authors()).isEmpty();
	}

	@Test
	void bylineAndPublishedLinesAndIsoDates() throws ParseException {
		ParsedReport report = parse("""
				The Gulf After The Election

				By Jane Doe, John Smith and Ali Reza*

				Published: 2021-03-04

				%s
				""".formatted(PROSE));
		assertThat(report.title()).isEqualTo("The Gulf After The Election");
		assertThat(report.authors()).extracting(ParsedReport.Author::name)
			.containsExactly("Jane Doe", "John Smith", "Ali Reza");
		assertThat(report.authors()).extracting(ParsedReport.Author::bio).containsOnlyNulls();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
		assertThat(report.series()).isNull();
		assertThat(report.countries()).isEmpty();
	}

	@Test
	void blogStylePostedOnLine() throws ParseException {
		ParsedReport report = parse(
				"Why The Talks Failed\n\nPosted on 3 March 2021 by Jane Doe | Iran, Iraq\n\n" + PROSE);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(report.authors()).extracting(ParsedReport.Author::name).containsExactly("Jane Doe");
		assertThat(report.countries()).containsExactly("Iran", "Iraq");
		assertThat(report.sections().get(0).paragraphs()).hasSize(1);
	}

	@Test
	void nothingIsInventedWhenTheHeaderIsMissing() throws ParseException {
		ParsedReport report = parse(PROSE + "\n\n" + PROSE);
		assertThat(report.title()).isNull();
		assertThat(report.publishedOn()).isNull();
		assertThat(report.series()).isNull();
		assertThat(report.seriesNumber()).isNull();
		assertThat(report.authors()).isEmpty();
		assertThat(report.countries()).isEmpty();
		assertThat(report.sourceUrl()).isNull();
		assertThat(report.sections()).hasSize(1);
		assertThat(report.sections().get(0).heading()).isNull();
		assertThat(report.sections().get(0).paragraphs()).hasSize(2);
	}

	@Test
	void authorNoteNamingNobodyOfTheBylineStaysText() throws ParseException {
		String note = "*Jane Roe is a fellow at the institute and wrote this with help.";
		ParsedReport report = parse("Title Of The Report\n\nBy John Smith\n\n" + PROSE + "\n\n" + note);
		assertThat(report.authors()).containsExactly(new ParsedReport.Author("John Smith", null));
		assertThat(report.sections().get(0).paragraphs()).extracting(ParsedReport.Paragraph::text).contains(note);
	}

	@Test
	void authorNoteWithoutBylineNamesTheAuthors() throws ParseException {
		ParsedReport report = parse("A Title For The Report\n\n" + PROSE + "\n\n*Y. Carmon is President of MEMRI.");
		assertThat(report.authors())
			.containsExactly(new ParsedReport.Author("Y. Carmon", "Y. Carmon is President of MEMRI."));
		assertThat(report.sections().get(0).paragraphs()).hasSize(1);
	}

	// --- footnotes end to end ---

	@Test
	void parenthesisedMarkersAndANotesHeadingWithNumberedEntries() throws ParseException {
		ParsedReport report = parse("""
				Iran Rejects Talks On Iraq

				The spokeswoman said on Monday that Iran opposes any foreign military involvement in Iraq.(1) \
				The daily Kayhan went further and called the offer a sly and unskilled scheme of the Americans. (2) \
				Two conditions were set: (1) the U.S. must leave the region, and (2) it must end its sanctions.

				Notes

				1. IRNA (Iran), June 16, 2014.
				2. Kayhan (Iran), June 18, 2014.
				""");
		assertThat(report.title()).isEqualTo("Iran Rejects Talks On Iraq");
		assertThat(report.sections()).hasSize(1);
		ParsedReport.Paragraph paragraph = report.sections().get(0).paragraphs().get(0);
		assertThat(paragraph.text()).contains("involvement in Iraq. The daily Kayhan")
			.contains("scheme of the Americans. Two conditions")
			.endsWith("(1) the U.S. must leave the region, and (2) it must end its sanctions.");
		assertThat(paragraph.footnoteRefs()).extracting(ParsedReport.FootnoteRef::number).containsExactly(1, 2);
		assertThat(report.footnotes()).extracting(ParsedReport.Footnote::outlet).containsExactly("IRNA", "Kayhan");
		assertThat(report.footnotes()).extracting(ParsedReport.Footnote::text)
			.containsExactly("IRNA (Iran), June 16, 2014.", "Kayhan (Iran), June 18, 2014.");
	}

}
