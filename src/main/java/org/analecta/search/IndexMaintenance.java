package org.analecta.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Admin operations on the index: rebuild it from the database, and compare the two.
 */
@Service
public class IndexMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

	/**
	 * Above this many rows the check compares counts only (listing ids reads them all).
	 */
	static final int MAX_IDS_COMPARED = 200_000;
	static final int MAX_IDS_LISTED = 50;

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final ArchiveAnalysisConfigurer analysis;

	private final TransactionTemplate readOnly;

	private final InPlaceReindex inPlace;

	private final SearchSettings settings;

	private final IndexReading indexReading;

	private final Set<UnindexedLoad> unindexedLoads = ConcurrentHashMap.newKeySet();

	IndexMaintenance(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			ArchiveAnalysisConfigurer analysis, PlatformTransactionManager transactions, InPlaceReindex inPlace,
			SearchSettings settings, IndexReading indexReading) {
		this.settings = settings;
		this.indexReading = indexReading;
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.analysis = analysis;
		this.inPlace = inPlace;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** How a reindex went. */
	public record Reindexed(long reports, long quotes, Duration took) {
	}

	/** How far a rebuild got: entities handed to the index so far, of all. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (total, done) -> {
		};

		void update(long total, long done);

	}

	/**
	 * Rebuilds the index from the database while it keeps answering: every document is
	 * replaced where it stands, then those whose row is gone are removed (see
	 * {@link InPlaceReindex}). A search meanwhile never sees fewer documents than before;
	 * uploads made meanwhile are indexed as usual. Blocks until done, then merges the
	 * segments.
	 */
	public Reindexed reindex() throws InterruptedException {
		return reindex(Progress.NONE);
	}

	/** As {@link #reindex()}, telling {@code progress} how far it got. */
	public Reindexed reindex(Progress progress) throws InterruptedException {
		long start = System.nanoTime();
		var reports = new InPlaceReindex.IndexedType(Report.class, "Report");
		var quotes = new InPlaceReindex.IndexedType(Quote.class, "Quote");
		// Every quote embeds its report (title, date, series, countries), so Hibernate
		// Search re-indexes a report's quotes with the report; handing the quotes over as
		// well indexed each of them twice. Stale documents are looked for in both.
		inPlace.run(List.of(reports), List.of(reports, quotes), progress);
		mergeSegments();
		return finished("Reindexed", start);
	}

	/**
	 * Marks a load that stores reports without indexing them (the import command, which
	 * rebuilds the index when it ends) until the returned mark is closed. Meanwhile the
	 * index is knowingly behind the database, and the health check says so instead of
	 * comparing the two: listing every quote id of a growing archive every few seconds is
	 * work for nothing.
	 */
	public UnindexedLoad unindexedLoad() {
		UnindexedLoad load = new UnindexedLoad(Instant.now(), unindexedLoads);
		unindexedLoads.add(load);
		return load;
	}

	/**
	 * A load under way; closing it ends it, whatever other loads do. Compared by
	 * identity: two loads started in the same instant are two.
	 */
	public static final class UnindexedLoad implements AutoCloseable {

		private final Instant since;

		private final Set<UnindexedLoad> underWay;

		private UnindexedLoad(Instant since, Set<UnindexedLoad> underWay) {
			this.since = since;
			this.underWay = underWay;
		}

		Instant since() {
			return since;
		}

		@Override
		public void close() {
			underWay.remove(this);
		}

	}

	/** When the earliest unindexed load under way started; empty when there is none. */
	Optional<Instant> unindexedLoadSince() {
		return unindexedLoads.stream().map(UnindexedLoad::since).min(Instant::compareTo);
	}

	/**
	 * Empties the index and fills it from the database with Hibernate Search's mass
	 * indexer: faster than {@link #reindex()}, and the only way to drop damaged segments,
	 * but searches see a partial index until it ends. For a repair, while searches are
	 * refused ({@link IndexRepair}), and for the import command, whose process nothing
	 * else searches and which runs without the outbox processor (the in-place
	 * {@link #reindex()} would wait for a processor that never comes).
	 */
	public Reindexed rebuildFromEmpty() throws InterruptedException {
		long start = System.nanoTime();
		var indexer = Search.mapping(entityManagerFactory).scope(List.of(Report.class, Quote.class)).massIndexer();
		if (settings.backend() == SearchSettings.Backend.OPENSEARCH) {
			// A fresh index rather than a purge, which needs the _delete_by_query of
			// OpenSearch's reindex module (not in every distribution).
			indexer.dropAndCreateSchemaOnStart(true).purgeAllOnStart(false);
		}
		else {
			indexer.purgeAllOnStart(true);
		}
		indexer.threadsToLoadObjects(1).batchSizeToLoadObjects(50).mergeSegmentsOnFinish(true).startAndWait();
		return finished("Rebuilt from empty", start);
	}

	private Reindexed finished(String what, long start) {
		Consistency after = readOnly.execute(status -> check());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		log.info("{}: {} reports and {} quotes in the index after {} ms", what, after.reports().inIndex(),
				after.quotes().inIndex(), took.toMillis());
		return new Reindexed(after.reports().inIndex(), after.quotes().inIndex(), took);
	}

	/**
	 * Merges each index into a single segment, as the mass indexer does when it finishes.
	 * Worth it after a bulk load: uploads leave the index in dozens of segments, and
	 * every facet count (countries, series, speakers, outlets) first maps the values of
	 * all segments onto each other, on every search. Searches go on meanwhile; returns
	 * how long it took.
	 */
	public Duration mergeSegments() {
		long start = System.nanoTime();
		Search.mapping(entityManagerFactory).scope(List.of(Report.class, Quote.class)).workspace().mergeSegments();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		log.info("Merged the index segments in {} ms", took.toMillis());
		return took;
	}

	/**
	 * Counts in the database and in the index, and, when they differ, which ids (up to
	 * {@value #MAX_IDS_LISTED} each).
	 *
	 * @param synonymProblem why the admin's synonym file was not applied, or null
	 */
	public record Consistency(Counts reports, Counts quotes, String synonymProblem) {

		public boolean consistent() {
			return reports.consistent() && quotes.consistent();
		}

	}

	/**
	 * @param missing ids in the database but not in the index
	 * @param stale ids in the index whose row is gone
	 */
	public record Counts(long inDatabase, long inIndex, List<Long> missing, List<Long> stale) {

		public Counts {
			missing = List.copyOf(missing);
			stale = List.copyOf(stale);
		}

		public boolean consistent() {
			return inDatabase == inIndex && missing.isEmpty() && stale.isEmpty();
		}

	}

	/**
	 * What {@link #check} counts is unchanged while this is: the database's count of
	 * statements that added or removed reports or quotes (sequence
	 * {@code archive_changes}, moved by triggers, migration V11) and the generation of
	 * each type's index.
	 *
	 * @param databaseChanges the sequence's last value
	 */
	public record ChangeMarker(long databaseChanges, long reportIndex, long quoteIndex) {
	}

	/**
	 * The current {@link ChangeMarker}; empty when the index cannot tell its generation
	 * (OpenSearch), so that every check counts.
	 */
	@Transactional(readOnly = true)
	public Optional<ChangeMarker> changeMarker() {
		// The database first: a change committed while the index is read moves it, and
		// the next check counts.
		long database = ((Number) entityManager.createNativeQuery("select last_value from archive_changes")
			.getSingleResult()).longValue();
		SearchSession session = Search.session(entityManager);
		OptionalLong reports = indexReading.generation(session, Report.class);
		OptionalLong quotes = indexReading.generation(session, Quote.class);
		if (reports.isEmpty() || quotes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ChangeMarker(database, reports.getAsLong(), quotes.getAsLong()));
	}

	@Transactional(readOnly = true)
	public Consistency check() {
		SearchSession session = Search.session(entityManager);
		return new Consistency(compare(session, Report.class, "Report"), compare(session, Quote.class, "Quote"),
				analysis.synonyms().problem());
	}

	private Counts compare(SearchSession session, Class<?> type, String entity) {
		long inDatabase = entityManager.createQuery("select count(e) from " + entity + " e", Long.class)
			.getSingleResult();
		long inIndex = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
		// Ids are compared only when the counts differ: the health endpoint runs this
		// check, and
		// reading every id on each call would cost more than it tells (a missing and a
		// stale
		// document that cancel out are left to a reindex).
		if (inDatabase == inIndex || Math.max(inDatabase, inIndex) > MAX_IDS_COMPARED) {
			return new Counts(inDatabase, inIndex, List.of(), List.of());
		}
		Set<Long> database = new HashSet<>(
				entityManager.createQuery("select e.id from " + entity + " e", Long.class).getResultList());
		Set<Long> index = new HashSet<>(
				session.search(type).select(f -> f.id(Long.class)).where(f -> f.matchAll()).fetchAllHits());
		return new Counts(inDatabase, inIndex, firstMissing(database, index), firstMissing(index, database));
	}

	private static List<Long> firstMissing(Set<Long> from, Set<Long> in) {
		List<Long> missing = new ArrayList<>();
		for (Long id : from) {
			if (!in.contains(id)) {
				missing.add(id);
			}
		}
		missing.sort(null);
		return missing.size() > MAX_IDS_LISTED ? missing.subList(0, MAX_IDS_LISTED) : missing;
	}

}
