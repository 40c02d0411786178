package org.analecta.bench;

import java.lang.management.ManagementFactory;
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
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.bench.BenchQuery.Type;
import org.analecta.bulkload.ArchiveImport;
import org.analecta.bulkload.ImportProgress;
import org.analecta.bulkload.ImportSummary;
import org.analecta.search.IndexMaintenance;

/**
 * The benchmark command: for each corpus size, parse throughput, bulk ingest through
 * IngestService, search latency and throughput of Analecta and of PostgreSQL full-text
 * search on the same reports and queries, HTTP throughput with wrk, memory, sizes and
 * start-up time. Run it with {@code ./mvnw -Pbench test -Dbench.sizes=1000,10000} (see
 * docs/benchmarks.md); not a test, so {@code ./mvnw verify} never runs it.
 */
public final class BenchmarkRunner {

	private static final Pattern READER_LINK = Pattern.compile("href=\"(/reports/[^\"#?]+)");

	private final BenchOptions options;

	private final Results results;

	private final CorpusGenerator generator;

	private final CorpusWriter corpus;

	private final Map<Type, List<BenchQuery>> mix;

	private BenchmarkRunner(BenchOptions options) {
		this.options = options;
		this.results = new Results(options.out());
		this.generator = new CorpusGenerator(options.seed());
		this.corpus = new CorpusWriter(generator, options.corpus());
		this.mix = QueryMix.build(options.queriesPerType());
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		BenchmarkRunner runner = new BenchmarkRunner(options);
		runner.describeEnvironment();
		for (int size : options.sizes()) {
			runner.measure(size);
			runner.results.write();
		}
		runner.results.write();
		System.out.println("[bench] results in " + options.out().toAbsolutePath().resolve("results.md"));
		// The application's non-daemon threads (outbox agent, web server) are closed;
		// leave promptly anyway.
		System.exit(0);
	}

	private void describeEnvironment() throws Exception {
		results.environment("date", ZonedDateTime.now().toString());
		results.environment("machine",
				Runtime.getRuntime().availableProcessors() + " cores, " + (physicalMemory() >> 20) + " MiB RAM, "
						+ System.getProperty("os.name") + " " + System.getProperty("os.version"));
		results.environment("JVM",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
						+ (Runtime.getRuntime().maxMemory() >> 20) + " MiB, args "
						+ ManagementFactory.getRuntimeMXBean().getInputArguments());
		try (Connection c = DriverManager.getConnection(options.server() + "postgres", "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT version()")) {
			rs.next();
			results.environment("PostgreSQL", rs.getString(1));
		}
		try (Connection c = DriverManager.getConnection(options.server() + "postgres", "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SHOW autovacuum")) {
			rs.next();
			results.environment("PostgreSQL autovacuum", rs.getString(1));
			if (!"on".equals(rs.getString(1))) {
				// Without it the outbox table is never analysed nor vacuumed: its polling
				// query
				// turns into a scan of every dead event, and indexing falls minutes
				// behind.
				results.note("PostgreSQL runs with autovacuum off (its default is on): indexing figures are not "
						+ "representative. Turn it on with ALTER SYSTEM SET autovacuum = on; SELECT pg_reload_conf();");
			}
		}
		results.environment("search backend", options.index().backend());
		results.environment("options", "sizes " + options.sizes() + ", seed " + options.seed() + ", "
				+ options.searchSeconds() + " s per search run after " + options.searchWarmupSeconds()
				+ " s unmeasured, " + options.queriesPerType() + " queries per type, wrk " + options.wrkSeconds()
				+ " s at concurrency " + options.wrkConnections() + " after " + options.wrkWarmupSeconds()
				+ " s unmeasured, ingest threads " + options.ingestThreads() + ", parse at most " + options.parseMax()
				+ " files, merge segments after ingest " + options.mergeSegments() + ", skipped " + options.skip());
	}

