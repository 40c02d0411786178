package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.analecta.parser.ParsedReport.Author;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.SourceFormat;
import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.DocumentHints;
import org.analecta.parser.ReportDocument.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The structure builder on blocks as an HTML reader hands them over, with page metadata
 * as hints.
 */
class ReportStructureBuilderTests {

	private static final String PROSE = ReportParserTests.PROSE;

	private static ParsedReport build(DocumentHints hints, Block... blocks) throws ParseException {
		return ReportStructureBuilder.build(new ReportDocument(SourceFormat.HTML, hints, List.of(blocks)));
	}

	private static Block block(Kind kind, String text) {
		return new Block(kind, text);
	}

	@Test
	void pageMetadataFillsWhatTheTextDoesNotSay() throws ParseException {
		DocumentHints hints = new DocumentHints("Iran Recruits Volunteers | MEMRI", LocalDate.of(2014, 6, 20),
				List.of("A. Savyon"), "https://www.memri.org/reports/1099", null, List.of());
		ParsedReport report = build(hints, block(Kind.HEADING, "Iran Recruits Volunteers"),
				block(Kind.PARAGRAPH, PROSE));
		assertThat(report.title()).isEqualTo("Iran Recruits Volunteers");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(report.authors()).containsExactly(new Author("A. Savyon", null));
		assertThat(report.sourceUrl()).isEqualTo("https://www.memri.org/reports/1099");
		assertThat(report.sections()).extracting(Section::heading).containsExactly((String) null);
	}

	@Test
	void theReportsOwnHeaderLinesWinOverPageMetadata() throws ParseException {
		DocumentHints hints = new DocumentHints("Iran Recruits Volunteers", LocalDate.of(2020, 1, 1),
				List.of("Webmaster"), null, null, List.of());
		ParsedReport report = build(hints, block(Kind.HEADING, "Iran Recruits Volunteers"),
				block(Kind.PARAGRAPH, "June 20, 2014 | By A. Savyon and Yossi Mansharof*"),
				block(Kind.PARAGRAPH, PROSE));
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(report.authors()).extracting(Author::name).containsExactly("A. Savyon", "Yossi Mansharof");
	}

	@Test
	void headerLineSplitIntoElementsByThePage() throws ParseException {
		ParsedReport report = build(DocumentHints.NONE, block(Kind.HEADING, "Iran Recruits Volunteers"),
				block(Kind.PARAGRAPH, "June 20, 2014"), block(Kind.PARAGRAPH, "By A. Savyon and Yossi Mansharof*"),
				block(Kind.PARAGRAPH, "Iraq, Iran"), block(Kind.PARAGRAPH, "Inquiry & Analysis Series No. 1099"),
				block(Kind.PARAGRAPH, PROSE));
		assertThat(report.title()).isEqualTo("Iran Recruits Volunteers");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(report.countries()).containsExactly("Iraq", "Iran");
		assertThat(report.series()).isEqualTo("Inquiry & Analysis Series");
		assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly(PROSE);
	}

	@Test
	void headerLinesMarkedUpAsHeadingsAboveTheTitle() throws ParseException {
		DocumentHints hints = new DocumentHints("Iran Recruits Volunteers | MEMRI", null, List.of(), null, null,
				List.of());
		ParsedReport report = build(hints, block(Kind.HEADING, "June 20, 2014 Inquiry & Analysis Series No. 1099"),
				block(Kind.HEADING, "Iran Recruits Volunteers"), block(Kind.PARAGRAPH, PROSE));
		assertThat(report.title()).isEqualTo("Iran Recruits Volunteers");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(report.seriesNumber()).isEqualTo("1099");
		assertThat(report.sections()).extracting(Section::heading).containsExactly((String) null);
	}

