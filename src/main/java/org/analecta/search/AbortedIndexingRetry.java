package org.analecta.search;

import java.util.List;

import org.analecta.report.Report;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * Gives indexing events that Hibernate Search gave up on another chance once the index
 * answers again. The outbox processor retries a failed event three times,
 * {@code retry_delay} apart, then marks it {@code ABORTED} and never looks at it again:
 * an OpenSearch cluster down for a couple of minutes, or a full disk under the embedded
 * index, would otherwise leave every report saved meanwhile stored but never searchable.
 * Re-queueing is safe at any time: processing an event loads the entity's current row (or
 * finds it gone and removes the document), so an old event applied late writes what the
 * database holds now.
 */
@Component
class AbortedIndexingRetry extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(AbortedIndexingRetry.class);

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	AbortedIndexingRetry(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions,
			IndexingRetrySettings settings) {
		super("indexing-retry", settings.interval());
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	void runOnce() {
		Long aborted = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'ABORTED'",
				Long.class);
		if (aborted == null || aborted == 0) {
			return;
		}
		if (!indexAnswers()) {
			log.warn("{} indexing events wait for the search index to answer again", aborted);
			return;
		}
		int requeued = jdbc.update("""
				update hsearch_outbox_event set status = 'PENDING', retries = 0, process_after = now()
				where status = 'ABORTED'""");
		log.warn("The search index answers again: {} indexing events that had failed are queued again", requeued);
	}

	/**
	 * A count of every report: the cheapest request that fails while the index cannot be
	 * read. (An index that reads but cannot be written fails the events again, and they
	 * come back here after the processor's retries.)
	 */
	private boolean indexAnswers() {
		try {
			readOnly.executeWithoutResult(status -> Search.session(entityManager)
				.search(List.of(Report.class))
				.where(f -> f.matchAll())
				.fetchTotalHitCount());
			return true;
		}
		catch (RuntimeException e) {
			log.debug("The search index does not answer: {}", e.toString());
			return false;
		}
	}

}
