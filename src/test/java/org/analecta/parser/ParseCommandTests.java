package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parse command in-process: JSON Lines on stdout, errors per file, the exit status.
 */
class ParseCommandTests {

	private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private int run(String... files) {
		return ParseCommand.main(List.of(files), new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
	}

	private List<JsonNode> lines() {
		return stdout.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
	}

	@Test
	void goodFilePrintsOneJsonObjectWithTheDocumentedKeys() {
		int status = run(SeedReportTests.SEED.toString());
		assertThat(status).isZero();
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(1);
		JsonNode report = lines.get(0);
		assertThat(report.propertyNames()).containsExactly("file", "format", "title", "publishedOn", "series",
				"seriesNumber", "authors", "countries", "sourceUrl", "sections", "quotes", "footnotes");
		assertThat(report.get("file").asString()).isEqualTo(SeedReportTests.SEED.toString());
		assertThat(report.get("publishedOn").asString()).isEqualTo("2014-06-20");
		assertThat(report.get("sourceUrl").isNull()).isTrue();
		assertThat(report.get("authors").get(1).get("name").asString()).isEqualTo("Yossi Mansharof");
		assertThat(report.get("authors").get(1).get("bio").asString()).contains("Research Fellow at MEMRI");
		assertThat(report.get("countries").get(1).asString()).isEqualTo("Iran");
		JsonNode lead = report.get("sections").get(0);
		assertThat(lead.propertyNames()).containsExactly("heading", "paragraphs", "captions");
		assertThat(lead.get("heading").isNull()).isTrue();
		assertThat(lead.get("paragraphs").get(0).isString()).isTrue();
		JsonNode note = report.get("footnotes").get(2);
		assertThat(note.propertyNames()).containsExactly("number", "text", "outlet", "country", "date", "citedIn");
		assertThat(note.get("outlet").asString()).isEqualTo("Fars");
		assertThat(note.get("date").asString()).isEqualTo("2014-06-14");
		assertThat(note.get("citedIn").get(0).get("section").asInt()).isEqualTo(1);
		assertThat(note.get("citedIn").get(0).get("paragraph").asInt()).isZero();
	}

	@Test
	void badFilesPrintAnErrorAndTheOthersStillPrint() throws IOException {
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		Path pdf = Files.write(dir.resolve("report.html"), "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII));
		Path missing = dir.resolve("missing.txt");
		int status = run(empty.toString(), SeedReportTests.SEED.toString(), pdf.toString(), missing.toString());
		assertThat(status).isEqualTo(1);
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0).propertyNames()).containsExactly("file", "error");
		assertThat(lines.get(0).get("error").asString()).isEqualTo("The file is empty");
		assertThat(lines.get(1).get("title").asString()).startsWith("Iran's Dilemma");
		assertThat(lines.get(2).get("error").asString()).contains("PDF");
		assertThat(lines.get(3).get("file").asString()).isEqualTo(missing.toString());
		assertThat(lines.get(3).get("error").asString()).isEqualTo("No such file");
	}

	@Test
	void htmlAndTextVersionsOfTheSeedPrintTheSameReport() {
		int status = run(SeedReportTests.SEED.toString(), "data/reports/001_iran-dilemma-cooperate-with-us.html");
		assertThat(status).isZero();
		List<JsonNode> lines = lines();
		assertThat(lines).extracting(l -> l.get("format").asString()).containsExactly("text", "html");
		assertThat(lines.get(1).get("sourceUrl").asString()).startsWith("https://www.memri.org/reports/");
		for (String key : List.of("title", "publishedOn", "series", "seriesNumber", "authors", "countries", "sections",
				"footnotes")) {
			assertThat(lines.get(1).get(key)).as(key).isEqualTo(lines.get(0).get(key));
		}
	}

	@Test
	void noFilesIsAUsageError() {
		assertThat(run()).isEqualTo(2);
		assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar analecta.jar parse FILE...");
		assertThat(stdout.size()).isZero();
	}

}
