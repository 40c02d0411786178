package org.analecta.parser;

import static org.analecta.parser.QuoteAttributorTests.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.junit.jupiter.api.Test;

/** Quotations in single curly marks, as British usage writes them. */
class SingleMarksTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(section(0, null, paragraphs)), List.of());
	}

	@Test
	void aQuotationOverTwoParagraphsInATextWithoutDoubleMarks() {
		List<Quote> quotes = quotes("In the opening session the former harbour master Quint Varro told the board:",
				"‘One feature will be the board’s decision and we await to see what that is going to be.",
				"‘And it would appear at the moment that the board is playing a deadly game with the piers.’",
				"The meeting went on until the evening.");
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("One feature will be the board’s decision and we await to see what that is going "
					+ "to be.\n\nAnd it would appear at the moment that the board is playing a deadly game with the "
					+ "piers.", "Quint Varro"));
	}

	@Test
	void aParagraphWithoutDoubleMarksQuotesInSingleOnesBesideOneThatUsesDouble() {
		List<Quote> quotes = quotes(
				"‘We hope the board would not make such a mistake and would stop its work on the piers,’ Quint Varro "
						+ "said.",
				"“The harbour accepts talks,” he said.");
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
			.containsExactly(
					tuple("We hope the board would not make such a mistake and would stop its work on the piers",
							"Quint Varro"),
					tuple("The harbour accepts talks", "Quint Varro"));
	}

	@Test
	void apostrophesAndTheMarkOfAnAynAreNotQuotations() {
		assertThat(quotes("The harbour’s board met the fleets’ owners on Monday.",
				"‘Abd Al-Rahim Varro said the boats’ crews would be paid by the board next week."))
			.isEmpty();
	}

}
