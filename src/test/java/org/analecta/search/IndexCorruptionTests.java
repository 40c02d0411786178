package org.analecta.search;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.AnalectaApplication;
import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestService;
import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged index, as an operator meets it: bytes overwritten in the commit point
 * (segments_N) or in the postings and terms while the application was stopped, or found
 * by a failing search while it runs. The start never fails; the broken index is set aside
 * (kept for inspection); pages that need only the database answer at once; searches
 * answer 200 or "being repaired" (never a 500 or a partial result) until the rebuilt
 * index finds every report again.
 *
 * <p>
 * Each application runs in this JVM against a database of this test's own (the test
 * database with _corrupt appended) and an index folder that outlives it, so that a second
 * start finds what the first one left.
 */
class IndexCorruptionTests {

	private static final List<String> REPORTS = List.of("00-seed-iran-dilemma-2014.txt",
			"02-rowhani-inauguration-2013.txt", "15-firuzabadi-hormuz-2012.txt");

	@TempDir
	Path temp;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aDamagedCommitPointIsSetAsideAndRebuiltWithoutStoppingTheStart() throws Exception {
		damagedWhileStopped(index -> overwrite(only(index.resolve("Report"), "segments_"), 16));
	}

	@Test
	void damagedPostingsAndTermsAreSetAsideAndRebuiltAtStart() throws Exception {
		damagedWhileStopped(index -> {
			for (Path file : postingsAndTerms(index.resolve("Report"))) {
				overwrite(file, 4096);
			}
		});
	}

	@Test
	void anIndexWrittenByAnOlderLayoutIsSetAsideAndRebuiltAtStart() throws Exception {
		Path index = temp.resolve("index");
		long reports;
		try (ConfigurableApplicationContext app = start(index, true)) {
			reports = load(app);
		}
		assertThat(index.resolve(IndexLayout.FILE_NAME)).hasContent(String.valueOf(IndexLayout.CURRENT));
		// An index from before the layout was recorded: sound, but without today's
		// fields.
		Files.delete(index.resolve(IndexLayout.FILE_NAME));

		try (ConfigurableApplicationContext app = start(index, false)) {
			assertThat(copiesAside(index, "outdated")).as("the old index is kept aside").hasSize(1);
			assertThat(brokenCopies(index)).isEmpty();
			awaitSearchable(app, reports);
			assertThat(app.getBean(IndexMaintenance.class).check().consistent()).isTrue();
		}
		try (ConfigurableApplicationContext app = start(index, false)) {
			assertThat(copiesAside(index, "outdated")).as("a current index is reused").hasSize(1);
		}
	}

	@Test
	void aSearchThatMeetsDamageWhileRunningStartsARepair() throws Exception {
		Path index = temp.resolve("index");
		try (ConfigurableApplicationContext app = start(index, true)) {
			long reports = load(app);
			for (Path file : postingsAndTerms(index.resolve("Report"))) {
				overwrite(file, 4096);
			}
			// What the search page's exception resolver hands over when a search fails in
			// Lucene.
			IndexRepair repair = app.getBean(IndexRepair.class);
			assertThat(repair.diagnose(new CorruptIndexException("checksum failed", "Report/_0.cfs"))).isTrue();

			assertThat(brokenCopies(index)).hasSize(1);
			awaitSearchable(app, reports);
		}
	}

	@Test
	void aFailureThatIsNotDamageIsNotRepaired() throws Exception {
		Path index = temp.resolve("index");
		try (ConfigurableApplicationContext app = start(index, true)) {
			load(app);
			IndexRepair repair = app.getBean(IndexRepair.class);
			assertThat(repair.diagnose(new CorruptIndexException("checksum failed", "Report/_0.cfs"))).isFalse();
			assertThat(repair.diagnose(new IllegalArgumentException("a bad query"))).isFalse();
			assertThat(repair.underWay()).isEmpty();
			assertThat(brokenCopies(index)).isEmpty();
		}
	}

