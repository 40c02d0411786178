package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.OpenSearchNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application nodes, each a process of its own on its own port, share one PostgreSQL
 * database and one OpenSearch node; Hibernate Search's outbox processor shards the
 * indexing work between them. An upload on one is searchable on the other within 2 s, and
 * a node killed with SIGKILL in the middle of a bulk upload loses nothing: the survivor
 * takes over its shards, and the database and the index end up agreeing.
 */
class TwoNodeTests {

	private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

	private static final Pattern STORED = Pattern.compile("^STORED (\\S+) CREATED$", Pattern.MULTILINE);

	private static final int BULK = 30;

	@TempDir
	Path temp;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void anUploadOnOneNodeIsSearchableOnTheOtherAndAKilledNodeLosesNothing() throws Exception {
		String database = databaseUrl();
		String prefix = "analecta-twonode-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		Node a = start("a", database, prefix, true);
		Node b = null;
		try {
			a.awaitReady();
			b = start("b", database, prefix, false);
			b.awaitReady();

			// The agents share out the outbox shards after node b joins: one upload that
			// goes through before the timed one.
			a.upload(report(9000, "quokkawarm"));
			a.awaitStored(1);
			Node joined = b;
			awaitTrue(Duration.ofSeconds(60), () -> joined.total("quokkawarm") == 1);

			a.upload(report(9001, "quokkafirst"));
			a.awaitStored(2);
			long stored = System.nanoTime();
			Node other = b;
			awaitTrue(Duration.ofSeconds(20), () -> other.total("quokkafirst") == 1);
			Duration searchable = Duration.ofNanos(System.nanoTime() - stored);
			System.out
				.println("TwoNodeTests: stored on node a, searchable on node b after " + searchable.toMillis() + " ms");
			assertThat(searchable).as("upload on node a searchable on node b")
				.isLessThanOrEqualTo(Duration.ofSeconds(2));

			for (int i = 0; i < BULK; i++) {
				a.upload(report(9100 + i, "quokkabulk" + i));
			}
			a.awaitStored(2 + BULK / 3);
			a.kill();
			int storedBeforeKill = a.storedCount();
			assertThat(storedBeforeKill).isLessThan(2 + BULK);

			// The survivor takes over the dead node's shards once its pulse expires.
			awaitTrue(Duration.ofSeconds(90), () -> pendingOutboxEvents(database) == 0
					&& other.total("") == count(database, "select count(*) from reports"));
			long reports = count(database, "select count(*) from reports");
			assertThat(reports).as("every report node a stored before it died is in the database")
				.isGreaterThanOrEqualTo(storedBeforeKill);
			assertThat(b.total("")).isEqualTo(reports);
			assertThat(b.total("quokkafirst")).isOne();
			for (int i = 0; i < storedBeforeKill - 2; i++) {
				assertThat(b.total("quokkabulk" + i)).as("quokkabulk" + i).isOne();
			}
			awaitTrue(Duration.ofSeconds(30), () -> other.readiness().contains("\"searchIndex\":{\"status\":\"UP\""));
			assertThat(b.readiness()).contains("\"status\":\"UP\"");
		}
		finally {
			a.kill();
			if (b != null) {
				b.kill();
			}
		}
	}

	private Path report(int seriesNumber, String word) throws IOException {
		String text = FixtureReports.text("02-rowhani-inauguration-2013.txt")
			.replace("5400", String.valueOf(seriesNumber))
			.replace("Etemad", "Etemad " + word);
		Path file = temp.resolve("report-" + seriesNumber + ".txt");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private Node start(String name, String database, String prefix, boolean cleanDatabase) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp",
				System.getProperty("java.class.path"), ArchiveNode.class.getName(), "--server.port=" + port,
				"--spring.datasource.url=" + database, "--analecta.test.clean-database=" + cleanDatabase,
				"--analecta.search.backend=opensearch", "--analecta.search.opensearch.uris=" + OpenSearchNode.url(),
				"--analecta.search.opensearch.index-prefix=" + prefix, "--analecta.seed-dir=",
				"--logging.level.root=WARN", "--logging.level.org.analecta=INFO"));
		Path log = temp.resolve("node-" + name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new Node(name, process, port, log,
				new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
	}

	/**
	 * One application process, its port, its output, and its standard input for uploads.
	 */
	private record Node(String name, Process process, int port, Path log, Writer input) {

		void awaitReady() throws Exception {
			awaitTrue(Duration.ofSeconds(180), () -> {
				assertThat(process.isAlive()).as("node " + name + " died: " + output()).isTrue();
				return readiness().contains("\"status\":\"UP\"");
			});
		}

		void upload(Path file) throws IOException {
			input.write(file + "\n");
			input.flush();
		}

		void awaitStored(int count) throws Exception {
			awaitTrue(Duration.ofSeconds(120), () -> storedCount() >= count);
		}

		int storedCount() {
			Matcher m = STORED.matcher(output());
			int n = 0;
			while (m.find()) {
				n++;
			}
			return n;
		}

		/** SIGKILL: no shutdown hook runs, nothing is flushed. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor();
		}

		long total(String q) {
			String body = get("/api/v1/reports?size=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
			Matcher m = TOTAL.matcher(body);
			return m.find() ? Long.parseLong(m.group(1)) : -1;
		}

		String readiness() {
			return get("/actuator/health/readiness");
		}

		private String get(String path) {
			try {
				return HTTP
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
						.timeout(Duration.ofSeconds(10))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body();
			}
			catch (IOException ex) {
				return "";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "";
			}
		}

		String output() {
			try {
				return Files.readString(log, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return "";
			}
		}

	}

	private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not true within " + timeout);
			}
			Thread.sleep(100);
		}
	}

	private static String databaseUrl() {
		String base = System.getenv()
			.getOrDefault("ANALECTA_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/analecta_test");
		int query = base.indexOf('?');
		return query < 0 ? base + "_twonode" : base.substring(0, query) + "_twonode" + base.substring(query);
	}

	private static long pendingOutboxEvents(String database) {
		return count(database, "select count(*) from hsearch_outbox_event");
	}

	private static long count(String database, String sql) {
		try (Connection c = DriverManager.getConnection(database, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
