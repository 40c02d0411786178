package org.analecta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything measured, written after each size as Markdown (for docs/benchmarks.md), CSV
 * and JSON, so a run cut short still leaves what it measured.
 */
final class Results {

	/**
	 * One figure: e.g. (10000, "ingest", "end to end", "Analecta", 212.0, "reports/s",
	 * "").
	 */
	record Figure(int size, String area, String metric, String subject, double value, String unit, String note) {
	}

	record Search(int size, String query, int threads, String subject, LatencyRun.Stats stats) {
	}

	private final List<Figure> figures = new ArrayList<>();

	private final List<Search> searches = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final Path directory;

	Results(Path directory) {
		this.directory = directory;
	}

	synchronized void environment(String key, String value) {
		environment.put(key, value);
	}

	synchronized void add(int size, String area, String metric, String subject, double value, String unit,
			String note) {
		figures.add(new Figure(size, area, metric, subject, value, unit, note == null ? "" : note));
		System.out.printf(Locale.ROOT, "[bench] N=%d %s / %s / %s: %s %s %s%n", size, area, metric, subject,
				format(value), unit, note == null ? "" : note);
	}

	synchronized void search(int size, BenchQuery.Type type, int threads, String subject, LatencyRun.Stats stats) {
		searches.add(new Search(size, type.label, threads, subject, stats));
		System.out.printf(Locale.ROOT,
				"[bench] N=%d search %-30s %d thr %-15s p50 %7.2f p95 %7.2f p99 %7.2f ms  %8.1f q/s  hits %d hl %d err %d%s%n",
				size, type.label, threads, subject, stats.p50Ms(), stats.p95Ms(), stats.p99Ms(),
				stats.throughputPerSecond(), stats.hitsReturned(), stats.highlights(), stats.errors(),
				stats.firstError() == null ? "" : " (" + stats.firstError() + ")");
		for (LatencyRun.Slow slow : stats.slowest()) {
			System.out.printf(Locale.ROOT, "[bench]   slowest %-15s %7.2f ms median of %d: %s%n", subject,
					slow.medianMs(), slow.runs(), slow.query());
		}
	}

	synchronized void note(String note) {
		notes.add(note);
		System.out.println("[bench] note: " + note);
	}

