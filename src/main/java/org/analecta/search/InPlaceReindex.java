package org.analecta.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the index while it keeps answering: every document is replaced where it
 * stands, never removed first, so a search during the rebuild sees each report either as
 * it was or as it is now, and the total never drops.
 *
 * <p>
 * Why not the mass indexer: it writes with "add", not "add or update" (it expects an
 * index it purged first), so without the purge every document would be doubled; with it,
 * searches see a partial index until it ends. Instead, every entity is handed to
 * Hibernate Search's indexing plan as {@code addOrUpdate}, in batches, one transaction
 * each. Under outbox-polling coordination these become outbox events, applied by the same
 * processor that indexes uploads, in commit order; an upload, an edit or a delete made
 * during the rebuild is applied as usual, and an entity deleted after its batch was read
 * is removed when its event finds no row. Documents whose row is gone are then purged by
 * id. Only Hibernate Search APIs are used, so the same holds for any backend.
 */
@Component
class InPlaceReindex {

	private static final Logger log = LoggerFactory.getLogger(InPlaceReindex.class);

	/** Entities per transaction: bounds the memory of one batch and its outbox insert. */
	static final int BATCH = 500;

	private static final Duration POLL = Duration.ofMillis(200);

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	InPlaceReindex(EntityManager entityManager, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** One indexed entity type: its class and its JPQL name. */
	record IndexedType(Class<?> type, String entity) {
	}

	/**
	 * Replaces every document of the {@code enqueued} types (and, through Hibernate
	 * Search, of the entities that embed them), then removes the documents of the
	 * {@code purged} types whose row is gone.
	 */
	void run(List<IndexedType> enqueued, List<IndexedType> purged, IndexMaintenance.Progress progress)
			throws InterruptedException {
		long total = 0;
		for (IndexedType type : enqueued) {
			total += count(type);
		}
		long done = 0;
		progress.update(total, done);
		for (IndexedType type : enqueued) {
			done = enqueueAll(type, total, done, progress);
		}
		awaitApplied(Instant.now());
		long stale = 0;
		for (IndexedType type : purged) {
			stale += purgeStale(type);
		}
		awaitApplied(Instant.now());
		log.info("Reindexed in place: {} entities replaced, {} stale documents removed", done, stale);
	}

	private long count(IndexedType type) {
		Long count = transaction
			.execute(status -> entityManager.createQuery("select count(e) from " + type.entity() + " e", Long.class)
				.getSingleResult());
		return count == null ? 0 : count;
	}

	/** Hands every entity to the indexing plan, {@value #BATCH} per transaction. */
	private long enqueueAll(IndexedType type, long total, long done, IndexMaintenance.Progress progress)
			throws InterruptedException {
		long after = Long.MIN_VALUE;
		while (true) {
			if (Thread.currentThread().isInterrupted()) {
				throw new InterruptedException("reindex stopped");
			}
			long from = after;
			List<Long> ids = transaction.execute(status -> enqueueBatch(type, from));
			if (ids == null || ids.isEmpty()) {
				return done;
			}
			after = ids.getLast();
			done += ids.size();
			progress.update(Math.max(total, done), done);
		}
	}

	private List<Long> enqueueBatch(IndexedType type, long after) {
		List<Long> ids = entityManager
			.createQuery("select e.id from " + type.entity() + " e where e.id > :after order by e.id", Long.class)
			.setParameter("after", after)
			.setMaxResults(BATCH)
			.getResultList();
		if (ids.isEmpty()) {
			return ids;
		}
		SearchSession session = Search.session(entityManager);
		entityManager.createQuery("select e from " + type.entity() + " e where e.id in :ids", type.type())
			.setParameter("ids", ids)
			.getResultList()
			.forEach(entity -> session.indexingPlan().addOrUpdate(entity));
		return ids;
	}

	/**
	 * Purges the documents whose row is gone. The index is read before the database: a
	 * document can only be in the index after its row was committed, so a report stored
	 * meanwhile is never taken for stale.
	 */
	private long purgeStale(IndexedType type) {
		Set<Long> inIndex = transaction.execute(status -> idsInIndex(type));
		Set<Long> inDatabase = transaction.execute(status -> new HashSet<>(
				entityManager.createQuery("select e.id from " + type.entity() + " e", Long.class).getResultList()));
		inIndex.removeAll(inDatabase);
		if (inIndex.isEmpty()) {
			return 0;
		}
		transaction.executeWithoutResult(status -> {
			SearchSession session = Search.session(entityManager);
			inIndex.forEach(id -> session.indexingPlan().purge(type.type(), id, null));
		});
		return inIndex.size();
	}

	/**
	 * Scrolls rather than fetching all: search backends cap how many hits one page holds.
	 */
	private Set<Long> idsInIndex(IndexedType type) {
		Set<Long> ids = new HashSet<>();
		SearchSession session = Search.session(entityManager);
		try (SearchScroll<Long> scroll = session.search(type.type())
			.select(f -> f.id(Long.class))
			.where(f -> f.matchAll())
			.scroll(1000)) {
			for (SearchScrollResult<Long> page = scroll.next(); page.hasHits(); page = scroll.next()) {
				ids.addAll(page.hits());
			}
		}
		return ids;
	}

	/**
	 * Waits until the outbox holds no pending event created up to {@code mark}, then
	 * refreshes the readers: the rebuild's events are applied, later uploads may still be
	 * waiting.
	 */
	private void awaitApplied(Instant mark) throws InterruptedException {
		long lastReport = System.nanoTime();
		long pending;
		while ((pending = pendingUpTo(mark)) > 0) {
			if (System.nanoTime() - lastReport > Duration.ofSeconds(30).toNanos()) {
				log.info("Reindex in place: {} indexing events still to apply", pending);
				lastReport = System.nanoTime();
			}
			Thread.sleep(POLL);
		}
		Search.mapping(entityManager.getEntityManagerFactory()).scope(Object.class).workspace().refresh();
	}

	private long pendingUpTo(Instant mark) {
		Long pending = jdbc.queryForObject(
				"select count(*) from hsearch_outbox_event where status = 'PENDING' and process_after <= ?", Long.class,
				Timestamp.from(mark));
		return pending == null ? 0 : pending;
	}

}
