package org.analecta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.analecta.parser.ParseException;
import org.analecta.parser.ReportParser;

/**
 * Parse throughput of {@link ReportParser} over the corpus files: one thread, then one
 * thread per core, each over all N files (read from the page cache; the read is inside
 * the timing, as it is in an ingest). A warm-up pass on the first files lets the JIT
 * compile the parser first.
 */
final class ParseBenchmark {

	record Outcome(int threads, int parsed, int failed, double seconds, String firstFailure) {

		double perSecond() {
			return parsed / seconds;
		}
	}

	private final ReportParser parser = new ReportParser();

	private final CorpusWriter corpus;

	ParseBenchmark(CorpusWriter corpus) {
		this.corpus = corpus;
	}

	void warmUp(List<CorpusWriter.ManifestEntry> entries, int count) {
		for (int i = 0; i < Math.min(count, entries.size()); i++) {
			parseOne(entries.get(i), new AtomicLong(), new AtomicReference<>());
		}
	}

	Outcome run(List<CorpusWriter.ManifestEntry> entries, int threads) throws Exception {
		AtomicLong failed = new AtomicLong();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		long t0 = System.nanoTime();
		if (threads == 1) {
			for (CorpusWriter.ManifestEntry e : entries) {
				parseOne(e, failed, firstFailure);
			}
		}
		else {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> parts = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					int slice = t;
					parts.add(pool.submit(() -> {
						for (int i = slice; i < entries.size(); i += threads) {
							parseOne(entries.get(i), failed, firstFailure);
						}
					}));
				}
				for (Future<?> f : parts) {
					f.get();
				}
			}
			finally {
				pool.shutdown();
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		return new Outcome(threads, entries.size() - (int) failed.get(), (int) failed.get(), seconds,
				firstFailure.get());
	}

	private void parseOne(CorpusWriter.ManifestEntry e, AtomicLong failed, AtomicReference<String> firstFailure) {
		try {
			parser.parse(corpus.read(e), e.fileName());
		}
		catch (ParseException | RuntimeException ex) {
			failed.incrementAndGet();
			firstFailure.compareAndSet(null, e.fileName() + ": " + ex);
		}
	}

}
