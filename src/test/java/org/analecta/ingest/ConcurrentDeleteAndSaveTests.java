package org.analecta.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin deletes a report while a new version of it is being saved: both finish (no
 * deadlock, no error), and the archive ends in one of the two orders' outcomes, never
 * half of each.
 */
@SpringBootTest
class ConcurrentDeleteAndSaveTests {

	private static final int ROUNDS = 24;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deleteAndNewVersionOfTheSameReportNeverDeadlock() throws Exception {
		List<String> failures = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (int round = 0; round < ROUNDS; round++) {
				int number = 8100 + round;
				IngestResult first = ingest.ingest(IngestServiceTests.variant(number, ""), "v1.txt", null);
				assertThat(first.outcome()).isEqualTo(IngestResult.Outcome.CREATED);
				byte[] second = IngestServiceTests.variant(number,
						"A paragraph added in version two, round " + round + ".");
				CyclicBarrier together = new CyclicBarrier(2);
				Future<IngestResult> save = pool.submit(at(together, () -> ingest.ingest(second, "v2.txt", null)));
				// The save parses before its transaction begins: the delete starts at
				// staggered moments
				// so that some rounds overlap the save's transaction.
				long pause = (round % 12) * 8L;
				Future<Boolean> delete = pool.submit(at(together, () -> {
					Thread.sleep(pause);
					return ingest.delete(first.reportId());
				}));
				try {
					delete.get();
				}
				catch (ExecutionException e) {
					failures.add("round " + round + ": delete failed: " + e.getCause());
				}
				IngestResult saved = save.get();
				if (saved.outcome() == IngestResult.Outcome.REJECTED) {
					failures.add("round " + round + ": save refused: " + saved.error());
				}
				// Whatever the order, no report is left without its parts or its
				// original.
				Long orphans = jdbc.queryForObject(
						"""
								select count(*) from reports r where not exists (select 1 from report_originals o where o.report_id = r.id)
								   or not exists (select 1 from sections s where s.report_id = r.id)""",
						Long.class);
				assertThat(orphans).isZero();
			}
		}
		assertThat(failures).isEmpty();
	}

	private static <T> Callable<T> at(CyclicBarrier barrier, Callable<T> task) {
		return () -> {
			barrier.await();
			return task.call();
		};
	}

}
