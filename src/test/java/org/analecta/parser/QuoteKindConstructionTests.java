package org.analecta.parser;

import static org.analecta.parser.QuoteAttributorTests.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small exact case per construction that decides whether a quotation is somebody's
 * words or a term (a title, a sign's text, a scare quote), and, for words, which tag in
 * the sentence names the speaker. The sentences are made up for the tests.
 */
class QuoteKindConstructionTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	@Test
	void aCapitalisedNamingWordInsideASentenceIsAName() {
		Quote quote = single(quotes("Lena Park said on Tuesday that the remark by Dr. Ivan Song \"was careless and "
				+ "unkind to the nurses.\""));
		assertThat(quote.kind()).isNotEqualTo(QuoteKind.TERM);
		assertThat(quote.speaker().name()).isEqualTo("Lena Park");
	}

	@Test
	void aLongTextAfterATitleAndItsColonIsWhatStandsUnderItAndAShortOneItsName() {
		Quote text = single(quotes("The Harbour Daily wrote under the above title: \u201cThe harbour master was in the "
				+ "capital of his country during the storm and returned to our port with broad powers.\u201d"));
		assertThat(text.kind()).isNotEqualTo(QuoteKind.TERM);
		assertThat(text.speaker().name()).isEqualTo("Harbour Daily");
		Quote name = single(quotes("The Harbour Daily ran a column under the title: \u201cStorms over the bay\u201d on "
				+ "its front page."));
		assertThat(name.kind()).isEqualTo(QuoteKind.TERM);
	}

	@Test
	void aLongTitleAfterTitledAndItsColonIsTheNameNotWordsOfItsWriter() {
		List<Quote> quotes = quotes("Below are excerpts of Varro's op-ed, which was titled: \"'Clash Of Great Fleets' "
				+ "From The Bay To The Sea, From The Pier To The Quay. Take A Map And Place It On The Table: There's No "
				+ "Plan Bigger Than The Harbour. So Who Is Financing The Boats?\":[2]");
		assertThat(quotes).singleElement().satisfies(quote -> {
			assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
			assertThat(quote.speaker()).isNull();
		});
	}

	@Test
	void aQuotationTheNextWordsCallATermIsOne() {
		List<Quote> quotes = quotes("\"The fleet will not leave the bay,\" Mayor Quint Varro said at a "
				+ "ceremony commemorating the \"keepers of the northern lights\" – a term the port uses for its "
				+ "drowned pilots.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quotes.getLast().speaker()).isNull();
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aHeadlineInTitleCaseAfterAnArticleIsATermAndASentenceAfterOneIsNot() {
		Quote headline = single(quotes("Tom Reyes argues in the Harbour Daily that the \u201cFleet Must Temper Its "
				+ "Enthusiasm For the New Harbour Master.\u201d"));
		assertThat(headline.kind()).isEqualTo(QuoteKind.TERM);
		assertThat(headline.speaker()).isNull();
		Quote words = single(quotes("Tom Reyes argues in the Harbour Daily that the \u201cfleet must temper its "
				+ "enthusiasm for the new harbour master.\u201d"));
		assertThat(words.kind()).isNotEqualTo(QuoteKind.TERM);
		assertThat(words.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aSongsTitleStaysATerm() {
		Quote quote = single(quotes("At the fair she sang the song \"Home Again Tonight\" twice."));
		assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aWorkInTitleCaseAfterPerformedIsATermEvenWithItsFullStop() {
		List<Quote> quotes = quotes("Kay Lund interjected, \"Ladies and gentlemen, Mr. Hal Brenner,\" who proceeded to "
				+ "perform \"Rivers Over Quiet Water.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void whatSomeoneCallsAShowIsTheirPhraseNotItsTitle() {
		Quote quote = single(
				quotes("Station manager Tom Reyes called the show \"the liveliest hour on local radio.\""));
		assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aShowsNameInAnAppositionStaysATerm() {
		Quote quote = single(quotes("Dan Oyelaran hosts a radio show, \"Morning Hour With Dan,\" on weekdays."));
		assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aSentenceAfterACampaignIsNoTitle() {
		Quote quote = single(quotes("According to the Adair campaign, \"The rally will start at noon in the park.\""));
		assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
		assertThat(quote.speakerAsWritten()).isNotNull();
	}

	@Test
	void aStatementSayingIsItsIssuersWords() {
		Quote quote = single(quotes("Mayor Ruth Olsen issued a statement saying, \"We are proud of the staff and "
				+ "the work they do.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ruth Olsen");
	}

	@Test
	void aParticipleAfterACommaIsNoThingsText() {
		Quote quote = single(quotes("Governor Alma Reyes defended the campaign, saying, \"Nine in ten of those "
				+ "pages are our own work.\""));
		assertThat(quote.speaker().name()).isEqualTo("Alma Reyes");
	}

	@Test
	void aSignSayingStaysATerm() {
		Quote quote = single(
				quotes("Marchers carried a sign saying \"No more cuts to our schools\" down Main Street."));
		assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aTagEndingTheSentenceOutweighsASpeechVerbFurtherBack() {
		Quote quote = single(quotes("In 2012, when Governor Amos Hale offered states new money for roads, \"cities "
				+ "were broke. They took it,\" Kim Adair said."));
		assertThat(quote.speaker().name()).isEqualTo("Kim Adair");
	}

	@Test
	void aTagWithAnAdverbialAfterItsVerbOutweighsASpeechVerbFurtherBack() {
		Quote quote = single(
				quotes("The attack on the harbour, for which the Northern Front claimed responsibility, is "
						+ "a \u201creminder of the fatal results of mutual distrust between the ports,\u201d Kim Adair writes in "
						+ "reference to the warning the board had sent in March."));
		assertThat(quote.speaker().name()).isEqualTo("Kim Adair");
	}

	@Test
	void accordingToAfterTheQuotationDoesNotOutweighWhoSaidIt() {
		Quote quote = single(quotes("The clerk Nora Vance said the order was meant \"to keep the vote quiet for a "
				+ "week,\" according to the audit."));
		assertThat(quote.speaker().name()).isEqualTo("Nora Vance");
	}

	@Test
	void whatACrowdChantedIsItsWords() {
		Quote quote = single(quotes("Some protesters chanted \"Bring our troops home now\" outside the hall."));
		assertThat(quote.kind()).isNotEqualTo(QuoteKind.TERM);
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("Some protesters");
	}

	@Test
	void aChantNamedAsSuchStaysATerm() {
		Quote quote = single(quotes("Mayor Ruth Olsen joined the chant \"Four more years for us\" at the end."));
		assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aProgressiveSpeechVerbIsNoPassive() {
		Quote quote = single(quotes(
				"Mayor Ruth Olsen is telling voters at the diner that \"we need every one of " + "you tomorrow.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ruth Olsen");
	}

	@Test
	void aProgressiveAfterButHangsOnTheMainClause() {
		Quote quote = single(quotes("Asked by Tom Reyes if he agreed, Dana Whitcombe said that he did not, but was "
				+ "referring to the \"same kind of attitude we saw last year.\""));
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
	}

	@Test
	void aPassiveSpeechVerbStillTagsNobody() {
		Quote quote = single(quotes(
				"The plan is being described as \"a gift to the big banks and nobody else\" " + "across the state."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aTagClosingTheSentenceIsEveryQuotationsInIt() {
		List<Quote> quotes = quotes("The promise to \"bring the jobs back home\" and \"fix the roads\" wins votes "
				+ "in the county, said Paula Grant, a pollster.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Paula Grant");
	}

	@Test
	void aLaterQuotationsOwnTagIsNotTheEarlierOnes() {
		List<Quote> quotes = quotes("Voters heard \"a total disaster for all of us\" from one side, and \"a fine "
				+ "first step,\" Tom Reyes said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getFirst().speaker()).isNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aShortQuotationWithATagIsNoScareQuoteEvenWhenNobodyIsFound() {
		Quote quote = single(quotes("\"I cut it short,\" he said."));
		assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aShortQuotationWithoutATagIsStillAScareQuote() {
		Quote quote = single(quotes("The mayor's \"fresh start\" plan failed."));
		assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
	}

	@Test
	void aProgrammeAfterAnOutletsPossessiveIsATermAndTheNextQuotationGoesOn() {
		List<Quote> quotes = quotes("\"We will win this state,\" Dana Whitcombe said on WXYZ's \"Morning Hour\" on "
				+ "Monday. \"Nobody else has a plan for the farms.\"");
		assertThat(quotes).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.TERM, QuoteKind.DIRECT);
		assertThat(quotes.get(1).speaker()).isNull();
		assertThat(quotes.get(2).speaker().name()).isEqualTo("Dana Whitcombe");
	}

	@Test
	void aPhraseInLowerCaseAfterAPossessiveIsNoTitle() {
		Quote quote = single(quotes("Hal Brenner called the plan the mayor's \"big gift to every bank in town.\""));
		assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@ParameterizedTest
	@ValueSource(strings = { "he said on\u00a0\"Meet the Press.\"", "he said in an interview with \"Fox News Sunday.\"",
			"he said on NBC's \"Meet the Press.\"", "Hal Brenner told \"Fox and Friends,\" reminding the hosts.",
			"he said in May on the podcast \"Here's the Thing.\"", "Hal Brenner told \"60 Minutes\" that evening." })
	void aProgrammesTitleAfterTheTagIsATermNotTheSpeakersWords(String tag) {
		List<Quote> quotes = quotes("\"I have always said that I expect to be vetted by the county,\" " + tag);
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aQuotedNameBetweenADeterminerAndItsNounIsATermInATaggedSentence() {
		List<Quote> quotes = quotes("He discussed the \"Harbour\" threat, clarifying: \"These armed crews have "
				+ "entered wide areas of the bay and used it as a base.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getFirst().kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quotes.getFirst().speaker()).isNull();
		Quote phrase = single(quotes("Kay Lund called Hal Brenner the \"Mayor\" of the county fair."));
		assertThat(phrase.kind()).isNotEqualTo(QuoteKind.TERM);
	}

	@Test
	void aQuotedNameAfterAnAdjectiveOfDoubtIsATermAndACityNamesNobody() {
		Quote quote = single(quotes("Tensions between Tehran and Tel Aviv grew over strikes on alleged \"Harbour\" "
				+ "targets in the county earlier this month."));
		assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
		assertThat(quote.speakerAsWritten()).isNull();
	}

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(QuoteAttributorTests.section(0, null, paragraphs)), List.of());
	}

}
