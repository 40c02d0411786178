package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.Accessibility;
import org.analecta.Browser;
import org.analecta.OpenSearchNode;
import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A report saved while the search cluster cannot index it is found once the cluster is
 * back (real PostgreSQL, real OpenSearch node): Hibernate Search gives up on the report's
 * indexing events after three tries, and the application queues them again when the index
 * answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=1",
				"analecta.search.indexing-retry.interval=1s" })
class OpenSearchIndexingRetryTests {

	private static final Path SAMPLE = Path.of("data/reports/000_4c35f079a3e03125.txt");

	@DynamicPropertySource
	static void onOpenSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.use(registry);
	}

	@Autowired
	IngestService ingest;

	@Autowired
	ReportSearch reports;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Value("${analecta.search.opensearch.index-prefix}")
	String prefix;

	@LocalServerPort
	int port;

	@Test
	void aReportSavedWhileTheClusterCannotIndexIsFoundOnceItIsBack() throws Exception {
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		closeOrOpen("_close");
		IngestResult saved;
		try {
			saved = ingest.ingest(sample("Hornwort"), "during-the-outage.txt", null);
			assertThat(saved.error()).isNull();
			awaitAborted();
		}
		finally {
			closeOrOpen("_open");
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (aborted() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(aborted()).as("events still given up on").isZero();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(reports.search(ReportQuery.of("Hornwort")).hits()).extracting(ReportResults.Hit::slug)
			.containsExactly(saved.slug());
		assertThat(maintenance.check().consistent()).isTrue();
	}

	@Test
	void whileTheClusterCannotAnswerSearchSaysSoAndReportsCanStillBeRead() throws Exception {
		String slug = ingest.ingest(sample("Pillwort"), "before-the-outage.txt", null).slug();
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		closeOrOpen("_close");
		try {
			try (HttpClient http = HttpClient.newHttpClient()) {
				HttpResponse<String> page = get(http, "/search?q=Iran");
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).contains("15");
				assertThat(page.body()).contains("Search is temporarily unavailable").doesNotContain("database");

				HttpResponse<String> api = get(http, "/api/v1/reports?q=Iran");
				assertThat(api.statusCode()).isEqualTo(503);
				assertThat(api.headers().firstValue("Content-Type"))
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

				assertThat(get(http, "/reports/" + slug).statusCode()).as("the reader").isEqualTo(200);
			}
			WebDriver browser = Browser.start();
			try {
				browser.get("http://127.0.0.1:" + port + "/search?q=Iran");
				assertThat(browser.findElement(By.tagName("h1")).getText())
					.isEqualTo("Search is temporarily unavailable");
				assertThat(browser.findElement(By.linkText("Browse")).getAttribute("href")).endsWith("/browse/dates");
				assertThat(Accessibility.seriousViolations(browser)).isEmpty();
				Browser.screenshot(browser, "search-cluster-unavailable", 1280, 800);
			}
			finally {
				browser.quit();
			}
		}
		finally {
			closeOrOpen("_open");
		}
		try (HttpClient http = HttpClient.newHttpClient()) {
			assertThat(get(http, "/search?q=Iran").statusCode()).as("search once the cluster is back").isEqualTo(200);
		}
	}

	private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Hibernate Search has given up on the report's events: three tries a second apart.
	 */
	private void awaitAborted() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (aborted() == 0) {
			assertThat(System.nanoTime()).as("events given up on within 60 s").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private long aborted() {
		return jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'ABORTED'", Long.class);
	}

	/** A closed index refuses reads and writes, as a cluster that lost it would. */
	private void closeOrOpen(String action) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			for (String index : new String[] { "report", "quote" }) {
				HttpResponse<String> response = http.send(HttpRequest
					.newBuilder(URI.create(OpenSearchNode.url() + "/" + prefix + index + "-000001/" + action))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(action + " " + index + ": " + response.body()).isEqualTo(200);
			}
		}
	}

	private static byte[] sample(String titleWord) throws IOException {
		return Files.readString(SAMPLE)
			.replace("No. 1099", "No. 4242")
			.replace("Iran's Dilemma", "Iran's " + titleWord)
			.getBytes(StandardCharsets.UTF_8);
	}

}
