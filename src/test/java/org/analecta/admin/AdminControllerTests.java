package org.analecta.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;

import org.analecta.SearchIndexing;
import org.analecta.ingest.IngestResult;
import org.analecta.ingest.IngestService;
import org.analecta.report.Reports;
import org.analecta.report.Speakers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's buttons through the real controller, the real archive and the real index.
 * Each test stores the fixtures it changes, so the tests share one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor", roles = "ADMIN")
class AdminControllerTests {

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "reports");

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestService ingest;

	@Autowired
	Reports reports;

	@Autowired
	Speakers speakers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void theDashboardShowsFormsStatusAndTheLog() throws Exception {
		IngestResult stored = store("03-daesh-raqqa-2016.txt");
		mvc.perform(post("/admin/reports/" + stored.slug() + "/delete").with(csrf()))
			.andExpect(flash().attribute("message", "Deleted “" + stored.title() + "”."));
		SearchIndexing.awaitCaughtUp(jdbc, emf);
		String html = mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("enctype=\"multipart/form-data\"", "action=\"/admin/upload\"",
				"action=\"/admin/paste\"", "action=\"/admin/reindex\"", "action=\"/admin/speakers/merge\"",
				"action=\"/admin/speakers/alias\"", "action=\"/admin/reparse\"");
		assertThat(html).contains("Database and index agree.");
		assertThat(html).contains("editor", "delete report", stored.slug());
		// Every form that writes carries the CSRF token.
		assertThat(html.split("method=\"post\"", -1).length - 1).isEqualTo(html.split("name=\"_csrf\"", -1).length - 1)
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void mergingReportsTheOutcomeOrTheProblem() throws Exception {
		store("07-saddam-inspectors-1998.txt");
		String slug = speakers.findAll().stream().map(s -> s.getSlug()).sorted().findFirst().orElseThrow();
		mvc.perform(post("/admin/speakers/merge").param("source", slug).param("target", slug).with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("error", "Choose two different speakers."));
		mvc.perform(post("/admin/speakers/merge").param("source", "nobody-at-all").param("target", slug).with(csrf()))
			.andExpect(flash().attribute("error", "There is no speaker 'nobody-at-all'."));
	}

	@Test
	void aBadDateIsRefusedWithAMessageAndNothingSaved() throws Exception {
		IngestResult stored = store("08-axis-of-evil-reactions-2002.txt");
		mvc.perform(post("/admin/reports/" + stored.slug() + "/edit").param("title", "T")
			.param("publishedOn", "20/06/2014")
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/reports/" + stored.slug() + "/edit"))
			.andExpect(flash().attribute("error", "The date must look like 2014-06-20."));
		assertThat(reports.findBySlug(stored.slug()).orElseThrow().getTitle()).isEqualTo(stored.title());
	}

	@Test
	void addingAnAliasReportsTheOutcomeOrTheProblem() throws Exception {
		store("02-rowhani-inauguration-2013.txt");
		var speaker = speakers.findAll().getFirst();
		mvc.perform(post("/admin/speakers/alias").param("speaker", speaker.getSlug())
			.param("alias", " Zzyzx Qwerty ")
			.with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(
					flash().attribute("message", "“Zzyzx Qwerty” now also names " + speaker.getCanonicalName() + "."));
		mvc.perform(post("/admin/speakers/alias").param("speaker", "nobody-at-all").param("alias", "X").with(csrf()))
			.andExpect(flash().attribute("error", "There is no speaker 'nobody-at-all'."));
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsCannotReparseOrAddAliases() throws Exception {
		mvc.perform(post("/admin/reparse").with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(
				post("/admin/speakers/alias").param("speaker", "hassan-rohani").param("alias", "Rowhani").with(csrf()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void withoutTheCsrfTokenNothingIsReparsed() throws Exception {
		mvc.perform(post("/admin/reparse")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/speakers/alias").param("speaker", "a").param("alias", "b"))
			.andExpect(status().isForbidden());
	}

	private IngestResult store(String fixture) throws Exception {
		IngestResult result = ingest.ingest(Files.readAllBytes(FIXTURES.resolve(fixture)), fixture, null);
		assertThat(result.stored()).as(result.error()).isTrue();
		return result;
	}

}
