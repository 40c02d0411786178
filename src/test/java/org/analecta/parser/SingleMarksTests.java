package org.analecta.parser;

import static org.analecta.parser.QuoteAttributorTests.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.junit.jupiter.api.Test;

/** Quotations in single marks, curly or straight, as British usage writes them. */
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

	@Test
	void straightSingleMarksQuoteWhereAParagraphHasNoDoubleOnes() {
		List<Quote> quotes = quotes(
				"'It's actually meant to serve the harbour board's own aims,' said Quint Varro "
						+ "during an event at the port.",
				"In a speech, he described the storm as 'a situation we did not "
						+ "foresee' that was 'confounding our old plans for the piers.'");
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly(tuple("It's actually meant to serve the harbour board's own aims", "Quint Varro"),
					tuple("a situation we did not foresee", "Quint Varro"),
					tuple("confounding our old plans for the piers.", "Quint Varro"));
	}

	@Test
	void straightApostrophesAreNotQuotations() {
		assertThat(quotes("The islanders' rights in the '90s were the board's concern, and the sailors' too.",
				"Rock 'n' roll played on the quay 'til dawn, Quint Varro said."))
			.isEmpty();
	}

	@Test
	void twoStraightMarksInAPlainTextAreADoubleOneThatSingleOnesNestIn() throws ParseException {
		ParsedReport report = ReportParserTests.parse("The Storm And The Port\n\n" + ReportParserTests.PROSE
				+ "\n\n''I said, 'The lesson of the storm is there should be no gap between the two ports,''' Quint "
				+ "Varro recalled. ''It is going to take a lot more than one good season,'' he said.\n");
		assertThat(report.quotes()).extracting(Quote::text, quote -> quote.speaker().name())
			.containsExactly(
					tuple("I said, 'The lesson of the storm is there should be no gap between the two ports,'",
							"Quint Varro"),
					tuple("It is going to take a lot more than one good season", "Quint Varro"));
		assertThat(report.sections().getFirst().paragraphs().getLast().text()).startsWith("\"I said, 'The lesson");
	}

	@Test
	void twoCurlySingleMarksInAPlainTextAreADoubleOne() throws ParseException {
		ParsedReport report = ReportParserTests.parse("The Storm And The Port\n\n" + ReportParserTests.PROSE
				+ "\n\n‘’The real aim of these attacks from within and abroad is the port,’’ Quint Varro said. "
				+ "‘‘The board’s plans prove the efforts of its rivals to be in vain.’’\n\n"
				+ "The harbour board hailed a “success’’ that its rivals called a failure of planning.\n");
		assertThat(report.quotes())
			.extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly(tuple("The real aim of these attacks from within and abroad is the port", "Quint Varro"),
					tuple("The board’s plans prove the efforts of its rivals to be in vain.", "Quint Varro"),
					tuple("success", null));
	}

	@Test
	void aParagraphThatIsOnlyAShortPhraseInStraightMarksIsASubheading() {
		List<Quote> quotes = quotes("\"The storm will pass,\" Quint Varro said.", "'All Bets Are Off.'",
				"The board met on Monday.");
		assertThat(quotes).extracting(Quote::text).containsExactly("The storm will pass");
	}

}