	private void measure(int size) throws Exception {
		System.out.println("[bench] ===== " + size + " reports =====");
		long t0 = System.nanoTime();
		int written = corpus.ensure(size);
		results.add(size, "corpus", "generated now", "generator", written, "reports",
				"%.1f s; corpus in %s".formatted(seconds(t0), options.corpus()));
		List<CorpusWriter.ManifestEntry> entries = corpus.entries(size);
		long bytes = entries.stream().mapToLong(CorpusWriter.ManifestEntry::bytes).sum();
		results.add(size, "corpus", "mean report size", "generator", bytes / (double) size / 1024, "KiB",
				entries.stream().filter(e -> e.format().equals("HTML")).count() + " HTML, rest text");

		if (options.runs("parse")) {
			parse(size, entries);
		}
		PostgresFts fts = null;
		if (options.runs("fts")) {
			// One baseline database per size, kept between runs: loading 100k takes a
			// while.
			String ftsDatabase = options.ftsDatabase() + "_" + size;
			fts = new PostgresFts(options.server() + ftsDatabase);
			PostgresFts.LoadTimes load = fts.ensureLoaded(generator, size, options.server(), ftsDatabase,
					options.freshFts());
			int cores = Runtime.getRuntime().availableProcessors();
			results.add(size, "ingest", "PostgreSQL FTS load (COPY, " + cores + " streams, generated tsvector)",
					"PostgreSQL FTS", size / load.loadSeconds(), "reports/s",
					"%.1f s (%s)".formatted(load.loadSeconds(), load.when()));
			results.add(size, "ingest", "PostgreSQL FTS index build (GIN, trigram lexicon, analyze)", "PostgreSQL FTS",
					load.indexSeconds(), "s", load.when());
			results.add(size, "size", "database (pg_database_size)", "PostgreSQL FTS", mib(fts.databaseBytes()), "MiB",
					"");
			results.add(size, "size", "tables + indexes (pg_total_relation_size)", "PostgreSQL FTS",
					mib(fts.relationBytes()), "MiB", "");
		}
		if (options.runs("ingest") || options.reuseArchive()) {
			analecta(size, entries, fts);
		}
		else if (fts != null && options.runs("search")) {
			searchPhase(size, null, fts);
		}
	}

	private void parse(int size, List<CorpusWriter.ManifestEntry> all) throws Exception {
		List<CorpusWriter.ManifestEntry> entries = all.subList(0, Math.min(all.size(), options.parseMax()));
		String sample = entries.size() == all.size() ? "" : " (first %,d files)".formatted(entries.size());
		ParseBenchmark bench = new ParseBenchmark(corpus);
		// Long enough for the JIT to finish with the parser: with 300 files the
		// one-thread pass
		// still measured compilation.
		bench.warmUp(entries, 2_000);
		int cores = Runtime.getRuntime().availableProcessors();
		for (int threads : new int[] { 1, cores }) {
			ParseBenchmark.Outcome o = bench.run(entries, threads);
			results.add(size, "parse", threads + (threads == 1 ? " thread" : " threads (all cores)") + sample,
					"ReportParser", o.perSecond(), "reports/s", "%.1f s, %d failed%s".formatted(o.seconds(), o.failed(),
							o.firstFailure() == null ? "" : "; first: " + o.firstFailure()));
		}
	}

