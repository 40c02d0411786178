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

	private final ReportViewBuilder builder = new ReportViewBuilder(s -> "/speakers/" + s.name().toLowerCase().replace(' ', '-'));

	@Test
	void putsFootnoteMarkersBackAtTheirOffsets() {
		String text = "Iran is not ruling out cooperation. Rohani said so.";
		ReportView view = builder.build(report(List.of(new Paragraph(text, List.of(new FootnoteRef(1, 35), new FootnoteRef(2, 51)))),
				List.of(), List.of(note(1), note(2))));
		List<Inline> inlines = view.sections().get(0).paragraphs().get(0).inlines();
		assertThat(inlines).containsExactly(new Text("Iran is not ruling out cooperation."), new NoteMarker(1, "fnref1-1"),
				new Text(" Rohani said so."), new NoteMarker(2, "fnref2-1"));
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
	void aQuoteNotFoundInTheTextStillGetsItsAnchor() {
		Quote quote = new Quote("words that are elsewhere", ROHANI, "Rohani", "said", 0, 0, null, QuoteKind.BLOCK, 0.8);
		ReportView view = builder.build(report(List.of(new Paragraph("Something else.", List.of())), List.of(quote), List.of()));
		List<Inline> inlines = view.sections().get(0).paragraphs().get(0).inlines();
		assertThat(((QuoteSpan) inlines.get(0)).id()).isEqualTo("q1");
		assertThat(inlines.get(1)).isEqualTo(new Text("Something else."));
	}

	@Test
	void termsAreNotMarkedAsSomebodysQuote() {
		Quote term = new Quote("the axis of evil", null, null, null, 0, 0, null, QuoteKind.TERM, 0.9);
		ReportView view = builder.build(report(List.of(new Paragraph("Bush said \"the axis of evil.\"", List.of())),
				List.of(term), List.of()));
		assertThat(view.sections().get(0).paragraphs().get(0).inlines()).containsExactly(new Text("Bush said \"the axis of evil.\""));
		assertThat(view.quotes()).hasSize(1);
	}

	@Test
	void aMarkerRepeatedForOneNoteGetsDistinctBackReferences() {
		ReportView view = builder.build(report(List.of(new Paragraph("One. Two.", List.of(new FootnoteRef(1, 4), new FootnoteRef(1, 9)))),
				List.of(), List.of(note(1))));
		assertThat(view.footnotes().get(0).backReferences()).containsExactly("fnref1-1", "fnref1-2");
	}

	private static Footnote note(int n) {
		return new Footnote(n, "Fars (Iran), June 14, 2014.", "Fars", "Iran", LocalDate.of(2014, 6, 14));
	}

	private static ParsedReport report(List<Paragraph> paragraphs, List<Quote> quotes, List<Footnote> notes) {
		return new ParsedReport(ParsedReport.SourceFormat.TEXT, "Title", LocalDate.of(2014, 6, 20), "Inquiry & Analysis Series",
				"1099", List.of(), List.of("Iran"), null, List.of(new Section(0, null, paragraphs, List.of())), quotes, notes);
	}

}
