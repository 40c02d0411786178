package org.analecta.reader;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

import org.analecta.parser.ParsedReport;
import org.analecta.report.Footnote;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.ReportOriginals;
import org.analecta.report.ReportRevisions;
import org.analecta.report.Reports;
import org.analecta.report.RevisionSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Loads a stored report for the reader, inside one read-only transaction (open-in-view is
 * off), and shapes it with the same builder the upload preview uses, so both show a
 * report alike.
 */
@Component
class ReportPages {

	private final Reports reports;

	private final ReportOriginals originals;

	private final ReportRevisions revisions;

	ReportPages(Reports reports, ReportOriginals originals, ReportRevisions revisions) {
		this.reports = reports;
		this.originals = originals;
		this.revisions = revisions;
	}

	/**
	 * @param quoteIds each quotation's id (for its permalink) by its anchor
	 * @param versions the earlier originals the report was built from, the latest first
	 * @param verifiedAnchors the anchors of the quotations whose attribution an admin
	 * confirmed
	 */
	record ReaderPage(String slug, ReportView view, String fileName, List<CountryLink> countries,
			Map<String, Long> quoteIds, Instant updatedAt, List<RevisionSummary> versions,
			Set<String> verifiedAnchors) {
	}

	record CountryLink(String name, String slug) {
	}

	record Original(String fileName, String mediaType, byte[] content) {
	}

	/** Which version of a report's original is current, without reading its bytes. */
	record Version(String contentHash, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	public Optional<ReaderPage> find(String slug) {
		return reports.findForReadingBySlug(slug).map(r -> toPage(r, revisions.findSummariesByReportId(r.getId())));
	}

	/** An earlier original of the report, as it was uploaded. */
	@Transactional(readOnly = true)
	public Optional<Original> earlierOriginal(String slug, int revision) {
		return reports.findBySlug(slug)
			.flatMap(r -> revisions.findByReportIdAndRevision(r.getId(), revision))
			.map(v -> new Original(v.getFileName(), v.getMediaType(), v.getContent()));
	}

	@Transactional(readOnly = true)
	public Optional<Version> version(String slug) {
		return reports.findBySlug(slug).map(r -> new Version(r.getContentHash(), r.getUpdatedAt()));
	}

	@Transactional(readOnly = true)
	public Optional<Original> original(String slug) {
		return reports.findBySlug(slug)
			.flatMap(r -> originals.findById(r.getId())
				.map(o -> new Original(r.getFileName(), r.getMediaType(), o.getContent())));
	}

	private static ReaderPage toPage(Report r, List<RevisionSummary> versions) {
		List<Quote> quotes = r.getQuotes().stream().sorted(Comparator.comparingInt(Quote::getNumber)).toList();
		Map<String, String> speakerLinks = new HashMap<>();
		for (Quote q : quotes) {
			if (q.getSpeaker() != null) {
				speakerLinks.put(q.getSpeaker().getCanonicalName(), speakerHref(q.getSpeaker().getSlug()));
			}
		}
		ParsedReport parsed = StoredReports.toParsed(r, quotes);
		ReportView view = new ReportViewBuilder(s -> speakerLinks.get(s.name())).build(parsed,
				quotes.stream().map(Quote::getAnchor).toList());
		Map<String, Long> quoteIds = new HashMap<>();
		quotes.forEach(q -> quoteIds.put(q.getAnchor(), q.getId()));
		return new ReaderPage(r.getSlug(), view, r.getFileName(),
				r.getCountries().stream().map(c -> new CountryLink(c.getName(), c.getSlug())).toList(), quoteIds,
				r.getUpdatedAt(), versions,
				quotes.stream().filter(Quote::isVerified).map(Quote::getAnchor).collect(Collectors.toSet()));
	}

	static String speakerHref(String slug) {
		return UriComponentsBuilder.fromPath("/speakers/{slug}").buildAndExpand(slug).encode().toUriString();
	}

	static String outletName(Footnote f) {
		return f.getOutlet() == null ? null : f.getOutlet().getName();
	}

}
