package org.analecta.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report committed just before the process dies still reaches the search index: the
 * index work travels in the outbox table, in the same transaction as the report, and the
 * next start replays it. The application runs in processes of its own
 * ({@link CrashingArchive}) against a database of this test's own, so no other test's
 * live indexing agent can pick up its events.
 *
 * <p>
 * The first process stores the report with the outbox processor switched off — the state
 * of a process killed between the commit and the indexing, made certain instead of left
 * to timing — and halts. The second starts normally and must find the report in search.
 */
class CrashRecoveryTests {

	private static final long PROCESS_TIMEOUT_SECONDS = 240;

	@TempDir
	Path temp;

	@Test
	void aReportCommittedBeforeACrashIsSearchableAfterRestart() throws Exception {
		String databaseUrl = crashDatabaseUrl();
		Path index = Files.createDirectories(temp.resolve("index"));
		Path upload = temp.resolve("crash-report.txt");
		Files.write(upload, IngestServiceTests.variant(7777, "A paragraph written for the crash test."));

		Run first = run(List.of("upload", upload.toString()), databaseUrl, index, "--analecta.test.clean-database=true",
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false");
		assertThat(first.exitCode()).as(first.describe()).isEqualTo(137);
		Matcher stored = Pattern.compile("STORED (\\S+) CREATED").matcher(first.output());
		assertThat(stored.find()).as(first.describe()).isTrue();
		String slug = stored.group(1);
		assertThat(first.output()).contains("INDEXED_BEFORE_CRASH 0");
		// The report was committed and its index work is waiting in the outbox.
		assertThat(count(databaseUrl, "select count(*) from reports where slug = '" + slug + "'")).isOne();
		assertThat(count(databaseUrl, "select count(*) from hsearch_outbox_event")).isPositive();

		// No start-up rebuild of an empty index: the report must come back through the
		// outbox alone.
		Run second = run(List.of("find", slug), databaseUrl, index, "--analecta.test.clean-database=false",
				"--analecta.search.rebuild-empty-index=false");
		assertThat(second.output()).as(second.describe()).contains("FOUND " + slug);
		assertThat(second.exitCode()).isZero();
	}

	private record Run(int exitCode, String output) {

		String describe() {
			String tail = output.length() > 6000 ? output.substring(output.length() - 6000) : output;
			return "exit " + exitCode + ", output:\n" + tail;
		}
	}

	private Run run(List<String> modeArgs, String databaseUrl, Path index, String... extra)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(CrashingArchive.class.getName());
		command.addAll(modeArgs);
		command.add("--spring.datasource.url=" + databaseUrl);
		command.add("--spring.jpa.properties.hibernate.search.backend.directory.root=" + index);
		command.add("--analecta.seed-dir=");
		command.add("--server.port=0");
		command.add("--logging.level.root=WARN");
		command.add("--logging.level.org.analecta=INFO");
		command.addAll(List.of(extra));
		Path log = Files.createTempFile(temp, "process", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			throw new AssertionError("The application process did not finish within " + PROCESS_TIMEOUT_SECONDS
					+ " s; output:\n" + Files.readString(log, StandardCharsets.UTF_8));
		}
		return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	/**
	 * The test database's name with _crash appended: created by the application on first
	 * use.
	 */
	private static String crashDatabaseUrl() {
		String base = System.getenv()
			.getOrDefault("ANALECTA_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/analecta_test");
		int query = base.indexOf('?');
		return query < 0 ? base + "_crash" : base.substring(0, query) + "_crash" + base.substring(query);
	}

	private static long count(String databaseUrl, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
