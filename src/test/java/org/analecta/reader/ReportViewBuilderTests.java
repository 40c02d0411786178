package org.analecta.reader;

import java.time.LocalDate;
import java.util.List;

import org.analecta.parser.ParsedReport;
import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.reader.ReportView.Inline;
import org.analecta.reader.ReportView.NoteMarker;
import org.analecta.reader.ReportView.QuoteSpan;
import org.analecta.reader.ReportView.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewBuilderTests {

	private static final Speaker ROHANI = new Speaker("Hassan Rohani", "Iranian President", SpeakerKind.PERSON);

	private final ReportViewBuilder builder = new ReportViewBuilder(
			s -> "/speakers/" + s.name().toLowerCase().replace(' ', '-'));

	@Test
	void putsFootnoteMarkersBackAtTheirOffsets() {
		String text = "Iran is not ruling out cooperation. Rohani said so.";
		ReportView view = builder
			.build(report(List.of(new Paragraph(text, List.of(new FootnoteRef(1, 35), new FootnoteRef(2, 51)))),
					List.of(), List.of(note(1), note(2))));
		List<Inline> inlines = view.sections().get(0).paragraphs().get(0).inlines();
		assertThat(inlines).containsExactly(new Text("Iran is not ruling out cooperation."),
				new NoteMarker(1, "fnref1-1"), new Text(" Rohani said so."), new NoteMarker(2, "fnref2-1"));
		assertThat(view.footnotes().get(0).backReferences()).containsExactly("fnref1-1");
		assertThat(view.footnotes().get(0).anchor()).isEqualTo("fn1");
	}

	@Test
	void wrapsAQuoteWithItsQuotationMarksAnchorAndSpeaker() {
		String text = "Rohani said that \"we may consider it.\" He added more.";
		Quote quote = new Quote("we may consider it.", ROHANI, "Rohani", "said", 0, 0, null, QuoteKind.DIRECT, 0.9);
		ReportView view = builder.build(report(List.of(new Paragraph(text, List.of(new FootnoteRef(3, 38)))),
				List.of(quote), List.of(note(3))));
		List<Inline> inlines = view.sections().get(0).paragraphs().get(0).inlines();
		assertThat(inlines).hasSize(4);
		assertThat(inlines.get(0)).isEqualTo(new Text("Rohani said that "));
		QuoteSpan span = (QuoteSpan) inlines.get(1);
		assertThat(span.id()).isEqualTo("q1");
		assertThat(span.speaker()).isEqualTo("Hassan Rohani");
		assertThat(span.speakerHref()).isEqualTo("/speakers/hassan-rohani");
		assertThat(span.children()).containsExactly(new Text("\"we may consider it.\""));
		// The note cites the whole quotation, so its marker follows the quote.
		assertThat(inlines.get(2)).isEqualTo(new NoteMarker(3, "fnref3-1"));
		assertThat(inlines.get(3)).isEqualTo(new Text(" He added more."));
	}

	@Test
	void aQuotationOverSeveralParagraphsMarksEachAndLabelsItOnceAfterTheClosingMark() {
		Speaker javan = new Speaker("Javan", null, SpeakerKind.OUTLET);
		List<Paragraph> paragraphs = List.of(
				new Paragraph("The daily Javan stated: \"Since the start of the assault...", List.of()),
				new Paragraph("\"In March 2003, America attacked Saddam.", List.of()),
				new Paragraph("\"Therefore, the U.S. must choose.\"", List.of(new FootnoteRef(5, 34))),
				new Paragraph("Tabnak wrote otherwise.", List.of()));
		Quote block = new Quote(
				"Since the start of the assault...\n\nIn March 2003, America attacked Saddam.\n\nTherefore, the U.S. must choose.",
				javan, "Javan", "stated:", 0, 0, null, QuoteKind.BLOCK, 0.9);
		ReportView view = builder.build(report(paragraphs, List.of(block), List.of(note(5))));
		List<ReportView.ParagraphView> ps = view.sections().get(0).paragraphs();

		assertThat(ps.get(0).inlines()).hasSize(2);
		assertThat(ps.get(0).inlines().get(0)).isEqualTo(new Text("The daily Javan stated: "));
		QuoteSpan opening = (QuoteSpan) ps.get(0).inlines().get(1);
		assertThat(opening.id()).isEqualTo("q1");
		assertThat(opening.children()).containsExactly(new Text("\"Since the start of the assault..."));
		assertThat(opening.labelled()).isFalse();
		assertThat(ps.get(0).continues()).isNull();

		QuoteSpan middle = (QuoteSpan) ps.get(1).inlines().get(0);
		assertThat(middle.id()).isEqualTo("q1-2");
		assertThat(middle.children()).containsExactly(new Text("\"In March 2003, America attacked Saddam."));
		assertThat(middle.labelled()).isFalse();
		assertThat(ps.get(1).continues()).isEqualTo("q1");

		QuoteSpan closing = (QuoteSpan) ps.get(2).inlines().get(0);
		assertThat(closing.id()).isEqualTo("q1-3");
		assertThat(closing.children()).containsExactly(new Text("\"Therefore, the U.S. must choose.\""));
		assertThat(closing.labelled()).isTrue();
		assertThat(ps.get(2).inlines().get(1)).isEqualTo(new NoteMarker(5, "fnref5-1"));
		assertThat(ps.get(2).continues()).isEqualTo("q1");

		assertThat(ps.get(3).inlines()).containsExactly(new Text("Tabnak wrote otherwise."));
		assertThat(ps.get(3).continues()).isNull();
	}

	@Test
	void punctuationInsideTheClosingMarkBelongsToTheQuoteSoTheLabelFollowsTheMark() {
		Speaker kerry = new Speaker("John Kerry", null, SpeakerKind.PERSON);
		String text = "Obama was conducting \"a very thorough vetting of every option that is available.\" Yahoo News, June 16, 2014.";
		Quote partial = new Quote("a very thorough vetting of every option that is available", kerry, "Kerry", "said",
				0, 0, null, QuoteKind.PARTIAL, 0.8);
		ReportView view = builder.build(report(List.of(new Paragraph(text, List.of())), List.of(partial), List.of()));
		List<Inline> inlines = view.sections().get(0).paragraphs().get(0).inlines();
		assertThat(((QuoteSpan) inlines.get(1)).children())
			.containsExactly(new Text("\"a very thorough vetting of every option that is available.\""));
		assertThat(inlines.get(2)).isEqualTo(new Text(" Yahoo News, June 16, 2014."));
	}

	@Test
	void notesAndCaptionsThatLostTheirLinkShowWhatIsKnownAndMarkTheGap() {
		ReportView.LostLink lost = new ReportView.LostLink();
		List<Footnote> notes = List
			.of(new Footnote(2, ", June 13, 2014.", null, null, LocalDate.of(2014, 6, 13)), new Footnote(10,
					"ISNA (Iran), June 16, 2014. Zarif said the dispatch of troops was a trap., June 14, 2014. More with the U.S., 2014.",
					"ISNA", "Iran", LocalDate.of(2014, 6, 16)));
		Section section = new Section(0, null, List.of(new Paragraph("Text.", List.of())),
				List.of("Sign-up website for volunteers (Source:, accessed June 19, 2014)", "A poster (Source:"));
		ReportView view = builder.build(new ParsedReport(ParsedReport.SourceFormat.TEXT, "Title", null, null, null,
				List.of(), List.of(), null, List.of(section), List.of(), notes));

		assertThat(view.footnotes().get(0).inlines()).containsExactly(lost, new Text(", June 13, 2014."));
		assertThat(view.footnotes().get(1).inlines()).containsExactly(
				new Text("ISNA (Iran), June 16, 2014. Zarif said the dispatch of troops was a trap."), new Text(" "),
				lost, new Text(", June 14, 2014. More with the U.S., 2014."));
		assertThat(view.sections().get(0).captions().get(0).inlines()).containsExactly(
				new Text("Sign-up website for volunteers (Source:"), new Text(" "), lost,
				new Text(", accessed June 19, 2014)"));
		assertThat(view.sections().get(0).captions().get(1).inlines()).containsExactly(new Text("A poster (Source:"),
				new Text(" "), lost);
	}

	@Test
	void aQuoteNotFoundInTheTextStillGetsItsAnchor() {
		Quote quote = new Quote("words that are elsewhere", ROHANI, "Rohani", "said", 0, 0, null, QuoteKind.BLOCK, 0.8);
		ReportView view = builder
			.build(report(List.of(new Paragraph("Something else.", List.of())), List.of(quote), List.of()));
		List<Inline> inlines = view.sections().get(0).paragraphs().get(0).inlines();
		assertThat(((QuoteSpan) inlines.get(0)).id()).isEqualTo("q1");
		// No label: it would stand glued to the paragraph's first word.
		assertThat(((QuoteSpan) inlines.get(0)).labelled()).isFalse();
		assertThat(inlines.get(1)).isEqualTo(new Text("Something else."));
	}

	@Test
	void termsAreNotMarkedAsSomebodysQuote() {
		Quote term = new Quote("the axis of evil", null, null, null, 0, 0, null, QuoteKind.TERM, 0.9);
		ReportView view = builder.build(
				report(List.of(new Paragraph("Bush said \"the axis of evil.\"", List.of())), List.of(term), List.of()));
		assertThat(view.sections().get(0).paragraphs().get(0).inlines())
			.containsExactly(new Text("Bush said \"the axis of evil.\""));
		assertThat(view.quotes()).hasSize(1);
	}

	@Test
	void aMarkerRepeatedForOneNoteGetsDistinctBackReferences() {
		ReportView view = builder
			.build(report(List.of(new Paragraph("One. Two.", List.of(new FootnoteRef(1, 4), new FootnoteRef(1, 9)))),
					List.of(), List.of(note(1))));
		assertThat(view.footnotes().get(0).backReferences()).containsExactly("fnref1-1", "fnref1-2");
	}

	private static Footnote note(int n) {
		return new Footnote(n, "Fars (Iran), June 14, 2014.", "Fars", "Iran", LocalDate.of(2014, 6, 14));
	}

	@Test
	void quotationsInTheTitleAndAHeadingAreMarkedThereWithTheirSpeaker() {
		String title = "Rohani: 'We May Consider It'";
		Quote inTitle = new Quote("We May Consider It", ROHANI, "Rohani", ":", null, null, null, QuoteKind.DIRECT, 0.8);
		Quote inHeading = new Quote("No Talks Were Held", ROHANI, "Rohani", ":", 0, null, null, QuoteKind.DIRECT, 0.8);
		ReportView view = builder
			.build(new ParsedReport(ParsedReport.SourceFormat.TEXT, title, null, null, null, List.of(), List.of(), null,
					List.of(new Section(0, "Rohani: \"No Talks Were Held\"",
							List.of(new Paragraph("Rohani spoke on Monday.", List.of())), List.of())),
					List.of(inTitle, inHeading), List.of()));
		assertThat(view.titleInlines()).hasSize(2);
		assertThat(view.titleInlines().get(0)).isEqualTo(new Text("Rohani: "));
		QuoteSpan titleSpan = (QuoteSpan) view.titleInlines().get(1);
		assertThat(titleSpan.id()).isEqualTo("q1");
		assertThat(titleSpan.speaker()).isEqualTo("Hassan Rohani");
		assertThat(titleSpan.children()).containsExactly(new Text("'We May Consider It'"));
		QuoteSpan headingSpan = (QuoteSpan) view.sections().get(0).headingInlines().get(1);
		assertThat(headingSpan.id()).isEqualTo("q2");
		assertThat(headingSpan.children()).containsExactly(new Text("\"No Talks Were Held\""));
		assertThat(view.sections().get(0).paragraphs().get(0).inlines())
			.containsExactly(new Text("Rohani spoke on Monday."));
		assertThat(view.quotes()).extracting(ReportView.QuoteView::where).containsExactly("title", "s0");
	}

	private static ParsedReport report(List<Paragraph> paragraphs, List<Quote> quotes, List<Footnote> notes) {
		return new ParsedReport(ParsedReport.SourceFormat.TEXT, "Title", LocalDate.of(2014, 6, 20),
				"Inquiry & Analysis Series", "1099", List.of(), List.of("Iran"), null,
				List.of(new Section(0, null, paragraphs, List.of())), quotes, notes);
	}

}
