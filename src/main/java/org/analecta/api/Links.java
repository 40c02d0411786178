package org.analecta.api;

import org.analecta.search.QuoteResults;
import org.analecta.search.ReportResults;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute addresses of the archive's pages, and the shapes of search hits built with
 * them. Made from the request while it is still there: a streamed export writes after the
 * request thread has moved on.
 */
record Links(String base) {

	static Links ofCurrentRequest() {
		return new Links(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

	String path(String template, Object... values) {
		return base + UriComponentsBuilder.fromPath(template).buildAndExpand(values).encode().toUriString();
	}

	String report(String slug) {
		return path("/reports/{slug}", slug);
	}

	/** The quotation (or its section, when it has no anchor) in the reader. */
	String inReport(String slug, String anchor) {
		return anchor == null ? report(slug) : report(slug) + "#" + anchor;
	}

	String permalink(long quoteId) {
		return path("/quotes/{id}", quoteId);
	}

	String speaker(String slug) {
		return path("/speakers/{slug}", slug);
	}

	Json.ReportItem reportItem(ReportResults.Hit h) {
		return new Json.ReportItem(h.slug(), h.title(), h.publishedOn(), h.series(), h.seriesNumber(), h.countries(),
				report(h.slug()), path("/api/v1/reports/{slug}", h.slug()));
	}

	Json.QuoteHit quoteHit(QuoteResults.Hit h) {
		String anchor = h.quoteAnchor() != null ? h.quoteAnchor() : h.sectionAnchor();
		return new Json.QuoteHit(h.id(), h.text(),
				h.speakerName() == null ? null : new Json.Named(h.speakerName(), h.speakerSlug()), h.role(),
				h.speakerAsWritten(), h.sourceDate() != null ? h.sourceDate() : h.reportDate(),
				new Json.ReportRef(h.reportSlug(), h.reportTitle(), h.reportDate(), h.series(), h.seriesNumber(),
						report(h.reportSlug())),
				h.sectionAnchor(), h.sectionHeading(), h.quoteAnchor(), h.footnoteNumber(), h.outlet(),
				inReport(h.reportSlug(), anchor), permalink(h.id()), h.verified());
	}

}
