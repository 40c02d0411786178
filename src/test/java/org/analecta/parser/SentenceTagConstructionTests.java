package org.analecta.parser;

import static org.analecta.parser.QuoteAttributorTests.person;
import static org.analecta.parser.QuoteAttributorTests.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small exact case per construction inside a single sentence that issue 16 added: who
 * a tag names when the words before or after the quotation are more than a name and a
 * verb. The sentences are made up for the tests.
 */
class SentenceTagConstructionTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	@Test
	void aFirmAndARoleBeforeTheNameDescribeThePersonWhoSpeaks() {
		Quote quote = single(quotes("\"Rates will stay low for a long while yet,\" Northgate Capital portfolio "
				+ "manager Dana Whitfield said at a conference."));
		assertThat(quote.speaker()).isEqualTo(person("Dana Whitfield", "Northgate Capital portfolio manager"));
	}

	@Test
	void wordsOfPraiseAfterLaudedAreTheSubjects() {
		Quote quote = single(
				quotes("Mayor Quint Varro was not wrong in May when he lauded the harbour as a \"pillar of "
						+ "the northern trade for two hundred years\" in a speech."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void wordsAfterDeploredAreTheSubjects() {
		Quote quote = single(quotes("Harbour master Quint Varro deplored the board's \"policy of industrialised "
				+ "neglect of the piers\" at the meeting."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPieceBySomeoneThatSaidIsTheWritersWords() {
		Quote quote = single(quotes("The daily Kayhan carried a piece by editor in chief Quint Varro that said "
				+ "\"the piers must be rebuilt before the winter.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void wordsInAnOpeningParticiplesClauseAreTheMainSubjects() {
		Quote quote = single(quotes("Comparing the board to \"the famous cat from the old cartoon,\" Quint Varro "
				+ "further said that the fees would fall."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void wordsAfterAnOpeningParticipleOfSpeechAreTheMainSubjects() {
		Quote quote = single(quotes("HARBOUR, Feb. 17 -- Warning that the new law \"does not mark the end of our "
				+ "troubles,\" Mayor Quint Varro on Tuesday signed the harbour's budget."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void dashesInsideAnOpeningParticiplesClauseAreNoDateline() {
		Quote quote = single(quotes("Comparing the board — a body of old pilots — to \"the famous cat from the old "
				+ "cartoon,\" Quint Varro further said that the fees would fall."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theIssuerOfAStatementThatSpeaksItsWords() {
		Quote quote = single(quotes("Quint Varro on Wednesday issued a statement that he \"rejects Tom Reyes's latest "
				+ "comments about the quay,\" and left the hall."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		Quote far = single(quotes("Quint Varro said he hopes the day of action sends a message that \"the pilots are "
				+ "standing up for their quay.\""));
		assertThat(far.speaker().name()).isEqualTo("Quint Varro");
		assertThat(far.kind()).isEqualTo(QuoteKind.DIRECT);
	}

	@Test
	void theObjectOfAnOpeningParticipleIsNoInvertedSubject() {
		Quote quote = single(quotes("Describing the deal as \"a total disaster for the whole harbour,\" Quint Varro "
				+ "said that the board would not sign it."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void anOfficialPositionIsNoOfficialWhoSpeaks() {
		Quote quote = single(quotes("Yesterday the board released a statement saying that Varro's remarks did not "
				+ "represent the organisation's official position, adding: \"The board is not against the fleets.\""));
		assertThat(quote.speakerAsWritten()).isNotEqualTo("the organisation's official");
	}

	@Test
	void theOneAnOutletQuotesAsSayingSpeaksNotTheOutlet() {
		List<Quote> quotes = quotes("Mayor Quint Varro said on Monday that the talks would go on.",
				"\"The harbour's delegation will stop the talks whenever they lead to unreasonable demands,\" "
						+ "regional state media quoted him as saying.",
				"\"The delegation will not be rushed by anyone,\" county radio quoted Varro as saying.",
				"County radio quoted him as saying: \"We will talk for as long as it takes to keep the bay open.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", "Quint Varro");
	}

	@Test
	void theOneAnOutletReportsAsSayingSpeaksNotTheOutlet() {
		List<Quote> quotes = quotes("Mayor Quint Varro spoke to the fishermen on Monday.",
				"\"We consider him an able captain, but he has no experience of the open sea,\" the Harbour Daily "
						+ "reported Varro as saying on Tuesday.",
				"County radio reported him as saying: \"We will talk for as long as it takes to keep the bay open.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aPrayersWordsAreThePreachers() {
		Quote quote = single(quotes("Preacher Quint Varro spoke at the harbour mosque on Friday.",
				"At the end of his sermon, he prayed to God to \"rescue the old harbour from the hands of the "
						+ "aggressors\" and to keep the fleet safe."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aNameWithAParticipleOfSpeechAfterTheQuotationIsItsSpeaker() {
		List<Quote> quotes = quotes("The harbour board met the fishermen on Sunday.",
				"\"I think the fleet is not ready to sail this week, because the weather is bad,\" Captain Quint Varro, "
						+ "speaking to local television channels.",
				"\"The board will pay for the repairs,\" Minister Ada Lind, speaking at the harbour.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Ada Lind");
	}

	@Test
	void aTagWithItsListenerAndMoreWordsAfterItClosesTheQuotationsJoinedBeforeIt() {
		List<Quote> quotes = quotes("The harbour board met the fishermen on Sunday.",
				"\"They have to change their policies\" and \"stop taxing the small boats,\" Mayor Quint Varro told "
						+ "reporters, adding that the board needed \"to act like a normal board.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", "Quint Varro");
	}

	@Test
	void aPostBySomeoneReadsItsWritersWords() {
		List<Quote> quotes = quotes("Investigators are reading what the harbour guard left behind.",
				"\"If you want us to stop, then give the bay back to the fishermen,\" the post by Quint Varro "
						+ "reportedly reads.",
				"The post by Quint Varro reads: \"Make a pact with them and leave the boats alone.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
		assertThat(quotes).extracting(Quote::kind).doesNotContain(QuoteKind.TERM);
	}

	@Test
	void aParticipleAfterAnOpeningClauseHangsOnTheMainClausesSubject() {
		List<Quote> quotes = quotes("Quint Varro spoke to the crowd for an hour on Friday.",
				"As he spoke, Prime Minister Ada Lind issued a threat of her own, warning the \"enemies in the north "
						+ "of the bay\" not to escalate the war.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Ada Lind");
	}

	@Test
	void aParticipleAfterAnOpeningPrepositionalPhraseHangsOnTheSubjectNotItsOutlet() {
		Quote quote = single(quotes("In a recent Harbour Daily interview, Quint Varro, the board's envoy to the coast, "
				+ "delivered an unusually blunt message on the piers, stating: \"If the captains keep going down this "
				+ "road, the board will close the port.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "according to Varro.", "Varro said." })
	void aTagAfterASecondQuotationWhoseCommaIsInsideItIsTheFirstsToo(String tag) {
		List<Quote> quotes = quotes("Quint Varro, the harbour master, issued a statement on the storms.",
				"The storms in \u201cthe bays of Ostia, Portus and Antium\u201d are not just \u201cbetween the "
						+ "captains and the board only,\u201d " + tag);
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "was quoted as saying:", "was quoted by the Harbour Daily as saying that",
			"was also cited as stating that" })
	void theOneQuotedInThePassiveSpeaks(String passive) {
		Quote quote = single(quotes("Tom Reyes " + passive + " \"the port will never close while the fleet stands by "
				+ "the piers of the bay.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void whomAPostingQuotedAsSayingSpeaksNotWhoReportsThePosting() {
		Quote quote = single(quotes("Ada Lind said a posting two weeks ago quoted a guild spokesman identified as "
				+ "Quint Varro as saying, \u201cThe next strikes will close every pier in the bay.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The County Herald also quoted the guild's spiritual leader Quint Varro, saying that",
			"The County Herald also quoted the guild's leader Quint Varro, who spoke to the radio, saying that" })
	void whomAPaperQuotedSayingSpeaksNotThePaper(String tag) {
		Quote quote = single(quotes(tag + " \u201cthe bay is the county's model of order.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"\"County will circumvent the toll\" The Herald quoted former Hezbollah commander and harbour "
					+ "master Quint Varro.",
			"\"County will circumvent the toll,\" The Herald quoted harbour master Quint Varro." })
	void aPressReviewsLineEndingWithWhomThePaperQuotedIsHis(String line) {
		Quote quote = single(quotes("The county's papers on Monday covered the harbour and the toll at length.", line));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Quint Varro, son of former mayor Hal Brenner, in a short column in the Washington Post says | Quint Varro",
			"Quint Varro in the Washington Post says | Quint Varro",
			"A column in the Washington Post says | Washington Post" })
	void whoWritesInAPaperSpeaksNotThePaper(String tag, String speaker) {
		Quote quote = single(quotes(tag + " that the closures have had \"a deep impact on the county's farms.\""));
		assertThat(quote.speaker().name()).isEqualTo(speaker);
	}

	@Test
	void aPaperQuotingAThingSayingSpeaksItself() {
		Quote quote = single(quotes("The County Herald quoted the report, saying that \u201cthe bay is the county's "
				+ "model of order.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("County Herald");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Pointing to the talks on the piers, FM Spokesman said:", "The FM spokesman said:" })
	void anOfficeWrittenShortIsItsHolder(String tag) {
		List<Quote> quotes = quotes(
				"At his weekly press conference, Foreign Ministry Spokesman Quint Varro ruled out "
						+ "any talks with the guild.",
				tag + " \u201cThe ball is in the guild's court and its actions have " + "postponed the deal.\u201d");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void whoCommentsOnSomeoneSpeaksNotTheOneCommentedOn() {
		Quote quote = single(quotes(
				"The reform-minded former Ambassador to the Coast, Quint Varro comments on "
						+ "former Harbour Master Ada Lind and the guild:",
				"\"One cannot ignore the guild's movement in " + "this port.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void commentsThatAVerbFollowsAreANounAndNobodysTag() {
		List<Quote> quotes = quotes("Harsh comments are earning some captains more than scorn in the harbour towns.",
				"In September, the home of a young captain was raided after he had posted: \"We are not mourning, "
						+ "we are celebrating!\"");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void anOfficeACountryOwnsIsItsHolder() {
		List<Quote> quotes = quotes(
				"Foreign Ministry Spokesman Quint Varro attended a weekly press conference on "
						+ "Monday and answered the questions of the harbour's press.",
				"Ostia's spokesman, criticizing the guild's double standard, noted that \"they always try to keep the "
						+ "best berths for their own fleet.\"");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPersonsPossessiveBeforeANounIsNoOffice() {
		List<Quote> quotes = quotes(
				"Harbour master Ada Lind said Varro's mental state is \"spiraling out of control.\"");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void aPressReviewsUnnamedAuthorIsThePaperItReviews() {
		List<Quote> quotes = quotes(
				"Haaretz notes the dilemma the guild faces, namely: \u201cDo they act "
						+ "now, before they lose their berths?\u201d",
				"The author argues: \u201cThe guild is still entangled in the dilemma, and it will have to decide.\u201d");
		assertThat(quotes.getLast().speaker()).isEqualTo(new Speaker("Haaretz", null, SpeakerKind.OUTLET));
		assertThat(quotes.getLast().confidence()).isLessThan(0.7);
	}

	@Test
	void thePmIsThePrimeMinister() {
		List<Quote> quotes = quotes("Prime Minister Ada Lind met the families of the crews on Monday.",
				"The PM said: \u201cThey are not lost, but their conditions at sea are dire.\u201d");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void theStatementOfSomeoneAnOutletReportedIsTheirs() {
		Quote quote = single(quotes("On July 25, websites associated with the Harbour Guards reported the statement of "
				+ "commander Quint Varro: \"Once the board orders it, we can clear the bay within 24 hours.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aDocumentThatGoesOnToSaySpeaksItself() {
		Quote quote = single(quotes("The memo went on to say, \"Nobody on the staff will be asked to leave.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("The memo");
	}

	@Test
	void aPersonWhoWentFurtherToSaySpeaks() {
		Quote quote = single(quotes("Tom Reyes went further to say that \u201csome of these harbour journalists may "
				+ "have been sold,\u201d and asked the board to act."));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void oneUnnamedPersonIsKeptAsWritten() {
		Quote quote = single(
				quotes("As one volunteer told the local paper, \"We knocked on every door in this county.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("one volunteer");
	}

	@Test
	void describesAsTagsThePhraseWithThePersonDescribing() {
		Quote quote = single(quotes(
				"Historian Carla Menendez describes the senator as \"the most stubborn man " + "in the chamber.\""));
		assertThat(quote.speaker()).isEqualTo(person("Carla Menendez", "Historian"));
	}

	@Test
	void refusingToSayStillTagsNobody() {
		Quote quote = single(quotes("By refusing to say \"we made a mistake here,\" the board lost the vote."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aMiddleInitialStaysInsideTheName() {
		Quote quote = single(quotes("\"We will not give up this seat,\" Rep. Harold J. Wexley said."));
		assertThat(quote.speaker()).isEqualTo(person("Harold J. Wexley", "Rep."));
	}

	@Test
	void andSaidTakesTheSubjectOfTheClausesFirstSpeechVerbNotTheNearestName() {
		Quote quote = single(quotes("Mayor Ellen Voss said the decision was made by commissioner Tom Hadley "
				+ "and said, \"Who else would you trust with the police?\""));
		assertThat(quote.speaker().name()).isEqualTo("Ellen Voss");
	}

	@Test
	void anOutletNamedBeforeWhatItIsIsTheChannelThatSpeaks() {
		Quote quote = single(quotes("On Monday, the Al-Nur media group shared a statement by the ministry. In "
				+ "reply, the channel referred to its readers as \"the soldiers of the word and the pen\" and "
				+ "asked for money."));
		assertThat(quote.speaker().name()).isEqualTo("Al-Nur");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.OUTLET);
	}

	@Test
	void aWriterInADailyNamedBeforeItsDescriptorSpeaksNotTheDaily() {
		Quote quote = single(quotes("Saudi columnist Fahd Al-Rashed wrote in the Al-Sharq daily: \"The region "
				+ "cannot wait for Washington any longer.\""));
		assertThat(quote.speaker()).isEqualTo(person("Fahd Al-Rashed", "Saudi columnist"));
	}

	@Test
	void outlinedTagsAPartialQuotationItsSpeakerListed() {
		Quote quote = single(quotes("In a speech in Qom, the cleric Hassan Mirzaei outlined the mistakes of the "
				+ "West, including its neglect of \"the central place of faith in public life.\""));
		assertThat(quote.speaker().name()).isEqualTo("Hassan Mirzaei");
	}

	@Test
	void aQuotationLeftUnclosedEndsWithItsSentenceAndTheNextOneKeepsItsOwnTag() {
		List<Quote> quotes = quotes("Karim Nassar said that the protests are \"staged by foreign embassies (see the "
				+ "clip). In her interview, Leila Farahani stated that the people \"cannot be heard abroad\" and "
				+ "asked for help.");
		assertThat(quotes).extracting(Quote::text)
			.containsExactly("staged by foreign embassies (see the clip)", "cannot be heard abroad");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Leila Farahani");
	}

	@Test
	void aParticipleAfterACommaHangsOnTheMainClauseNotOnItsObject() {
		Quote quote = single(quotes("Governor Nora Pell urged voters to back Senator Ray Dunmore, saying, \"He has "
				+ "never once missed a vote on the budget.\""));
		assertThat(quote.speaker().name()).isEqualTo("Nora Pell");
	}

	@Test
	void aParticipleAfterANamedSpeechVerbTakesThatName() {
		Quote quote = single(quotes("Omar Haddad left before the meeting ended, Lina Sorel said, adding, \"He never "
				+ "spoke to anyone there.\""));
		assertThat(quote.speaker().name()).isEqualTo("Lina Sorel");
	}

	@Test
	void aParticipleAfterADescriptionThatSpokeTakesTheDescription() {
		Quote quote = single(quotes("The mayor stayed away, but a city hall aide said the budget was settled with "
				+ "Tom Brady, adding: \"Nobody wants another vote on this.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("a city hall aide");
	}

	@Test
	void aDocumentReadOutAfterTheQuotationSpeaksItself() {
		Quote quote = single(quotes("\"Every dollar you give goes straight to the field offices,\" read the email."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("the email");
	}

	@Test
	void theStatementSaidIsTheStatementsOwnTag() {
		Quote quote = single(quotes("\"The board regrets any confusion this has caused,\" the statement said."));
		assertThat(quote.speakerAsWritten()).isEqualTo("the statement");
	}

	@Test
	void aStatementIssuedByANamedPersonIsThatPersonsNotTheStatements() {
		Quote quote = single(quotes("Senator Ada Brill put out a statement describing the vote as \"a disgrace to "
				+ "this chamber and to the state.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ada Brill");
	}

	@Test
	void aNameInsideADescriptionAfterTheQuotationOnlyQualifiesIt() {
		Quote quote = single(quotes("\"Nobody reads the fine print until it is too late,\" the NAACP lawyer said."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("the NAACP lawyer");
	}

	@Test
	void aRoleNounFollowedByAnotherNounIsADescription() {
		Quote quote = single(quotes(
				"\"The mayor has lost the trust of this city for good,\" the editorial board " + "recently wrote."));
		assertThat(quote.speakerAsWritten()).isEqualTo("the editorial board");
	}

	@Test
	void aPersonAfterTheNameOfAnOrganisationAndItsPossessiveSpeaks() {
		Quote quote = single(quotes(
				"\"We will table the motion again next week,\" the Green Party's Mila Sorensen " + "told reporters."));
		assertThat(quote.speaker().name()).isEqualTo("Mila Sorensen");
	}

	@Test
	void anAgeDescribesTheSpeaker() {
		Quote quote = single(quotes("\"I have voted in every election since I was eighteen,\" said the 71-year-old."));
		assertThat(quote.speakerAsWritten()).isEqualTo("the 71-year-old");
	}

	@Test
	void severalUnnamedSpeakersAreKeptAsWritten() {
		Quote quote = single(quotes(
				"\"Not one more school closed in this town!\" some parents chanted outside the " + "hall on Tuesday."));
		assertThat(quote.speakerAsWritten()).isEqualTo("some parents");
	}

	@Test
	void rememberedIsASpeechVerb() {
		Quote quote = single(quotes("\"We slept in the car for most of that winter,\" remembered Tessa Lindqvist, "
				+ "a nurse from Duluth."));
		assertThat(quote.speaker().name()).isEqualTo("Tessa Lindqvist");
	}

	@Test
	void anAbbreviatedTitleMakesALoneSurnameAPerson() {
		Quote quote = single(quotes("\"The farm bill will pass before the recess,\" Sen. Okafor said on the radio."));
		assertThat(quote.speaker()).isEqualTo(person("Okafor", "Sen."));
	}

	@Test
	void aVerbAfterButTakesTheClausesSubjectNotTheNameBeforeTheConjunction() {
		Quote quote = single(quotes("Mayor Ines Caldera defended the budget against attacks from councilman Pete "
				+ "Varga, but admitted that \"a few of the numbers were simply wrong.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ines Caldera");
	}

	@Test
	void aDescribedSpeakerWithARelativeClauseBeforeTellsIsTheSpeakerNotTheListener() {
		Quote quote = single(quotes("\"The inspectors were told to look the other way,\" a port official, who asked "
				+ "not to be named, told the Harbor Gazette."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("a port official");
	}

	@Test
	void aGenerationAfterTheNameStandsBeforeTheApposition() {
		Quote quote = single(quotes("\"Our members will knock on every door in the county,\" Walter Hume III, founder "
				+ "of the Prairie Voters League, said."));
		assertThat(quote.speaker().name()).isEqualTo("Walter Hume");
	}

	@Test
	void aSpeakerDescribedByWhomTheyBelongToIsKeptAsWritten() {
		Quote quote = single(quotes(
				"\"She never once missed a shift in twenty years,\" her colleague wrote on the " + "union's page."));
		assertThat(quote.speakerAsWritten()).isEqualTo("her colleague");
	}

	@Test
	void aNamedOwnersOfficeSpeaksAsItself() {
		Quote quote = single(
				quotes("\"The senator has no plans to resign,\" Dana Pruitt's office said in a " + "statement."));
		assertThat(quote.speakerAsWritten()).isEqualTo("Pruitt's office");
	}

	@Test
	void aBodyInsideTheRoleBeforeANameDescribesThePerson() {
		Quote quote = single(
				quotes("\"Agents are told to write everything down,\" former FBI agent Ruth Calloway " + "explained."));
		assertThat(quote.speaker().name()).isEqualTo("Ruth Calloway");
	}

	@Test
	void aLoneSurnameAfterAnInvertedTagIsAPerson() {
		Quote quote = single(quotes(
				"\"Nobody here will forget this winter,\" said Marchetti, who flew back from " + "Lyon on Sunday."));
		assertThat(quote.speaker().name()).isEqualTo("Marchetti");
	}

	@Test
	void aRoleWordEndingASentenceIsNoAbbreviatedTitleOfTheNextName() {
		Quote quote = single(quotes("Most voters say they would \"never vote for her at all\" now, the worst of any "
				+ "candidate. Ohio Sen. Dale Rusk comes second with 20 percent."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aCapitalisedPrepositionOpeningTheSentenceIsNoPartOfAName() {
		Quote quote = single(quotes("Dana Whitcombe and Tom Halvorsen wrote the bill.",
				"Like Halvorsen, Whitcombe rejected the notion, arguing that there is \"room for the agency to "
						+ "act\" in the rules."));
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitcombe");
	}

	@Test
	void aPartyAndStateAfterTheNameNamesNobody() {
		Quote quote = single(quotes("Rep. Hal Brenner (R-S.C.): \"I have not seen the report that you cite.\""));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aPartyAndStateThenAnAppositionBeforeTheVerbAfterTheQuotation() {
		List<Quote> quotes = quotes("\"We will not pass this budget without the new roads in it,\" Rep. Hal "
				+ "Brenner (R-S.C.), a member of the budget panel, said in a phone interview. \"Everyone here "
				+ "knows that much.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Hal Brenner", "Hal Brenner");
	}

	@Test
	void anOfficeOfAnInstitutionBeforeAColonIsAnUnnamedPersonNotTheInstitution() {
		List<Quote> quotes = quotes("IRGC Commander: \"We will answer any attack on our boats in the strait.\"",
				"Saraya Al-Fajr Spokesman: \"The convoy will not pass through our villages again.\"");
		assertThat(quotes).allSatisfy(quote -> assertThat(quote.speaker()).isNull());
		assertThat(quotes).extracting(Quote::speakerAsWritten)
			.containsExactly("IRGC Commander", "Saraya Al-Fajr Spokesman");
	}

	@Test
	void aLowerCaseStaffNounAfterAnInstitutionsNameIsAnUnnamedPerson() {
		List<Quote> quotes = quotes("The following is the full text of the broadcast:",
				"PA TV host: \"I want to tell the harbour board that our fishermen are heroes and not smugglers.\"");
		assertThat(quotes).allSatisfy(quote -> assertThat(quote.speaker()).isNull());
		assertThat(quotes).extracting(Quote::speakerAsWritten).containsExactly("PA TV host");
	}

	@Test
	void aStateAfterAPrepositionIsNoSpeaker() {
		Quote quote = single(quotes("Senator Hal Brenner, also campaigning in Wisconsin, said the mayor was "
				+ "\"handing the whole city to the banks.\""));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aParticipleOpeningTheSentenceIsNoPartOfTheName() {
		List<Quote> quotes = quotes("Debating Dana Whitcombe is never easy.",
				"\"We will fix every road in this county,\" Whitcombe said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Dana Whitcombe");
	}

	@Test
	void initialsWrittenAsOneWordOpenTheName() {
		Quote quote = single(quotes(
				"\"Nobody in the county saw it coming,\" said J.J. Brennock, an expert on rural " + "militias."));
		assertThat(quote.speaker().name()).isEqualTo("J.J. Brennock");
	}

	@Test
	void aLoneSurnameOpeningTheSentenceBeforeASpeechVerbSpeaks() {
		Quote quote = single(quotes("Whitcombe said the new plan was \"a gift to the banks and nobody else.\""));
		assertThat(quote.speaker().name()).isEqualTo("Whitcombe");
	}

	@Test
	void anAppositionOfSeveralPartsStandsBetweenTheNameAndTheVerb() {
		Quote quote = single(quotes("\"Both of them frighten me,\" Lyle Ambrose, 52, of Tulsa, Okla., who "
				+ "answered the survey, said in a later call."));
		assertThat(quote.speaker().name()).isEqualTo("Lyle Ambrose");
	}

	@Test
	void aListAfterANameWithNoSpeechVerbAfterItIsNoTag() {
		Quote quote = single(quotes("\"Both of them frighten me,\" Lyle Ambrose, Tulsa, Reno, Dayton, and more."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aQuestionMarkBeforeATagWithAnAppositionEndsNoSentence() {
		Quote quote = single(quotes("\"Who is calling at this hour?\" Ruth Calloway, a retired nurse, asked."));
		assertThat(quote.speaker().name()).isEqualTo("Ruth Calloway");
	}

	@Test
	void aSurnameThatIsAlsoAPlaceSpeaksForThePersonNamedInFull() {
		List<Quote> quotes = quotes("Rep. Dale Israel and Mayor Ruth Calloway came to the fair.",
				"\"The fair was the best one in years,\" Israel said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Dale Israel");
	}

	@Test
	void aSurnameThatIsAlsoAWordSpeaksForThePersonNamedInFull() {
		List<Quote> quotes = quotes("Columnist George Will and Mayor Ruth Calloway came to the fair.",
				"\"The fair was the best one in years,\" Will wrote.");
		assertThat(single(quotes).speaker().name()).isEqualTo("George Will");
	}

	@Test
	void aPlaceNobodyIsNamedAfterStaysAPlace() {
		List<Quote> quotes = quotes("Mayor Ruth Calloway came to the fair.",
				"\"We will talk to anyone who is willing to talk,\" Israel said on Monday.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void aCapitalisedReadBeforeASpeechVerbIsTheSpeaker() {
		List<Quote> quotes = quotes("Pfizer chief executive Ian Read spoke to analysts.",
				"\"We have weighed the political risk,\" Read said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Ian Read");
	}

	@Test
	void theHeadOfADescriptionSpeaksNotTheObjectOfItsPreposition() {
		List<Quote> quotes = quotes("Mayor Ruth Calloway spoke first.",
				"Another source close to the mayor said, \"We expect a long fight over the library.\"");
		Quote quote = single(quotes);
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("Another source close to the mayor");
	}

	@Test
	void aNameInAPrepositionAfterSomethingThatIsNoPersonStillSpeaks() {
		Quote quote = single(quotes("Tessa Lindqvist of the county board said, \"We will open the library in May.\""));
		assertThat(quote.speaker().name()).isEqualTo("Tessa Lindqvist");
	}

	@Test
	void anAppositionWithoutItsClosingCommaLeavesTheNameAsSpeaker() {
		Quote quote = single(quotes("Dana Pruitt, the press director for the county board said, \"The vote "
				+ "will be held again in June.\""));
		assertThat(quote.speaker().name()).isEqualTo("Dana Pruitt");
	}

	@Test
	void theDescribedIssuerOfAStatementSpeaks() {
		Quote quote = single(quotes("The town released a statement Monday saying the mayor's figures \"are not "
				+ "grounded in any real count.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("The town");
	}

	@Test
	void anIssuerThatIsNotTheClausesOpenerIsNotGuessed() {
		Quote quote = single(quotes("After the vote a statement was posted saying the figures \"are not grounded in "
				+ "any real count.\""));
		assertThat(quote.speakerAsWritten()).isNotEqualTo("After the vote");
	}

	@Test
	void aBeVerbBeforeAQuotationIsNoAuxiliaryOfTheParticipleAfterIt() {
		List<Quote> quotes = quotes("Hal Brenner said the county's budget was \"a shambles,\" noting that it is "
				+ "\"very strange that a county that pays its fines is never audited.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aCapitalisedVerbFormInANameIsNoSpeechVerb() {
		Quote quote = single(quotes("In response to the plan to bar migrants from entering the United States, Ada "
				+ "Lindqvist rallied supporters, saying: \"We have to be ready to stop him.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@ParameterizedTest
	@ValueSource(strings = { "upon", "after" })
	void aGerundAfterAPrepositionHangsOnTheSubject(String preposition) {
		Quote quote = single(quotes("Ada Lindqvist, herself a supporter during the primary, drew a wave of boos "
				+ preposition + " saying, \"We will win the county this time around, and we will win it big.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@Test
	void aParticipleAfterByHangsOnTheSubject() {
		Quote quote = single(quotes("A county official responded by saying the board should take care \"not to "
				+ "promise more than it can pay.\""));
		assertThat(quote.speakerAsWritten()).isEqualTo("A county official");
	}

	@Test
	void aPersonDescribedBeforeAClauseSetOffByCommasSpeaks() {
		Quote quote = single(quotes("A county official, speaking on the condition of anonymity, said Monday that "
				+ "the mayor \"will meet anyone who asks for a meeting.\""));
		assertThat(quote.speakerAsWritten()).isEqualTo("A county official");
	}

	@Test
	void somethingThatIsNoPersonBeforeSuchAClauseIsNoSpeaker() {
		Quote quote = single(quotes("The long history of the town, which few remember, shows that the mayor \"will "
				+ "meet anyone who asks for a meeting.\""));
		assertThat(quote.speakerAsWritten()).isNull();
	}

	@Test
	void oneOpeningASentenceDescribesASpeaker() {
		Quote quote = single(quotes(
				"One budget analyst said the plan was doomed because \"there is no money left " + "for buses.\""));
		assertThat(quote.speakerAsWritten()).isEqualTo("One budget analyst");
	}

	@Test
	void anotherStandsForOneMoreOfThoseQuoted() {
		Quote quote = single(quotes("\"Nobody asked the farmers what they want,\" wrote another."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("another");
	}

	@Test
	void aDescriptionGoesOnPastACommonNounsPossessive() {
		Quote quote = single(quotes("\"Nobody asked the farmers what they want,\" the paper's editorial board wrote."));
		assertThat(quote.speakerAsWritten()).isEqualTo("the paper's editorial board");
	}

	@Test
	void aPersonOfAnInstitutionSpeaksOnEitherSideOfTheQuotation() {
		List<Quote> quotes = quotes("\"The library opens in May,\" Dana Pruitt of the Harlow Institution said.",
				"Dana Pruitt of the Harlow Institution said, \"The library opens in May.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Dana Pruitt", "Dana Pruitt");
	}

	@Test
	void aProgressiveSpeechVerbIsNoPassive() {
		Quote quote = single(quotes(
				"Mayor Ines Caldera, for her part, is labeling the plan \"a reckless waste of " + "public money.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ines Caldera");
	}

	@Test
	void aPassiveSpeechVerbStillTagsNoSubject() {
		Quote quote = single(
				quotes("Mayor Ines Caldera was asked whether the plan would \"cost the town its " + "whole budget.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void whatAStudyFoundIsTheStudysOwn() {
		Quote quote = single(
				quotes("A 2014 county audit found \"no evidence that the funds were spent on the " + "library.\""));
		assertThat(quote.speakerAsWritten()).isEqualTo("A 2014 county audit");
	}

	@Test
	void welcomedPresentsThePhraseOfItsSubject() {
		Quote quote = single(quotes("Senator Ada Brill welcomed \"the first honest budget in a decade\" on Monday."));
		assertThat(quote.speaker().name()).isEqualTo("Ada Brill");
	}

	@Test
	void asSomeonePutItGivesTheirPhraseAndPutItWithoutAsDoesNot() {
		List<Quote> quotes = quotes(
				"As the columnist Rita Vale put it, the board is making voters \"an offer they cannot afford to "
						+ "refuse.\"",
				"Rita Vale put it on the table that the board had made voters \"an offer nobody sane would take.\"");
		assertThat(quotes).extracting(Quote::speaker)
			.extracting(speaker -> speaker == null ? null : speaker.name())
			.containsExactly("Rita Vale", null);
	}

	@Test
	void toQuoteSomeoneGivesThemTheQuotationNotTheWriter() {
		List<Quote> quotes = quotes("The columnist Ada Brill wrote about the harbour again on Monday.",
				"To quote Professor Rita Vale again, \u201cThe board was never serious about the pier at any time.\u201d");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Rita Vale");
	}

	@Test
	void inSomeonesWordsGivesThemTheQuotation() {
		List<Quote> quotes = quotes("Rita Vale wrote a column on the town.", "The town was picked because, in Vale's "
				+ "view, \"it has more new firms per head than any place around.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Rita Vale");
	}

	@Test
	void anAcronymBeforeNewsIsANewsroom() {
		Quote quote = single(
				quotes("\"The files opened on Friday were mostly written in spring,\" KTVX News reported."));
		assertThat(quote.speaker().name()).isEqualTo("KTVX News");
		assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.OUTLET);
	}

	@Test
	void aPersonNamedInsideTheWordsBeforeANameOnlyDescribesTheOneWhoSpeaks() {
		Quote quote = single(quotes("\"The budget will not pass in this form,\" former Walter P. Quinn "
				+ "speechwriter Ilse Brandvold wrote in a column."));
		assertThat(quote.speaker()).isEqualTo(person("Ilse Brandvold", "former Walter P. Quinn speechwriter"));
	}

	@Test
	void capitalisedFunctionWordsAndVerbsInsideTheWordsBeforeANameArePartOfThem() {
		Quote quote = single(quotes("\"The budget will not pass in this form,\" Dunmore State College "
				+ "political scientist Ilse Brandvold said."));
		assertThat(quote.speaker().name()).isEqualTo("Ilse Brandvold");
		Quote anchor = single(
				quotes("\"The budget will not pass in this form,\" KRTV This Evening co-anchor Ilse Brandvold said."));
		assertThat(anchor.speaker().name()).isEqualTo("Ilse Brandvold");
	}

	@Test
	void aMiddleInitialThatIsAlsoAWordAndAnOpeningInitialStayInsideTheName() {
		Quote middle = single(quotes("\"The budget will not pass in this form,\" Walter A. Quinn said."));
		assertThat(middle.speaker().name()).isEqualTo("Walter A. Quinn");
		Quote opening = single(quotes("\"The budget will not pass in this form,\" R. Walter Quinn said."));
		assertThat(opening.speaker().name()).isEqualTo("R. Walter Quinn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "  \u2022 Quint Varro met with GHC commanders and discussed GHC membership and the fees:",
			"Quint Varro met with GHC commanders and discussed GHC membership and the fees:" })
	void aLeadInsOpeningPersonSpeaksNotABodyNamedInItsObject(String lead) {
		List<Quote> quotes = quotes(lead,
				"    \u2022 \u201cThe GHC entered the harbour from the depths of its faith, and it "
						+ "trained the best captains in the county.\u201d");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theListenerThatEndsAColonLeadInDoesNotSpeak() {
		Quote told = single(
				quotes("Walter Quinn later told Fox News: \"You will not get a vote this year on any of it.\""));
		assertThat(told.speaker().name()).isEqualTo("Walter Quinn");
		Quote message = single(quotes("Senate leader Walter Quinn, R-Ky., delivered a blunt message to Harold Lamb: "
				+ "\"You will not get a vote this year on any of it.\""));
		assertThat(message.speaker().name()).isEqualTo("Walter Quinn");
	}

	@Test
	void aRunOfCapitalisedWordsBeforeASpeechVerbAfterAQuotationIsKeptAsWritten() {
		Quote quote = single(quotes("\"The records were hidden for two years,\" Hill Watch added."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("Hill Watch");
		Quote author = single(quotes("\"Nobody will read the whole thing,\" I said."));
		assertThat(author.speakerAsWritten()).isNull();
	}

	@Test
	void aDescriptionInTwoCoordinatedPartsIsOneSpeaker() {
		Quote quote = single(quotes("\"The vote was never in doubt,\" the Ohio senator and Republican "
				+ "presidential candidate said in a statement."));
		assertThat(quote.speakerAsWritten()).isEqualTo("the Ohio senator and Republican presidential candidate");
	}

	@Test
	void anAppositionWithoutItsClosingCommaAfterAQuotationStillTags() {
		Quote relative = single(quotes(
				"\"The vote was never in doubt,\" Kay Lundgren, who is chairman of Fair Vote PAC said in a statement."));
		assertThat(relative.speaker().name()).isEqualTo("Kay Lundgren");
		Quote described = single(quotes("\"The vote was never in doubt,\" Nate Sorel, the polling guru who founded "
				+ "the site tweeted on Wednesday."));
		assertThat(described.speaker().name()).isEqualTo("Nate Sorel");
	}

	@Test
	void aPersonQuotedAsSayingAfterAQuotationSpeaks() {
		Quote quote = single(quotes("\"The vote was never in doubt,\" Kay Lundgren is quoted as saying."));
		assertThat(quote.speaker().name()).isEqualTo("Kay Lundgren");
	}

	@Test
	void aDocumentThatReadsAfterAQuotationSpeaksItself() {
		Quote quote = single(quotes("\"Every dollar goes straight to the field offices,\" the email read."));
		assertThat(quote.speakerAsWritten()).isEqualTo("the email");
	}

	@Test
	void aSpeechVerbInTwoWordsTagsOnEitherSide() {
		Quote after = single(quotes("\"You will not get a vote this year on any of it,\" Harold Lamb shot back."));
		assertThat(after.speaker().name()).isEqualTo("Harold Lamb");
		Quote before = single(quotes(
				"After Ilse Brandvold spoke, Harold Lamb cut in, \"You will not get a vote this year on any of it.\""));
		assertThat(before.speaker().name()).isEqualTo("Harold Lamb");
		Quote groused = single(quotes("\"You will not get a vote this year on any of it,\" Harold Lamb groused."));
		assertThat(groused.speaker().name()).isEqualTo("Harold Lamb");
		Quote summed = single(quotes(
				"After the vote, Harold Lamb further summed up the board as \"terrible,\" and left " + "the hall."));
		assertThat(summed.speaker().name()).isEqualTo("Harold Lamb");
	}

	@Test
	void aParticipleHangsOnADescriptionOpeningTheClauseNotOnAPrepositionsObject() {
		Quote quote = single(quotes("A spokeswoman for the Dunmore Water Board e-mailed reporters the text of the "
				+ "Clean Rivers Act, arguing, \"Nothing in it stops the county from building the dam.\""));
		// The spokeswoman's body speaks for her, as "a spokesman for the ministry" does.
		assertThat(quote.speaker().name()).isEqualTo("Dunmore Water Board");
		assertThat(quote.speakerAsWritten()).isEqualTo("A spokeswoman for the Dunmore Water Board");
	}

	@Test
	void aParticipleHangsOnTheClausesSubjectNotOnTheOwnerOfItsObject() {
		List<Quote> quotes = quotes("Kay Harlow spoke in Dover on Monday.",
				"One aide to the mayor tried to play down Harlow's remarks, saying they were \"not a big deal "
						+ "around here at all.\"");
		assertThat(quotes.get(0).speaker()).isNull();
		assertThat(quotes.get(0).speakerAsWritten()).isEqualTo("One aide");
	}

	@Test
	void aParticipleHangsOnTheOneWhoComparedHimselfNotOnThePrepositionsObject() {
		Quote quote = single(quotes("At the debate, Lund compared himself to Kay Harlow, saying, \"I take no "
				+ "speaking fees from any bank.\""));
		assertThat(quote.speaker().name()).isEqualTo("Lund");
	}

	@Test
	void aColonLeadInIsTheReportersNotANameInsideWhatTheyReport() {
		List<Quote> quotes = quotes("Rob Lund and Kay Harlow spoke in Dover on Monday.",
				"Lund said the delay was a \"grave mistake\" and that Harlow had learned her lesson: \"They are "
						+ "ready for a longer fight this time.\"");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Rob Lund");
	}

	@Test
	void aPersonInsideWhatSomeoneReportsIsSpokenAboutUnlessTheirVerbReportsSpeech() {
		List<Quote> quotes = quotes("Rob Lund and Kay Harlow met in Dover last spring.",
				"At the rally, Lund said that Harlow begged him for an endorsement and \"would have dropped to "
						+ "her knees\" for it.",
				"Lund said Harlow told the board that \"nobody here will lose a job this year.\"",
				"When Lund suggested that Harlow was tired, Harlow pleaded: \"Give me one more year in office.\"");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Rob Lund");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Kay Harlow");
		assertThat(quotes.get(2).speaker().name()).isEqualTo("Kay Harlow");
	}

	@Test
	void aLongAppositionEndingInANameLeavesThePersonItDescribesAsSpeaker() {
		List<Quote> quotes = quotes("Kay Harlow opened the new plant on Monday.",
				"Sam Lorry, a contestant on the quiz show who went on to work alongside Harlow, said his boss "
						+ "was \"always kind and generous and charming.\"");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Sam Lorry");
	}

	@Test
	void asAndATagAfterAQuotationTagIt() {
		Quote quote = single(quotes("Still, the fact that the race \"is a dead heat right now,\" as Harold Lamb said "
				+ "on the radio on Monday, makes every vote count."));
		assertThat(quote.speaker().name()).isEqualTo("Harold Lamb");
	}

	@Test
	void theOwnerOfARemarkSpeaksTheQuotationItIntroduces() {
		Quote quote = single(quotes("Former mayor Ada Lindqvist stirred a row last spring over her remark that "
				+ "\"the council cannot count past ten.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@Test
	void aNamedOwnersAnswerAfterWasSpeaks() {
		Quote quote = single(quotes("Asked about the vote, Peter Oake's answer was: \"We have counted the ballots "
				+ "and we have the numbers.\""));
		assertThat(quote.speaker().name()).isEqualTo("Peter Oake");
	}

	@Test
	void anOwnedRemarkThatIsTheQuotationsSubjectIsNoTag() {
		Quote quote = single(quotes("The town said Peter Oake's comments \"are based on opinion, not facts at all.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("The town");
	}

	@Test
	void aVerbOfViewPutsThePersonsPhraseBeforeAPartialQuotation() {
		Quote quote = single(quotes("Kay Lund thought the zoning plan was \"a gift to developers and nobody else.\""));
		assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
	}

	@Test
	void anOfferedPhraseIsTheOfferersWords() {
		Quote quote = single(quotes("Mayor Ada Lin offered \"my full support to the volunteers who rebuilt the park\" "
				+ "at the vigil on Sunday."));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lin");
	}

	@Test
	void aCitedPhraseIsTheCitersWords() {
		Quote quote = single(
				quotes("Tom Reyes cited \"gaps in the count in three precincts\" as the reason for the delay."));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aDefendedPhraseIsTheDefendersWords() {
		Quote quote = single(
				quotes("Kay Lund defended the \"simple and honest budget we promised the voters\" on Monday."));
		assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
	}

	@Test
	void aPluralNounWithoutADeterminerAfterTheQuotationIsKeptAsWritten() {
		Quote quote = single(quotes("\"The harm done to the county is beyond counting,\" federal prosecutors wrote "
				+ "in seeking the longest sentence."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("federal prosecutors");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u2013 Mayor Hal Brenner told the county council", "\u2014 said Mayor Hal Brenner",
			"- Mayor Hal Brenner said" })
	void aTagAfterADashFollowingTheQuotationIsItsTag(String tag) {
		Quote quote = single(quotes("\u201cThe new road will make a deal between the two towns more likely,\u201d "
				+ tag + " in a recorded video. (County Times, Sept. 29, 2020)"));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@ParameterizedTest
	@ValueSource(strings = { "in the past", "at one point", "during the campaign" })
	void theObjectOfAPrepositionOfTimeOrPlaceIsNoSubject(String circumstance) {
		Quote quote = single(quotes("Hal Brenner, who has " + circumstance
				+ " described his rival as \"a pathological narcissistic sociopath,\" spoke on Monday."));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void theObjectOfWithBeforeAParticipleSpeaks() {
		Quote quote = single(
				quotes("Teachers were among her earliest supporters, with the Lakeland Federation of Teachers "
						+ "calling her \"the champion working families need\" on Monday."));
		assertThat(quote.speaker().name()).isEqualTo("Lakeland Federation of Teachers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "however", "for their part", "in turn" })
	void aSentenceAdverbBetweenCommasKeepsTheSubjectBeforeItsVerb(String adverb) {
		Quote quote = single(quotes("The two county lawmakers, " + adverb + ", argue that \"there is precedent for "
				+ "prosecution in this county,\" citing an instance in which a clerk was found guilty."));
		assertThat(quote.speakerAsWritten()).endsWith("county lawmakers");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "When someone in the audience shouted,|someone in the audience",
			"Somebody in the crowd yelled:|Somebody in the crowd", "A woman in the crowd yelled,|A woman in the crowd",
			"A resident of the county said:|A resident of the county",
			"Two residents of the county said:|Two residents of the county",
			"Several people in the mayor's orbit said:|Several people in the mayor's orbit" })
	void someoneUnnamedSpeaksAsWritten(String tag, String speaker) {
		Quote quote = single(quotes("Hal Brenner spoke for an hour. " + tag
				+ " \"We want the other candidate now and forever in this county!\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo(speaker);
	}

	@Test
	void whatAQuotationsSpeakerCitesAfterItIsNoSpeaker() {
		Quote quote = single(quotes("\"There is precedent for prosecution in this county,\" citing an instance "
				+ "in which a clerk was found guilty."));
		assertThat(quote.speakerAsWritten()).isNull();
	}

	@Test
	void aPluralDescriptionBeforeARelativeWhoSpeaksNotTheClausesSubject() {
		Quote quote = single(quotes("Before the vote, Hal Brenner was not treated as credibly by his show's "
				+ "listeners, who wondered if \"he would be the token candidate in the debate.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("his show's listeners");
	}

	@Test
	void aNameAfterAPrepositionBeforeARelativeWhoSpeaks() {
		Quote quote = single(quotes("Ada Lindqvist spoke at the fair on Friday.",
				"On Thursday, Lindqvist won her first endorsement from a colleague, from Hal Brenner, who declared "
						+ "in the spin room, \"It is time to unite behind her and win the county.\""));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aNameBeforeARelativeWhoStillSpeaks() {
		Quote quote = single(quotes("The crowd cheered for Ada Lindqvist, who said \"we will win the county this "
				+ "time around, and we will win it big.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hal Brenner, who has been trying to right his campaign,",
			"The poll has bad news for Hal Brenner, who has been trying to right his campaign" })
	void aShareOfPeopleSpeaksNotThePersonTheClauseBeforeNames(String before) {
		Quote quote = single(quotes(before + " — 25 percent of likely Republican voters say they would "
				+ "\"definitely not support him at all\" in the end."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("25 percent of likely Republican voters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Federal auditors", "Iranian officials", "Protesters" })
	void aPluralNounWithoutADeterminerOpeningTheSentenceIsKeptAsWritten(String speakers) {
		Quote quote = single(
				quotes(speakers + " wrote: \"The harm done to the county is beyond counting by any measure.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo(speakers);
	}

	@Test
	void aPluralNounAfterAPossessiveIsNoBareSpeaker() {
		Quote quote = single(quotes("Kay Lund rejected the board's critics. \"The harm done to the county is beyond "
				+ "counting,\" Lund's lawyers wrote."));
		assertThat(quote.speakerAsWritten()).isNotEqualTo("lawyers");
	}

	@Test
	void pointsOutIsASpeechVerbAfterTheQuotation() {
		Quote quote = single(
				quotes("\"Voters in this county reject the old guard every single time,\" Varga " + "points out."));
		assertThat(quote.speakerAsWritten()).isEqualTo("Varga");
	}

	@Test
	void pointsAsANounIsNoSpeechVerb() {
		Quote quote = single(quotes("Mayor Ines Caldera said the senator recites the same campaign points, calling "
				+ "him a \"talented guy who reads the teleprompter\" at every stop."));
		assertThat(quote.speaker().name()).isEqualTo("Ines Caldera");
	}

	@Test
	void aDocumentBeforeAClauseSetOffByCommasSpeaks() {
		Quote quote = single(quotes("The lawsuit, which was filed in federal court on Friday, alleged that the county "
				+ "\"failed to keep the voter rolls safe from anyone.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("The lawsuit");
	}

	@Test
	void aPlaceBeforeAClauseSetOffByCommasStillDoesNotSpeak() {
		Quote quote = single(quotes("The county, which was hit hardest by the storm, is where residents \"failed "
				+ "to keep the voter rolls safe from anyone.\""));
		assertThat(quote.speakerAsWritten()).isNull();
	}

	@Test
	void madeTheRemarksAfterTheNameAndItsOfficeIsTheTag() {
		Quote named = single(quotes("Harbour board members met in private on Monday.",
				"\"The leak was a plot against the board and everyone on it,\" Dana Whitfield, the board's "
						+ "spokeswoman, made the remarks at a briefing on Tuesday."));
		assertThat(named.speaker().name()).isEqualTo("Dana Whitfield");
		Quote described = single(quotes("Harbour board chairman Omar Haddad met the fishermen on Monday.",
				"\"We will find whoever leaked the minutes of the meeting,\" the chairman made the comments "
						+ "in a speech on Tuesday."));
		assertThat(described.speaker().name()).isEqualTo("Omar Haddad");
	}

	@Test
	void andSuggestedTakesTheDescribedSubjectOfTheFirstSpeechVerbNotTheNameNearestToAnd() {
		Quote quote = single(quotes("A columnist for a paper owned by the founding family said Mayor Quint Varro has "
				+ "no grasp of the county budget and suggested the mayor was pushing the new road for \"personal "
				+ "glory.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aNameBeforeAnAdverbialOfItsOwnSpeaksNotTheNameInIt() {
		Quote quote = single(quotes("According to a county report, Quint Varro in his reaction to Kay Lund's statement "
				+ "said: \"We tell the board that they cannot do a thing about the road.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "was quoted by IRNA as saying", "was quoted by the semi-official Fars news agency as saying" })
	void quotedByAnOutletAsSayingNamesThePersonQuoted(String tag) {
		Quote quote = single(
				quotes("\"We will build the road before the winter comes to the county,\" Quint Varro " + tag + "."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void objectsIsASpeechVerbAfterAQuotation() {
		Quote quote = single(
				quotes("\"Outside this studio you deal all the time with people who do not agree with you,\" "
						+ "objects Dana Whitfield."));
		assertThat(quote.speaker().name()).isEqualTo("Dana Whitfield");
	}

	@Test
	void aSpeechVerbsFormAfterAnArticleOrADemonstrativeIsANoun() {
		Quote gulf = single(quotes("Gulf Arab states will take \u201cnecessary measures\u201d against the rebels if no "
				+ "peaceful solution is found, the county's foreign minister has said."));
		assertThat(gulf.speakerAsWritten()).isNotEqualTo("Gulf Arab");
		Quote states = single(quotes("While Kay Lund ran a campaign of her own that year and won five of those states, "
				+ "Quint Varro\u2019s use of the \u201cHarbour Strategy\u201d led to the vote."));
		assertThat(states.speaker()).isNull();
		List<Quote> claims = quotes("Peter Varro says the county board has been lying about the new road for a year.",
				"He invoked a long list of what he called the false claims of the board.",
				"\"The bottom line is that the board has been saying things that are not true, week after week.\"");
		assertThat(claims.getLast().speaker()).isNotNull();
		assertThat(claims.getLast().speaker().name()).isEqualTo("Peter Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "likened the rules to", "vented to her husband that it would be",
			"is praising the board as", "echoed the mayor's words about", "highlighted" })
	void moreVerbsOfSpeechTagThePartialQuotationAfterThem(String verb) {
		Quote quote = single(
				quotes("Harbour master Ada Lindqvist " + verb + " \"a fight from start to finish\" on " + "Monday."));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@Test
	void expressedTagsThePartialQuotationItIntroduces() {
		Quote quote = single(
				quotes("Harbour master Quint Varro expressed \"sincere sadness\" over the fact that the two "
						+ "counties were fighting over the road."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void anOfficeOwnedByACountryClosesTheSentenceAsItsTag() {
		Quote quote = single(quotes("Gulf counties will take \u201cnecessary measures against the board\u201d if no "
				+ "peaceful solution can be found, Saudi Arabia\u2019s foreign minister has said."));
		assertThat(quote.speakerAsWritten()).isEqualTo("Saudi Arabia\u2019s foreign minister");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Quint Varro, the spokesman for the harbour board, was talking about the fishermen.",
					"Quint Varro was speaking at a meeting of the board on Monday.",
					"Quint Varro, the spokesman for the harbour board, was referring to the fishermen.",
					"So declared Quint Varro, the spokesman for the harbour board.",
					"That was how Quint Varro put it at the meeting.",
					"With these words, harbour master Quint Varro warned the fishermen.",
					"Those were the words of harbour master Quint Varro at the meeting." })
	void theSentenceAfterAnOpeningQuotationNamesItsSpeaker(String naming) {
		Quote quote = single(quotes(
				"Harbour boards have grown stronger over the past decade, and their rules for "
						+ "the fishermen have become stricter and more costly for everyone on the coast.",
				"“We will close the harbour to every boat that has not paid its fees.” " + naming));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aSpeechVerbUsedAsAnAdjectiveAfterAQuotationNamesNoSpeaker() {
		List<Quote> quotes = quotes("Harbour master Quint Varro met the fishermen on Monday.",
				"\u201cThis is a problem, of course. Yes, the board is on the record,\u201d Varro said. \u201cAnd "
						+ "the mayor is sounding like she is with the fishermen!\u201d Varro\u2019s metaphor is "
						+ "telling in its own right.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aSpeechVerbInThePassiveAfterAnAdverbTagsNothing() {
		Quote quote = single(quotes(
				"Today, we are republishing this note from the Reuters archives, which was originally published "
						+ "in 2010.",
				"\"Oh men, the matter is grave. The time for jesting has passed. Call things by their real names.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aDescriptionBeforeALongRelativeClauseSpeaksNotTheLastNameInIt() {
		List<Quote> quotes = quotes(
				"PORTVILLE\u2014Quint Varro, the harbour master, said Monday that the fleet will not take part in "
						+ "the battle for the pier.",
				"\"The fleet is a threat to the pier, but we think it is better if the fishermen themselves lead the "
						+ "fight,\" Varro told reporters on Monday.",
				"The harbour master who met with Board President Dana Whitfield, her deputy Omar Haddad and other "
						+ "officials, said that the board had achieved a great \"victory against the fleet\" in the "
						+ "rest of the county.",
				"He added that his office will prosecute members of the fleet accused of violations.",
				"\"Some violations were committed by some people, but I do not want to accuse anyone,\" he said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", "Quint Varro");
	}

	@Test
	void aDescriptionGoesOnWithTheSoleSubjectOverAParagraphThatNamesOnlyThem() {
		List<Quote> quotes = quotes(
				"Quint Varro, the master of the Portville Harbour Board (PHB) told fishermen in a speech on "
						+ "Monday: \"We have kept the fleet out of the harbour.\"",
				"Varro\u2019s remarks come in the wake of a fire at the pier. The county and the town have blamed "
						+ "the fleet for the fire.",
				"The PHB master added \"We do not fear big or small fleets. Our wardens are guarding the pier.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aDescriptionNamesNobodyWhenAnotherPersonIsNamedSince() {
		List<Quote> quotes = quotes(
				"Quint Varro, the master of the Portville Harbour Board (PHB) told fishermen in a speech on "
						+ "Monday: \"We have kept the fleet out of the harbour.\"",
				"Varro\u2019s remarks come in the wake of a fire at the pier. Mayor Dana Whitfield has blamed the "
						+ "fleet for the fire.",
				"The PHB master added \"We do not fear big or small fleets. Our wardens are guarding the pier.\"");
		assertThat(quotes.get(1).speaker()).isNull();
	}

	@Test
	void aCompoundSurnameIsTheFullNameThatEndsInIt() {
		List<Quote> quotes = quotes(
				"\"We thank the county for its help,\" Sami Abu Varro told the Harbour Gazette on Monday.",
				"Abu Varro termed the county's aid \"a great help to every fisherman on the coast.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Sami Abu Varro", "Sami Abu Varro");
	}

	@Test
	void aHeadlineWordBeforeANameMakesNoLongerName() throws ParseException {
		ParsedReport report = ReportParserTests.parse("A title here\n\nThe harbour boards have grown stronger over the "
				+ "past decade, and their rules for the fishermen have become stricter and more costly for everyone.\n\n"
				+ "Rival Dana Whitfield\u2019s campaign says it raised roughly $15 million in January.\n\n"
				+ "\"The board has failed every fisherman on the coast,\" Dana Whitfield said on Monday.\n");
		assertThat(report.quotes().getLast().speaker().name()).isEqualTo("Dana Whitfield");
	}

	@Test
	void aQuotedParagraphAfterALeadInWithAnOpeningClauseIsTheSubjects() {
		List<Quote> quotes = quotes("Harbour master Quint Varro spoke to reporters on a flight home on Monday.",
				"In his remarks, Varro compared the fleet to the pirates, a group also known as the raiders, and said "
						+ "neither group has a future in the harbour.",
				"\u201cIn the upcoming period, we do not believe that any power will work with the fleet. The heads "
						+ "of the fleet will be crushed.\u201d");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aParagraphWhoseOpeningMarkWasLostIsQuotedUpToItsClosingMarkAndTag() {
		List<Quote> quotes = quotes("The senator spoke to the press after the vote on Tuesday.",
				"Nobody in this building believes the budget will pass this year,\u201d Olwen Marsh said. "
						+ "\u201cWe will try again in the spring.\u201d");
		assertThat(quotes).extracting(Quote::text)
			.containsExactly("Nobody in this building believes the budget will pass this year",
					"We will try again in the spring.");
		assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Olwen Marsh", "Olwen Marsh");
	}

	@Test
	void aClosingMarkWithoutASpeechTagAfterItOpensNothing() {
		List<Quote> quotes = quotes("The senator spoke to the press after the vote on Tuesday.",
				"Nobody in this building believes the budget will pass this year,\u201d and the vote was close.");
		assertThat(quotes).isEmpty();
	}

	@Test
	void aParagraphOfManySentencesBeforeALoneClosingMarkIsNotOneQuotation() {
		List<Quote> quotes = quotes("The senator spoke first. The vote came late. The hall was empty. Nobody "
				+ "stayed for the count, and the clerks went home,\u201d said Olwen Marsh.");
		assertThat(quotes).isEmpty();
	}

	@Test
	void asDeclaredByNamesTheSpeakerOfTheQuotationInItsSentence() {
		Quote quote = single(quotes("As declared by Governor Olwen Marsh at the port on May 4, the treaty had been "
				+ "\"signed from a position of strength and good faith.\""));
		assertThat(quote.speaker().name()).isEqualTo("Olwen Marsh");
	}

	@Test
	void aLoneWordAfterInIsAPlaceNotTheNextDescriptionsPerson() {
		List<Quote> quotes = quotes("It was a good day. As declared by Governor Olwen Marsh, the treaty was done.",
				"Speaking in Harrowgate, the governor laid the ground work, announcing that her office would "
						+ "\"seek new trade with the islands on fair terms.\"");
		assertThat(quotes).last().extracting(q -> q.speaker().name()).isEqualTo("Olwen Marsh");
	}

	@ParameterizedTest
	@ValueSource(strings = { "'", "\u2019", "\u02BF" })
	void anArabicArticleBeforeTheAynMarkStaysInTheName(String ayn) {
		Quote quote = single(quotes("Political analyst Tarek Hamid Al-" + ayn
				+ "Ubaidi said that \"the talks will not end the war this year.\""));
		assertThat(quote.speaker().name()).isEqualTo("Tarek Hamid Al-" + ayn + "Ubaidi");
	}

	@Test
	void anInvertedTagsDescriptionSetOffAgainstANameIsThatPerson() {
		Quote quote = single(quotes("\"The port knows the demands we have put forward,\" said the island's trade "
				+ "minister, Olwen Marsh on Sunday."));
		assertThat(quote.speaker().name()).isEqualTo("Olwen Marsh");
	}

	@ParameterizedTest
	@ValueSource(strings = { "his appeal for the port and the islands to", "his call for", "his advocacy of" })
	void anAppealsOwnerSaysTheWordsAfterIt(String appeal) {
		List<Quote> quotes = quotes("Governor Olwen Marsh wrote in the Harbour Post on Monday.", "The piece, and "
				+ appeal + " \"work together to end the rivalries that drive us apart,\" " + "drew praise.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Olwen Marsh");
	}

	@Test
	void anAppealWithoutAnOwnerNamesNobody() {
		List<Quote> quotes = quotes("Governor Olwen Marsh wrote in the Harbour Post on Monday.",
				"The piece, and an appeal for the port and the islands to \"work together to end the rivalries that "
						+ "drive us apart,\" drew praise.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void martyrIsATitleNotAGivenName() {
		Quote quote = single(quotes(
				"In his last speech, Martyr Tarek Varro said that \"the fleet will never leave the " + "harbour.\""));
		assertThat(quote.speaker().name()).isEqualTo("Tarek Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "retorting", "countering" })
	void aRetortAfterWithIsTheNamedPersons(String cue) {
		List<Quote> quotes = quotes("Fleet spokesman Tomas Reyne objected to the words, with host Olwen Marsh " + cue
				+ " that \"any fisherman, anywhere on the coast\" kept the harbour alive.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Olwen Marsh");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "assessed", "posited", "averred", "reiterates", "boasts", "maintains", "opines", "underlines" })
	void anAnalystsVerbBeforeThatTagsTheStatement(String cue) {
		Quote quote = single(quotes("Fleet Commander Tomas Reyne " + cue
				+ " that \"the pirates are well aware of our red lines, yet they keep testing them.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tomas Reyne");
		assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
	}

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(QuoteAttributorTests.section(0, null, paragraphs)), List.of());
	}

}
