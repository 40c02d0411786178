package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * The attribution review queue against the real archive: what it lists, and that each
 * decision (confirm, reattribute, not a quotation; one row or the ticked ones) is stored,
 * logged, kept over a re-parse and leaves the queue.
 */
@SpringBootTest(properties = "analecta.review.confidence-threshold=0.99")
@AutoConfigureMockMvc
@WithMockUser(username = "editor", roles = "ADMIN")
class ReviewQueueTests {

	private static final Path SEED = Path.of("data", "reports", "000_4c35f079a3e03125.txt");

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestService ingest;

	@Autowired
	ReviewQueue queue;

	@Autowired
	AdminLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void decisionsLeaveTheQueueAreLoggedAndSurviveAReparse() throws Exception {
		IngestResult stored = ingest.ingest(Files.readAllBytes(SEED), "seed.txt", null);
		List<ReviewQueue.Item> before = itemsOf(stored.slug());
		assertThat(before).hasSizeGreaterThanOrEqualTo(3);
		ReviewQueue.Item first = before.getFirst();
		String page = mvc.perform(get("/admin/review?page=" + pageOf(first.id())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"row-" + first.id() + "\"", "quotations to check");

		mvc.perform(post("/admin/review").param("one", "confirm:" + first.id()).with(csrf()))
			.andExpect(flash().attribute("message", "1 quotation decided."));
		assertThat(verified(first.id())).isTrue();
		assertThat(itemsOf(stored.slug())).extracting(ReviewQueue.Item::id).doesNotContain(first.id());
		assertThat(log.latest(1).getFirst().action()).isEqualTo("confirm quote");

		ReviewQueue.Item second = itemsOf(stored.slug()).getFirst();
		mvc.perform(post("/admin/review").param("one", "reattribute:" + second.id())
			.param("speaker-" + second.id(), "Reviewer Chosen Speaker")
			.with(csrf())).andExpect(flash().attribute("message", "1 quotation decided."));
		assertThat(speakerOf(second.id())).isEqualTo("Reviewer Chosen Speaker");

		ReviewQueue.Item third = itemsOf(stored.slug()).getFirst();
		mvc.perform(post("/admin/review").param("one", "not-quotation:" + third.id()).with(csrf()));
		assertThat(jdbc.queryForObject("select kind from quotes where id = ?", String.class, third.id()))
			.isEqualTo(QuoteKind.TERM.name());
		assertThat(log.latest(1).getFirst().action()).isEqualTo("not a quotation");

		ingest.reparse(stored.reportId());
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		assertThat(jdbc.queryForObject(
				"select count(*) from quotes q join speakers s on s.id = q.speaker_id"
						+ " where q.report_id = ? and s.canonical_name = 'Reviewer Chosen Speaker' and q.verified",
				Long.class, stored.reportId()))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from quotes where report_id = ? and verified", Long.class,
				stored.reportId()))
			.isEqualTo(3);
	}

	@Test
	void severalAtOnce() throws Exception {
		store("20-hts-damascus-2026.txt");
		var items = queue.page(1).items();
		assertThat(items.size()).isGreaterThanOrEqualTo(2);
		long total = queue.page(1).total();
		mvc.perform(post("/admin/review").param("action", "confirm")
			.param("ids", String.valueOf(items.get(0).id()), String.valueOf(items.get(1).id()))
			.with(csrf())).andExpect(flash().attribute("message", "2 quotations decided."));
		assertThat(queue.page(1).total()).isEqualTo(total - 2);
		mvc.perform(post("/admin/review").param("action", "confirm").with(csrf()))
			.andExpect(flash().attribute("error", "Tick the quotations to decide on first."));
	}

	/** The queue's items of one report, over all pages. */
	private List<ReviewQueue.Item> itemsOf(String slug) {
		List<ReviewQueue.Item> items = new ArrayList<>();
		ReviewQueue.Page page = queue.page(1);
		for (int p = 1; p <= page.pages(); p++) {
			queue.page(p).items().stream().filter(i -> i.reportSlug().equals(slug)).forEach(items::add);
		}
		return items;
	}

	private int pageOf(long quoteId) {
		for (int p = 1; p <= queue.page(1).pages(); p++) {
			if (queue.page(p).items().stream().anyMatch(i -> i.id() == quoteId)) {
				return p;
			}
		}
		throw new AssertionError("quote " + quoteId + " is not in the queue");
	}

	private boolean verified(long quoteId) {
		return jdbc.queryForObject("select verified from quotes where id = ?", Boolean.class, quoteId);
	}

	private String speakerOf(long quoteId) {
		return jdbc.queryForObject(
				"select s.canonical_name from quotes q join speakers s on s.id = q.speaker_id" + " where q.id = ?",
				String.class, quoteId);
	}

	private IngestResult store(String fixture) throws Exception {
		IngestResult result = ingest.ingest(Files.readAllBytes(FIXTURES.resolve(fixture)), fixture, null);
		assertThat(result.stored()).as(result.error()).isTrue();
		return result;
	}

}
