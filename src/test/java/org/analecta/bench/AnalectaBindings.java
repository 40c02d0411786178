package org.analecta.bench;

/**
 * Where the benchmark meets Analecta's own services: IngestService for uploads, ReportSearch and
 * QuoteSearch for the query mix, the search page's URL for wrk. Work in progress: bound once the
 * archive and search branches are merged.
 */
final class AnalectaBindings {

	private final AnalectaUnderTest app;

	AnalectaBindings(AnalectaUnderTest app) {
		this.app = app;
	}

	void ingest(byte[] content, String fileName) throws Exception {
		throw new UnsupportedOperationException("IngestService is not merged yet");
	}

	SearchSubject searchSubject() {
		throw new UnsupportedOperationException("ReportSearch/QuoteSearch are not merged yet");
	}

	String searchPagePath(BenchQuery q) {
		return "/search?q=" + BenchmarkRunner.urlEncode(q.userSyntax());
	}

}
