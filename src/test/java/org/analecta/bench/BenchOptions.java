package org.analecta.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Command-line options of the benchmark; every one has a default that runs on a laptop.
 */
record BenchOptions(List<Integer> sizes, long seed, Path out, Path corpus, String server, String database,
		String ftsDatabase, double searchSeconds, double searchWarmupSeconds, int queriesPerType, int wrkSeconds,
		int wrkWarmupSeconds, int wrkConnections, int ingestThreads, Set<String> skip, List<String> appArgs,
		boolean freshFts, double indexTimeoutSeconds, boolean reuseArchive, int parseMax, boolean mergeSegments,
		String ingestPath, String opensearch) {

	static final String USAGE = """
			Analecta benchmark. Options (all optional):
			  --sizes 1000,10000,100000   corpus sizes to measure, in order
			  --seed 20260                corpus seed (same seed, same bytes)
			  --out target/bench          where results.md/.csv/.json go
			  --corpus DIR                corpus directory (default <out>/corpus-<seed>; grows, reused)
			  --server jdbc:postgresql://127.0.0.1:5432/   PostgreSQL server (trust auth as postgres)
			  --database analecta_bench   Analecta's benchmark database (dropped and recreated per size)
			  --fts-database analecta_bench_fts   prefix of the PostgreSQL FTS baseline's databases, one per
			                              size (<prefix>_<N>), kept and reused while complete
			  --fresh-fts true            reload the baseline even when a complete one exists
			  --search-seconds 5          measuring time per query type, system and thread count
			  --search-warmup-seconds 5   unmeasured run of each query type, per system, before its
			                              measured runs, so the figure is not the JIT's warm-up of the
			                              code only that type runs
			  --queries 40                distinct queries per type
			  --wrk-seconds 10            duration of each wrk run (concurrency 16)
			  --wrk-warmup-seconds 20     unmeasured wrk load on the same pages before each measured run,
			                              so the figure is the server's steady state, not its JIT warm-up
			  --ingest-threads N          concurrent uploads during bulk ingest (default: cores)
			  --ingest bulk               how the corpus is loaded: bulk (the import command's path: stored
			                              with indexing paused, then one mass-indexer pass), uploads (one
			                              IngestService upload per file, indexed through the outbox), or both
			                              (uploads measured first on a fresh archive, then wiped, then bulk)
			  --merge-segments true       merge the index segments after the bulk load (IndexMaintenance)
			  --parse-max 20000          parse at most this many files per size (parsing is per report:
			                              the rate is the same on the first 20k as on all 100k)
			  --index-timeout 180         seconds to wait after the last upload for the index to catch up;
			                              past it the index is rebuilt with the mass indexer
			  --skip parse,fts,ingest,search,http,restart   phases to leave out; also query types of the
			                              search phase: search-term, search-phrase, search-boolean,
			                              search-fuzzy, search-speaker, search-faceted
			  --reuse-archive true        measure search, HTTP, memory on the archive an earlier run left in
			                              --database (no ingest; the index is rebuilt with the mass indexer)
			  --opensearch URI            index on this OpenSearch node (indexes named analecta-bench-*,
			                              dropped per size) instead of an embedded Lucene index in <out>/index
			  --app ARG                   extra Spring argument for the application (repeatable)
			""";

	static BenchOptions parse(String[] raw) {
		// Maven hands optional arguments over as one string each; split them back into
		// words.
		List<String> args = new ArrayList<>();
		for (String a : raw) {
			for (String w : a.trim().split("\\s+")) {
				if (!w.isEmpty()) {
					args.add(w);
				}
			}
		}
		List<Integer> sizes = List.of(1_000, 10_000, 100_000);
		long seed = 20260;
		Path out = Path.of("target/bench");
		Path corpus = null;
		String server = "jdbc:postgresql://127.0.0.1:5432/";
		String database = "analecta_bench";
		String fts = "analecta_bench_fts";
		double searchSeconds = 5;
		double searchWarmupSeconds = 5;
		int queries = 40;
		int wrkSeconds = 10;
		int wrkWarmupSeconds = 20;
		int ingestThreads = Runtime.getRuntime().availableProcessors();
		Set<String> skip = new LinkedHashSet<>();
		List<String> appArgs = new ArrayList<>();
		boolean freshFts = false;
		double indexTimeout = 180;
		boolean reuseArchive = false;
		int parseMax = 20_000;
		boolean mergeSegments = true;
		String ingestPath = "bulk";
		String opensearch = null;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--help") || a.equals("-h")) {
				System.out.println(USAGE);
				System.exit(0);
			}
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException("Option " + a + " needs a value.\n" + USAGE);
			}
			String v = args.get(++i);
			switch (a) {
				case "--sizes" ->
					sizes = Arrays.stream(v.split(",")).map(s -> Integer.parseInt(s.replace("_", "").trim())).toList();
				case "--seed" -> seed = Long.parseLong(v);
				case "--out" -> out = Path.of(v);
				case "--corpus" -> corpus = Path.of(v);
				case "--server" -> server = v.endsWith("/") ? v : v + "/";
				case "--database" -> database = checkName(v);
				case "--fts-database" -> fts = checkName(v);
				case "--search-seconds" -> searchSeconds = Double.parseDouble(v);
				case "--search-warmup-seconds" -> searchWarmupSeconds = Double.parseDouble(v);
				case "--queries" -> queries = Integer.parseInt(v);
				case "--wrk-seconds" -> wrkSeconds = Integer.parseInt(v);
				case "--wrk-warmup-seconds" -> wrkWarmupSeconds = Integer.parseInt(v);
				case "--ingest-threads" -> ingestThreads = Integer.parseInt(v);
				case "--parse-max" -> parseMax = Integer.parseInt(v.replace("_", ""));
				case "--merge-segments" -> mergeSegments = Boolean.parseBoolean(v);
				case "--ingest" -> ingestPath = checkIngestPath(v);
				case "--skip" -> skip.addAll(Arrays.asList(v.split(",")));
				case "--reuse-archive" -> reuseArchive = Boolean.parseBoolean(v);
				case "--index-timeout" -> indexTimeout = Double.parseDouble(v);
				case "--fresh-fts" -> freshFts = Boolean.parseBoolean(v);
				case "--opensearch" -> opensearch = v;
				case "--app" -> appArgs.add(v.startsWith("--") ? v : "--" + v);
				default -> throw new IllegalArgumentException("Unknown option " + a + "\n" + USAGE);
			}
		}
		if (database.equals("analecta") || database.equals("analecta_test")) {
			throw new IllegalArgumentException("The benchmark drops its database: use one of its own, not " + database);
		}
		return new BenchOptions(sizes, seed, out, corpus != null ? corpus : out.resolve("corpus-" + seed), server,
				database, fts, searchSeconds, searchWarmupSeconds, queries, wrkSeconds, wrkWarmupSeconds, 16,
				ingestThreads, skip, appArgs, freshFts, indexTimeout, reuseArchive, parseMax, mergeSegments, ingestPath,
				opensearch);
	}

	private static String checkIngestPath(String v) {
		if (!List.of("bulk", "uploads", "both").contains(v)) {
			throw new IllegalArgumentException("--ingest is bulk, uploads or both, not " + v);
		}
		return v;
	}

	/** The index the application under test writes and searches. */
	BenchIndex index() {
		return opensearch == null ? new BenchIndex.LuceneDirectory(out.resolve("index"))
				: new BenchIndex.OpenSearchIndexes(opensearch);
	}

	boolean bulkIngest() {
		return !ingestPath.equals("uploads");
	}

	boolean uploadIngest() {
		return !ingestPath.equals("bulk");
	}

	boolean runs(String phase) {
		return !skip.contains(phase);
	}

	private static String checkName(String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Database names here are lower-case identifiers: " + name);
		}
		return name;
	}

}
