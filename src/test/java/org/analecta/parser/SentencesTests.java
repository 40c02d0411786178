package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTests {

	/** The paragraph with its quotations masked, as the attribution reads it. */
	private static String masked(String paragraph) {
		List<String> texts = List.of(paragraph);
		return QuoteScanner.mask(texts, QuoteScanner.scan(texts)).get(0);
	}

	@Test
	void aNoteMarkerLeftAfterAQuotationsFullStopEndsTheSentence() {
		String text = masked("Varro admitted that the closure caught him by surprise. \"I thought that a closure was "
				+ "not feasible.\"[1] In an article, his deputy Ada Lind wrote:");
		assertThat(Sentences.starts(text)).containsExactly(0, text.indexOf('"'), text.indexOf("In an article"));
	}

	@Test
	void aNoteMarkerGluedToTheNextSentenceEndsTheOneBefore() {
		String text = masked("An editorial by Quint Varro appeared in the October 8 issue. [1]The following are "
				+ "excerpts from the editorial:");
		assertThat(Sentences.starts(text)).containsExactly(0, text.indexOf("The following"));
	}

	@Test
	void aBracketedWordAfterAFullStopIsNoMarker() {
		String text = "The closure was announced.[sic] the board said nothing more.";
		assertThat(Sentences.starts(text)).containsExactly(0);
	}

}
