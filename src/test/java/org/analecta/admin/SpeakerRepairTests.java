package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Split, delete and set the kind of a speaker through the real controller and archive:
 * the quotations go where the admin says, a deleted speaker's quotations are unattributed
 * and in the review queue, and every repair is logged.
 */
@SpringBootTest(properties = "analecta.review.confidence-threshold=0.5")
@AutoConfigureMockMvc
@WithMockUser(username = "editor", roles = "ADMIN")
class SpeakerRepairTests {

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

	@Test
	void splitThenDeleteTheBogusHalfThenSetTheKind() throws Exception {
		IngestResult stored = ingest.ingest(Files.readAllBytes(FIXTURES.resolve("21-aqap-yemen-2010.txt")), "aqap.txt",
				null);
		List<Long> quoteIds = jdbc.queryForList(
				"select id from quotes where report_id = ? and speaker_id is not null order by number", Long.class,
				stored.reportId());
		assertThat(quoteIds).isNotEmpty();
		long moved = quoteIds.getFirst();
		String slug = jdbc.queryForObject(
				"select s.slug from quotes q join speakers s on s.id = q.speaker_id where q.id = ?", String.class,
				moved);
		String page = mvc.perform(get("/admin/speakers/" + slug)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"q-" + moved + "\"");

		mvc.perform(post("/admin/speakers/" + slug + "/split").param("ids", String.valueOf(moved))
			.param("speaker", "Bogus Split Person")
			.with(csrf())).andExpect(flash().attribute("message", "1 quotation moved to Bogus Split Person."));
		assertThat(speakerOf(moved)).isEqualTo("bogus-split-person");
		assertThat(log.latest(1).getFirst().action()).isEqualTo("split speaker");

		mvc.perform(post("/admin/speakers/bogus-split-person/delete").with(csrf()))
			.andExpect(flash().attribute("message",
					"Deleted the speaker; 1 quotation now unattributed, in the review queue."));
		assertThat(speakerOf(moved)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from speakers where slug = 'bogus-split-person'", Long.class))
			.isZero();
		assertThat(inQueue(moved)).isTrue();
		// A re-parse keeps the quotation unattributed (the parser would name the
		// split-off speaker again).
		int number = jdbc.queryForObject("select number from quotes where id = ?", Integer.class, moved);
		ingest.reparse(stored.reportId());
		assertThat(jdbc.queryForObject("select speaker_id from quotes where report_id = ? and number = ?", Long.class,
				stored.reportId(), number))
			.isNull();

		mvc.perform(post("/admin/speakers/" + slug + "/kind").param("kind", "INSTITUTION").with(csrf()))
			.andExpect(flash().attribute("message", "Saved."));
		assertThat(jdbc.queryForObject("select kind from speakers where slug = ?", String.class, slug))
			.isEqualTo("INSTITUTION");
	}

	@Test
	void anUnknownSpeakerIsSaidSo() throws Exception {
		mvc.perform(get("/admin/speaker").param("slug", "nobody-at-all"))
			.andExpect(redirectedUrl("/admin/speakers/nobody-at-all"));
		mvc.perform(get("/admin/speakers/nobody-at-all"))
			.andExpect(flash().attribute("error", "There is no speaker 'nobody-at-all'."));
	}

	private boolean inQueue(long quoteId) {
		for (int p = 1; p <= queue.page(1).pages(); p++) {
			if (queue.page(p).items().stream().anyMatch(i -> i.id() == quoteId)) {
				return true;
			}
		}
		return false;
	}

	private String speakerOf(long quoteId) {
		return jdbc.queryForObject(
				"select s.slug from quotes q left join speakers s on s.id = q.speaker_id where q.id = ?", String.class,
				quoteId);
	}

}
