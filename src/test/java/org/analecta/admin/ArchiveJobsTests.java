package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.report.Quote;
import org.analecta.report.Report;
import org.analecta.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Re-parse all and reindex as background jobs against the real archive and index:
 * progress kept in the database, one job at a time, a job left running by a restart
 * resumed where it stopped, and the admins' corrections applied again after the re-parse.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor", roles = "ADMIN")
class ArchiveJobsTests {

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	@Autowired
	ArchiveJobs jobs;

	@Autowired
	IngestService ingest;

	@Autowired
	AdminEdits edits;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EntityManager em;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void noJobRuns() throws InterruptedException {
		assertThat(jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
	}

	@Test
	void aReparseRunsInTheBackgroundAndTheDashboardShowsItsProgressAndOutcome() throws Exception {
		store("01-rouhani-nuclear-deal-2015.txt");
		mvc.perform(post("/admin/reparse").with(csrf()))
			.andExpect(flash().attribute("message", "Re-parsing all reports has started; its progress shows below."));
		assertThat(jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
		ArchiveJobs.Job job = jobs.current().orElseThrow();
		long count = reports.count();
		assertThat(job.state()).isEqualTo(ArchiveJobs.State.DONE);
		assertThat(job.done()).isEqualTo(count);
		assertThat(job.total()).isEqualTo(count);
		String page = mvc.perform(get("/admin")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"job-DONE\"", count + " of " + count + " done", "Started by editor");
	}

	@Test
	void oneJobAtATime() throws Exception {
		jdbc.update(
				"insert into admin_jobs (kind, state, requested_by, started_at) values ('REINDEX', 'RUNNING', 'x', now())");
		try {
			assertThat(jobs.start(ArchiveJobs.Kind.REPARSE)).isEmpty();
			mvc.perform(post("/admin/reindex").with(csrf()))
				.andExpect(flash().attribute("error", "Another job is running; start this one when it has ended."));
			String page = mvc.perform(get("/admin")).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("id=\"job-RUNNING\"", "data-refresh-seconds=\"3\"");
		}
		finally {
			jdbc.update("delete from admin_jobs where state = 'RUNNING'");
		}
	}

	@Test
	void aReparseThatARestartInterruptedResumesAfterTheLastReportItFinished() throws Exception {
		List<Long> ids = List.of(store("04-isil-shiite-militias-2015.txt").reportId(),
				store("06-hizbullah-war-2006.txt").reportId(), store("15-firuzabadi-hormuz-2012.txt").reportId());
		for (Long id : ids) {
			jdbc.update("update sections set heading = 'Tampered' where report_id = ?", id);
		}
		// As a crash leaves it: running, the first of the three done.
		jdbc.update("insert into admin_jobs (kind, state, total, done, last_report_id, requested_by, started_at)"
				+ " values ('REPARSE', 'RUNNING', 3, 1, ?, 'editor', now())", ids.get(0));

		jobs.resumeInterrupted();
		assertThat(jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();

		ArchiveJobs.Job job = jobs.current().orElseThrow();
		assertThat(job.state()).isEqualTo(ArchiveJobs.State.DONE);
		assertThat(job.done()).isEqualTo(job.total());
		assertThat(headings(ids.get(0))).contains("Tampered");
		assertThat(headings(ids.get(1))).doesNotContain("Tampered");
		assertThat(headings(ids.get(2))).doesNotContain("Tampered");
		ingest.reparse(ids.get(0));
	}

	@Test
	void correctionsSurviveAReparse() throws Exception {
		IngestResult stored = store("18-irgc-attack-israel-2024.txt");
		long quoteId = firstAttributedQuote(stored.reportId());
		edits.fixQuoteSpeaker(quoteId, "Ebrahim Testifier");
		edits.updateMetadata(stored.slug(), new AdminEdits.Metadata("A corrected title", LocalDate.of(2024, 4, 15),
				"Corrected Series", "77", null));

		jobs.start(ArchiveJobs.Kind.REPARSE).orElseThrow();
		assertThat(jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();

		tx.executeWithoutResult(s -> {
			Report report = reports.findById(stored.reportId()).orElseThrow();
			assertThat(report.getTitle()).isEqualTo("A corrected title");
			assertThat(report.getPublishedOn()).isEqualTo(LocalDate.of(2024, 4, 15));
			assertThat(report.getSeries().getName()).isEqualTo("Corrected Series");
			assertThat(report.getSeriesNumber()).isEqualTo("77");
			Quote quote = report.getQuotes()
				.stream()
				.filter(q -> q.getSpeaker() != null && q.getSpeaker().getCanonicalName().equals("Ebrahim Testifier"))
				.findFirst()
				.orElseThrow();
			assertThat(quote.isVerified()).isTrue();
		});
	}

	private List<String> headings(long reportId) {
		return jdbc.queryForList("select coalesce(heading, '') from sections where report_id = ?", String.class,
				reportId);
	}

	private long firstAttributedQuote(long reportId) {
		return jdbc.queryForObject("select min(id) from quotes where report_id = ? and speaker_id is not null",
				Long.class, reportId);
	}

	private IngestResult store(String fixture) throws Exception {
		IngestResult result = ingest.ingest(Files.readAllBytes(FIXTURES.resolve(fixture)), fixture, null);
		assertThat(result.stored()).as(result.error()).isTrue();
		return result;
	}

}