	@Test
	void aPlaceNameWithoutASeriesLineIsNotTakenForCountries() throws ParseException {
		ParsedReport report = build(DocumentHints.NONE, block(Kind.HEADING, "Iran Recruits Volunteers"),
				block(Kind.PARAGRAPH, "Santa Cruz"), block(Kind.PARAGRAPH, PROSE));
		assertThat(report.countries()).isEmpty();
		assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text)
			.containsExactly("Santa Cruz", PROSE);
	}

	@Test
	void aKickerAboveTheTitleIsNotTheTitle() throws ParseException {
		DocumentHints hints = new DocumentHints("Iran Recruits Volunteers For Operations In Iraq - MEMRI", null,
				List.of(), null, null, List.of());
		ParsedReport report = build(hints, block(Kind.HEADING, "Santa Cruz"),
				block(Kind.HEADING, "Iran Recruits Volunteers For Operations In Iraq"), block(Kind.PARAGRAPH, PROSE));
		assertThat(report.title()).isEqualTo("Iran Recruits Volunteers For Operations In Iraq");
		assertThat(report.sections()).extracting(Section::heading).containsExactly(null, "Santa Cruz");
	}

	@Test
	void aHeadlineWordedLikeTheDeclaredTitleIsTheTitle() throws ParseException {
		DocumentHints hints = new DocumentHints("The Problem Is Not The Polarization But The Identity | The Site", null,
				List.of(), null, null, List.of());
		ParsedReport report = build(hints, block(Kind.HEADING, "The Polarization Is Not The Problem, The Identity Is"),
				block(Kind.PARAGRAPH, PROSE));
		assertThat(report.title()).isEqualTo("The Polarization Is Not The Problem, The Identity Is");
		assertThat(report.sections()).hasSize(1);
	}

	@Test
	void aSectionHeadingLikeTheTitleAfterTheLeadStaysASection() throws ParseException {
		DocumentHints hints = new DocumentHints("Iran Rejects The Offer", null, List.of(), null, null, List.of());
		ParsedReport report = build(hints, block(Kind.PARAGRAPH, PROSE), block(Kind.HEADING, "Iran Rejects The Offer"),
				block(Kind.PARAGRAPH, PROSE));
		assertThat(report.title()).isEqualTo("Iran Rejects The Offer");
		assertThat(report.sections()).extracting(Section::heading).containsExactly(null, "Iran Rejects The Offer");
	}

	@Test
	void endnotesListedByTheReaderWithSupMarkersInTheText() throws ParseException {
		ParsedReport report = build(DocumentHints.NONE, block(Kind.HEADING, "Iran Recruits Volunteers"),
				block(Kind.PARAGRAPH, PROSE + "[1]"), block(Kind.BLOCKQUOTE, "\"We are at your command.\"[2]"),
				block(Kind.HEADING, "Endnotes"), block(Kind.NOTE, "[1] Fars (Iran), June 14, 2014."),
				block(Kind.NOTE, "2. Tasnim (Iran), June 15, 2014."),
				block(Kind.NOTE, "Kayhan (Iran), June 18, 2014."));
		assertThat(report.footnotes()).extracting(ParsedReport.Footnote::number).containsExactly(1, 2, 3);
		assertThat(report.footnotes()).extracting(ParsedReport.Footnote::outlet)
			.containsExactly("Fars", "Tasnim", "Kayhan");
		assertThat(report.sections()).hasSize(1);
		assertThat(report.sections().get(0).paragraphs()).containsExactly(
				new Paragraph(PROSE, List.of(new FootnoteRef(1, PROSE.length()))),
				new Paragraph("\"We are at your command.\"", List.of(new FootnoteRef(2, 25))));
	}

	@Test
	void aParagraphBetweenTwoNotesContinuesTheFirstAndTheTrailerStaysBody() throws ParseException {
		ParsedReport report = build(DocumentHints.NONE, block(Kind.PARAGRAPH, PROSE + "[1]"),
				block(Kind.PARAGRAPH, "[1] Fars (Iran), June 14, 2014."),
				block(Kind.PARAGRAPH, "He also said that Iran would help."),
				block(Kind.PARAGRAPH, "[2] Kayhan (Iran), June 18, 2014."),
				block(Kind.PARAGRAPH, "The Middle East Media Research Institute monitors the media of the region."));
		assertThat(report.footnotes().get(0).text())
			.isEqualTo("Fars (Iran), June 14, 2014. He also said that Iran would help.");
		assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text)
			.containsExactly(PROSE, "The Middle East Media Research Institute monitors the media of the region.");
	}

	@Test
	void boilerplateAndInvisibleCharactersLeave() throws ParseException {
		ParsedReport report = build(DocumentHints.NONE, block(Kind.PARAGRAPH, "Share this Report:"),
				block(Kind.PARAGRAPH, "Ge\u00ADsetz\u200B " + PROSE), block(Kind.LIST_ITEM, "Print | Email"),
				block(Kind.CAPTION, "Photo: the minister in Vienna"));
		assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text)
			.containsExactly("Gesetz " + PROSE);
		assertThat(report.sections().get(0).captions()).containsExactly("Photo: the minister in Vienna");
	}

	@ParameterizedTest
	@ValueSource(strings = { "For the latest headlines, follow our Google News channel online or via the app.",
			"Follow us on Telegram and X for the news of the day." })
	void aNewsSitesInvitationToFollowItLeavesTheText(String invitation) throws ParseException {
		ParsedReport report = build(DocumentHints.NONE, block(Kind.PARAGRAPH, PROSE), block(Kind.PARAGRAPH, invitation),
				block(Kind.PARAGRAPH, "Follow the money, the minister said. " + PROSE));
		assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text)
			.containsExactly(PROSE, "Follow the money, the minister said. " + PROSE);
	}

	@Test
	void aPageWithoutProseHasNoMainContent() {
		assertThatThrownBy(() -> build(DocumentHints.NONE, block(Kind.HEADING, "Menu"), block(Kind.PARAGRAPH, "Home")))
			.isInstanceOfSatisfying(ParseException.class,
					e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.NO_MAIN_CONTENT));
	}

}
