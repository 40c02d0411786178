package org.analecta.search;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.analecta.system.HealthSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares the database and the index in the background, every check interval, and keeps
 * the verdict that the "searchIndex" health component reports (so a probe never waits for
 * a count).
 *
 * <p>
 * The outbox makes the index trail the database by design: a commit, then the processor's
 * index write, then a reader refresh. A single comparison can fall between those steps
 * and see a difference with nothing pending. So a difference makes the node unready only
 * once it has been seen in every check over the whole grace period with no indexing
 * pending in any of them; while events are pending the index is catching up, which is
 * healthy.
 */
@Component
class IndexAgreementMonitor extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(IndexAgreementMonitor.class);

	/** A grace period must span at least this many checks. */
	static final int MIN_CHECKS_DISAGREEING = 3;

	private final IndexMaintenance maintenance;

	private final JdbcTemplate jdbc;

	private final HealthSettings settings;

	private final IndexRepair repair;

	private volatile Observation latest;

	private volatile Instant checkStarted;

	private Instant disagreeingSince;

	private int checksDisagreeing;

	/**
	 * What had not changed when the last count found the database and the index in
	 * agreement, and when that count was; null after a count that found them apart.
	 */
	private IndexMaintenance.ChangeMarker agreedAt;

	private Instant agreedCountedAt;

	record Observation(Health health, Instant at) {
	}

	IndexAgreementMonitor(IndexMaintenance maintenance, JdbcTemplate jdbc, HealthSettings settings,
			IndexRepair repair) {
		super("index-health", settings.checkInterval());
		this.maintenance = maintenance;
		this.jdbc = jdbc;
		this.settings = settings;
		this.repair = repair;
	}

	/**
	 * The latest verdict; DOWN when the check in progress has had no answer for too long.
	 */
	Health health() {
		Instant started = checkStarted;
		Duration limit = settings.checkInterval().plus(settings.timeout());
		if (started != null && Duration.between(started, Instant.now()).compareTo(limit) > 0) {
			return Health.down().withDetail("error", "the index check has had no answer since " + started).build();
		}
		Observation seen = latest;
		return seen == null ? Health.up().withDetail("note", "the first check is under way").build() : seen.health();
	}

	@Override
	void runOnce() {
		checkNow();
	}

	/** One comparison; runs on the monitor's thread (and directly in tests). */
	synchronized void checkNow() {
		checkStarted = Instant.now();
		try {
			latest = new Observation(underRepair().or(this::duringUnindexedLoad).orElseGet(this::verdict),
					Instant.now());
		}
		catch (RuntimeException ex) {
			agreedAt = null;
			disagreeingSince = null;
			checksDisagreeing = 0;
			Health health = repair.diagnose(ex) ? underRepair().orElseThrow() : Health.down(ex).build();
			latest = new Observation(health, Instant.now());
		}
		finally {
			checkStarted = null;
		}
	}

	/**
	 * While the index is being rebuilt, a count says nothing of it: no earlier agreement
	 * or disagreement carries over to the checks after.
	 */
	private void forgetVerdict() {
		agreedAt = null;
		disagreeingSince = null;
		checksDisagreeing = 0;
	}

	/**
	 * During a repair the node stays ready: it serves every page that needs only the
	 * database, and its searches say that they are being repaired.
	 */
	private Optional<Health> underRepair() {
		Optional<IndexRepair.Repair> underWay = repair.underWay();
		if (underWay.isEmpty()) {
			return Optional.empty();
		}
		forgetVerdict();
		IndexRepair.Repair r = underWay.get();
		return Optional.of(Health.up()
			.withDetail("repair", r.reason())
			.withDetail("repairingSince", r.since().toString())
			.build());
	}

	/**
	 * While an import stores reports with indexing paused, the index is behind by design
	 * until the import rebuilds it: nothing to count.
	 */
	private Optional<Health> duringUnindexedLoad() {
		Optional<Instant> since = maintenance.unindexedLoadSince();
		if (since.isEmpty()) {
			return Optional.empty();
		}
		forgetVerdict();
		return Optional.of(Health.up()
			.withDetail("import",
					"reports are being stored with indexing paused; the index is rebuilt when the import ends")
			.withDetail("importingSince", since.get().toString())
			.build());
	}

	/**
	 * The last agreeing verdict while nothing it counted has changed since (and it is
	 * younger than the recount interval); else a new count. Counting the quotes reads
	 * their whole table: 50 ms of the database's time at 10,000 reports, growing with the
	 * archive, on every check.
	 */
	private Health verdict() {
		// Read before the count, so that a change during the count shows next time.
		IndexMaintenance.ChangeMarker marker = maintenance.changeMarker().orElse(null);
		Observation seen = latest;
		Instant now = Instant.now();
		if (marker != null && marker.equals(agreedAt) && seen != null
				&& Duration.between(agreedCountedAt, now).compareTo(settings.recountInterval()) < 0) {
			return seen.health();
		}
		IndexMaintenance.Consistency check = maintenance.check();
		agreedAt = check.consistent() ? marker : null;
		agreedCountedAt = now;
		return judge(check, now);
	}

	private Health judge(IndexMaintenance.Consistency check, Instant countedAt) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("countedAt", countedAt.toString());
		details.put("reports", counts(check.reports()));
		details.put("quotes", counts(check.quotes()));
		if (check.synonymProblem() != null) {
			details.put("synonyms", check.synonymProblem());
		}
		if (check.consistent()) {
			disagreeingSince = null;
			checksDisagreeing = 0;
			return Health.up().withDetails(details).build();
		}
		long pending = pendingEvents();
		details.put("pendingIndexingEvents", pending);
		if (pending > 0) {
			disagreeingSince = null;
			checksDisagreeing = 0;
			details.put("note", "the index is catching up with recent changes");
			return Health.up().withDetails(details).build();
		}
		Instant now = Instant.now();
		if (disagreeingSince == null) {
			disagreeingSince = now;
		}
		checksDisagreeing++;
		details.put("differentSince", disagreeingSince.toString());
		boolean lasting = checksDisagreeing >= MIN_CHECKS_DISAGREEING
				&& Duration.between(disagreeingSince, now).compareTo(settings.disagreementGrace()) >= 0;
		if (!lasting) {
			details.put("note", "a difference with nothing pending; the node stays ready unless it lasts "
					+ settings.disagreementGrace().toSeconds() + " s");
			return Health.up().withDetails(details).build();
		}
		if (checksDisagreeing == MIN_CHECKS_DISAGREEING || checksDisagreeing % 100 == 0) {
			log.warn("The search index has differed from the database since {}: run a reindex", disagreeingSince);
		}
		details.put("action", "the index differs from the database: run a reindex");
		return Health.outOfService().withDetails(details).build();
	}

	private long pendingEvents() {
		Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'",
				Long.class);
		return count == null ? 0 : count;
	}

	private static Map<String, Object> counts(IndexMaintenance.Counts counts) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("database", counts.inDatabase());
		map.put("index", counts.inIndex());
		if (!counts.missing().isEmpty()) {
			map.put("missingFromIndex", counts.missing());
		}
		if (!counts.stale().isEmpty()) {
			map.put("staleInIndex", counts.stale());
		}
		return map;
	}

}
