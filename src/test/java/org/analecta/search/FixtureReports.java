package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The fixture corpus (src/test/resources/fixtures/reports), ingested through the real
 * IngestService — parser, database, outbox, index — once per application context
 * (uploading the same bytes again changes nothing, so loading twice is harmless).
 */
public final class FixtureReports {

	public static final Path DIR = Path.of("src/test/resources/fixtures/reports");

	public static final String SEED = "00-seed-iran-dilemma-2014.txt";

	private FixtureReports() {
	}

	/** File name → slug of the stored report. */
	public static Map<String, String> load(IngestService ingest, JdbcTemplate jdbc, EntityManagerFactory emf) {
		Map<String, String> slugs = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(DIR)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				IngestResult result = ingest.ingest(Files.readAllBytes(file), file.getFileName().toString(),
						"text/plain");
				assertThat(result.error()).as(file.toString()).isNull();
				slugs.put(file.getFileName().toString(), result.slug());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		return slugs;
	}

	/**
	 * Stores a fixture's text as edited by a test, and waits until the search sees it.
	 */
	static void store(IngestService ingest, JdbcTemplate jdbc, EntityManagerFactory emf, String text, String fileName) {
		assertThat(ingest.ingest(text.getBytes(StandardCharsets.UTF_8), fileName, "text/plain").error()).isNull();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
	}

	public static String text(String fileName) {
		try {
			return Files.readString(DIR.resolve(fileName), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
