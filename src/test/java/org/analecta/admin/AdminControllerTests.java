package org.analecta.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.analecta.browse.ReportListing;
import org.analecta.system.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AdminController.class)
@Import(WebSecurity.class)
@WithMockUser(username = "editor", roles = "ADMIN")
class AdminControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReportListing listing;

	@MockitoBean
	AdminEdits edits;

	@MockitoBean
	AdminLog log;

	@MockitoBean
	IndexAdmin index;

	@Test
	void theDashboardShowsFormsStatusAndTheLog() throws Exception {
		given(index.status()).willReturn(Optional.of(new IndexAdmin.Status(false, "Database: 3 reports; index: 2 reports.")));
		given(log.latest(50)).willReturn(List.of(new AdminLog.Entry(Instant.parse("2026-01-02T10:15:00Z"), "editor",
				"delete report", "iran-dilemma", "Iran's Dilemma")));
		String html = mvc.perform(get("/admin")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("enctype=\"multipart/form-data\"", "action=\"/admin/upload\"", "action=\"/admin/paste\"",
				"action=\"/admin/reindex\"", "action=\"/admin/speakers/merge\"");
		assertThat(html).contains("Database and index differ", "Database: 3 reports; index: 2 reports.");
		assertThat(html).contains("2026-01-02 10:15", "editor", "delete report", "iran-dilemma");
		// Every form that writes carries the CSRF token.
		assertThat(html.split("method=\"post\"", -1).length - 1).isEqualTo(html.split("name=\"_csrf\"", -1).length - 1)
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void mergingReportsTheOutcomeOrTheProblem() throws Exception {
		given(edits.mergeSpeakers("rouhani", "hassan-rohani")).willReturn(3);
		mvc.perform(post("/admin/speakers/merge").param("source", "rouhani").param("target", "hassan-rohani").with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("message", "Merged: 3 quote(s) moved to hassan-rohani."));
		given(edits.mergeSpeakers("a", "a")).willThrow(new IllegalArgumentException("Choose two different speakers."));
		mvc.perform(post("/admin/speakers/merge").param("source", "a").param("target", "a").with(csrf()))
			.andExpect(flash().attribute("error", "Choose two different speakers."));
	}

	@Test
	void aBadDateIsRefusedWithAMessageAndNothingSaved() throws Exception {
		mvc.perform(post("/admin/reports/x/edit").param("title", "T").param("publishedOn", "20/06/2014").with(csrf()))
			.andExpect(redirectedUrl("/admin/reports/x/edit"))
			.andExpect(flash().attribute("error", "The date must look like 2014-06-20."));
		org.mockito.Mockito.verifyNoInteractions(edits);
	}

	@Test
	void deleteAndReindexGoThroughTheArchive() throws Exception {
		given(index.delete("x")).willReturn("Old report");
		mvc.perform(post("/admin/reports/x/delete").with(csrf())).andExpect(flash().attribute("message", "Deleted “Old report”."));
		verify(index).delete("x");
		given(index.reindex()).willReturn("The search index was rebuilt.");
		mvc.perform(post("/admin/reindex").with(csrf())).andExpect(flash().attribute("message", "The search index was rebuilt."));
	}

	@Test
	void reparsingAllReportsGoesThroughTheArchive() throws Exception {
		given(index.reparseAll()).willReturn("Re-parsed 3 report(s).");
		mvc.perform(post("/admin/reparse").with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("message", "Re-parsed 3 report(s)."));
		verify(index).reparseAll();
	}

	@Test
	void addingAnAliasReportsTheOutcomeOrTheProblem() throws Exception {
		given(edits.addSpeakerAlias("hassan-rohani", " Rowhani ")).willReturn("Hassan Rohani");
		mvc.perform(post("/admin/speakers/alias").param("speaker", "hassan-rohani").param("alias", " Rowhani ").with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("message", "“Rowhani” now also names Hassan Rohani."));
		given(edits.addSpeakerAlias("ali-shamkhani", "Hossein Salami"))
			.willThrow(new IllegalArgumentException("\"Hossein Salami\" already names Hossein Salami; merge the two speakers instead"));
		mvc.perform(post("/admin/speakers/alias").param("speaker", "ali-shamkhani").param("alias", "Hossein Salami").with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("error", "\"Hossein Salami\" already names Hossein Salami; merge the two speakers instead"));
	}

	@Test
	void theDashboardOffersTheAliasAndReparseForms() throws Exception {
		String html = mvc.perform(get("/admin")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("action=\"/admin/speakers/alias\"", "name=\"alias\"", "action=\"/admin/reparse\"",
				"Re-parse all reports", "Add a speaker alias");
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsCannotReparseOrAddAliases() throws Exception {
		mvc.perform(post("/admin/reparse").with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(post("/admin/speakers/alias").param("speaker", "hassan-rohani").param("alias", "Rowhani").with(csrf()))
			.andExpect(status().isUnauthorized());
		org.mockito.Mockito.verifyNoInteractions(edits, index);
	}

	@Test
	void withoutTheCsrfTokenNothingIsReparsed() throws Exception {
		mvc.perform(post("/admin/reparse")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/speakers/alias").param("speaker", "a").param("alias", "b")).andExpect(status().isForbidden());
		org.mockito.Mockito.verifyNoInteractions(edits, index);
	}

}
