package org.analecta.speakers;

import java.util.List;

import org.analecta.search.QuoteSearch;
import org.analecta.search.SpeakerSuggestion;
import org.analecta.system.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SpeakerSuggestController.class)
@Import(WebSecurity.class)
class SpeakerSuggestControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	QuoteSearch quotes;

	@Test
	void suggestsSpeakersAsJson() throws Exception {
		given(quotes.suggestSpeakers("Rouh", 10))
			.willReturn(List.of(new SpeakerSuggestion("Hassan Rohani", "hassan-rohani", 5)));
		mvc.perform(get("/api/speakers/suggest?q=Rouh"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Hassan Rohani"))
			.andExpect(jsonPath("$[0].slug").value("hassan-rohani"))
			.andExpect(jsonPath("$[0].quotes").value(5));
	}

	@Test
	void aSingleLetterSuggestsNothing() throws Exception {
		mvc.perform(get("/api/speakers/suggest?q=R")).andExpect(content().json("[]"));
		verifyNoInteractions(quotes);
	}

}
