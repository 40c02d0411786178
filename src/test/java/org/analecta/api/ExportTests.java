package org.analecta.api;

import static org.analecta.api.ToolkitArchive.get;
import static org.analecta.api.ToolkitArchive.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The downloads of a search: all its pages, its filters kept, UTF-8 with a byte order
 * mark, quoting that survives commas, quotation marks and newlines, and the cap in the
 * file name.
 */
class ExportTests extends ToolkitTestBase {

	static List<CSVRecord> csv(String body) throws IOException {
		assertThat(body).startsWith("\uFEFF");
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body.substring(1)))) {
			assertThat(parser.getHeaderNames()).isIn(ExportController.QUOTE_COLUMNS, ExportController.REPORT_COLUMNS);
			return parser.getRecords();
		}
	}

	@Test
	void aQuoteSearchAsCsvHoldsEveryPageWithItsFilters() throws IOException {
		JsonNode rohani = json(get(port, "/api/v1/quotes?country=iran&speaker=Rouhani&size=100"));
		// more rows than one batch of the export (3 in these tests)
		assertThat(rohani.get("total").asInt()).isGreaterThan(3);
		HttpResponse<String> response = get(port, "/quotes/export.csv?country=iran&speaker=Rouhani&page=2");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).startsWith("attachment").contains("filename=\"analecta-quotes.csv\""));
		List<CSVRecord> rows = csv(response.body());
		assertThat(rows).hasSize(rohani.get("total").asInt());
		assertThat(rows.stream().map(r -> r.get("permalink")).distinct()).hasSize(rows.size());
		for (CSVRecord row : rows) {
			assertThat(row.get("speaker")).isEqualTo("Hassan Rohani");
			assertThat(row.get("report_url")).matches("http://localhost:\\d+/reports/[^#]+#q\\d+");
			assertThat(row.get("permalink")).matches("http://localhost:\\d+/quotes/\\d+");
			assertThat(row.get("verified")).isEqualTo("false");
		}
	}

	@Test
	void anExportStopsAtTheCapAndSaysSo() throws IOException {
		long total = json(get(port, "/api/v1/quotes?size=1")).get("total").asLong();
		assertThat(total).isGreaterThan(MAX_ROWS);
		HttpResponse<String> response = get(port, "/quotes/export.csv");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("filename=\"analecta-quotes-first-" + MAX_ROWS + ".csv\""));
		assertThat(csv(response.body())).hasSize(MAX_ROWS);
		String page = get(port, "/quotes?from=1900-01-01").body();
		assertThat(org.jsoup.Jsoup.parse(page).getElementById("export-cap").text())
			.isEqualTo("Downloads hold the first " + MAX_ROWS + " of " + total + " results.");
	}

	@Test
	void aQuotationWithCommasAndQuotationMarksSurvives() throws IOException {
		List<CSVRecord> rows = csv(get(port, "/quotes/export.csv?speaker=Berri").body());
		assertThat(rows).hasSize(1);
		CSVRecord row = rows.get(0);
		assertThat(row.get("quotation")).isEqualTo(ToolkitArchive.EDITED_QUOTE);
		assertThat(row.get("outlet")).isEqualTo("Al-Akhbar");
		assertThat(row.get("footnote")).isEqualTo("1");
		assertThat(row.get("date")).isEqualTo("2018-03-02");
		assertThat(row.get("report_title")).contains("Commas And Quotation Marks");
	}

	@Test
	void jsonLinesHoldOneQuotationPerLine() {
		HttpResponse<String> response = get(port, "/quotes/export.jsonl?speaker=Rouhani");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/jsonl;charset=UTF-8");
		String[] lines = response.body().split("\n");
		assertThat(lines).hasSize(json(get(port, "/api/v1/quotes?speaker=Rouhani")).get("total").asInt());
		for (String line : lines) {
			JsonNode q = ToolkitArchive.JSON.readTree(line);
			assertThat(q.get("speaker").get("name").asString()).isEqualTo("Hassan Rohani");
			assertThat(q.get("url").asString()).contains("#q");
		}
	}

	@Test
	void aReportSearchExportsItsReports() throws IOException {
		long total = json(get(port, "/api/v1/reports?country=iran")).get("total").asLong();
		List<CSVRecord> rows = csv(get(port, "/search/export.csv?country=iran").body());
		assertThat(rows).hasSize((int) total);
		rows.forEach(r -> assertThat(r.get("countries")).contains("Iran"));
		String[] lines = get(port, "/search/export.jsonl?country=iran").body().split("\n");
		assertThat(lines).hasSize((int) total);
		assertThat(get(port, "/search/export.csv?from=never").statusCode()).isEqualTo(400);
	}

	@Test
	void theCapIsInTheFileName() {
		ExportController capped = new ExportController(null, null, null, new ExportSettings(10_000, 100));
		assertThat(capped.fileName("analecta-quotes", 10_000, "csv")).isEqualTo("analecta-quotes.csv");
		assertThat(capped.fileName("analecta-quotes", 10_001, "csv")).isEqualTo("analecta-quotes-first-10000.csv");
	}

	@Test
	void theSearchPagesOfferTheDownloadsWithTheirFilters() {
		String html = get(port, "/quotes?speaker=Rouhani&country=iran&page=2").body();
		assertThat(html).contains("href=\"/quotes/export.csv?speaker=Rouhani&amp;country=iran\"",
				"href=\"/quotes/export.jsonl?speaker=Rouhani&amp;country=iran\"",
				"href=\"/feeds/quotes.atom?speaker=Rouhani&amp;country=iran\"");
		assertThat(html).doesNotContain("id=\"export-cap\"");
		assertThat(get(port, "/search?q=Iran").body()).contains("href=\"/search/export.csv?q=Iran\"");
	}

}
