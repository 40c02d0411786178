package org.analecta.reader;

import java.util.List;

import org.analecta.parser.ParsedReport;
import org.analecta.report.Quote;
import org.analecta.report.Report;

/**
 * A stored report back in the parser's shape, so one builder serves the reader and the
 * preview.
 */
final class StoredReports {

	private StoredReports() {
	}

	static ParsedReport toParsed(Report r, List<Quote> quotes) {
		List<ParsedReport.Section> sections = r.getSections()
			.stream()
			.map(s -> new ParsedReport.Section(s.getIndex(), s.getHeading(),
					s.getParagraphs()
						.stream()
						.map(p -> new ParsedReport.Paragraph(p.getText(),
								p.getFootnoteRefs()
									.stream()
									.map(f -> new ParsedReport.FootnoteRef(f.number(), f.offset()))
									.toList()))
						.toList(),
					s.getCaptions()))
			.toList();
		List<ParsedReport.Quote> parsedQuotes = quotes.stream()
			.map(q -> new ParsedReport.Quote(q.getText(),
					q.getSpeaker() == null ? null
							: new ParsedReport.Speaker(q.getSpeaker().getCanonicalName(), q.getRole(),
									q.getSpeaker().getKind()),
					q.getSpeakerAsWritten(), q.getCue(), q.getSection() == null ? null : q.getSection().getIndex(),
					q.getParagraph() == null ? null : q.getParagraph().getPosition(),
					q.getFootnote() == null ? null : q.getFootnote().getNumber(), q.getKind(), q.getConfidence()))
			.toList();
		List<ParsedReport.Footnote> footnotes = r.getFootnotes()
			.stream()
			.map(f -> new ParsedReport.Footnote(f.getNumber(), f.getText(), ReportPages.outletName(f),
					f.getCountry() == null ? null : f.getCountry().getName(), f.getDate()))
			.toList();
		return new ParsedReport(ParsedReport.SourceFormat.valueOf(r.getSourceFormat()), r.getTitle(),
				r.getPublishedOn(), r.getSeries() == null ? null : r.getSeries().getName(), r.getSeriesNumber(),
				r.getAuthors().stream().map(a -> new ParsedReport.Author(a.getName(), a.getBio())).toList(),
				r.getCountries().stream().map(c -> c.getName()).toList(), r.getSourceUrl(), sections, parsedQuotes,
				footnotes);
	}

}
