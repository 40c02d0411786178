package org.analecta.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bulk load through the application's own upload path, over HTTP: each worker logs in
 * as the admin, posts a batch of files to {@code /admin/upload} and saves the preview, as
 * the admin page does. Meanwhile, every second, it reads the indexing backlog (pending
 * outbox events) and the reports stored and searchable (the API's total). It stops by
 * itself: after the last upload it waits until every stored report is searchable, or
 * gives up after the time limit.
 *
 * <p>
 * Arguments: base URL, JDBC URL, corpus directory, reports, workers, files per upload,
 * report file, time limit in seconds after the last upload. The admin password comes from
 * {@code BULK_ADMIN_PASSWORD}. Run by {@code scripts/bulk-load.sh}.
 */
public final class HttpBulkLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	private static final Pattern PREVIEW = Pattern.compile("/admin/preview/([^/?]+)$");

	private final String base;

	private final String jdbcUrl;

	private final String password;

	private final AtomicInteger uploaded = new AtomicInteger();

	private final AtomicInteger failedRequests = new AtomicInteger();

	private final List<String> samples = new ArrayList<>();

	private HttpBulkLoad(String base, String jdbcUrl, String password) {
		this.base = base;
		this.jdbcUrl = jdbcUrl;
		this.password = password;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String jdbcUrl = args[1];
		Path corpusDir = Path.of(args[2]);
		int reports = Integer.parseInt(args[3]);
		int workers = Integer.parseInt(args[4]);
		int perUpload = Integer.parseInt(args[5]);
		Path report = Path.of(args[6]);
		Duration limit = Duration.ofSeconds(Long.parseLong(args[7]));
		String password = System.getenv("BULK_ADMIN_PASSWORD");

		CorpusWriter corpus = new CorpusWriter(new CorpusGenerator(20260), corpusDir);
		int written = corpus.ensure(reports);
		System.out.printf("Corpus: %d reports in %s (%d written now)%n", reports, corpusDir, written);
		List<CorpusWriter.ManifestEntry> entries = corpus.entries(reports);
		new HttpBulkLoad(base, jdbcUrl, password).run(corpus, entries, workers, perUpload, report, limit);
	}

	private void run(CorpusWriter corpus, List<CorpusWriter.ManifestEntry> entries, int workers, int perUpload,
			Path report, Duration limit) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			long storedBefore = count(db, "select count(*) from reports");
			String autovacuum = string(db, "show autovacuum");
			long start = System.nanoTime();
			AtomicInteger cursor = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(workers);
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				running.add(pool.submit(() -> {
					work(corpus, entries, cursor, perUpload);
					return null;
				}));
			}
			pool.shutdown();
			long maxPending = 0;
			while (!pool.isTerminated()) {
				maxPending = Math.max(maxPending, sample(db, start, "uploading"));
				Thread.sleep(1000);
			}
			for (Future<?> f : running) {
				f.get();
			}
			double uploadSeconds = seconds(start);
			long stored = count(db, "select count(*) from reports");
			long pendingAtEnd = count(db, "select count(*) from hsearch_outbox_event where status = 'PENDING'");
			long deadline = System.nanoTime() + limit.toNanos();
			long searchable = searchable();
			while (searchable < stored && System.nanoTime() < deadline) {
				maxPending = Math.max(maxPending, sample(db, start, "draining"));
				Thread.sleep(1000);
				searchable = searchable();
			}
			double allSearchable = seconds(start);
			sample(db, start, "end");
			String summary = String.format(Locale.ROOT,
					"""
							# Bulk load over HTTP

							- server autovacuum: %s
							- reports uploaded: %d by %d workers, %d files per upload; failed upload requests: %d
							- reports stored: %d before, %d after
							- uploads took %.1f s (%.1f reports/s)
							- outbox events pending: at most %d while uploading; %d when the last upload was saved
							- every stored report searchable: %s, %.1f s after the start, %.1f s after the last upload
							- searchable at the end: %d of %d

							| t (s) | phase | reports stored | searchable | outbox pending | outbox dead rows | outbox size (kB) |
							|---:|---|---:|---:|---:|---:|---:|
							""",
					autovacuum, uploaded.get(), workers, perUpload, failedRequests.get(), storedBefore, stored,
					uploadSeconds, (stored - storedBefore) / uploadSeconds, maxPending, pendingAtEnd,
					searchable >= stored ? "yes" : "NO (gave up at the time limit)", allSearchable,
					allSearchable - uploadSeconds, searchable, stored);
			StringBuilder out = new StringBuilder(summary);
			for (int i = 0; i < samples.size(); i++) {
				if (i % 10 == 0 || i == samples.size() - 1) {
					out.append(samples.get(i)).append('\n');
				}
			}
			Files.createDirectories(report.toAbsolutePath().getParent());
			Files.writeString(report, out);
			System.out.print(out);
			if (searchable < stored || failedRequests.get() > 0) {
				System.exit(1);
			}
		}
	}

	/** One line of the table; returns the pending events. */
	private long sample(Connection db, long start, String phase) throws SQLException {
		long stored = count(db, "select count(*) from reports");
		long pending = count(db, "select count(*) from hsearch_outbox_event where status = 'PENDING'");
		long dead = count(db,
				"select coalesce(max(n_dead_tup), 0) from pg_stat_user_tables where relname = 'hsearch_outbox_event'");
		long kb = count(db, "select pg_total_relation_size('hsearch_outbox_event') / 1024");
		long searchable;
		try {
			searchable = searchable();
		}
		catch (IOException | InterruptedException e) {
			searchable = -1;
		}
		samples.add(String.format(Locale.ROOT, "| %.0f | %s | %d | %d | %d | %d | %d |", seconds(start), phase, stored,
				searchable, pending, dead, kb));
		return pending;
	}

	/** Reports a search finds: the API's total without a filter. */
	private long searchable() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports?size=1"))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = TOTAL.matcher(response.body());
		return response.statusCode() == 200 && m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	private void work(CorpusWriter corpus, List<CorpusWriter.ManifestEntry> entries, AtomicInteger cursor,
			int perUpload) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String csrf = logIn(client);
		while (true) {
			int from = cursor.getAndAdd(perUpload);
			if (from >= entries.size()) {
				return;
			}
			List<CorpusWriter.ManifestEntry> batch = entries.subList(from, Math.min(entries.size(), from + perUpload));
			if (uploadAndSave(client, csrf, corpus, batch)) {
				uploaded.addAndGet(batch.size());
			}
			else {
				failedRequests.incrementAndGet();
			}
		}
	}

	private String logIn(HttpClient client) throws IOException, InterruptedException {
		String loginToken = csrf(get(client, "/login"));
		HttpResponse<String> login = client.send(form("/login", "username=admin&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + encode(loginToken)),
				HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Admin login failed: " + login.statusCode() + " " + location);
		}
		return csrf(get(client, "/admin"));
	}

	private boolean uploadAndSave(HttpClient client, String csrf, CorpusWriter corpus,
			List<CorpusWriter.ManifestEntry> batch) throws IOException, InterruptedException {
		String boundary = "----analecta-bulk-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n", csrf.getBytes());
		for (CorpusWriter.ManifestEntry entry : batch) {
			String name = Path.of(entry.path()).getFileName().toString();
			String type = name.endsWith(".txt") ? "text/plain" : "text/html";
			part(body, boundary, "Content-Disposition: form-data; name=\"files\"; filename=\"" + name
					+ "\"\r\nContent-Type: " + type + "\r\n\r\n", corpus.read(entry));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/upload"))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher preview = PREVIEW.matcher(upload.headers().firstValue("Location").orElse(""));
		if (upload.statusCode() != 302 || !preview.find()) {
			System.err.println("Upload refused: " + upload.statusCode() + " " + upload.headers().map());
			return false;
		}
		HttpResponse<String> saved = client.send(
				form("/admin/preview/" + preview.group(1) + "/save", "_csrf=" + encode(csrf)),
				HttpResponse.BodyHandlers.ofString());
		if (saved.statusCode() != 200) {
			System.err.println("Save refused: " + saved.statusCode() + " " + saved.headers().map());
			return false;
		}
		return true;
	}

	private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content)
			throws IOException {
		body.write(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private String get(HttpClient client, String path) throws IOException, InterruptedException {
		return client
			.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpRequest form(String path, String body) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return m.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String string(Connection db, String sql) throws SQLException {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