	private void analecta(int size, List<CorpusWriter.ManifestEntry> entries, PostgresFts fts) throws Exception {
		BenchIndex index = options.index();
		if (!options.reuseArchive()) {
			AnalectaUnderTest.wipe(options.server(), options.database(), index);
		}
		AnalectaUnderTest app = AnalectaUnderTest.start(options.server(), options.database(), index, options.appArgs());
		AnalectaBindings bindings;
		try {
			bindings = new AnalectaBindings(app);
			if (options.reuseArchive()) {
				results.add(size, "start-up", "application context, archive of N reports", "Analecta",
						app.startSeconds(), "s", "reused archive");
				// The index the previous run left is used as it is when it matches the
				// database, once the outbox events it left are applied. Otherwise (an
				// index deleted or from another run; the application's own rebuild of
				// an empty index is off here) nothing would make it match: it is
				// rebuilt once the outbox has been idle for 10 s.
				long t0 = System.nanoTime();
				if (app.awaitIndexed(options.indexTimeoutSeconds(), 10)) {
					results.add(size, "ingest", "index ready (reused archive; rebuilt at start when empty)", "Analecta",
							seconds(t0), "s", String.join(", ", app.indexedCounts()));
				}
				else {
					results.add(size, "ingest", "index rebuilt with the mass indexer (reused archive)", "Analecta",
							app.rebuildIndex(), "s", String.join(", ", app.indexedCounts()));
				}
			}
			else {
				results.add(size, "start-up", "application context, empty database (migrations)", "Analecta",
						app.startSeconds(), "s", "");
				app.awaitIndexed(120);
				if (options.uploadIngest()) {
					ingest(size, entries, app, bindings);
					mergeSegments(size, app);
					if (options.bulkIngest()) {
						// Both paths: the bulk import is measured on an empty archive
						// too.
						app.close();
						AnalectaUnderTest.wipe(options.server(), options.database(), index);
						app = AnalectaUnderTest.start(options.server(), options.database(), index, options.appArgs());
						bindings = new AnalectaBindings(app);
					}
				}
				if (options.bulkIngest()) {
					bulkImport(size, entries, app);
				}
			}
			if (options.reuseArchive()) {
				mergeSegments(size, app);
			}
			memory(size, app, "after ingest");
			results.add(size, "size", index.sizeLabel(), "Analecta", mib(app.indexBytes()), "MiB", "");
			results.add(size, "size", "database (pg_database_size)", "Analecta", mib(app.databaseBytes()), "MiB",
					"originals, parts, outbox");
			results.add(size, "size", "tables + indexes (pg_total_relation_size)", "Analecta", mib(app.relationBytes()),
					"MiB", String.join(", ", app.indexedCounts()));
			if (options.runs("search")) {
				searchPhase(size, bindings, fts);
				memory(size, app, "after search");
			}
			if (options.runs("http")) {
				http(size, app, bindings);
			}
		}
		finally {
			app.close();
		}
		if (options.runs("restart")) {
			AnalectaUnderTest again = AnalectaUnderTest.start(options.server(), options.database(), index,
					options.appArgs());
			try {
				results.add(size, "start-up", "application context, archive of N reports", "Analecta",
						again.startSeconds(), "s", "");
			}
			finally {
				again.close();
			}
		}
	}

	private void mergeSegments(int size, AnalectaUnderTest app) {
		if (options.mergeSegments()) {
			Duration took = app.bean(IndexMaintenance.class).mergeSegments();
			results.add(size, "ingest", "index segments merged after the bulk load", "Analecta",
					took.toMillis() / 1000.0, "s",
					"IndexMaintenance.mergeSegments; searches below run on the merged index");
		}
	}

	/**
	 * The import command's path (ArchiveImport): every file stored with indexing paused,
	 * then one mass-indexer pass that also merges the segments. The last report is
	 * searchable when it returns.
	 */
	private void bulkImport(int size, List<CorpusWriter.ManifestEntry> entries, AnalectaUnderTest app)
			throws Exception {
		int threads = options.ingestThreads();
		List<Path> files = entries.stream().map(corpus::file).toList();
		long t0 = System.nanoTime();
		CpuUse start = CpuUse.now();
		AtomicReference<CpuUse> storedAt = new AtomicReference<>();
		ImportSummary summary = app.bean(ArchiveImport.class).run(files, threads, new ImportProgress() {
			@Override
			public void fileDone(int done, int total) {
				if (done % 5000 == 0) {
					System.out.printf("[bench] imported %d/%d (%.0f s)%n", done, total, seconds(t0));
				}
			}

			@Override
			public void indexing() {
				storedAt.set(CpuUse.now());
			}
		});
		double all = seconds(t0);
		CpuUse end = CpuUse.now();
		CpuUse middle = storedAt.get() == null ? end : storedAt.get();
		double stored = summary.stored().toMillis() / 1000.0;
		String outcome = "%d new, %d refused%s".formatted(summary.created(), summary.refused().size(),
				summary.refused().isEmpty() ? "" : "; first: " + summary.refused().get(0));
		results.add(size, "ingest", "bulk import: stored (parse + store, indexing paused, " + threads + " threads)",
				"Analecta", size / stored, "reports/s",
				"%.1f s, %s; %s".formatted(stored, outcome, middle.since(start).perReport(size)));
		if (summary.indexProblem() != null) {
			throw new IllegalStateException("The bulk import could not rebuild the index: " + summary.indexProblem());
		}
		results.add(size, "ingest", "bulk import: index built (mass indexer + merge)", "Analecta",
				summary.indexed().toMillis() / 1000.0, "s",
				String.join(", ", app.indexedCounts()) + "; " + end.since(middle).perReport(size));
		results.add(size, "ingest", "bulk import: end to end (parse + store + index)", "Analecta", size / all,
				"reports/s", "%.1f s; every report searchable when the import returns".formatted(all));
	}