	private void damagedWhileStopped(Damage damage) throws Exception {
		Path index = temp.resolve("index");
		long reports;
		try (ConfigurableApplicationContext app = start(index, true)) {
			reports = load(app);
		}
		damage.apply(index);

		try (ConfigurableApplicationContext app = start(index, false)) {
			assertThat(brokenCopies(index)).as("the broken index is kept aside").hasSize(1);
			assertThat(get(app, "/browse/dates").statusCode()).isEqualTo(200);
			awaitSearchable(app, reports);
			assertThat(app.getBean(IndexMaintenance.class).check().consistent()).isTrue();
		}
	}

	/**
	 * Searches answer 200 or "being repaired", never an error, until every report is
	 * found.
	 */
	private void awaitSearchable(ConfigurableApplicationContext app, long reports) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		HttpResponse<String> page;
		while (true) {
			page = get(app, "/search?q=Iran");
			assertThat(page.statusCode()).as(page.body()).isIn(200, 503);
			if (page.statusCode() == 503) {
				assertThat(page.body()).contains("Search is being repaired");
				assertThat(page.headers().firstValue("Retry-After")).isPresent();
			}
			else if (app.getBean(ReportSearch.class).search(ReportQuery.of(null)).total() == reports) {
				break;
			}
			assertThat(System.nanoTime()).as("rebuilt within two minutes").isLessThan(deadline);
			Thread.sleep(300);
		}
		assertThat(app.getBean(ReportSearch.class).search(ReportQuery.of("Firouzabadi")).total()).isPositive();
	}

	private long load(ConfigurableApplicationContext app) throws IOException {
		IngestService ingest = app.getBean(IngestService.class);
		for (String name : REPORTS) {
			ingest.ingest(FixtureReports.text(name).getBytes(StandardCharsets.UTF_8), name, "text/plain");
		}
		SearchIndexing.awaitCaughtUp(app.getBean(JdbcTemplate.class), app.getBean(EntityManagerFactory.class));
		long reports = app.getBean(ReportSearch.class).search(ReportQuery.of(null)).total();
		assertThat(reports).isEqualTo(REPORTS.size());
		return reports;
	}

	private ConfigurableApplicationContext start(Path index, boolean cleanDatabase) {
		return new SpringApplicationBuilder(AnalectaApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + databaseUrl(),
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + index,
				"--analecta.test.clean-database=" + cleanDatabase, "--analecta.seed-dir=");
	}

	private static String databaseUrl() {
		String base = System.getenv()
			.getOrDefault("ANALECTA_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/analecta_test");
		int query = base.indexOf('?');
		return query < 0 ? base + "_corrupt" : base.substring(0, query) + "_corrupt" + base.substring(query);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static List<Path> brokenCopies(Path index) throws IOException {
		return copiesAside(index, "broken");
	}

	private static List<Path> copiesAside(Path index, String why) throws IOException {
		try (Stream<Path> siblings = Files.list(index.getParent())) {
			return siblings.filter(p -> p.getFileName().toString().startsWith(index.getFileName() + "." + why + "-"))
				.toList();
		}
	}

	/**
	 * The postings (.doc) and terms (.tim) files, or the compound files that hold them in
	 * small segments.
	 */
	private static List<Path> postingsAndTerms(Path index) throws IOException {
		try (Stream<Path> files = Files.list(index)) {
			List<Path> found = files.filter(f -> {
				String name = f.getFileName().toString();
				return name.endsWith(".doc") || name.endsWith(".tim") || name.endsWith(".cfs");
			}).toList();
			assertThat(found).as("postings in " + index).isNotEmpty();
			return found;
		}
	}

	private static Path only(Path index, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(index)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	/**
	 * Overwrites up to {@code bytes} bytes in the middle of the file, as a bad disk
	 * sector would.
	 */
	private static void overwrite(Path file, int bytes) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			long length = raf.length();
			int n = (int) Math.min(bytes, Math.max(1, length / 2));
			byte[] garbage = new byte[n];
			Arrays.fill(garbage, (byte) 0x5A);
			raf.seek(Math.max(0, length / 4));
			raf.write(garbage);
		}
	}

	@FunctionalInterface
	private interface Damage {

		void apply(Path index) throws IOException;

	}

}
