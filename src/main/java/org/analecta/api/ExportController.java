package org.analecta.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.analecta.search.QuoteQuery;
import org.analecta.search.QuoteResults;
import org.analecta.search.QuoteSearch;
import org.analecta.search.ReportQuery;
import org.analecta.search.ReportResults;
import org.analecta.search.ReportSearch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of exactly what a search page shows, all its pages, up to the export cap: CSV
 * for spreadsheets and JSON Lines for scripts. A page's address becomes its export's
 * address by putting {@code /export.csv} after the path, so the filters are never lost.
 * Rows are written as the search pages through them, so a long export does not sit in
 * memory.
 */
@Controller
class ExportController {

	static final List<String> QUOTE_COLUMNS = List.of("quotation", "speaker", "role", "date", "report_title",
			"report_url", "section", "footnote", "outlet", "verified", "permalink");

	static final List<String> REPORT_COLUMNS = List.of("title", "published_on", "series", "series_number", "countries",
			"url");

	/** The byte order mark, so that spreadsheet programs read the file as UTF-8. */
	private static final String BOM = "\uFEFF";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType JSON_LINES = new MediaType("application", "jsonl", StandardCharsets.UTF_8);

	private final QuoteSearch quotes;

	private final ReportSearch reports;

	private final JsonMapper json;

	private final int maxRows;

	/** Rows fetched per search. */
	private final int batch;

	ExportController(QuoteSearch quotes, ReportSearch reports, JsonMapper json, ExportSettings settings) {
		this.quotes = quotes;
		this.reports = reports;
		this.json = json;
		this.maxRows = settings.maxRows();
		this.batch = settings.batchSize();
	}

	@GetMapping("/quotes/export.csv")
	ResponseEntity<StreamingResponseBody> quotesCsv(@RequestParam MultiValueMap<String, String> params) {
		Links links = Links.ofCurrentRequest();
		Batches<QuoteResults.Hit> batches = quoteBatches(params);
		return csv("analecta-quotes", batches, QUOTE_COLUMNS, h -> quoteRow(links.quoteHit(h)));
	}

	@GetMapping("/quotes/export.jsonl")
	ResponseEntity<StreamingResponseBody> quotesJsonLines(@RequestParam MultiValueMap<String, String> params) {
		Links links = Links.ofCurrentRequest();
		Batches<QuoteResults.Hit> batches = quoteBatches(params);
		return jsonLines("analecta-quotes", batches, h -> links.quoteHit(h));
	}

	@GetMapping("/search/export.csv")
	ResponseEntity<StreamingResponseBody> reportsCsv(@RequestParam MultiValueMap<String, String> params) {
		Links links = Links.ofCurrentRequest();
		Batches<ReportResults.Hit> batches = reportBatches(params);
		return csv("analecta-reports", batches, REPORT_COLUMNS, h -> reportRow(links.reportItem(h)));
	}

	@GetMapping("/search/export.jsonl")
	ResponseEntity<StreamingResponseBody> reportsJsonLines(@RequestParam MultiValueMap<String, String> params) {
		Links links = Links.ofCurrentRequest();
		Batches<ReportResults.Hit> batches = reportBatches(params);
		return jsonLines("analecta-reports", batches, h -> links.reportItem(h));
	}

	/**
	 * The search's pages of {@code batch} hits. The first is fetched at once (before the
	 * response starts, so its total can name the file and a bad parameter can still be
	 * refused), the rest while the file is written.
	 */
	record Batches<H>(long total, List<H> first, IntFunction<List<H>> page) {
	}

	private Batches<QuoteResults.Hit> quoteBatches(MultiValueMap<String, String> params) {
		QuoteQuery query = new SearchParameters(params).quotes(batch).withPage(1, batch);
		QuoteResults first = quotes.search(query);
		return new Batches<>(first.total(), first.hits(), n -> quotes.search(query.withPage(n, batch)).hits());
	}

	private Batches<ReportResults.Hit> reportBatches(MultiValueMap<String, String> params) {
		ReportQuery query = new SearchParameters(params).reports(batch).withPage(1, batch);
		ReportResults first = reports.searchCountingAll(query);
		return new Batches<>(first.total(), first.hits(), n -> reports.search(query.withPage(n, batch)).hits());
	}

	private interface Row<H> {

		List<Object> of(H hit);

	}

	private <H> ResponseEntity<StreamingResponseBody> csv(String name, Batches<H> batches, List<String> columns,
			Row<H> row) {
		StreamingResponseBody body = out -> {
			Writer writer = writer(out);
			writer.write(BOM);
			CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader(columns.toArray(String[]::new))
				.get()
				.print(writer);
			each(batches, hit -> printer.printRecord(row.of(hit)), writer);
			printer.flush();
		};
		return download(fileName(name, batches.total(), "csv"), CSV, body);
	}

	private <H> ResponseEntity<StreamingResponseBody> jsonLines(String name, Batches<H> batches,
			Function<H, Object> shape) {
		StreamingResponseBody body = out -> {
			Writer writer = writer(out);
			each(batches, hit -> {
				writer.write(json.writeValueAsString(shape.apply(hit)));
				writer.write('\n');
			}, writer);
			writer.flush();
		};
		return download(fileName(name, batches.total(), "jsonl"), JSON_LINES, body);
	}

	private interface RowWriter<H> {

		void write(H hit) throws IOException;

	}

	/**
	 * Every hit up to the cap, a batch at a time, flushing after each so the download
	 * moves.
	 */
	private <H> void each(Batches<H> batches, RowWriter<H> write, Writer writer) throws IOException {
		long wanted = Math.min(batches.total(), maxRows);
		long written = 0;
		List<H> hits = batches.first();
		for (int page = 1; written < wanted; page++) {
			if (page > 1) {
				hits = batches.page().apply(page);
			}
			for (H hit : hits) {
				if (written >= wanted) {
					break;
				}
				write.write(hit);
				written++;
			}
			writer.flush();
			if (hits.size() < batch) {
				break;
			}
		}
	}

	/**
	 * "analecta-quotes.csv", or "analecta-quotes-first-10000.csv" when the cap cut the
	 * result.
	 */
	String fileName(String name, long total, String extension) {
		return name + (total > maxRows ? "-first-" + maxRows : "") + "." + extension;
	}

	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	private static ResponseEntity<StreamingResponseBody> download(String fileName, MediaType type,
			StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private static List<Object> quoteRow(Json.QuoteHit q) {
		return Arrays.asList(q.text(), q.speaker() == null ? q.speakerAsWritten() : q.speaker().name(), q.role(),
				q.date(), q.report().title(), q.url(), q.sectionHeading() != null ? q.sectionHeading() : q.section(),
				q.footnote(), q.outlet(), q.verified(), q.permalink());
	}

	private static List<Object> reportRow(Json.ReportItem r) {
		return Arrays.asList(r.title(), r.publishedOn(), r.series(), r.seriesNumber(), String.join("; ", r.countries()),
				r.url());
	}

}
