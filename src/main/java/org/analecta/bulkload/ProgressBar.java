package org.analecta.bulkload;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The import's progress on a terminal: files done of all, the rate and the time left,
 * redrawn in place at most twice a second.
 */
final class ProgressBar implements ImportProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final long start = System.nanoTime();

	private long lastDrawn;

	ProgressBar(PrintStream out) {
		this.out = out;
	}

	@Override
	public synchronized void fileDone(int done, int total) {
		long now = System.nanoTime();
		if (done < total && now - lastDrawn < 500_000_000L) {
			return;
		}
		lastDrawn = now;
		out.print("\r" + line(done, total, (now - start) / 1e9));
		if (done == total) {
			out.println();
		}
		out.flush();
	}

	@Override
	public void indexing() {
		out.println("Rebuilding the search index from the database...");
		out.flush();
	}

	static String line(int done, int total, double seconds) {
		int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
		double rate = seconds > 0 ? done / seconds : 0;
		String left = rate > 0 ? clock(Duration.ofSeconds(Math.round((total - done) / rate))) : "--:--";
		return String.format(Locale.ROOT, "[%s%s] %,d/%,d files  %.1f files/s  %s left", "#".repeat(filled),
				".".repeat(WIDTH - filled), done, total, rate, left);
	}

	static String clock(Duration d) {
		long s = d.toSeconds();
		return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60)
				: "%d:%02d".formatted(s / 60, s % 60);
	}

}
