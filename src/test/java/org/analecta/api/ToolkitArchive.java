package org.analecta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.report.Quote;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive the toolkit's tests read: the sample report of data/reports, the fixture
 * corpus and one report whose quotation holds commas and quotation marks, all through the
 * real ingest (uploading the same bytes again changes nothing, so every test class may
 * load it). And a plain HTTP client against the running application.
 */
final class ToolkitArchive {

	static final Path SAMPLE = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

	static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	static final Path QUOTING = Path.of("src", "test", "resources", "api", "quoting-2018.txt");

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The fixture's quotation as the parser reads it. */
	static final String PARSED_QUOTE = "They call it a 'peace plan,' but it is surrender, defeat, and humiliation.";

	/**
	 * The same quotation as an editor corrected it in the database: straight quotation
	 * marks and a line break, which no parsed quotation holds but an export must survive.
	 */
	static final String EDITED_QUOTE = "They call it a \"peace plan,\" but it is surrender, defeat, and humiliation.\n"
			+ "It will not pass.";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ToolkitArchive() {
	}

	/** Loads everything and returns the sample report's slug. */
	static String load(IngestService ingest, JdbcTemplate jdbc, EntityManagerFactory emf) {
		try {
			String sample = ingest(ingest, SAMPLE);
			try (Stream<Path> files = Files.list(FIXTURES)) {
				for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
					ingest(ingest, f);
				}
			}
			ingest(ingest, QUOTING);
			SearchIndexing.awaitCaughtUp(jdbc, emf);
			if (jdbc.update("update quotes set text = ? where text = ?", EDITED_QUOTE, PARSED_QUOTE) > 0) {
				Search.mapping(emf).scope(Quote.class).massIndexer().startAndWait();
			}
			return sample;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static String ingest(IngestService ingest, Path file) throws IOException {
		IngestResult result = ingest.ingest(Files.readAllBytes(file), file.getFileName().toString(), "text/plain");
		assertThat(result.error()).as(file.toString()).isNull();
		return result.slug();
	}

	static HttpResponse<String> get(int port, String pathAndQuery) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
