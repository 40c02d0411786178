package org.analecta.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.analecta.AnalectaApplication;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.IndexMaintenance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A soak run on loopback: starts the application (its own database and index folder),
 * then for a fixed time runs searches and reader pages over HTTP and uploads through the
 * ingest service, with one full reindex in the middle. Every loop ends at the deadline;
 * the process stops by itself. Writes error counts, latency percentiles per kind and heap
 * over time to {@code <out>/soak.md}. Run with scripts/soak.sh.
 *
 * <p>
 * Arguments: minutes (default 30), database URL, index folder, output folder.
 */
public final class Soak {

	private static final List<String> QUERIES = List.of("Iran", "Rouhani", "\"nuclear deal\"", "Hezbollah AND Israel",
			"Firouzabadi~", "sanctions NOT Iraq", "Khamenei", "Saudi");

	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

	private final List<String> heap = new CopyOnWriteArrayList<>();

	private final List<String> slugs = new CopyOnWriteArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Soak() {
	}

	public static void main(String[] args) throws Exception {
		double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 30;
		String database = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/analecta_soak";
		Path index = Path.of(args.length > 2 ? args[2] : "target/soak/index");
		Path out = Path.of(args.length > 3 ? args[3] : "target/soak");
		Files.createDirectories(out);
		new Soak().run(Duration.ofSeconds((long) (minutes * 60)), database, index, out);
		System.exit(0);
	}

	private void run(Duration length, String database, Path index, Path out) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnalectaApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + database,
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + index, "--analecta.seed-dir=",
				"--analecta.test.clean-database=true", "--logging.level.root=WARN")) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			IngestService ingest = app.getBean(IngestService.class);
			AtomicInteger uploads = new AtomicInteger();
			for (int i = 0; i < 20; i++) {
				upload(ingest, uploads.incrementAndGet());
			}
			Instant start = Instant.now();
			Instant end = start.plus(length);
			ExecutorService pool = Executors.newFixedThreadPool(5);
			pool.submit(() -> loop(end, () -> get(base, "search", "/search?q="
					+ URLEncoder.encode(QUERIES.get((int) (Math.random() * QUERIES.size())), StandardCharsets.UTF_8))));
			pool.submit(() -> loop(end, () -> get(base, "quotes", "/quotes?q=Rouhani")));
			pool.submit(() -> loop(end,
					() -> get(base, "reader", "/reports/" + slugs.get((int) (Math.random() * slugs.size())))));
			pool.submit(() -> loop(end, () -> {
				long t = System.nanoTime();
				upload(ingest, uploads.incrementAndGet());
				record("upload", t);
				pause(1000);
			}));
			pool.submit(() -> loop(end, () -> {
				heap.add(Duration.between(start, Instant.now()).toSeconds() + " s: " + usedHeapMiB() + " MiB used");
				pause(10_000);
			}));
			pause(length.toMillis() / 2);
			long t = System.nanoTime();
			try {
				app.getBean(IndexMaintenance.class).reindex();
				record("reindex", t);
			}
			catch (RuntimeException e) {
				error("reindex");
			}
			pool.shutdown();
			pool.awaitTermination(length.toMillis() + 120_000, TimeUnit.MILLISECONDS);
			write(out.resolve("soak.md"), length, uploads.get());
		}
	}

	private void upload(IngestService ingest, int n) {
		try {
			String text = Files.readString(Path.of("data/reports/000_4c35f079a3e03125.txt"))
				.replace("No. 1099", "No. " + (20_000 + n));
			IngestResult r = ingest.ingest(text.getBytes(StandardCharsets.UTF_8), "soak-" + n + ".txt", null);
			if (r.slug() != null) {
				slugs.add(r.slug());
			}
			else {
				error("upload");
			}
		}
		catch (IOException | RuntimeException e) {
			error("upload");
		}
	}

	private void get(String base, String kind, String path) {
		long t = System.nanoTime();
		try {
			HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.discarding());
			if (r.statusCode() >= 500) {
				error(kind + " " + r.statusCode());
			}
			record(kind, t);
		}
		catch (IOException e) {
			error(kind + " io");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void loop(Instant end, Runnable step) {
		while (Instant.now().isBefore(end) && !Thread.currentThread().isInterrupted()) {
			step.run();
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void record(String kind, long startNanos) {
		latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
			.add((System.nanoTime() - startNanos) / 1_000_000);
	}

	private void error(String kind) {
		errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
	}

	private static long usedHeapMiB() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private void write(Path file, Duration length, int uploads) throws IOException {
		StringBuilder md = new StringBuilder("# Soak run\n\n");
		md.append("Length ")
			.append(length.toMinutes())
			.append(" min (")
			.append(length.toSeconds())
			.append(" s), ")
			.append(uploads)
			.append(" uploads, one reindex in the middle.\n\n");
		md.append("| kind | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
		latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			List<Long> sorted = new ArrayList<>(e.getValue());
			Collections.sort(sorted);
			md.append("| ")
				.append(e.getKey())
				.append(" | ")
				.append(sorted.size())
				.append(" | ")
				.append(pct(sorted, 50))
				.append(" | ")
				.append(pct(sorted, 95))
				.append(" | ")
				.append(pct(sorted, 99))
				.append(" | ")
				.append(sorted.isEmpty() ? 0 : sorted.getLast())
				.append(" |\n");
		});
		md.append("\nErrors: ").append(errors.isEmpty() ? "none" : errors.toString()).append("\n\nHeap over time:\n\n");
		heap.forEach(h -> md.append("- ").append(h).append('\n'));
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

	private static long pct(List<Long> sorted, int p) {
		return sorted.isEmpty() ? 0
				: sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