	private void ingest(int size, List<CorpusWriter.ManifestEntry> entries, AnalectaUnderTest app,
			AnalectaBindings bindings) throws Exception {
		AtomicInteger failed = new AtomicInteger();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		AtomicInteger next = new AtomicInteger();
		int threads = options.ingestThreads();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long t0 = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
						CorpusWriter.ManifestEntry e = entries.get(i);
						try {
							bindings.ingest(corpus.read(e), e.fileName());
						}
						catch (Exception ex) {
							failed.incrementAndGet();
							firstFailure.compareAndSet(null, e.fileName() + ": " + ex);
						}
						if (i > 0 && i % 5000 == 0) {
							System.out.printf("[bench] ingested %d/%d (%.0f s)%n", i, entries.size(), seconds(t0));
						}
					}
				}));
			}
			for (Future<?> w : workers) {
				w.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double committed = seconds(t0);
		boolean indexed = app.awaitIndexed(options.indexTimeoutSeconds());
		double all = seconds(t0);
		String atTimeout = indexed ? "" : String.join(", ", app.indexedCounts()) + ", outbox " + app.outboxEvents();
		String failures = failed.get() + " failed"
				+ (firstFailure.get() == null ? "" : "; first: " + firstFailure.get());
		results.add(size, "ingest", "stored (parse + store, " + threads + " threads)", "Analecta", size / committed,
				"reports/s", "%.1f s, %s".formatted(committed, failures));
		if (indexed) {
			results.add(size, "ingest", "end to end (parse + store + index)", "Analecta", size / all, "reports/s",
					"%.1f s".formatted(all));
			results.add(size, "ingest", "delay from last commit to last report searchable", "Analecta", all - committed,
					"s", "outbox drained, index count = database count");
		}
		else {
			results.add(size, "ingest", "end to end (parse + store + index)", "Analecta", Double.NaN, "reports/s",
					"index NOT caught up %.0f s after the last commit (%s)".formatted(all - committed, atTimeout));
			results.add(size, "ingest", "delay from last commit to last report searchable", "Analecta", Double.NaN, "s",
					"more than %.0f s (timeout)".formatted(all - committed));
			double rebuild = app.rebuildIndex();
			results.add(size, "ingest", "index rebuilt with the mass indexer (outbox backlog dropped)", "Analecta",
					rebuild, "s", String.join(", ", app.indexedCounts()));
			results.note("N=" + size + ": the outbox-polling indexer had not caught up "
					+ Results.format(all - committed) + " s after the last upload (" + atTimeout
					+ "); the backlog was dropped and the index rebuilt with "
					+ "the mass indexer so that search was measured on a complete index.");
		}
	}

	private void searchPhase(int size, AnalectaBindings bindings, PostgresFts fts) throws Exception {
		List<Map.Entry<String, LatencyRun.SubjectFactory>> subjects = new ArrayList<>();
		if (bindings != null) {
			subjects.add(Map.entry("Analecta", bindings::searchSubject));
		}
		if (fts != null) {
			subjects.add(Map.entry("PostgreSQL FTS", fts::subject));
		}
		// One pass over every query first, so neither system is measured cold.
		for (Map.Entry<String, LatencyRun.SubjectFactory> s : subjects) {
			SearchSubject subject = s.getValue().open();
			for (List<BenchQuery> queries : mix.values()) {
				for (BenchQuery q : queries) {
					try {
						subject.run(q);
					}
					catch (Exception e) {
						// counted in the measured runs
					}
				}
			}
		}
		for (Type type : Type.values()) {
			if (!options.runs("search-" + type.name().toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (options.searchWarmupSeconds() > 0) {
				// Discarded: the code only this type runs is compiled before it is timed.
				for (Map.Entry<String, LatencyRun.SubjectFactory> s : subjects) {
					LatencyRun.measure(s.getValue(), mix.get(type), 1, options.searchWarmupSeconds(), 3);
				}
			}
			for (int threads : new int[] { 1, 4 }) {
				for (Map.Entry<String, LatencyRun.SubjectFactory> s : subjects) {
					LatencyRun.Stats stats = LatencyRun.measure(s.getValue(), mix.get(type), threads,
							options.searchSeconds(), 3);
					results.search(size, type, threads, s.getKey(), stats);
				}
			}
		}
	}

	private void http(int size, AnalectaUnderTest app, AnalectaBindings bindings) throws Exception {
		if (!Wrk.available()) {
			results.note("N=" + size + ": HTTP throughput not measured: " + Wrk.BINARY
					+ " is missing (apt-get install wrk).");
			return;
		}
		int port = app.port();
		List<String> searchPaths = new ArrayList<>();
		for (Type type : List.of(Type.TERM, Type.PHRASE, Type.BOOLEAN)) {
			for (BenchQuery q : mix.get(type)) {
				searchPaths.add(bindings.searchPagePath(q));
			}
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Set<String> readerPaths = new LinkedHashSet<>();
		int searchErrors = 0;
		for (String path : searchPaths) {
			HttpResponse<String> page = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (page.statusCode() != 200) {
				searchErrors++;
				continue;
			}
			Matcher m = READER_LINK.matcher(page.body());
			while (m.find() && readerPaths.size() < 200) {
				readerPaths.add(m.group(1));
			}
		}
		if (searchErrors > 0) {
			results.note("N=" + size + ": " + searchErrors + " of " + searchPaths.size()
					+ " search pages did not answer 200 before the wrk run, e.g. " + searchPaths.get(0));
		}
		Path work = options.out().resolve("wrk");
		Steady search = steadyState(port, searchPaths, work);
		wrkFigures(size, "search page /search?q=", search);
		if (readerPaths.isEmpty()) {
			results.note("N=" + size + ": no /reports/... links found on the search pages: reader page not measured.");
			return;
		}
		Steady reader = steadyState(port, List.copyOf(readerPaths), work);
		wrkFigures(size, "reader page /reports/{slug} (" + readerPaths.size() + " reports)", reader);
	}

	/**
	 * A measured wrk run after an unmeasured one on the same pages: a server's throughput
	 * is that of its compiled code, and on two cores the JIT compiler still takes a good
	 * share of the CPU for the first tens of seconds of load (one pass over the pages
	 * before is far from enough).
	 */
	private Steady steadyState(int port, List<String> paths, Path work) throws Exception {
		if (options.wrkWarmupSeconds() > 0) {
			Wrk.run(port, paths, options.wrkConnections(), options.wrkWarmupSeconds(), work);
		}
		CpuUse before = CpuUse.now();
		Wrk.Outcome outcome = Wrk.run(port, paths, options.wrkConnections(), options.wrkSeconds(), work);
		return new Steady(outcome, CpuUse.now().since(before));
	}

	/**
	 * A measured wrk run and the CPU time the application's JVM (this one) spent per
	 * request meanwhile. On these machines the throughput moves by a third between runs
	 * of the same code (other services, the kernel taking the page cache back); the CPU
	 * time a request costs moves much less, so it is the figure to compare two versions
	 * by.
	 */
	private record Steady(Wrk.Outcome wrk, CpuUse cpu) {
	}

	private void wrkFigures(int size, String page, Steady steady) throws Exception {
		Wrk.Outcome o = steady.wrk();
		String note = "p50 %s ms, p90 %s ms, p99 %s ms, %d requests, %d non-2xx, %s".formatted(
				Results.format(o.p50Ms()), Results.format(o.p90Ms()), Results.format(o.p99Ms()), o.requests(),
				o.non2xx(), steady.cpu().per(Math.max(1, o.requests()), "request"));
		results.add(size, "http", page, "Analecta", o.requestsPerSecond(), "requests/s", note);
		Files.createDirectories(options.out());
		Files.writeString(options.out().resolve("wrk-" + size + "-" + page.split(" ")[0] + ".txt"), o.output());
	}

	private void memory(int size, AnalectaUnderTest app, String when) {
		System.gc();
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		results.add(size, "memory", "heap used after GC, " + when, "Analecta (in-process)", mib(heap), "MiB", "");
		results.add(size, "memory", "process RSS, " + when, "Analecta (in-process)", mib(rssBytes()), "MiB",
				"includes the benchmark harness");
	}

	static long rssBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (Exception e) {
			// not Linux: fall through
		}
		return -1;
	}

	private static long physicalMemory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getTotalMemorySize();
		}
		return -1;
	}

	static String urlEncode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static double mib(long bytes) {
		return bytes / 1024.0 / 1024.0;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
