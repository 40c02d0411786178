package org.analecta;

import java.time.Duration;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * Waits until the search index has caught up with the database: outbox-polling indexes
 * asynchronously, so a test that searches right after a commit waits for the outbox to
 * drain (bounded), then refreshes the index readers.
 */
public final class SearchIndexing {

	private SearchIndexing() {
	}

	public static void awaitCaughtUp(JdbcTemplate jdbc, EntityManagerFactory emf) {
		awaitCaughtUp(jdbc, emf, Duration.ofSeconds(60));
	}

	public static void awaitCaughtUp(JdbcTemplate jdbc, EntityManagerFactory emf, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (pending(jdbc) > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The search index did not catch up within " + timeout + ": " + pending(jdbc)
						+ " outbox events still pending");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for the search index", e);
			}
		}
		Search.mapping(emf).scope(Object.class).workspace().refresh();
	}

	private static long pending(JdbcTemplate jdbc) {
		Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'",
				Long.class);
		return count == null ? 0 : count;
	}

}
