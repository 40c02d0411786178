package org.analecta.speakers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.analecta.browse.ReportSummary;
import org.analecta.system.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SpeakerController.class)
@Import(WebSecurity.class)
class SpeakerControllerTests {

	private static final ReportSummary SEED = new ReportSummary("iran-dilemma", "Iran's Dilemma",
			LocalDate.of(2014, 6, 20), "Inquiry & Analysis Series", "1099");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SpeakerPages pages;

	@Test
	void theIndexGroupsSpeakersByLetterAndFiltersWithoutScript() throws Exception {
		given(pages.index())
			.willReturn(List.of(new SpeakerPages.SpeakerCount("hassan-rohani", "Hassan Rohani", "PERSON", 5),
					new SpeakerPages.SpeakerCount("ali-khamenei", "Ali Khamenei", "PERSON", 3),
					new SpeakerPages.SpeakerCount("al-ahram", "Al-Ahram", "OUTLET", 1)));
		String all = mvc.perform(get("/speakers"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("id=\"letter-A\"", "id=\"letter-H\"", "href=\"/speakers/hassan-rohani\"", "5 quotes",
				"1 quote<");
		String filtered = mvc.perform(get("/speakers?q=rohani")).andReturn().getResponse().getContentAsString();
		assertThat(filtered).contains("Hassan Rohani").doesNotContain("Ali Khamenei");
	}

	@Test
	void aSpeakerPageShowsSpellingsRolesQuotesTimelineAndReports() throws Exception {
		given(pages.profile("hassan-rohani")).willReturn(Optional.of(new SpeakerPages.Profile("hassan-rohani",
				"Hassan Rohani", "PERSON", List.of("Rouhani", "Rowhani"), List.of("Iranian President"),
				List.of(new SpeakerPages.QuoteItem("said-1", "q4", "we may consider it.", "Iranian President",
						LocalDate.of(2014, 6, 14), "Fars", SEED, List.of(), true),
						new SpeakerPages.QuoteItem("said-2", "q9", "Iran will confront terrorists.",
								"Iranian President", LocalDate.of(2014, 6, 16), null, SEED, List.of(), false)),
				List.of(SEED))));
		String html = mvc.perform(get("/speakers/hassan-rohani"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<h1>Hassan Rohani</h1>", "Rouhani, Rowhani", "Iranian President",
				"we may consider it.", "via Fars", "href=\"/reports/iran-dilemma#q4\"",
				"class=\"chart chart-timeline\"", "href=\"#said-1\"", "id=\"said-1\"", ">2<",
				"Quotations per month, 2014: 2 quotations");
		// Only the quotation an admin checked says so.
		assertThat(html).containsOnlyOnce("attribution verified");
		// What they said about a word: the list and the timeline keep only the quotations
		// with it.
		String about = mvc.perform(get("/speakers/hassan-rohani?about=terrorists"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(about).contains("Iran will confront terrorists.", "1 quote about “terrorists”")
			.doesNotContain("we may consider it.");
	}

	@Test
	void anUnknownSpeakerIsNotFound() throws Exception {
		given(pages.profile("nobody")).willReturn(Optional.empty());
		mvc.perform(get("/speakers/nobody")).andExpect(status().isNotFound());
	}

}
