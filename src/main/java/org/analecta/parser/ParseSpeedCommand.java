package org.analecta.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code java -jar analecta.jar bench-parse [DIR|FILE...]}: parse speed in reports per
 * second. Each set of files is read into memory first, parsed for a warm-up period (the
 * JIT settles), then for a measured period; failures count as parsed (they cost the same
 * work) and are listed. Without arguments it measures the sample reports (data/reports)
 * and the shared corpus of web pages (../shared/corpus/web-pages) when present.
 */
public final class ParseSpeedCommand {

	private static final long WARM_UP_NANOS = 5_000_000_000L;

	private static final long MEASURE_NANOS = 6_000_000_000L;

	private ParseSpeedCommand() {
	}

	public static int main(List<String> args, PrintStream out, PrintStream err) {
		List<Path> targets = new ArrayList<>();
		if (args.isEmpty()) {
			targets.add(Path.of("data/reports"));
			Path corpus = Path.of(System.getProperty("analecta.shared", "../shared"), "corpus", "web-pages");
			if (Files.isDirectory(corpus)) {
				targets.add(corpus);
			}
		}
		else {
			args.forEach(arg -> targets.add(Path.of(arg)));
		}
		out.printf(Locale.ROOT, "Java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
		ReportParser parser = new ReportParser();
		for (Path target : targets) {
			List<byte[]> inputs;
			try {
				inputs = load(target);
			}
			catch (IOException e) {
				err.println(target + ": cannot read (" + e.getMessage() + ")");
				return 1;
			}
			if (inputs.isEmpty()) {
				err.println(target + ": no report files");
				return 1;
			}
			run(parser, inputs, WARM_UP_NANOS);
			Result result = run(parser, inputs, MEASURE_NANOS);
			long bytes = inputs.stream().mapToLong(b -> b.length).sum();
			double seconds = result.nanos() / 1e9;
			out.printf(Locale.ROOT,
					"%s: %d files (%.1f KB), %.1f reports/s, %.2f MB/s, %.2f ms CPU per report, %d of %d files fail to parse%n",
					target, inputs.size(), bytes / 1024.0, result.parsed() / seconds,
					result.parsed() * (bytes / (double) inputs.size()) / seconds / (1024 * 1024),
					result.cpuNanos() / 1e6 / result.parsed(), result.failedFiles(), inputs.size());
		}
		return 0;
	}

	private static List<byte[]> load(Path target) throws IOException {
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(target)) {
			try (Stream<Path> list = Files.list(target)) {
				list.filter(Files::isRegularFile).filter(p -> {
					String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
					return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
				}).sorted().forEach(files::add);
			}
		}
		else {
			files.add(target);
		}
		List<byte[]> inputs = new ArrayList<>();
		for (Path file : files) {
			inputs.add(Files.readAllBytes(file));
		}
		return inputs;
	}

	/**
	 * Wall-clock rate and the thread's CPU time: on a shared machine the second tells the
	 * parser's own cost when other processes take the cores.
	 */
	private record Result(long parsed, long nanos, long cpuNanos, int failedFiles) {
	}

	private static Result run(ReportParser parser, List<byte[]> inputs, long budgetNanos) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long parsed = 0;
		int failedFiles = 0;
		boolean firstRound = true;
		do {
			for (byte[] input : inputs) {
				try {
					parser.parse(input, "bench");
				}
				catch (ParseException e) {
					if (firstRound) {
						failedFiles++;
					}
				}
				parsed++;
			}
			firstRound = false;
		}
		while (System.nanoTime() - start < budgetNanos);
		return new Result(parsed, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart, failedFiles);
	}

}
