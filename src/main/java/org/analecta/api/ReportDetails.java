package org.analecta.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.analecta.report.Country;
import org.analecta.report.Outlet;
import org.analecta.report.Quote;
import org.analecta.report.Quotes;
import org.analecta.report.Report;
import org.analecta.report.ReportRevisions;
import org.analecta.report.Reports;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One report in the API's shape, read in one read-only transaction with the reader's own
 * queries (the parts come in a few batched selects, whatever the report's length).
 */
@Component
class ReportDetails {

	private final Reports reports;

	private final Quotes quotes;

	private final ReportRevisions revisions;

	ReportDetails(Reports reports, Quotes quotes, ReportRevisions revisions) {
		this.reports = reports;
		this.quotes = quotes;
		this.revisions = revisions;
	}

	@Transactional(readOnly = true)
	Optional<Json.Report> find(String slug, Links links) {
		return reports.findForReadingBySlug(slug).map(r -> toJson(r, links));
	}

	private Json.Report toJson(Report r, Links links) {
		List<Json.Section> sections = r.getSections()
			.stream()
			.sorted(Comparator.comparingInt(s -> s.getIndex()))
			.map(s -> new Json.Section(s.getIndex(), s.getAnchor(), s.getHeading(),
					s.getParagraphs()
						.stream()
						.map(p -> new Json.Paragraph(p.getAnchor(), p.getText(),
								p.getFootnoteRefs().stream().map(f -> f.number()).toList()))
						.toList(),
					s.getCaptions()))
			.toList();
		List<Json.Quotation> quotations = quotes.findByReportOrderByNumber(r)
			.stream()
			.map(q -> quotation(r, q, links))
			.toList();
		List<Json.Footnote> footnotes = r.getFootnotes()
			.stream()
			.map(f -> new Json.Footnote(f.getNumber(), f.getAnchor(), f.getText(), outlet(f.getOutlet()),
					country(f.getCountry()), f.getDate()))
			.toList();
		List<Json.Version> versions = revisions.findSummariesByReportId(r.getId())
			.stream()
			.map(v -> new Json.Version(v.revision(), v.title(), v.fileName(), v.mediaType(), v.ingestedAt(),
					v.replacedAt()))
			.toList();
		return new Json.Report(r.getSlug(), r.getTitle(), r.getPublishedOn(),
				r.getSeries() == null ? null : new Json.Named(r.getSeries().getName(), r.getSeries().getSlug()),
				r.getSeriesNumber(),
				r.getAuthors().stream().map(a -> new Json.Author(a.getName(), a.getBio())).toList(),
				r.getCountries().stream().map(ReportDetails::country).toList(), r.getSourceUrl(),
				links.report(r.getSlug()), sections, quotations, footnotes, versions);
	}

	private static Json.Quotation quotation(Report r, Quote q, Links links) {
		return new Json.Quotation(q.getId(), q.getAnchor(), q.getText(), q.getKind().name(),
				q.getSpeaker() == null ? null
						: new Json.Named(q.getSpeaker().getCanonicalName(), q.getSpeaker().getSlug()),
				q.getRole(), q.getSpeakerAsWritten(), q.getSection() == null ? null : q.getSection().getAnchor(),
				q.getFootnote() == null ? null : q.getFootnote().getNumber(),
				links.inReport(r.getSlug(), q.getAnchor()), links.permalink(q.getId()), q.isVerified());
	}

	private static Json.Named country(Country c) {
		return c == null ? null : new Json.Named(c.getName(), c.getSlug());
	}

	private static Json.Named outlet(Outlet o) {
		return o == null ? null : new Json.Named(o.getName(), o.getSlug());
	}

}
