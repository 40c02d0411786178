package org.analecta.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.search.IndexMaintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Re-parse all and reindex as background jobs, one at a time. A job's state is its row in
 * {@code admin_jobs}, written after every report, so the admin page shows the progress
 * after a reload, and a job a stop or crash left running is taken up again at the next
 * start: a re-parse after the last report it finished (each report is re-parsed in its
 * own transaction, so nothing done is lost or done twice), a reindex from the start (the
 * database is its source). Finishing lines go to the admin log under the name of the
 * admin who started the job.
 */
@Component
@Order(3)
class ArchiveJobs implements ApplicationRunner, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveJobs.class);

	enum Kind {

		REPARSE, REINDEX

	}

	enum State {

		RUNNING, DONE, FAILED

	}

	/** A job as the admin page shows it. */
	record Job(long id, Kind kind, State state, int total, int done, int failed, String message, String requestedBy,
			Instant startedAt, Instant finishedAt) {

		public boolean running() {
			return state == State.RUNNING;
		}

		public int percent() {
			return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) Math.min(100, 100L * done / total);
		}

		/** Estimated from the pace so far; null before the first report is done. */
		Duration timeLeft(Instant now) {
			if (!running() || done == 0 || total <= done) {
				return null;
			}
			Duration elapsed = Duration.between(startedAt, now);
			return elapsed.multipliedBy(total - done).dividedBy(done);
		}

	}

	private final JdbcClient jdbc;

	private final IngestService ingest;

	private final IndexMaintenance maintenance;

	private final AdminLog log;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "archive-jobs");
		thread.setDaemon(true);
		return thread;
	});

	ArchiveJobs(JdbcClient jdbc, IngestService ingest, IndexMaintenance maintenance, AdminLog log) {
		this.jdbc = jdbc;
		this.ingest = ingest;
		this.maintenance = maintenance;
		this.log = log;
		this.clock = Clock.systemUTC();
	}

	/** Takes up a job a stop or crash left running. */
	@Override
	public void run(ApplicationArguments args) {
		resumeInterrupted();
	}

	void resumeInterrupted() {
		current().filter(Job::running).ifPresent(job -> {
			logger.info("Resuming {} job {} after a restart ({} of {} done)", job.kind(), job.id(), job.done(),
					job.total());
			executor.submit(() -> execute(job.id(), job.kind()));
		});
	}

	/** Starts a job; empty when one is running already. */
	Optional<Job> start(Kind kind) {
		long id;
		try {
			id = jdbc
				.sql("insert into admin_jobs (kind, state, requested_by, started_at) values (?, 'RUNNING', ?, ?)"
						+ " returning id")
				.params(kind.name(), actor(), Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			return Optional.empty();
		}
		log.record(kind == Kind.REPARSE ? "reparse" : "reindex", "all", "started");
		executor.submit(() -> execute(id, kind));
		return find(id);
	}

	/** The running job, else the latest one. */
	Optional<Job> current() {
		return jdbc.sql(SELECT + " order by (state = 'RUNNING') desc, id desc limit 1")
			.query(ArchiveJobs::job)
			.optional();
	}

	Optional<Job> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(ArchiveJobs::job).optional();
	}

	/** Waits until no job runs (tests, shutdown); false on timeout. */
	boolean awaitIdle(Duration timeout) throws InterruptedException {
		Instant until = clock.instant().plus(timeout);
		while (current().filter(Job::running).isPresent()) {
			if (clock.instant().isAfter(until)) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

	private void execute(long id, Kind kind) {
		try {
			String summary = kind == Kind.REPARSE ? reparse(id) : reindex(id);
			if (summary == null) {
				return; // interrupted by a stop: left running, resumed at the next start
			}
			finish(id, State.DONE, summary);
			log.record(find(id).map(Job::requestedBy).orElse("system"), kind == Kind.REPARSE ? "reparse" : "reindex",
					"all", summary);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			logger.error("{} job {} failed", kind, id, e);
			finish(id, State.FAILED, "Failed: " + e.getMessage());
		}
	}

	/**
	 * @return the summary, or null when interrupted
	 */
	private String reparse(long id) {
		Long after = jdbc.sql("select last_report_id from admin_jobs where id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.orElse(null);
		List<Long> ids = jdbc.sql("select id from reports where id > ? order by id")
			.param(after == null ? 0L : after)
			.query(Long.class)
			.list();
		jdbc.sql("update admin_jobs set total = done + ? where id = ?").params(ids.size(), id).update();
		for (Long reportId : ids) {
			if (Thread.currentThread().isInterrupted()) {
				return null;
			}
			boolean failed;
			try {
				failed = ingest.reparse(reportId).outcome() == IngestResult.Outcome.REJECTED;
			}
			catch (IllegalArgumentException e) {
				failed = false; // deleted meanwhile: nothing to re-parse
			}
			catch (RuntimeException e) {
				logger.warn("Re-parsing report {} failed", reportId, e);
				failed = true;
			}
			jdbc.sql("update admin_jobs set done = done + 1, failed = failed + ?, last_report_id = ? where id = ?")
				.params(failed ? 1 : 0, reportId, id)
				.update();
		}
		Job job = find(id).orElseThrow();
		return "Re-parsed " + Counts.of(job.done() - job.failed(), "report", "reports")
				+ (job.failed() == 0 ? "." : "; " + Counts.of(job.failed(), "report was", "reports were")
						+ " left as they were (the parser refuses their originals now).");
	}

	private String reindex(long id) throws InterruptedException {
		IndexMaintenance.Reindexed done = maintenance.reindex((total, indexed) -> progress(id, total, indexed));
		return "The search index was rebuilt: " + Counts.of(done.reports(), "report", "reports") + " and "
				+ Counts.of(done.quotes(), "quote", "quotes") + " in " + done.took().toSeconds() + " s.";
	}

	private void progress(long id, long total, long done) {
		jdbc.sql("update admin_jobs set total = ?, done = ? where id = ?")
			.params((int) Math.min(Integer.MAX_VALUE, total), (int) Math.min(Integer.MAX_VALUE, done), id)
			.update();
	}

	private void finish(long id, State state, String message) {
		jdbc.sql("update admin_jobs set state = ?, message = ?, finished_at = ? where id = ?")
			.params(state.name(), message, Timestamp.from(clock.instant()), id)
			.update();
	}

	/**
	 * On stop: the running job is interrupted and stays "running", to be resumed at the
	 * next start.
	 */
	@Override
	public void destroy() throws InterruptedException {
		executor.shutdownNow();
		executor.awaitTermination(30, TimeUnit.SECONDS);
	}

	private static final String SELECT = "select id, kind, state, total, done, failed, message, requested_by, started_at,"
			+ " finished_at from admin_jobs";

	private static Job job(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Job(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), State.valueOf(rs.getString("state")),
				rs.getInt("total"), rs.getInt("done"), rs.getInt("failed"), rs.getString("message"),
				rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}
