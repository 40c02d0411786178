package org.analecta.bench;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;

/**
 * Where the benchmark meets Analecta's own services: IngestService for uploads, ReportSearch and
 * QuoteSearch for the query mix, the search page's URL for wrk. Work in progress: bound once the
 * archive and search branches are merged.
 */
final class AnalectaBindings {

	private final AnalectaUnderTest app;

	private final IngestService ingest;

	AnalectaBindings(AnalectaUnderTest app) {
		this.app = app;
		this.ingest = app.bean(IngestService.class);
	}

	/** One upload, as the admin page does it; anything but a new report counts as a failure. */
	void ingest(byte[] content, String fileName) {
		IngestResult result = ingest.ingest(content, fileName, null);
		if (result.outcome() != IngestResult.Outcome.CREATED) {
			throw new IllegalStateException(result.outcome() + (result.error() == null ? "" : ": " + result.error()));
		}
	}

	SearchSubject searchSubject() {
		throw new UnsupportedOperationException("ReportSearch/QuoteSearch are not merged yet");
	}

	String searchPagePath(BenchQuery q) {
		return "/search?q=" + BenchmarkRunner.urlEncode(q.userSyntax());
	}

}
