package org.analecta.bench;

import java.util.List;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.QuoteQuery;
import org.analecta.search.QuoteResults;
import org.analecta.search.ReportQuery;
import org.analecta.search.ReportResults;
import org.analecta.search.ReportSearch;
import org.analecta.search.QuoteSearch;

/**
 * Where the benchmark meets Analecta's own services: IngestService for uploads,
 * ReportSearch and QuoteSearch for the query mix, the search page's URL for wrk.
 * Everything goes through the same public services the web pages call, so the figures are
 * what a user gets.
 */
final class AnalectaBindings {

	private final AnalectaUnderTest app;

	private final IngestService ingest;

	private final ReportSearch reports;

	private final QuoteSearch quotes;

	AnalectaBindings(AnalectaUnderTest app) {
		this.app = app;
		this.ingest = app.bean(IngestService.class);
		this.reports = app.bean(ReportSearch.class);
		this.quotes = app.bean(QuoteSearch.class);
	}

	/**
	 * One upload, as the admin page does it; anything but a new report counts as a
	 * failure.
	 */
	void ingest(byte[] content, String fileName) {
		IngestResult result = ingest.ingest(content, fileName, null);
		if (result.outcome() != IngestResult.Outcome.CREATED) {
			throw new IllegalStateException(result.outcome() + (result.error() == null ? "" : ": " + result.error()));
		}
	}

	/** The services are thread-safe singletons: every thread may share one subject. */
	SearchSubject searchSubject() {
		return new SearchSubject() {

			@Override
			public String name() {
				return "Analecta";
			}

			@Override
			public Answer run(BenchQuery q) {
				return switch (q.type()) {
					case TERM, PHRASE, BOOLEAN, FUZZY -> answer(reports.search(ReportQuery.of(q.userSyntax())));
					case FACETED -> answer(reports.search(ReportQuery.of(q.userSyntax())
						.withDates(q.from(), q.to())
						.withCountries(List.of(q.country()))));
					case SPEAKER -> answer(quotes.search(QuoteQuery.bySpeaker(q.speaker())));
				};
			}
		};
	}

	private static SearchSubject.Answer answer(ReportResults r) {
		int highlighted = (int) r.hits()
			.stream()
			.filter(h -> h.passages().stream().anyMatch(p -> marked(p.html()) || marked(p.headingHtml())))
			.count();
		return new SearchSubject.Answer(r.hits().size(), r.total(), highlighted);
	}

	/** A hit shows a query word marked: in a passage, or in its heading label. */
	private static boolean marked(String html) {
		return html != null && html.contains("<mark");
	}

	private static SearchSubject.Answer answer(QuoteResults r) {
		int withText = (int) r.hits().stream().filter(h -> h.html() != null && !h.html().isEmpty()).count();
		return new SearchSubject.Answer(r.hits().size(), r.total(), withText);
	}

	String searchPagePath(BenchQuery q) {
		return "/search?q=" + BenchmarkRunner.urlEncode(q.userSyntax());
	}

}
