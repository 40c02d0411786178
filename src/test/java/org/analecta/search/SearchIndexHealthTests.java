package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer sees on /actuator/health/readiness and an orchestrator on
 * /actuator/health/liveness: readiness stays UP through ordinary uploads (the index
 * trails the outbox by design) and falls only when the index differs from the database
 * for the whole grace period with nothing pending; liveness never looks at the index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "analecta.health.check-interval=200ms", "analecta.health.disagreement-grace=2s" })
class SearchIndexHealthTests {

	private static final Path SAMPLE = Path.of("data/reports/000_4c35f079a3e03125.txt");

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	@Autowired
	IndexAgreementMonitor monitor;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void emptyTheArchive() throws Exception {
		jdbc.update("delete from reports");
		maintenance.reindex();
	}

	@Test
	void readinessStaysUpThroughABurstOfUploads() throws Exception {
		CompletableFuture<Void> uploads = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 30; i++) {
				IngestResult result = ingest.ingest(variant(5000 + i), "burst-" + i + ".txt", null);
				assertThat(result).isNotNull();
			}
		});
		List<Integer> readiness = new ArrayList<>();
		List<Integer> overall = new ArrayList<>();
		while (!uploads.isDone()) {
			readiness.add(status("/actuator/health/readiness"));
			overall.add(status("/actuator/health"));
			Thread.sleep(100);
		}
		uploads.get();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		for (int i = 0; i < 10; i++) {
			readiness.add(status("/actuator/health/readiness"));
			Thread.sleep(100);
		}

		assertThat(readiness).hasSizeGreaterThan(10).containsOnly(200);
		assertThat(overall).containsOnly(200);
	}

	@Test
	void aMomentaryDifferenceWithNothingPendingKeepsTheNodeReady() throws Exception {
		// A row the index has not seen, as between a commit and the reader refresh.
		jdbc.update("""
				insert into reports (id, version, slug, title, source_format, content_hash, media_type, original_size,
				  ingested_at, updated_at)
				values (987654321, 0, 'not-yet-indexed', 'Not yet indexed', 'TEXT', repeat('a', 64), 'text/plain', 1,
				  now(), now())""");
		monitor.checkNow();
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
		assertThat(body("/actuator/health")).contains("\"status\":\"UP\"");

		jdbc.update("delete from reports where id = 987654321");
		monitor.checkNow();
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
	}

	@Test
	void aLastingDifferenceTakesTheNodeOutOfReadinessButNotOutOfLiveness() throws Exception {
		IngestResult stored = ingest.ingest(variant(6001), "lasting.txt", null);
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		// Deleted behind the application's back: no indexing event, the index keeps a
		// stale document.
		jdbc.update("delete from reports where id = ?", stored.reportId());
		monitor.checkNow();
		assertThat(status("/actuator/health/readiness")).as("not before the grace period").isEqualTo(200);

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (status("/actuator/health/readiness") != 503 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(status("/actuator/health/readiness")).isEqualTo(503);
		assertThat(body("/actuator/health/readiness")).contains("OUT_OF_SERVICE");
		assertThat(status("/actuator/health/liveness")).isEqualTo(200);

		maintenance.reindex();
		monitor.checkNow();
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
	}

	/**
	 * Counting every quote on each check grows with the archive: a check counts again
	 * only when a statement added or removed reports or quotes, or the index changed.
	 */
	@Test
	void aCheckCountsAgainOnlyWhenTheReportsQuotesOrIndexChanged() throws Exception {
		IngestResult stored = ingest.ingest(variant(6101), "counted.txt", null);
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		monitor.checkNow();
		Health agreed = monitor.health();
		assertThat(agreed.getStatus()).isEqualTo(Status.UP);
		Object countedAt = agreed.getDetails().get("countedAt");
		assertThat(countedAt).isNotNull();

		Thread.sleep(20);
		monitor.checkNow();
		assertThat(monitor.health().getDetails()).as("nothing changed").containsEntry("countedAt", countedAt);

		// Removed behind the application's back: no indexing event, but counted at once.
		jdbc.update("delete from reports where id = ?", stored.reportId());
		monitor.checkNow();
		Health apart = monitor.health();
		assertThat(apart.getDetails().get("countedAt")).isNotEqualTo(countedAt);
		assertThat(apart.getDetails().get("reports")).asString().contains("database=0", "index=1");

		// The index alone changes: counted again, and in agreement.
		maintenance.reindex();
		monitor.checkNow();
		Health again = monitor.health();
		assertThat(again.getDetails().get("countedAt")).isNotEqualTo(apart.getDetails().get("countedAt"));
		assertThat(again.getDetails().get("reports")).asString().contains("database=0", "index=0");
		assertThat(again.getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void whileAnImportStoresWithIndexingPausedTheCheckSaysSoInsteadOfCounting() throws Exception {
		try (var load = maintenance.unindexedLoad()) {
			IngestResult stored = ingest.ingestUnindexed(variant(6201), "imported.txt");
			assertThat(stored.outcome()).isEqualTo(IngestResult.Outcome.CREATED);
			monitor.checkNow();
			Health during = monitor.health();
			assertThat(during.getStatus()).isEqualTo(Status.UP);
			assertThat(during.getDetails()).containsKeys("import", "importingSince").doesNotContainKey("countedAt");
			assertThat(status("/actuator/health/readiness")).isEqualTo(200);
		}

		monitor.checkNow();
		Health after = monitor.health();
		assertThat(after.getDetails()).doesNotContainKey("import");
		assertThat(after.getDetails().get("reports")).asString().contains("database=1", "index=0");
	}

	private static byte[] variant(int seriesNumber) {
		try {
			return Files.readString(SAMPLE).replace("No. 1099", "No. " + seriesNumber).getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private int status(String path) throws Exception {
		return send(path).statusCode();
	}

	private String body(String path) throws Exception {
		return send(path).body();
	}

	private HttpResponse<String> send(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(5))
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