	synchronized void write() throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.md"), markdown());
		StringBuilder csv = new StringBuilder("size,area,metric,subject,value,unit,note\n");
		for (Figure f : figures) {
			csv.append(f.size())
				.append(',')
				.append(csv(f.area()))
				.append(',')
				.append(csv(f.metric()))
				.append(',')
				.append(csv(f.subject()))
				.append(',')
				.append(format(f.value()))
				.append(',')
				.append(csv(f.unit()))
				.append(',')
				.append(csv(f.note()))
				.append('\n');
		}
		Files.writeString(directory.resolve("results.csv"), csv);
		StringBuilder searchCsv = new StringBuilder(
				"size,query,threads,subject,count,p50_ms,p95_ms,p99_ms,max_ms,throughput_qps,hits,highlights,errors\n");
		for (Search s : searches) {
			LatencyRun.Stats t = s.stats();
			searchCsv.append(s.size())
				.append(',')
				.append(csv(s.query()))
				.append(',')
				.append(s.threads())
				.append(',')
				.append(csv(s.subject()))
				.append(',')
				.append(t.count())
				.append(',')
				.append(format(t.p50Ms()))
				.append(',')
				.append(format(t.p95Ms()))
				.append(',')
				.append(format(t.p99Ms()))
				.append(',')
				.append(format(t.maxMs()))
				.append(',')
				.append(format(t.throughputPerSecond()))
				.append(',')
				.append(t.hitsReturned())
				.append(',')
				.append(t.highlights())
				.append(',')
				.append(t.errors())
				.append('\n');
		}
		Files.writeString(directory.resolve("search.csv"), searchCsv);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		json.writeValue(directory.resolve("results.json").toFile(),
				Map.of("environment", environment, "figures", figures, "search", searches, "notes", notes));
	}

	String markdown() {
		StringBuilder md = new StringBuilder("# Analecta benchmark results\n\n");
		for (Map.Entry<String, String> e : environment.entrySet()) {
			md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
		}
		Set<Integer> sizes = new LinkedHashSet<>();
		figures.forEach(f -> sizes.add(f.size()));
		searches.forEach(s -> sizes.add(s.size()));
		for (int size : sizes) {
			md.append("\n## ").append(String.format(Locale.ROOT, "%,d", size)).append(" reports\n\n");
			md.append("| area | metric | subject | value | unit | note |\n|---|---|---|---:|---|---|\n");
			for (Figure f : figures) {
				if (f.size() == size) {
					md.append("| ")
						.append(f.area())
						.append(" | ")
						.append(f.metric())
						.append(" | ")
						.append(f.subject())
						.append(" | ")
						.append(format(f.value()))
						.append(" | ")
						.append(f.unit())
						.append(" | ")
						.append(f.note())
						.append(" |\n");
				}
			}
			searchTable(md, size);
		}
		if (!notes.isEmpty()) {
			md.append("\n## Notes\n\n");
			notes.forEach(n -> md.append("- ").append(n).append('\n'));
		}
		return md.toString();
	}

	/**
	 * Analecta and PostgreSQL side by side per query type and thread count, with the
	 * ratio.
	 */
	private void searchTable(StringBuilder md, int size) {
		List<Search> rows = searches.stream().filter(s -> s.size() == size).toList();
		if (rows.isEmpty()) {
			return;
		}
		md.append("\nSearch latency (ms) and throughput (queries/s); ratio = PostgreSQL p50 / Analecta p50 "
				+ "(above 1: Analecta faster)\n\n");
		md.append(
				"| query | thr | Analecta p50 | p95 | p99 | q/s | PG FTS p50 | p95 | p99 | q/s | p50 ratio | q/s ratio |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		Map<String, Search[]> pairs = new LinkedHashMap<>();
		for (Search s : rows) {
			Search[] pair = pairs.computeIfAbsent(s.query() + "|" + s.threads(), k -> new Search[2]);
			pair[s.subject().startsWith("Analecta") ? 0 : 1] = s;
		}
		for (Search[] pair : pairs.values()) {
			Search any = pair[0] != null ? pair[0] : pair[1];
			md.append("| ").append(any.query()).append(" | ").append(any.threads());
			cells(md, pair[0]);
			cells(md, pair[1]);
			if (pair[0] != null && pair[1] != null && pair[0].stats().count() > 0 && pair[1].stats().count() > 0) {
				md.append(" | ")
					.append(format(pair[1].stats().p50Ms() / pair[0].stats().p50Ms()))
					.append("×")
					.append(" | ")
					.append(format(pair[0].stats().throughputPerSecond() / pair[1].stats().throughputPerSecond()))
					.append("×");
			}
			else {
				md.append(" | – | –");
			}
			md.append(" |\n");
		}
	}

	private static void cells(StringBuilder md, Search s) {
		if (s == null || s.stats().count() == 0) {
			md.append(" | – | – | – | –");
			return;
		}
		LatencyRun.Stats t = s.stats();
		md.append(" | ")
			.append(format(t.p50Ms()))
			.append(" | ")
			.append(format(t.p95Ms()))
			.append(" | ")
			.append(format(t.p99Ms()))
			.append(" | ")
			.append(format(t.throughputPerSecond()));
	}

	static String format(double v) {
		if (Double.isNaN(v)) {
			return "–";
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return String.format(Locale.ROOT, "%d", (long) v);
		}
		if (Math.abs(v) >= 100) {
			return String.format(Locale.ROOT, "%.0f", v);
		}
		if (Math.abs(v) >= 10) {
			return String.format(Locale.ROOT, "%.1f", v);
		}
		return String.format(Locale.ROOT, "%.2f", v);
	}

	private static String csv(String s) {
		return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

}
