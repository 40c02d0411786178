package org.analecta.parser;

import static org.analecta.parser.QuoteAttributorTests.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.analecta.parser.ParsedReport.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small exact case per construction whose tag names its speaker in words the tag
 * reader once left unread: several people, organisations it does not know, labels. The
 * sentences and names are made up for the tests.
 */
class NamedTagConstructionTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	@Test
	void twoWritersAfterTheQuotationAreKeptTogetherAndTheFirstSpeaks() {
		Quote quote = single(quotes("\"Nobody in this county can wait another year for the road,\" Tom Reyes and "
				+ "Kay Lund wrote in March."));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
		assertThat(quote.speakerAsWritten()).isEqualTo("Tom Reyes and Kay Lund");
	}

	@ParameterizedTest
	@ValueSource(strings = { "its spokesman, Quint Varro, told Harbour Radio on Monday.",
			"the spokesman, Quint Varro, said." })
	void theNameBesideADescriptionAfterTheQuotationSpeaks(String tag) {
		Quote quote = single(quotes("The Harbour Guard, a secretive group, repeated its threats against the fleet.",
				"\"We are serious about getting the trawlers out of the bay,\" " + tag));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void anOfficeSetOffFromItsVerbByAnAdverbialAfterTheQuotationSpeaks() {
		Quote quote = single(quotes(
				"Harbour Minister Quint Varro spoke to the Harbour Daily on Sunday about the storms.",
				"\"The board was declared guilty without people seeing evidence,\" the minister, in the interview "
						+ "with the paper's Ada Lind in Ostia, said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "(R-TN)", "(D-N.Y.)", "(I-Vt.)" })
	void aLawmakersPartyAndStateBeforeTheAppositionStayWithTheName(String party) {
		Quote quote = single(quotes("Tom Reyes " + party + ", chairman of the Harbour Transport Committee, accused "
				+ "the mayor of being \"fleeced by the contractors once again.\""));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aSectsWordBetweenAGivenNameAndASurnameIsPartOfTheName() {
		List<Quote> quotes = quotes(
				"Iraqi Prime Minister Mohammed Shia al-Sudani met the Saudi crown prince, "
						+ "Prince Mohammed bin Salman, who is also prime minister.",
				"The PM stated: \"We don't want Iraq to be an arena for settling scores.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Mohammed Shia al-Sudani");
	}

	@Test
	void aSectsWordBeforeANameStaysOutOfIt() {
		Quote quote = single(quotes("Iraqi Shia militia leader Qais al-Khazali said \"the Americans must leave.\""));
		assertThat(quote.speaker().name()).isEqualTo("Qais al-Khazali");
	}

	@Test
	void anArabicNamesEarlierNisbaAloneIsTheSamePerson() {
		List<Quote> quotes = quotes(
				"\"The guild has risen,\" spokesman Abu Quint al-Marsi al-Ostani said on the first night of the feast.",
				"Regarding the board, Marsi said: \"The signs of our victory over the board have appeared.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Abu Quint al-Marsi al-Ostani", "Abu Quint al-Marsi al-Ostani");
	}

	@Test
	void aCapitalisedTitleWithItsOfPhraseIsADescriptionNotTheBodyAfterOf() {
		List<Quote> quotes = quotes(
				"The Leader of the Guild, Mr. Quint Varro, warned of the board's efforts on Wednesday.",
				"The Leader of the Guild stressed that \"any move against the harbour will be met with a move against "
						+ "the board.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPersianNamesEzafeJoinsTheWordAfterIt() {
		Quote quote = single(quotes("\"We apologise to our readers for not being able to write a word,\" says the "
				+ "reformist paper Yas-e Now."));
		assertThat(quote.speaker().name()).isEqualTo("Yas-e Now");
	}

	@Test
	void thePaperIsTheLatestNewspaperWhicheverWordNamedIt() {
		List<Quote> quotes = quotes(
				"\"We apologise to our readers for not being able to write a word,\" says the reformist paper Yas-e Now.",
				"The conservative daily Resalat echoes the same sentiment.",
				"\"A faction has been hoping to exploit the movement since 1999,\" the paper proclaims.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Resalat");
	}

	@Test
	void aKnownOutletKeepsTheTextsSpellingRatherThanTheLists() {
		String written = "\"The harbour must stay open to every boat,\" the Al Sharq newspaper wrote.";
		assertThat(single(quotes(written)).speaker().name()).isEqualTo("Al Sharq");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Economist", "Al-Monitor", "Middle East Eye", "Iran International",
			"The Washington Times" })
	void aListedOutletOfTheRegionsPressSpeaks(String outlet) {
		Quote quote = single(quotes("In its article, " + outlet + " opined that the best way to save the pier would be "
				+ "\"to vote against the ruling party in the harbour board.\""));
		assertThat(quote.speaker().name()).isEqualTo(outlet);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "the Harbour News Agency said|Harbour", "the Harbour agency said|Harbour",
			"Al Sabah Al Jadeed newspaper wrote|Al Sabah Al Jadeed" })
	void anOutletBeforeTheWordsThatSayWhatItIsSpeaks(String tag, String outlet) {
		Quote quote = single(
				quotes("\u201cThe pier was lost while the crews tried to save it from the storm,\u201d " + tag + "."));
		assertThat(quote.speaker().name()).isEqualTo(outlet);
	}

	@Test
	void anOutletInBracketsRightAfterAQuotedHeadlineIsItsSpeaker() {
		List<Quote> quotes = quotes("The warning topped the front pages today. \"We will respond to any act of "
				+ "aggression with an iron fist\" (Kayhan), \"the response will devastate the board\" (Resalat, "
				+ "atop a picture of the harbour) and \"Iron Fists\" (Javan).");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Kayhan", "Resalat", "Javan");
	}

	@Test
	void aPersonInBracketsAfterAQuotationThatIsItsWholeParagraphSignsIt() {
		List<Quote> quotes = quotes(
				"\u201cThe most potent weapon in the hands of the board is the mind of the crews.\u201d "
						+ "(Tomas Wendel)",
				"The board said the storms were \u201cthe worst in a century\u201d (Tomas Wendel) "
						+ "and closed the pier.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Tomas Wendel", null);
	}

	@Test
	void wordsInBracketsThatNameNoOutletGiveNoSpeaker() {
		Quote quote = single(quotes("The warning topped the front pages today: \"We will respond to any act of "
				+ "aggression with an iron fist\" (in capitals)."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aChineseNameIsReadFamilyNameFirstAndAMonthsShortNameInItIsAGivenName() {
		List<Quote> quotes = quotes(
				"\"All members must adopt a responsible approach,\" Zhang Jun, the guild's envoy to the harbour board, said.",
				"\"We must act to save the piers,\" Zhang said on Jun 5.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Zhang Jun", "Zhang Jun");
	}

	@ParameterizedTest
	@ValueSource(strings = { "the op-ed", "the column" })
	void aPaperPiecesNounIsThePaperNamedBefore(String piece) {
		List<Quote> quotes = quotes("Kayhan said in a piece on Tuesday that the guild had met the board last month.",
				"\"The board keeps raising the fees on the piers, a move that aims to drive the captains away,\" "
						+ piece + " said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Kayhan");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sayyid", "Sayyed", "Prince" })
	void aTitleBeforeAGivenNameOfTwoWordsFindsTheFullName(String title) {
		List<Quote> quotes = quotes(
				"The leader of the harbour guild, Sayyid Abdul-Malik al-Varro, addressed the board on Tuesday.",
				"\u201cThe crews will not submit, regardless of the challenges,\u201d " + title + " Abdul-Malik said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Abdul-Malik al-Varro");
	}

	@Test
	void hujjatAlIslamIsAClericsRankNotAName() {
		List<Quote> quotes = quotes(
				"Substitute Friday Prayers Leader of Ostia Hujjat al-Islam Quint Varro condemned the "
						+ "board in his sermon this week.",
				"Substitute Friday Prayers Leader added: \"Resistance is the only way to save the piers of the harbour.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPersonAndARoleNounAreNoPairOfNames() {
		Quote quote = single(quotes("\"The bridge will stay closed until the spring,\" Tom Reyes and the mayor said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void anUnknownOrganisationOpeningTheClauseBeforeItsVerbSpeaks() {
		Quote quote = single(quotes("Civic Watch said in a statement on Tuesday that a county ledger \"proves the "
				+ "pothole money paid for the parking deck.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("Civic Watch");
	}

	@Test
	void aClauseOpenedByASubordinatorIsNoUnknownSpeaker() {
		Quote quote = single(quotes("When asked which quality mattered most, few voters chose someone who "
				+ "\"keeps every promise to the county.\""));
		assertThat(quote.speakerAsWritten()).isNull();
	}

	@Test
	void anUnknownOrganisationAfterAccordingToIsTheSource() {
		Quote quote = single(quotes("\"The county has moved the road funds three times since the spring,\" "
				+ "according to Civic Watch."));
		assertThat(quote.speakerAsWritten()).isEqualTo("Civic Watch");
	}

	@Test
	void anUnknownOrganisationAfterAccordingToBeforeAColonIsTheSource() {
		Quote quote = single(quotes("According to CivicPo: \"The parking deck opened two years late and cost the "
				+ "county twice the bid.\""));
		assertThat(quote.speakerAsWritten()).isEqualTo("CivicPo");
	}

	@Test
	void aScareQuoteInsideTheTagSentenceLetsTheNextQuotationGoOnWithItsSpeaker() {
		List<Quote> quotes = quotes("\"Every ward needs its own clinic by next winter,\" wrote Tom Reyes of the "
				+ "\"Clinics First Plan,\" giving the example of the east ward. \"A bus ride of an hour is "
				+ "no way to see a nurse.\"");
		assertThat(quotes).hasSize(3);
		assertThat(quotes.get(2).speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void anUnnamedSpeakerPlacedAfterTheQuotationIsKeptAsWrittenWithoutThePlace() {
		Quote quote = single(quotes(
				"\"Who will pave the east ward before the snow comes?\" a county staffer in the " + "room wondered."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("a county staffer");
	}

	@Test
	void anInvertedTagSetOffByCommasInsideTheSentenceNamesTheSpeaker() {
		Quote quote = single(
				quotes("The trouble, said Kay Lund, \"is that nobody on the board has read the budget.\""));
		assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
	}

	@Test
	void anInvertedTagWithAnAppositionNamesTheSpeakerNotTheSentenceSubject() {
		Quote quote = single(quotes("The paradox of the mayor, says Cora Antell, a historian at the county library, "
				+ "is that he was \"the only mayor who never once lost a budget vote.\""));
		assertThat(quote.speaker().name()).isEqualTo("Cora Antell");
	}

	@Test
	void aSentenceOpenedOnlyByAnAdverbAndACommaGoesOnWithTheTagBefore() {
		List<Quote> quotes = quotes("\"The clerk should have counted the ballots twice,\" Tom Reyes said. "
				+ "Instead, \"she counted them once and went home early.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aCapitalisedVerbAfterAnAppositionStillTagsAnExclamation() {
		Quote quote = single(quotes("\"We did not fly that banner, but we like it a lot!\" Sam Lorry, the head of Fair "
				+ "Roads Now, Tweeted on Friday."));
		assertThat(quote.speaker().name()).isEqualTo("Sam Lorry");
	}

	@Test
	void aRoleNounsAnswerIsResolvedLikeTheRoleNoun() {
		List<Quote> quotes = quotes("Senator Tom Reyes spoke to the county board about child care on Monday.",
				"The county senator's answer was that \"no child in this county should wait a year for "
						+ "a school bus,\" so the board should pay for more.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Tom Reyes");
		assertThat(single(quotes).speakerAsWritten()).isEqualTo("The county senator");
	}

	@Test
	void aQuotationClosedWithAFullStopTakesTheShortTagThatClosesTheNextSentence() {
		Quote quote = single(quotes("\"Bring back the night buses and the ferry on Sundays.\" Tom " + "Reyes said."));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	/**
	 * Words a report writes with a capital right before a name that say what the person
	 * is, not who: a hyphenated modifier, a party, a sentence adverb, a pastor's title, a
	 * nationality. Each case: its paragraphs, then the speakers' names in order.
	 */
	static Stream<Arguments> capitalisedWordsBeforeANameThatAreNoPartOfIt() {
		return Stream.of(arguments(List.of("Harbour-born novelist Lena Marsh spoke at the county fair on Sunday.",
				"\"Nobody in this county has read the road report,\" Marsh said.",
				"Prize-winner Voss answered her the next day. \"The road report is three hundred pages long,\" Voss said."),
				List.of("Lena Marsh", "Voss")),
				arguments(
						List.of("\"The bridge money was spent twice,\" said Republican Tom Reyes.",
								"\"Nobody has seen the second invoice,\" Democrat Kay Lund said on Monday."),
						List.of("Tom Reyes", "Kay Lund")),
				arguments(
						List.of("Maybe Reyes never read the road report at all.",
								"\"Nobody in this county has read the road report,\" Reyes said.",
								"\"The report is three hundred pages long,\" said Pastor Kay Lund."),
						List.of("Reyes", "Kay Lund")),
				arguments(
						List.of("\"The grain will leave the port by Friday,\" said Ukrainian Olena Marsh.",
								"\"The grain has not left the port,\" Canadian Tom Reyes said."),
						List.of("Olena Marsh", "Tom Reyes")),
				arguments(
						List.of("Chairman Tom Reyes of North Carolina said he was \"outraged\" by the county's plan.",
								"\"The plan cuts the rural roads first,\" said Kay Lund of West Virginia."),
						List.of("Tom Reyes", "Kay Lund")),
				arguments(
						List.of("\"The roads stay closed until Friday,\" said Police Commissioner Tom Reyes.",
								"\"Nobody was hurt on the bridge,\" Sheriff Kay Lund said.",
								"\"The county clerk has the invoices,\" Alderman Hal Brenner said on Monday."),
						List.of("Tom Reyes", "Kay Lund", "Hal Brenner")),
				arguments(List.of("\"The county fair is the best show in the state,\" said Comedian Tom Reyes.",
						"Billionaire Kay Lund praised the fair. \"Nobody runs a fair like this county,\" Lund said."),
						List.of("Tom Reyes", "Kay Lund")),
				arguments(
						List.of("\"The vote is set for Friday,\" said Majority Whip Tom Reyes.",
								"\"We have the votes for the road bill,\" Assemblywoman Kay Lund said."),
						List.of("Tom Reyes", "Kay Lund")),
				arguments(
						List.of("More Tom Reyes emails were released on Friday.",
								"Democrats Kay Lund and Hal Brenner answered questions at the county fair.",
								"\"Nothing in the emails is new,\" Reyes said. \"We will win the county,\" Lund said."),
						List.of("Tom Reyes", "Kay Lund")));
	}

	@Test
	void saidOpeningAnInvertedTagIsNoPartOfTheName() {
		List<Quote> quotes = quotes("Tom Reyes spoke to the county board on Monday.",
				"Said Reyes, \"The road plan will not survive another winter.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Tom Reyes");
	}

	@Test
	void saidBeforeANameAndAnAppositionIsAGivenName() {
		Quote quote = single(quotes("Said Jalili, the chief negotiator, said: \"We will not give up our rights.\""));
		assertThat(quote.speaker().name()).isEqualTo("Said Jalili");
	}

	@Test
	void deanIsAGivenNameNotATitle() {
		Quote quote = single(quotes("\"The county can afford the road plan,\" said Dean Brenner, an economist."));
		assertThat(quote.speaker().name()).isEqualTo("Dean Brenner");
	}

	/**
	 * Capitalised words that are no speaker before a tag whose subject is named further
	 * on: a dateline, a headline in capitals run into the paragraph, a state after a
	 * town.
	 */
	static Stream<Arguments> capitalisedWordsThatNameNobody() {
		return Stream.of(
				arguments(List.of("DECATUR, Ill. — Sen. Tom Reyes weighed in on the county's road plan, calling the "
						+ "delay a \"fireable offense for anyone in charge.\""), List.of("Tom Reyes")),
				arguments(List.of("Cory Lamb, 22, of Flint, Mich., said he had not given up hope of a convention "
						+ "\"surprise for everyone in the hall.\""), List.of("Cory Lamb")));
	}

	@Test
	void aDatelineInCapitalsIsNoInstitutionThatItCouldBe() {
		Quote quote = single(quotes("LOS ANGELES (AP) — The county board met on Monday to count the ballots again.",
				"\"We are still counting the votes in every precinct of this county,\" it said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aHeadlineInCapitalsRunIntoTheParagraphIsNoPartOfTheTag() {
		Quote quote = single(
				quotes("AT LEAST 10 KILLED IN DEADLY BRIDGE EXPLOSION Canadian Governor Tom Reyes said the "
						+ "bomber, who detonated in the old town, had \"roots in another county entirely.\" [Reuters.]"));
		assertThat(quote.speakerAsWritten()).isEqualTo("Canadian Governor Tom Reyes");
	}

	@ParameterizedTest
	@MethodSource
	void capitalisedWordsThatNameNobody(List<String> paragraphs, List<String> names) {
		assertSpeakerNames(paragraphs, names);
	}

	@ParameterizedTest
	@MethodSource
	void capitalisedWordsBeforeANameThatAreNoPartOfIt(List<String> paragraphs, List<String> names) {
		assertSpeakerNames(paragraphs, names);
	}

	@Test
	void aPartyBeforeTheNameIsTheSpeakersRole() {
		Quote quote = single(quotes("\"The bridge money was spent twice,\" said Republican Tom Reyes."));
		assertThat(quote.speaker().role()).isEqualTo("Republican");
	}

	@Test
	void hyphenatedNamesStayNames() {
		Quote quote = single(quotes("\"The county owes the farmers an answer,\" Abdel-Karim Nasr-ed-din said."));
		assertThat(quote.speaker().name()).isEqualTo("Abdel-Karim Nasr-ed-din");
	}

	@Test
	void aPartyInThePluralStillSpeaksAsAGroup() {
		Quote quote = single(quotes("\"The county budget is a fraud from the first page,\" Republicans said."));
		assertThat(quote.speakerAsWritten()).isEqualTo("Republicans");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Officials", "Friends", "Demonstrators", "Neighbors" })
	void peopleInThePluralByWhatTheyDoAreKeptAsWrittenButNameNobody(String people) {
		Quote quote = single(
				quotes(people + " said the new road would \"cost far more than anyone in the county expected.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo(people);
	}

	@Test
	void aTimeZoneOrTvIsNoInstitutionThatSpeaks() {
		List<Quote> quotes = quotes(
				"The county sent its notice at 7:19 p.m. EST on Friday. \"The road will stay closed until the spring,\" it said.",
				"The senator ran an ad on Iowa TV: \"Nobody will pay more for the road than the farmers.\"");
		assertThat(quotes).extracting(Quote::speaker).containsOnlyNulls();
	}

	@Test
	void aDescriptorWrittenWithACapitalIsPartOfTheOutletsName() {
		List<Quote> quotes = quotes("\"The county lost the ledger twice,\" the Daily Harbour reported on Monday.",
				"\"The ledger was never lost,\" the county daily Harbour Star wrote.");
		assertThat(quotes).extracting(quote -> quote.speaker().name() + " / " + quote.speaker().role())
			.containsExactly("Daily Harbour / null", "Harbour Star / county daily");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tom Reyes, Deputy Commander of the Harbour Guard Corps, stated that",
			"Tom Reyes, Vice Head of the Harbour Guard Corps (HGC), stated that",
			"Tom Reyes, Chairman of the Civic Watch, said",
			"Tom Reyes, Secretary-General of the Abu Harbour Guard Brigades said:" })
	void aPersonBeforeAnOfficeInTitleCaseSpeaksNotTheOfficesInstitution(String tag) {
		Quote quote = single(quotes("On April 20, " + tag + " \"hands are on the levers and the gates are ready.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aNameAfterATitleInAListIsNoOfficeOfTheNameBefore() {
		Quote quote = single(
				quotes("Tom Reyes, Mayor Kay Lund, said that \"the gates are ready and the levers " + "are set.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
	}

	@ParameterizedTest
	@ValueSource(strings = { "said HBR/FM President Kay Lund.",
			"said HBR President and Chief Executive Officer Kay Lund.", "Navy Cmdr. Kay Lund said." })
	void anOfficeRunsOverSlashedAcronymsJoinedTitlesAndMilitaryAbbreviations(String tag) {
		Quote quote = single(quotes("\"Today's designation is an absurd manipulation of the truth, straight out of "
				+ "the old playbook,\" " + tag));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "declared a prominent TV presenter Kay Lund on stage.", "said an old harbour pilot Kay Lund." })
	void aPersonNamedAfterAnIndefiniteDescriptionSpeaks(String tag) {
		Quote quote = single(
				quotes("\"We are witnessing the greatest experiment in the history of the harbour,\" " + tag));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
	}

	@ParameterizedTest
	@ValueSource(strings = { "said a friend of Kay Lund.", "said a 2008 Kay Lund campaign veteran.",
			"said an aide to Mayor Kay Lund." })
	void aDescriptionOfSomeoneElseThanThePersonItNamesNamesNobody(String tag) {
		Quote quote = single(
				quotes("\"We are witnessing the greatest experiment in the history of the harbour,\" " + tag));
		assertThat(quote.speaker()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "said the Board President for the month of May, Ambassador Kay Lund of the harbour, on "
			+ "behalf of the members.", "said the president of the board, Ambassador Kay Lund." })
	void aNameSetOffAfterADescriptionAndItsPhraseSpeaks(String tag) {
		Quote quote = single(
				quotes("\"The board expresses deep concern regarding the safety of the harbour,\" " + tag));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
	}

	private void assertSpeakerNames(List<String> paragraphs, List<String> names) {
		assertThat(quotes(paragraphs.toArray(String[]::new))).extracting(quote -> quote.speaker().name())
			.containsExactlyElementsOf(names);
	}

	@Test
	void aRoyalTitleBeforeALoneWordNamesThePersonByTheGivenName() {
		List<Quote> quotes = quotes(
				"Varro al-Harbi also condemned the board's \u201cinterference\u201d in the harbour.",
				"Asked about the road, Prince Varro said: \u201cCertainly, the counties will take the necessary "
						+ "measures to protect the harbour.\u201d");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Varro al-Harbi");
	}

	@Test
	void aKnownOutletWhoseNameOpensWithTheIsFoundWithALowerCaseThe() {
		Quote quote = single(quotes("Says the Guardian with its usual huffy affirmation, \u201cWhat is needed is a "
				+ "coherent plan for the people of the harbour.\u201d"));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("The Guardian");
		Quote post = single(quotes("According to the Washington Post, the board \u201cnever read the plan for the "
				+ "harbour road.\u201d"));
		assertThat(post.speaker().name()).isEqualTo("Washington Post");
	}

	@ParameterizedTest
	@MethodSource("organisationsKnownByName")
	void anOrganisationKnownByANameOfItsOwnSpeaks(String paragraph, String speaker) {
		Quote quote = single(quotes("The harbour was closed for a week after the storm.", paragraph));
		assertThat(quote.speaker().name()).isEqualTo(speaker);
	}

	static Stream<Arguments> organisationsKnownByName() {
		return Stream.of(
				arguments("In a statement, Hamas said: \"The harbour must stay open to every boat.\"", "Hamas"),
				arguments("\"The harbour must stay open to every boat,\" the Pentagon said.", "Pentagon"),
				arguments("\"The harbour must stay open to every boat,\" said al Qaeda.", "al Qaeda"),
				arguments("\"The harbour must stay open to every boat,\" Islamic State said on its channel.",
						"Islamic State"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "the Lebanon-based main Hezbollah organization|Hezbollah", "the Hamas movement|Hamas" })
	void aDescriptionHeadedByAnOrganisationsWordIsTheKnownOrganisationItNames(String description, String speaker) {
		Quote quote = single(quotes("The board called the closing a mistake, while " + description
				+ " said the board \u201cwill soon discover how stupid this decision was.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo(speaker);
	}

	@Test
	void aStatementDescribedByAKnownOrganisationsNameIsItsOwn() {
		List<Quote> quotes = quotes("The board condemned the remarks of the harbour master on Monday.",
				"\"Our struggle is not with the crews of the bay or with the fishermen,\" the Hamas statement added.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Hamas");
	}

	@Test
	void theOfficeBeforeAnApposedNameIsTheWholeOfficeNotTheOneItServes() {
		List<Quote> quotes = quotes(
				"Prime Minister Ada Lind met the harbour board on Monday to discuss the closing of the north pier.",
				"The spokesperson for the prime minister, Quint Varro, confirmed on Monday that \u201cthe board had "
						+ "alerted the fleet on the need to leave the pier.\u201d",
				"\u201cWe will not accept the presence of foreign boats at the pier,\u201d the prime minister said.");
		assertThat(quotes.getFirst().speaker().role()).isEqualTo("spokesperson for the prime minister");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void aPersonAfterAKnownOrganisationAndARoleSpeaksForIt() {
		Quote quote = single(quotes(
				"\"The harbour must stay open to every boat,\" said Hezbollah spokesman " + "Quint Varro on Monday."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		assertThat(quote.speaker().role()).isEqualTo("Hezbollah spokesman");
	}

	@Test
	void theOneAfterInTheWordsOfSpeaksWhateverTheLeadInSaysOfHimAfter() {
		List<Quote> quotes = quotes("Columnist Tom Reyes attacked the cleric's sermon on the harbour in March.",
				"In the words of Ada Lind in the Harbour Daily on Monday, \"such sermons are the sort of talk the bay has heard "
						+ "before.\"");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void aSloganInsideThePassageThatInTheWordsOfIntroducesIsNotHisOwnSentence() {
		List<Quote> quotes = quotes("In the words of Harbour Master Quint Varro, the founder of the fleet:",
				"The fleet is not that of the bay alone. The struggle will go on until the call \u201cthe sea "
						+ "belongs to those who sail it\u201d is heard in every port.");
		assertThat(quotes).filteredOn(quote -> quote.text().equals("the sea belongs to those who sail it"))
			.singleElement()
			.satisfies(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void aParticipleAfterTheQuotationHasNoSubjectAfterIt() {
		List<Quote> quotes = quotes("Harbour Minister Quint Varro noted that progress in the talks was "
				+ "\u201cprogressively slowing down,\u201d describing the pace as \u201cworrying.\u201d");
		assertThat(quotes).hasSize(2).allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Quint Varro"));
	}

	@Test
	void aCallForSomeoneToDoSomethingIsTheCallersWords() {
		Quote quote = single(quotes("Mayor Tom Reyes answered President Ada Lind\u2019s call for the fleet to "
				+ "stop shelling \u201cthese boats, these crews, these old fishermen\u201d in the bay."));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Institution", "University", "College", "Endowment" })
	void anOfficeAtAnInstitutionSetOffAfterTheNameLeavesTheNameSpeaking(String institution) {
		Quote quote = single(quotes("Tom Reyes, Vice President of Foreign Policy at the Harbour " + institution
				+ ", argues that the plan is \u201ca dead end for the whole bay.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Journalist-in-Residence", "Research Associate", "Harbour Research Analyst" })
	void anOfficeInTitleCaseEndingInItsJobSetOffAfterTheNameLeavesTheNameSpeaking(String office) {
		Quote quote = single(quotes("\u2022 Ada Lind, " + office + ", wrote in the Harbour Daily: \u201cBeyond the "
				+ "sound and fury of the talks lies a big question.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void aParticipleRightAfterASpeechVerbIsAnAdjectiveAndTheVerbBeforeItSpeaks() {
		Quote published = single(quotes("The Harbour Ministry said published documents in October \"prove he was a "
				+ "smuggler working inside the fleet.\""));
		assertThat(published.speaker().name()).isEqualTo("Harbour Ministry");
		Quote state = single(quotes("At the rally in the bay, the secretary of state Ada Lind said she was \"not only "
				+ "here to do my job\" but also to back the mayor."));
		assertThat(state.speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void anOpeningClauseAfterASentenceAdverbIsPassedOverForTheSubjectOfAndSaid() {
		Quote quote = single(quotes("However, even after receiving the official note of warning, Mayor Tom Reyes on "
				+ "Tuesday defended his plan and said, \u201cThe harbour's interests are secured by the new pier.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void thePersonQuotedBeforeAnAppositionRunningToTheColonSpeaks() {
		List<Quote> quotes = quotes("Columnist Tom Reyes wrote about the harbour in the Harbour Daily on Monday.",
				"He quoted Quint Varro, fisheries adviser to the harbour master Ada Lind: \u201cThe bay is an empire "
						+ "once again, as it has been throughout history.\u201d");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aBodysNameWithForAndAndBeforeTheOfficeOfThePersonAfterSaidLeadsToThePerson() {
		List<Quote> quotes = quotes("\"There will not be many listeners to his new speech,\" said Harbour Center for "
				+ "Research and Consulting director Tom Reyes, noting that the mayor \"lost a lot of credibility\" "
				+ "after the previous speech.");
		assertThat(quotes).hasSize(2).allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Tom Reyes"));
	}

	@Test
	void aPersonJoinedByAndToADescribedPersonIsNoPartOfTheDescription() {
		List<Quote> quotes = quotes("The mayor's visit is \u201clong overdue once again,\u201d Ada Lind and Harbour "
				+ "Bank CEO Tom Reyes write in the Harbour Daily.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void remarksQuotedAsAListOfQuotationsAreTheirOwnersAndRemarksDescribedAsAreNot() {
		List<Quote> quoted = quotes(
				"Harbour Radio quoted Quint Varro\u2019s nationalistic remarks as \u201cThere would "
						+ "be no justice in the bay had there been no sailors\u201d, \u201cWe never approve of kings, but this "
						+ "is different\u201d, and \u201cIf we have a dark history, what is the reason for the praise?\u201d");
		assertThat(quoted).hasSize(3).allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Quint Varro"));
		List<Quote> described = quotes("Mayor Tom Reyes described Quint Varro\u2019s remarks as \u201can insult to "
				+ "every sailor of the bay.\u201d");
		assertThat(single(described).speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aParticipleAfterAPassiveSpeechVerbHangsOnTheSentencesSubject() {
		Quote quote = single(
				quotes("In Ostia, the Head of the Harbour Bank Ada Lind criticized the doubts cast upon the "
						+ "figures published by the board, saying, \u201cdoubting the official statistics equates serving the "
						+ "enemies.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Moscow Times", "Naharnet", "Shafaq News", "Yonhap", "Khaleej Times", "Nournews" })
	void moreOutletsOfTheRegionsSpeakForTheirArticles(String outlet) {
		List<Quote> quotes = quotes("In an article headlined \"Silence of the Fleet Is Deafening,\" " + outlet
				+ " today (September 10) notes that much of the bay's elite has \"kept painfully quiet\" about the "
				+ "storm.");
		assertThat(quotes.getFirst().speaker()).isNull();
		Quote quote = quotes.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo(outlet);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Harbour Republic News Agency", "Ostia Press Agency" })
	void anUnlistedNewsOrPressAgencyIsAnOutlet(String agency) {
		Quote quote = single(quotes(
				"The " + agency + " said that \"the fleet will sail north before the winter comes " + "to the bay.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo(agency);
		assertThat(quote.speaker().kind()).isEqualTo(ParsedReport.SpeakerKind.OUTLET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Six years earlier, ", "Six years earlier, speaking in April in Ostia, " })
	void aTimeAndAParticiplesClauseOpeningTheSentenceLeaveItsDescribedSubjectSpeaking(String opening) {
		List<Quote> quotes = quotes(
				"As declared by Mayor Tom Reyes in the hall on July 14, the agreement had been "
						+ "\"negotiated from a position of strength and principle.\"",
				opening + "the newly elected mayor laid the ground work for the agreement, announcing that his office "
						+ "would \"seek engagement with the fleet based on mutual interests.\"");
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void anOpeningDescriptionMayHoldACountrysShortNameAndATitleCaseOffice() {
		List<Quote> quotes = quotes(
				"As declared by President Tom Reyes in the hall on July 14, the agreement had been "
						+ "\"negotiated from a position of strength and principle.\"",
				"Six years earlier, the newly elected U.S. President laid the ground work for the agreement, announcing "
						+ "that his office would \"seek engagement with the fleet based on mutual interests.\"");
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The spokesperson for President Ada Lind said",
			"Tom Reyes, the spokesperson for President Ada Lind, has slammed a Harbour Daily article, saying" })
	void aSpokespersonForAPersonIsNotThatPerson(String lead) {
		Quote quote = single(
				quotes(lead + " \u201cit is one of the worst pieces on the harbour I have ever read.\u201d"));
		assertThat(quote.speaker() == null ? null : quote.speaker().name()).isNotEqualTo("Ada Lind");
	}

	@Test
	void aSpokespersonForABodyBeforeHisNameIsHisRole() {
		Quote quote = single(quotes("Spokesman for the Harbour Ministry Tom Reyes said \u201cit is one of the worst "
				+ "pieces on the harbour I have ever read.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "the Harbour Fleet Command (HFC) chief", "the Harbour Fleet Command supremo" })
	void aDescriptionWithABodysAcronymInBracketsIsTheOnePersonTheTextIsAbout(String description) {
		List<Quote> quotes = quotes("Quint Varro paid a visit to a fleet base in the northern province on Tuesday.",
				"During his tour " + description + " exhorted the sailors to \u201cmaintain a state of high alert at "
						+ "every pier of the bay.\u201d");
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@CsvSource({ "A recent Brookings paper, Brookings", "A new Crisis Group study, Crisis Group" })
	void aStudyOfAKnownOrganisationIsTheOrganisations(String study, String organisation) {
		Quote quote = single(quotes(study + " stated that \u201cthe fleet is an independent part of an increasingly "
				+ "complex network of harbours.\u201d"));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo(organisation);
	}

	@Test
	void aNameSetOffAfterADescriptionWithAndInItsPhraseSpeaks() {
		Quote quote = single(quotes("\u201cThe differences between the two harbours are still numerous, but we are on "
				+ "a path,\u201d echoed the harbour's deputy master for international and legal affairs, Tom Reyes."));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void whatSomeoneTrumpetsIsTheirs() {
		Quote quote = single(quotes(
				"Tom Reyes trumpets the fleet's \u201cvictorious operations on every pier of the " + "bay.\u201d"));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aVerbOfNoticingIntroducesTheWritersWords() {
		Quote quote = single(quotes("At some point in his life, columnist Tom Reyes noticed that the fleet was simply "
				+ "\u201cthe scapegoat for all the harbour.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"The ferry will run again in May," said Quint Varro, senior fellow at the Harbour Institute, a research group. | senior fellow at the Harbour Institute
					"The ferry will run again in May," said Quint Varro, ferry project director at the Harbour Institute. | ferry project director at the Harbour Institute
					"The ferry will run again in May," said Quint Varro, a visiting fellow at the U.S. Harbour Institute. | visiting fellow at the U.S. Harbour Institute
					"The ferry will run again in May," said Quint Varro, a fellow at the Harbour Institute who ran the port. | fellow at the Harbour Institute
					Quint Varro, former harbour master of Ostia, said: "The ferry will run again in May." | former harbour master of Ostia
					"The ferry will run again in May," said Quint Varro, a spokesman for the HPF. The guild had no comment on it, and the board said nothing. | spokesman for the HPF
					""")
	void aRoleSetOffAfterTheNameWithoutItsCommaBeforeTheVerbIsTheSpeakersRole(String paragraph, String role) {
		Quote quote = single(quotes(paragraph));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		assertThat(quote.speaker().role()).isEqualTo(role);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"The ferry will run again in May,\" said Quint Varro, who runs the port.",
			"\"The ferry will run again in May,\" said Quint Varro, Ada Lind and Tom Reyes." })
	void aClauseOrAListAfterTheNameIsNoRole(String paragraph) {
		Quote quote = single(quotes(paragraph));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		assertThat(quote.speaker().role()).isNull();
	}

	@Test
	void aDescriptionOpeningItsOwnClauseAfterANameIsNoRoleOfThatName() {
		List<Quote> quotes = quotes("Quint Varro, the harbour minister, spoke on Monday.",
				"In an interview with the hosts Tom Reyes and Ada Lind, the harbour minister stated that the fares were "
						+ "\"divisive and mean-spirited.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Quint Varro on Friday told Harbour News.", "Quint Varro yesterday said.",
			"Quint Varro on Sunday night told reporters.",
			"Quint Varro who heads the Harbour Bureau of the Ostia Guard, on Friday told Harbour News, the guard's "
					+ "news agency." })
	void aDayOrARelativeClauseWithoutItsOpeningCommaBetweenTheNameAndTheVerbAfterTheQuotation(String tag) {
		Quote quote = single(quotes("\"The port will stay closed until the spring,\" " + tag));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "said Ostia's Deputy Ambassador to Lisbon, Quint Varro.",
			"said Ostia's Deputy Ambassador and Charge d'Affaires to New Delhi, Quint Varro." })
	void anOfficeWithItsPlaceThenTheNameSetOffAfterAnInvertedVerb(String tag) {
		Quote quote = single(quotes("\"It is unfortunate that the promises for the port have not been kept,\" " + tag));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theCityOfAnOfficeBetweenTheOfficeAndItsHoldersNameIsNoPartOfTheName() {
		List<Quote> quotes = quotes("In an interview with Harbour TV, Ostia's Consul General in Hyderabad Mohammad Ada "
				+ "Varro denied the reports.", "\"There is no negative report from the officials,\" he said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Mohammad Ada Varro");
	}

	@Test
	void theSecondOfTwoNamesAPrepositionGovernsIsNoSubjectOfAParticipleOfSpeechAfterThem() {
		Quote quote = single(quotes("In an article, a writer for the Harbour Daily reports on the independence of the "
				+ "republics of Ostia and Portus writing, \"A big issue between the provinces and the port is the hub of "
				+ "the fishing trade.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aDatelinesCityInCapitalsIsNoSpeaker() {
		Quote quote = single(quotes("NEW PORTVILLE: Harbour Minister Quint Varro on Sunday said the raid had sent a "
				+ "message, saying that \"the roar of our crews reached the far coast.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theStatementOfABodyNamedByItsAcronymIsThatBodys() {
		Quote quote = single(quotes("\"During the raid, one smuggler was caught,\" the HPGC statement said."));
		assertThat(quote.speaker().name()).isEqualTo("HPGC");
	}

	@Test
	void aFaithsNameInsideANameIsPartOfIt() {
		Quote quote = single(
				quotes("Harbour Party Secretary General Mirza Quint Islam Varro on Sunday said: \"The vote "
						+ "will be held on time.\""));
		assertThat(quote.speaker().name()).isEqualTo("Mirza Quint Islam Varro");
	}

	@Test
	void theGivenNameAfterANamesPrefixStandsForTheFullName() {
		List<Quote> quotes = quotes("State Minister Md Quintar Varro said on Wednesday that the ferry would run.",
				"\"No one should create a barrier to the ferry,\" Quintar said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Md Quintar Varro");
	}

	@Test
	void islamBeforeASurnameWithItsArticleIsAGivenName() {
		Quote quote = single(
				quotes("\"The board plays tricks on the port,\" Islam Al-Varro wrote in the Harbour Star."));
		assertThat(quote.speaker().name()).isEqualTo("Islam Al-Varro");
	}

	@Test
	void aHopeVoicedIsSpeech() {
		Quote quote = single(quotes("Quint Varro voiced his hope that the two ports will \"uphold the spirit of good "
				+ "neighbourliness and continue to improve relations\"."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aParticipleOfSpeechAfterAQuotationThatFollowsAsSpeaksForTheSentencesSubject() {
		List<Quote> quotes = quotes("Quint Varro described the strikers as \"thugs and vandals,\" saying: \"They "
				+ "threaten the calm of the port, and cause harm to the people.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Quint Varro");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"The ferry will run again in May," said Mr. Quint Varro. | Quint Varro |
					"The ferry will run again in May," said Dr. Ada Lind, a fellow at the Harbour Institute. | Ada Lind | fellow at the Harbour Institute
					"The ferry will run again in May," said Professor Ada Lind. | Ada Lind | Professor
					""")
	void aFormOfAddressIsNoRole(String paragraph, String name, String role) {
		Quote quote = single(quotes(paragraph));
		assertThat(quote.speaker().name()).isEqualTo(name);
		assertThat(quote.speaker().role()).isEqualTo(role);
	}

	@Test
	void aSpeechVerbOpeningTheSentenceBeforeTheNameIsNoPartOfIt() {
		List<Quote> quotes = quotes("Prime Minister Quint Varro took questions on the storm.",
				"Answers Varro: \"I don't deal with surveys. I received a mandate from the islanders.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aKnightIsCalledByHisGivenNameAndHisAddressEndsNoRole() {
		List<Quote> quotes = quotes("Harbour leader Sir Quint Varro has said he wants a vote as soon as possible.",
				"Asked about the piers, Sir Quint said: \"I don't mind who leads the board, we will go up against "
						+ "them.\"",
				"\"The ferry will run again in May,\" said Foreign Minister Mr Tom Reyes.");
		assertThat(quotes).extracting(quote -> quote.speaker().name() + " / " + quote.speaker().role())
			.containsExactly("Quint Varro / Harbour leader", "Tom Reyes / Foreign Minister");
	}

	@Test
	void aLaterRoleReplacesTheFormOfAddressTheSpeakerWasFirstCalledBy() {
		List<Quote> quotes = quotes("\"The ferry will run again in May,\" Mr. Varro said.",
				"Quint Varro, the harbour minister, added: \"The fares will not rise.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name() + " / " + quote.speaker().role())
			.containsExactly("Quint Varro / harbour minister", "Quint Varro / harbour minister");
	}

	@Test
	void aFormOfAddressStillTellsWhoALaterPronounIs() {
		List<Quote> quotes = quotes("Mrs. Ada Lind met Tom Reyes at the port on Monday.",
				"\"The ferry will run again in May,\" she said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Ada Lind");
		assertThat(quotes.getFirst().speaker().role()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					The Emir of the Isles, Sheikh Quint Varro, said: "The ferry will run again in May." | Quint Varro | Emir of the Isles
					The foreign minister of the Isles, Tom Reyes, said: "The ferry will run again in May." | Tom Reyes | foreign minister of the Isles
					The head of the judiciary, Tom Reyes, said: "The ferry will run again in May." | Tom Reyes | head of the judiciary
					More than the roads or the economy, Sheikh Quint Varro said: "The ferry will run again in May." | Quint Varro | Sheikh
					""")
	void anOfficeAndItsObjectSetOffBeforeTheNameIsTheRole(String paragraph, String name, String role) {
		Quote quote = single(quotes(paragraph));
		assertThat(quote.speaker().name()).isEqualTo(name);
		assertThat(quote.speaker().role()).isEqualTo(role);
	}

	@Test
	void theOfficeBeforeARankTellsWhoTheOfficeLaterIs() {
		List<Quote> quotes = quotes(
				"The Emir of the Isles, Sheikh Quint Varro, stressed the need for unity among the islanders.",
				"\"Your unity is the most powerful weapon to preserve our homeland,\" the Emir said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPaperNamedLikeAPlaceBeforeProvinceIsThatPlace() {
		Quote quote = single(quotes("The representative of the council in North Khorasan province stated: \"The "
				+ "harbour will open again in May.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void whatSomeoneAdvocatesInQuotationMarksIsTheirWords() {
		Quote quote = single(quotes("Ms Ada Lind defended the board's deals with other ports, while Mr Tom Reyes "
				+ "advocated for reform of the harbour rules so that \"each port can choose who enters and who "
				+ "leaves its waters.\""));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aParticipleOfCriticismAfterTheClauseIsItsSubjectsWords() {
		Quote quote = single(quotes("Quint Varro discussed his plans with the Harbour Daily, criticizing the board for "
				+ "adopting a \"reckless and short-sighted plan for the piers.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void whomABlameIsLaidOnByAQuotationIsTheBlamersWords() {
		Quote quote = single(quotes(
				"The Harbour Guards blamed the fleet for \"opposing every effort to reach a " + "truce in the bay.\""));
		assertThat(quote.speaker().name()).isEqualTo("Harbour Guards");
	}

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(QuoteAttributorTests.section(0, null, paragraphs)), List.of());
	}

}
