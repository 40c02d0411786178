package org.analecta.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one query type against one subject for a bounded time with k threads, each thread
 * cycling through the type's queries from its own offset, and keeps every latency:
 * percentiles come from all samples, not from averages.
 */
final class LatencyRun {

	/** Makes one subject per thread (a connection, a session...). */
	interface SubjectFactory {

		SearchSubject open() throws Exception;

	}

	/**
	 * @param slowest the queries whose median time was the longest, slowest first: with a
	 * few dozen queries cycled, the p99 is one or two of them
	 */
	record Stats(int threads, long count, double p50Ms, double p95Ms, double p99Ms, double maxMs,
			double throughputPerSecond, long hitsReturned, long highlights, long errors, String firstError,
			List<Slow> slowest) {
	}

	/** One query's median time over the run. */
	record Slow(BenchQuery query, double medianMs, int runs) {
	}

	private LatencyRun() {
	}

	static Stats measure(SubjectFactory factory, List<BenchQuery> queries, int threads, double seconds,
			int warmupPerThread) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Sample>> futures = new ArrayList<>();
			// The clock starts when every thread has warmed up: slow warm-ups must not
			// eat the budget.
			CyclicBarrier ready = new CyclicBarrier(threads);
			AtomicLong startedAt = new AtomicLong();
			for (int t = 0; t < threads; t++) {
				int offset = t * queries.size() / threads;
				Callable<Sample> worker = () -> {
					SearchSubject subject = factory.open();
					Sample sample = new Sample();
					int i = offset;
					for (int w = 0; w < warmupPerThread; w++) {
						run(subject, queries.get(i++ % queries.size()), null, 0);
					}
					if (ready.await() == 0) {
						startedAt.set(System.nanoTime());
					}
					while (startedAt.get() == 0) {
						Thread.onSpinWait();
					}
					long deadline = startedAt.get() + (long) (seconds * 1e9);
					while (System.nanoTime() < deadline) {
						int which = i++ % queries.size();
						run(subject, queries.get(which), sample, which);
					}
					return sample;
				};
				futures.add(pool.submit(worker));
			}
			Sample all = new Sample();
			for (Future<Sample> f : futures) {
				all.add(f.get());
			}
			double wall = (System.nanoTime() - startedAt.get()) / 1e9;
			return all.stats(threads, wall, queries);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void run(SearchSubject subject, BenchQuery q, Sample sample, int which) {
		long t0 = System.nanoTime();
		try {
			SearchSubject.Answer answer = subject.run(q);
			if (sample != null) {
				sample.record(System.nanoTime() - t0, which, answer);
			}
		}
		catch (Exception e) {
			if (sample != null) {
				sample.error(q + ": " + e);
			}
		}
	}

	private static final class Sample {

		long[] nanos = new long[1024];

		/** The query of each time in {@link #nanos}, as its index in the run's list. */
		int[] queryOf = new int[1024];

		int n;

		long hits;

		long highlights;

		long errors;

		String firstError;

		void record(long ns, int which, SearchSubject.Answer answer) {
			append(ns, which);
			hits += answer.returned();
			highlights += answer.highlights();
		}

		void error(String message) {
			errors++;
			if (firstError == null) {
				firstError = message;
			}
		}

		void add(Sample other) {
			for (int i = 0; i < other.n; i++) {
				append(other.nanos[i], other.queryOf[i]);
			}
			hits += other.hits;
			highlights += other.highlights;
			errors += other.errors;
			if (firstError == null) {
				firstError = other.firstError;
			}
		}

		private void append(long ns, int which) {
			if (n == nanos.length) {
				nanos = Arrays.copyOf(nanos, n * 2);
				queryOf = Arrays.copyOf(queryOf, n * 2);
			}
			queryOf[n] = which;
			nanos[n++] = ns;
		}

		Stats stats(int threads, double wallSeconds, List<BenchQuery> queries) {
			long[] sorted = Arrays.copyOf(nanos, n);
			Arrays.sort(sorted);
			return new Stats(threads, n, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
					n == 0 ? Double.NaN : sorted[n - 1] / 1e6, n / wallSeconds, hits, highlights, errors, firstError,
					slowest(queries, 3));
		}

		private List<Slow> slowest(List<BenchQuery> queries, int count) {
			List<List<Long>> byQuery = new ArrayList<>();
			queries.forEach(q -> byQuery.add(new ArrayList<>()));
			for (int i = 0; i < n; i++) {
				byQuery.get(queryOf[i]).add(nanos[i]);
			}
			List<Slow> each = new ArrayList<>();
			for (int q = 0; q < queries.size(); q++) {
				long[] own = byQuery.get(q).stream().mapToLong(Long::longValue).sorted().toArray();
				if (own.length > 0) {
					each.add(new Slow(queries.get(q), percentile(own, 0.50), own.length));
				}
			}
			each.sort(Comparator.comparingDouble(Slow::medianMs).reversed());
			return List.copyOf(each.subList(0, Math.min(count, each.size())));
		}

		private static double percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(p * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
		}

	}

}
