package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attribution that crosses sentences and paragraphs: a speaker named in the lead-in
 * sentence of the paragraph before, no earlier speaker for a quotation whose own tag
 * cannot be read, and pronouns whose only person-like antecedent is the speaker although
 * the mention finder also took places, groups and the institution inside an apposition
 * for names. Short inline text in, speaker out.
 */
class CrossSentenceAttributionTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	@Test
	void aSurnameAloneInCapitalsLabelsATurnOfATranscriptThatNamesSomeoneElse() {
		List<Quote> quotes = quotes("And now let's bring in Ada Lind, a political scientist who studies the port.",
				"ADA LIND: Thanks for having me on the programme today.",
				"VARRO: So we heard that the board was very popular. Was it really popular with everybody?",
				"LIND: Well, first of all, we always have to take opinion polls with a grain of salt.",
				"UPDATE: This story has been updated with the board's comments on the strike.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Ada Lind", "Varro", "Ada Lind");
	}

	@Test
	void aQuotationGoesOnInAParagraphThatLostItsOpeningMark() {
		List<Quote> quotes = quotes(
				"\"We are concerned about this alarming turn of events at the port. Its escalation is "
						+ "of the utmost concern to us.",
				"Strikes that close the piers do not help the town in any way at all,\" the harbour board quoted "
						+ "Varro as saying in response to a question.");
		Quote quote = single(quotes);
		assertThat(quote.text()).startsWith("We are concerned").contains("Strikes that close the piers");
		assertThat(quote.speaker().name()).isEqualTo("Varro");
	}

	@Test
	void theOneAReportQuotesAsSayingIsNamedByASurnameAlone() {
		Quote quote = single(quotes("\"Strikes that close the piers do not help the town in any way,\" the harbour "
				+ "board quoted Varro as saying."));
		assertThat(quote.speaker().name()).isEqualTo("Varro");
	}

	@Test
	void heReachesOverAnotherStorysHeadlineLinkedBetweenTheParagraphs() {
		List<Quote> quotes = quotes("\"I cannot comment on rumours,\" Tom Reyes said.",
				"Port could reopen within weeks as the repairs go faster than planned",
				"\"What I do know is that the board has broken every promise it made to the dockers,\" he said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Tom Reyes", "Tom Reyes");
	}

	@Test
	void heDoesNotReachOverAParagraphOfProseNamingNobody() {
		List<Quote> quotes = quotes("\"I cannot comment on rumours,\" Tom Reyes said.",
				"The port could reopen within weeks, according to the harbour board's latest estimate of the repairs.",
				"The repairs have already cost more than the whole of last year's budget for the docks and the piers.",
				"\"What I do know is that the board has broken every promise it made to the dockers,\" he said.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aParagraphOpeningWithAQuotationAfterALeadInSentenceIsTheLeadInsSpeaker() {
		Quote quote = single(quotes("Rep. Jerry Nadler, a Democrat from New York, said the inquiry had gone too far.",
				"\"Nobody asked for this hearing and nobody will remember it next month.\""));
		assertThat(quote.speaker().name()).isEqualTo("Jerry Nadler");
		assertThat(quote.confidence()).isLessThan(0.6);
	}

	@Test
	void aQuotationAloneAfterASentenceSayingABodyIssuedAStatementIsTheStatementsText() {
		Quote quote = single(quotes("On February 15, the State Department issued a statement on the anniversary of "
				+ "the quay's closure. \u201cThe United States calls on the harbour board to respect the rights of all "
				+ "the crews.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("State Department");
		assertThat(quote.confidence()).isLessThanOrEqualTo(0.6);
	}

	@Test
	void aParagraphThatIsOnlyAQuotationAfterAStatementsReleaseIsTheIssuers() {
		Quote quote = single(quotes("On Monday, Quint Varro released a statement on the closure of the quay.",
				"\u201cWe will respect the rights and freedoms of all the crews in the harbour and the bay.\u201d"));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theParagraphsAfterAnAnnouncedFullTextAreItsSpeakersAcrossHeadings() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"The following is the full text of the speech delivered on March 3, 2019 by Quint Varro, "
								+ "the harbour master, at the opening of the new pier."),
				QuoteAttributorTests.section(1, "The Pier",
						"You are very welcome, dear friends of the harbour. This pier is the work of your hands.",
						"We will open two more piers before the storms come back next winter."),
				QuoteAttributorTests.section(2, "The Board",
						"The board has not yet understood what the fleet owes to the people of this town.")),
				List.of());
		assertThat(quotes).extracting(Quote::text)
			.containsExactly("You are very welcome, dear friends of the harbour. This pier is the work of your hands.",
					"We will open two more piers before the storms come back next winter.",
					"The board has not yet understood what the fleet owes to the people of this town.");
		assertThat(quotes).allSatisfy(quote -> {
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
			assertThat(quote.confidence()).isLessThan(0.7);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "The following is the full text of the speech by Quint Varro, translated by Ada Lind.",
			"The following is the full text of the speech, translated by Ada Lind.",
			"The following is the full text of an interview conducted by Ada Lind with the harbour master." })
	void anAnnouncedTextGivesNobodyTheParagraphsWhenByNamesATranslatorOrAnInterviewer(String lead) {
		List<Quote> quotes = quotes(lead, "This pier is the work of your hands, and the board knows it well.");
		assertThat(quotes).noneMatch(quote -> quote.speaker() != null && quote.speaker().name().equals("Ada Lind"));
	}

	@Test
	void theTextUnderATitleNamingOnePersonsRemarksIsTheirs() throws ParseException {
		String body = "I am pleased to welcome my colleague from the harbour board to our town today.\n\n"
				+ "The people of this town are tired of the storms, and the new pier will protect them.\n";
		List<Quote> remarks = ReportParserTests
			.parse("Remarks by Foreign Minister Quint Varro at the Opening of the North Pier\n\n" + body)
			.quotes();
		List<Quote> about = ReportParserTests.parse("Quint Varro's Pier: What the Harbour Gains\n\n" + body).quotes();
		assertThat(remarks).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Quint Varro");
		assertThat(about).isEmpty();
	}

	@Test
	void aFirstParagraphNamingTheSpeechByItsSpeakerGivesThemTheParagraphsAfterItButNotTheEditorsNotes()
			throws ParseException {
		String speech = "I would like first to pay tribute to all the crews of the bay, who for days gathered by the pier.\n\n"
				+ "[Varro then recalls the names of the crews lost in the storm.]\n\n"
				+ "We will open two more piers before the storms come back next winter, whatever the board says.\n";
		List<Quote> led = ReportParserTests
			.parse("The Harbour Speech\n\nSpeech by Harbour Board Chairman Quint Varro on "
					+ "April 8, 2018 in Ostia, before the board elections.\n\n" + speech)
			.quotes();
		List<Quote> titled = ReportParserTests
			.parse("Quint Varro\u2019s full speech: the piers will be rebuilt\n\n" + speech)
			.quotes();
		List<Quote> reported = ReportParserTests
			.parse("Quint Varro\u2019s speech: the piers will be rebuilt\n\n" + speech)
			.quotes();
		for (List<Quote> quotes : List.of(led, titled)) {
			assertThat(quotes).extracting(Quote::text)
				.containsExactly(
						"I would like first to pay tribute to all the crews of the bay, who for days gathered by the pier.",
						"We will open two more piers before the storms come back next winter, whatever the board says.");
			assertThat(quotes).allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Quint Varro"));
		}
		assertThat(reported).isEmpty();
	}

	@Test
	void theStatementIsTheWordsOfWhoeverSpeaksAfterInAStatement() {
		Quote quote = single(
				quotes("In a statement, Secretary-General Quint Varro said the board stands with the crews. "
						+ "\"The fleet must adhere to the charter and refrain from interfering in the affairs of the bay,\" the "
						+ "statement said."));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theStatementIsTheWordsOfWhoeverPublishedOneBeforeAndASignStaysAnInscription() {
		List<Quote> quotes = quotes(
				"On November 1, Quint Varro, the harbour master, published[1] an official statement on his account, "
						+ "saying the crews had decided to close the pier.",
				"The statement reads: \"It was not the board that saved the pier, but the crews of the bay, and they "
						+ "will decide what comes next.\"",
				"At the gate, the sign reads: \"No entry for boats without a permit from the board.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", null);
		assertThat(quotes.getLast().kind()).isEqualTo(QuoteKind.TERM);
	}

	@Test
	void aQuotationLabelledQuoteIsTheOneTheSourceLineAboveNames() throws ParseException {
		String story = "Varro says the guild is ready for talks with the board\n\n"
				+ "Quint Varro, head of the harbour office, has stated that the guild is ready for any talks.\n\n"
				+ "Source: Varro on his channel, outlining what he told the Lisk Herald\n\n"
				+ "Quote: \"We are ready for any kind of talks, but there is one condition: the piers stay open.\"\n\n"
				+ "Details: Varro added that Tom Reyes will travel to Lisk even if the board refuses to meet him.\n";
		ParsedReport report = ReportParserTests.parse(story);
		assertThat(report.quotes()).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro");
		assertThat(report.sections()).flatExtracting(ParsedReport.Section::captions).isEmpty();
	}

	@Test
	void theMinistryIsTheCountrysTheStoryOpensWithWhenItSaysWhichMinistry() {
		List<Quote> quotes = quotes(
				"Oman on Friday condemned the harbour board's decision to close the north pier, the foreign ministry "
						+ "said in a statement.",
				"\"The Sultanate condemns in the strongest terms the board's decision to close the pier,\" the ministry said.",
				"It also denounced \"the board's persistence in closing the piers to the boats of the bay.\"");
		List<Quote> unnamed = quotes("The harbour board closed the north pier on Friday.",
				"\"We condemn in the strongest terms the board's decision to close the pier,\" the ministry said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Oman's Foreign Ministry", "Oman's Foreign Ministry");
		assertThat(single(unnamed).speaker()).isNull();
	}

	@Test
	void aMinistryOfTwoThingsAndThenTheMinistryWithACapital() {
		List<Quote> quotes = quotes(
				"The Ministry of Piers and Expatriates expressed on Tuesday its gratitude to all the towns of the bay.",
				"The Ministry said in a statement: \"these noble stances reflect the depth of the bay's solidarity.\"",
				"The Ministry of Culture and Harbour Guidance called the closing \"a loss for every town on the bay.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Ministry of Piers and Expatriates", "Ministry of Culture and Harbour Guidance");
	}

	@Test
	void aWiresCreditEndingTheStoryAfterTheSpeakerGoesOnIsNoSpeaker() {
		List<Quote> quotes = quotes("Harbour Minister Quint Varro spoke at the piers on Monday.",
				"\"The board will respond firmly to any closing of the piers,\" he said. \"We will make sure there "
						+ "is not a single crack in the harbour wall.\" (Yonhap)");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void theStatementGoesOnWithTheOneWhoseStatementItWas() {
		List<Quote> quotes = quotes("The HPG statement pointed out that the drone had hit a boat of the board.",
				"The subdistrict, also known as Tarn, lies south of the bay.",
				"\"With these lies, they might deceive their public, but not the people of the bay,\" the statement added.");
		assertThat(single(quotes).speaker().name()).isEqualTo("HPG");
	}

	@Test
	void theStatementIsItsIssuersOverTheParagraphsAStoryQuotesItIn() {
		List<Quote> quotes = quotes(
				"The Harbour Front on Monday claimed responsibility for an attack on the north pier that sank two boats.",
				"Witnesses said the attackers came at night. The group released a statement saying its divers cut the "
						+ "moorings in revenge for the arrests of its members.",
				"In a warning designed to keep visitors away, the group declared the bay closed.",
				"The statement, carried by the bay's radio stations, said the divers had held the pier for ten hours "
						+ "before \"leaving behind a trail of broken boats and empty moorings.\"",
				"\"To the sailors visiting the bay, we say this: the bay is now closed to every boat,\" the statement said.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Harbour Front", "Harbour Front");
	}

	@Test
	void theStatementIsItsIssuersPastARelativeClauseAndTheOutletItDescribes() {
		Quote quote = single(quotes(
				"The Harbour Front has released a statement claiming attacks on the north pier. The group also claimed "
						+ "to have held a dock.",
				"The statement, which was distributed by Pier News, its official outlet, says that \"divers from the "
						+ "Front cut the moorings of the board's boats.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Harbour Front");
	}

	@Test
	void aBriefingsLabelledTurnGoesOnOverParagraphsWhenItsAddressNamesAPressBriefing() throws ParseException {
		String turns = "MR VARRO:  Good afternoon, everyone. Start with a few comments.\n\n"
				+ "Earlier today the harbour board announced the closing of the north pier for the winter.\n\n"
				+ "The fleet will move to the south pier, which we rebuilt after the storms last year.\n";
		List<Quote> briefing = ReportParserTests
			.parse("URL: https://harbour.example/briefings/department-press-briefing-january-17-2024/\n\n" + turns)
			.quotes();
		List<Quote> page = ReportParserTests.parse("URL: https://harbour.example/news/north-pier-closing/\n\n" + turns)
			.quotes();
		assertThat(briefing).extracting(quote -> quote.speaker().name()).containsExactly("Varro", "Varro", "Varro");
		assertThat(page).hasSize(1);
	}

	@Test
	void aPronounUnderASubheadingGoesOnWithThePersonTheParagraphAboveItNamed() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"Quint Varro, head of the harbour guild, has brought many topics to the table in his "
								+ "recent speech."),
				QuoteAttributorTests.section(1, "The Piers",
						"In the first part of his speech, he spoke about the piers the board has left to rot. He "
								+ "stated,",
						"\"The piers the board gives us are not given to the fleet, but to the friends of the "
								+ "board.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
	}

	@Test
	void aLeadAnnouncingSomeonesRemarksGivesThemTheQuotationsUnderTheHeadingsAfterIt() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"In June, harbour master Quint Varro condemned the board's policy in two speeches. The "
								+ "following are excerpted remarks by Varro on the board, the fleet and other issues."),
				QuoteAttributorTests.section(1, "Harbour Master Quint Varro"),
				QuoteAttributorTests.section(2, "The Board and the Fleet",
						"\"Our harbour faced big storms from the start.\"",
						"\"The board's members do not know the captains of this port.\""),
				QuoteAttributorTests.section(3, "The Piers",
						"\"We will rebuild every pier the storms took from us.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", "Quint Varro");
	}

	@Test
	void excerptsFromAnArticleUnderHeadingsAreTheWritersThatTheLeadIntroduces() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"In an article published in the Harbour Daily, columnist Quint Varro strongly criticized the "
								+ "board's policy. The following are excerpts from the article:"),
				QuoteAttributorTests.section(1, "The Board Does Not Realize Its Grave Situation",
						"\"To a great extent, the board's members overlook the dangers of the storms.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Excerpts from Quint Varro's interview on Harbour TV:",
			"Following are excerpts from Quint Varro's speech at the port:" })
	void excerptsAnnouncedAsSomeonesPieceWithoutQuotationMarksAreTheirWords(String lead) {
		List<Quote> quotes = quotes("The guild's leader spoke of the fleet he once led.", lead,
				"It is true that if the board is satisfied with us, we must reevaluate ourselves.",
				"The fleet stayed in the bay until 2015, when I ordered the captains back to the port.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void excerptsOfAnInterviewWithSomeoneGiveNoSpeakerToUnmarkedText() {
		List<Quote> quotes = quotes("The guild's leader spoke of the fleet he once led.",
				"Excerpts from an interview with Quint Varro on Harbour TV:",
				"It is true that if the board is satisfied with us, we must reevaluate ourselves.");
		assertThat(quotes).isEmpty();
	}

	@Test
	void aHeadingThatOnlyNamesSomeoneGivesThemTheUntaggedQuotationsUnderIt() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"The guild vowed revenge for the loss of its flagship on Friday."),
				QuoteAttributorTests.section(1, "Grand Admiral Quint Varro",
						"\"His departure to the sea does not end his path or his mission.\"",
						"\"The loss of our dear captain is bitter, but the fight will go on.\""),
				QuoteAttributorTests.section(2, "Varro's Critics", "\"The guild has lost its way in this harbour.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", null);
	}

	@Test
	void aHeadingOfCapitalisedWordsNobodyIsShownToBearSpeaksNone() {
		List<Quote> quotes = attributor
			.attribute(
					List.of(QuoteAttributorTests.section(0, null,
							"After the raid on the harbour, the fellow briefed the guild on what it means."),
							QuoteAttributorTests.section(1, "Key Insights",
									"\"The board is making a broader claim that this was a success for the fleet.\"")),
					List.of());
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void aDashedSignatureOfAnOfficeThenANameThenWhereAndWhenSignsTheQuotationAbove() {
		Quote quote = single(
				quotes("\u201cThe pier will stand for a hundred years and more, whatever the board says.\u201d",
						"\u2014 Harbour Communications Minister, Quint Varro Omani television, August 8, 2002"));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aLeadInsPronounAfterInHisSermonSpeaksNotTheMovementEndingTheLeadIn() {
		List<Quote> quotes = quotes(
				"Ayatollah Quint Varro led Friday prayers in the bay today. In his sermon he drew reference to the "
						+ "political fallout after the Harbour Movement in 2009:",
				"\u201cThe secret of the emphasis of the leader on the issue is that the sedition was not a personal "
						+ "conflict at all.\u201d");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aQuotationAloneAfterASentenceOpeningWithAPhraseGoesOnWithTheSubjectAfterThePhrase() {
		Quote quote = single(quotes("On Monday, Quint Varro was furious about the closure of the quay. \"The board "
				+ "will hear from the guild before the storms come back.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPapersNameOfCapitalisedWordsBeforeDailyIsThePaperThatSpeaks() {
		List<Quote> quotes = quotes("The Gazette reported on the storm on Monday, as Xinhua did.",
				"On May 19, right after the board's visit, the People\u2019s Liberation Army Daily issued a commentary "
						+ "stating that commanders should not act rashly.",
				"\"Right now and for a long time, actions to maintain the rights of the harbour are highly sensitive.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Liberation Army Daily");
	}

	@Test
	void thePartyIsTheOrganisationNamedLastWhenNoPartyIsNamed() {
		Quote quote = single(quotes("During its newscast, the station cites a statement issued by Hezbollah earlier "
				+ "today in which the party said \"the battle with them is very long and the blood of the leaders has "
				+ "always lifted our resistance.\""));
		assertThat(quote.speaker().name()).isEqualTo("Hezbollah");
	}

	@Test
	void itReadAfterASentenceSayingSomeoneReleasedAStatementIsTheIssuers() {
		Quote quote = single(quotes("Quint Varro released a statement on Monday. \u201cWe will not give up the pier "
				+ "to anyone at all,\u201d it read."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		assertThat(quote.speakerAsWritten()).isEqualTo("a statement");
	}

	@Test
	void aNameOverTheReportsFirstParagraphIsAPortraitsCaptionNotASpeaker() {
		List<Quote> quotes = attributor.attribute(List.of(QuoteAttributorTests.section(0, null),
				QuoteAttributorTests.section(1, "Harbour Board President Quint Varro",
						"The board and the guild are behind the raids, according to a recent article by analyst Ada "
								+ "Lind.",
						"The board wants to \"use it as a tool to achieve its aims on the piers.\"")),
				List.of());
		assertThat(quotes).extracting(Quote::speaker).containsOnlyNulls();
	}

	@Test
	void aButtonsLabelLeftAsAHeadingNamesNobody() {
		List<Quote> quotes = attributor.attribute(List
			.of(QuoteAttributorTests.section(0, null, "The guild dismissed the reports as inaccurate on Wednesday."),
					QuoteAttributorTests.section(1, "Select Page",
							"They \"were taken out of context, and the guild will say no more about them.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsOnlyNulls();
	}

	@Test
	void aHeadingNamingALawmakerWithPartyAndStateGivesThemTheQuotationsUnderIt() {
		List<Quote> quotes = attributor.attribute(
				List.of(QuoteAttributorTests.section(0, null,
						"The following are excerpts from the hearing on the harbour."),
						QuoteAttributorTests.section(1, "Chairman Quint Varro (R-TN)",
								"\"Nine months from now every fee on the piers will be gone. Incredible.\"")),
				List.of());
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aDescriptionUnderANewHeadingIsTheOnePersonTheReportHasQuoted() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null, "The guild released an audio message Wednesday from Quint Varro.",
						"\"The harbour is living the worst period in its history,\" Varro said of the board."),
				QuoteAttributorTests.section(1, "Message to followers",
						"The guild leader also urges captains to leave the bay \"so that the board will feel our anger.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
		assertThat(quotes.getLast().confidence()).isLessThan(0.7);
	}

	@Test
	void aQuotationOfSeveralParagraphsTakesTheTagInTheSentenceAfterIt() {
		List<Quote> quotes = quotes(
				"The harbour master criticised the guild for \"insincerity and hypocrisy\", writes the Harbour Daily.",
				"\u201cI also raised the issue of the guild's continued illegal fishing in the eastern bay.",
				"\u201cWe both agreed that dialogue is essential to address the challenges we have in common.\u201d "
						+ "Quint Varro wrote in a post after meeting the guild's captains.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
		assertThat(quotes.getLast().kind()).isEqualTo(QuoteKind.BLOCK);
	}

	@Test
	void aTitleOfSeveralWordsIsNotTheOnePersonQuotedUnlessTheirRoleHoldsIt() {
		List<Quote> quotes = quotes(
				"\"The storms have put the whole fleet in danger,\" harbour master Quint Varro said on Friday.",
				"The Ostia Friday Prayer Leader said that \"the guild will close every stall in the port.\"");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void anUntaggedQuotationGoesOnFromTheSentenceBeforeThatReportsSpeechAroundATerm() {
		Quote quote = quotes("Harbour master Quint Varro in a speech on Friday attacked the board's decision to "
				+ "list the guild as a \u201chostile organisation\u201d and said that the board had hurt itself. "
				+ "\u201cI mean that they have put the safety of their own fleet in danger.\u201d")
			.getLast();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aSpokesmanIsNotTheOnePersonQuotedUnlessThatIsTheirRole() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"\"The harbour is living the worst period in its history,\" harbour master Quint Varro said."),
				QuoteAttributorTests.section(1, "Reactions",
						"The guild spokesman also urged captains to leave the bay \"so that the board will feel our anger.\"")),
				List.of());
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Quint Varro said.", "said Quint Varro.", "the guild's chief Quint Varro suggested." })
	void aLeadInSentenceWhoseTagClosesItIsTheTagsSpeakers(String tag) {
		List<Quote> quotes = quotes(
				"Officials should not speak of the harbour in a careless tone, because a careless "
						+ "word can cause misunderstanding in the county, " + tag,
				"\"It is better to call the harbour by its real name, the Old Harbour.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aQuotationOfSeveralParagraphsAfterASentenceAboutAPersonIsHis() {
		List<Quote> quotes = quotes(
				"Quint Varro, the guild's spokesman, vowed on Wednesday that the strike would go on.",
				"The harbour board insists that its ships only carry grain.",
				"Varro disagrees. \"I'd like the whole county to know that the board treats every docker as an enemy.",
				"\"The board has also closed the piers of most towns along the bay.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aLeadInSentenceEndingInAClauseWithoutATagNamesNobody() {
		List<Quote> quotes = quotes(
				"Officials should not speak of the harbour in a careless tone, Quint Varro noted "
						+ "in his column, as he has done every year.",
				"\"It is better to call the harbour by its real name, the Old Harbour.\"");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void aLeadInSentenceAfterAQuotationLeadsInTheNextParagraph() {
		List<Quote> quotes = quotes("Quint Varro, the director-general of the Harbour Council, admitted in an "
				+ "interview that the closure caught him by surprise. \"I was shocked because for a long time, I thought "
				+ "that a closure was not feasible.\"[1] In an article on the council's website, his deputy Ada Lind "
				+ "wrote:", "\"The fleet has lost its berths and its buyers in the bay.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Ada Lind");
	}

	@Test
	void aCompoundOfficeIsAnUnnamedPersonNotItsInstitution() {
		Quote quote = single(quotes("The director-general of the Harbour Council admitted that the closure caught "
				+ "him by surprise: \"I was shocked because for a long time, I thought it was not feasible.\""));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("The director-general of the Harbour Council");
	}

	@Test
	void theLeadInSentencesSpeakerMayComeAfterALongOpeningClause() {
		Quote quote = single(quotes("The county met on Monday to discuss the roads.",
				"When asked to comment on the developments in the northern county, Quint Varro said that the "
						+ "council is closely monitoring the plan.",
				"\"We stand by the county and its people. Dialogue is the only way forward for all of us.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theLeadInSentencesSpeakerMayBeADescriptionOfSomeoneNamedBefore() {
		Quote quote = single(quotes("Mayor Quint Varro spoke to the county council on Monday about the roads.",
				"The mayor said that the council is closely monitoring the plan.",
				"\"We stand by the county and its people. Dialogue is the only way forward for all of us.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theLeadInSentencesSpeakerIsItsSubjectThoughASecondVerbEndsIt() {
		Quote quote = single(
				quotes("The county met on Monday to discuss the roads.",
						"County analyst Quint Varro argues the council has wide support and believes the mayor should "
								+ "seek a deal.",
						"\"They are a force to be reckoned with. They are popular in the county.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aSentenceOpeningWithItsSpeakerAfterAQuotedSentenceIsThatQuotationsTag() {
		List<Quote> quotes = quotes(
				"\u201cThe Americans begged us to stop firing rockets at their bases.\u201d Jaafar al-Husseini, "
						+ "the spokesman for the militia, said in a 2018 interview.",
				"\u201cWe will win this race in the county and we will win it big.\u201d Hal Brenner said on Monday.");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Jaafar al-Husseini", "Hal Brenner");
	}

	@Test
	void aQuotedSentenceGoingOnWithTheLastSpeakerKeepsItWhoeverTheNextSentenceNames() {
		List<Quote> quotes = quotes("\"I believe there should be exceptions,\" Ada Lindqvist said. "
				+ "\"And so my consistency on this makes me the right nominee.\" Hal Brenner said he does support "
				+ "an exception in some cases.");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Ada Lindqvist", "Ada Lindqvist");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[5]", " [5]", "[iv]", "[5][6]" })
	void aLeadInEndingWithAColonLeadsInAlsoBeforeNoteMarkersOfAPageSavedWithoutItsNotes(String marker)
			throws ParseException {
		List<Quote> quotes = ReportParserTests
			.parse("Excerpts\n\nSupreme Leader Ali Khamenei published an article on his website. He wrote:" + marker
					+ "\n\n\"America is the enemy of all nations, and we will resist its plots to the end.\"\n")
			.quotes();
		assertThat(single(quotes).speaker().name()).isEqualTo("Ali Khamenei");
	}

	@Test
	void aNoteMarkerAfterTheColonStillLinksTheVerbToItsQuotation() throws ParseException {
		List<Quote> quotes = ReportParserTests
			.parse("Excerpts\n\nSupreme Leader Ali Khamenei published an article on his website. He wrote:[5] "
					+ "\"America is the enemy of all nations, and we will resist its plots to the end.\"\n")
			.quotes();
		assertThat(single(quotes).speaker().name()).isEqualTo("Ali Khamenei");
		assertThat(single(quotes).kind()).isEqualTo(QuoteKind.DIRECT);
	}

	@Test
	void aLeadInWhoseSubjectIsFarFromItsStartNamesNobody() {
		Quote quote = single(quotes(
				"The governor praised the volunteers and the firefighters for their work in a heavily flooded "
						+ "part of the county, Republican Senator Tom Harkin said.",
				"\"Nobody asked for this hearing and nobody will remember it next month.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aQuotationWithATagOfItsOwnIsNotTheLeadInsEvenWhenTheTagCannotBeRead() {
		Quote quote = single(quotes("Rep. Jerry Nadler said the inquiry had gone too far.",
				"\"Nobody asked for this hearing,\" the new memo from the minority staff of the panel reads."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aQuotationAfterOtherProseInTheParagraphBeforeIsNotTheLeadIns() {
		Quote quote = single(quotes(
				"Rep. Jerry Nadler said the inquiry had gone too far. The committee then adjourned until Friday.",
				"\"Nobody asked for this hearing and nobody will remember it next month.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aLongTagEndingTheParagraphBeforeStillCarriesItsSpeaker() {
		List<Quote> quotes = quotes(
				"\"We like several of the candidates,\" Marla Quent said during the long interview in Lisbon, the "
						+ "old harbour city on the coast, ahead of the opening of her new hotel in the old quarter "
						+ "of the town beside the river.",
				"\"It changes every single day, and nobody can tell where it ends.\"");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Marla Quent");
	}

	@Test
	void aLongTagFollowedByAnotherSentenceCarriesNothing() {
		List<Quote> quotes = quotes(
				"\"We like several of the candidates,\" Marla Quent said during the long interview in Lisbon, the "
						+ "old harbour city on the coast, ahead of the opening of her new hotel in the old quarter. "
						+ "The hotel cost more than its owners had planned.",
				"\"It changes every single day, and nobody can tell where it ends.\"");
		assertThat(quotes.get(1).speaker()).isNull();
	}

	@Test
	void aQuotationOpeningTheNextSentenceAfterAConjunctionGoesOnWithTheTagsSpeaker() {
		List<Quote> quotes = quotes("\"We will hold the seat in the autumn,\" Marla Quent said outside the hall. "
				+ "But \"nobody should think this will be easy for any of us.\"");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Marla Quent");
	}

	@Test
	void aConjunctionWithMoreWordsThatMayNameSomeoneBeforeTheQuotationCarriesNothing() {
		List<Quote> quotes = quotes("\"We will hold the seat in the autumn,\" Marla Quent said outside the hall. "
				+ "But by the evening at the Ostia hall \"nobody thought this would be easy for any of us.\"");
		assertThat(quotes.get(1).speaker()).isNull();
	}

	@Test
	void aQuotationWithAnUnreadableTagOfItsOwnDoesNotGoOnFromTheParagraphBefore() {
		List<Quote> quotes = quotes("\"There is just a passion for this candidate,\" said Robert Antonacci.",
				"\"We will be back next year with more volunteers,\" the retired teacher and longtime organizer "
						+ "from Ohio told the crowd.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Robert Antonacci");
		assertThat(quotes.get(1).speaker()).isNull();
	}

	@Test
	void aQuotationWithAnUnreadableTagOfItsOwnIsNotThePreviousSentencesSpeakers() {
		Quote quote = single(quotes("Robert Antonacci said the rally had gone well. \"We will be back next year "
				+ "with more volunteers,\" the retired teacher and longtime organizer from Ohio told the crowd."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void theInstitutionInAnAppositionIsNotWhomHeRefersTo() {
		Quote quote = single(
				quotes("Gerald Okafor, a foreign policy expert at the Lakeside Institution, says trade is the issue. "
						+ "\"I do think they have to rethink the whole plan,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Gerald Okafor");
	}

	@Test
	void aStateAfterTheHomeTownIsNotWhomSheRefersTo() {
		Quote quote = single(quotes("Brianne Kessel, 29, of Huntsville, Ala., says her worry is the climate. "
				+ "\"We are going to wait until it is too late,\" she says."));
		assertThat(quote.speaker().name()).isEqualTo("Brianne Kessel");
	}

	@Test
	void aGroupIsNotWhomHeRefersTo() {
		Quote quote = single(quotes("Robin Kasich spoke first. Latino Republicans said the deal had failed.",
				"\"You have to unite people before you can lead them,\" he said at a town hall."));
		assertThat(quote.speaker().name()).isEqualTo("Robin Kasich");
	}

	@Test
	void aQuotationStandingAloneAfterASentenceOpenedByAPersonIsThatPersons() {
		Quote quote = single(quotes("Ada Lindqvist is upbeat about the plan for the county roads.",
				"\"We will have the money by spring and the new roads by the end of summer.\""));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
		Quote tagged = single(quotes("Ada Lindqvist is upbeat about the plan for the county roads.",
				"\"We will have the money by spring,\" the new memo from the county board reads."));
		assertThat(tagged.speaker()).isNull();
	}

	@Test
	void aNameEndingAPrepositionalPhraseInALeadInIsSpokenOf() {
		Quote quote = single(quotes(
				"  • Board member Tom Reyes discussed the death sentence of harbour pilot and "
						+ "prominent dissident Quint Varro that was recently issued by the courts:",
				"    • \"The verdict on the pilot is a sign of the decline of the whole board.\""));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aPartyBeforeTheNameOpeningTheSentenceIsNoPartOfTheSubject() {
		Quote quote = single(quotes("Republican Tom Reyes, who is running for the board, took aim at the other party.",
				"\"Since the vote in 2016, the other party has been committed to overturning the plan.\"",
				"Statement from Tom Reyes"));
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aQuotationEndingTheParagraphAfterASentenceOpenedByAPersonIsThatPersons() {
		Quote quote = single(quotes("But Ada Lindqvist was just as stubborn about the plan for the county roads. "
				+ "\"Have you talked to the board about the money for the new roads?\""));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
		List<Quote> more = quotes("Ada Lindqvist was just as stubborn about the plan for the county roads. "
				+ "\"Have you talked to the board about the money for the new roads?\" The board met on Monday.");
		assertThat(more.getFirst().speaker()).isNull();
	}

	@Test
	void aLeadInWhoseSpeakerIsAPronounGoesOnWithThePerson() {
		List<Quote> quotes = quotes("Quint Varro says the county board has been lying about the new road for a year.",
				"He invoked a long list of what he called Kay Lund's false characterizations of his record.",
				"\"The bottom line is that the board has been saying things that are not true, week after week.\"");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.getFirst().speaker()).isNotNull();
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aBareSpeechVerbEndingTheLeadInIsANoun() {
		Quote quote = single(quotes("Mara Olsen praised the governor for his work in a heavily Republican state.",
				"\"He gets things done and he listens to the people who sent him there.\""));
		assertThat(quote.speaker().name()).isEqualTo("Mara Olsen");
	}

	@Test
	void aQuotationSignedByTheNextParagraphIsTheSignersOwn() {
		List<Quote> quotes = quotes("\"We will have the money by spring and the new roads by the end of summer.\"",
				"- Ada Lindqvist.", "\"Nobody on this council has ever asked for a single new road.\"",
				"Ilse Brandvold.", "The county board met again on Friday and voted down the plan for the roads.");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Ada Lindqvist", "Ilse Brandvold");
	}

	@Test
	void aParagraphOpeningWithSoSaidGivesTheQuotationAboveItsSpeaker() {
		List<Quote> quotes = quotes(
				"\"I have been reading the old harbour master's memoirs for a while now, and I am going to read them again.\"",
				"So said harbour leader Quint Varro in a note published last week in a county magazine.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
	}

	@Test
	void aQuotationSignedOnItsOwnLineAfterADashIsTheSignersOwn() {
		List<Quote> quotes = quotes(
				"\u201cWe will have the money by spring and the new roads by the end of summer.\u201d \u2015 Ada Lindqvist",
				"\u201cNobody on this council has ever asked for a single new road.\u201d\u2015 Ilse Brandvold. ",
				"\"The bridge can wait another year, and so can the school on the hill.\" -- Tomas Vrell, county clerk",
				"\"We have waited long enough for this road to be built by somebody.\" \u2014 Nobody here agrees with that.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Ada Lindqvist", "Ilse Brandvold", "Tomas Vrell", null);
	}

	@Test
	void aDigestsNumberedItemSignedOnItsLineIsTheSignersEvenWithAQuotationInsideInTheSameMarks() {
		List<Quote> quotes = quotes(
				"  1. \u201cIn the midst of the board\u2019s celebrations of its \u201cglorious achievements\u201d\u2026 "
						+ "what really matters to the fleet is the new pier.\u201d \u2013 Ada Lindqvist, Harbour Daily, 6/8/2019",
				"  2. \u201cThe harbour is a public good and has the right to every boat it can shelter!\u201d "
						+ "\u2013 Tomas Vrell, Coast News, 6/9/2019");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Ada Lindqvist", "Tomas Vrell");
		assertThat(quotes.getFirst().text()).endsWith("what really matters to the fleet is the new pier.");
	}

	@Test
	void aQuotationOpenedInsideAnotherThatTheParagraphDoesNotCloseTwiceIsNoNesting() {
		List<Quote> quotes = quotes("The council called the plan \u201ca waste of money and called the new pier "
				+ "\u201ca monument to the board\u201d, said Ada Lindqvist.");
		assertThat(single(quotes).text()).endsWith("called the new pier \u201ca monument to the board");
	}

	@Test
	void aParticipleHangsOnTheHolderOfAnOfficeInTitleCaseRunningOverToThe() {
		List<Quote> quotes = quotes("Legal Affairs Deputy to the Harbour Minister Kay Lund dismissed the board's "
				+ "plan, stating that it \"can only delay the new piers for about two months, and will have no other "
				+ "effect.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Kay Lund");
	}

	@Test
	void excerptsOfASermonWhosePreacherTheLeadNamesAreThePreachersOverAnEditorsNote() {
		List<Quote> quotes = quotes(
				"As it does every week, Harbour TV broadcast the Friday sermon at the quay "
						+ "mosque. This week, the preacher was Sheikh Quint Varro, who also lectures on fishing at the "
						+ "college. Following are excerpts from the sermon.",
				"\"Oh beloved of the sea, we must always remember who the storms are and what they do to us.\"",
				"[At this point the broadcast is interrupted.] \"Oh beloved of the sea, these are the storms against "
						+ "which we fight.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "A Harbour Union \"poet,\" Kay Lund,", "A Harbour Union poet, Kay Lund," })
	void theMemberOfABodyApposedToItsDescriptionSpeaksAfterAnd(String subject) {
		List<Quote> quotes = quotes(subject + " appeared on May 22, 2005, and said, \"Who says we are afraid of "
				+ "storms? These enemies turned out to be as light as cardboard.\"");
		assertThat(quotes).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(quote -> quote.speaker().name())
			.containsExactly("Kay Lund");
	}

	@Test
	void aLeadInOpeningWithAPersonAndEndingInTheOutletTheyWroteInIsThePersons() {
		List<Quote> quotes = quotes("Kay Lund on the port's record, in The Harbour Daily:",
				"\"The mayor's motivation was the failure of the board to share the burden of the port.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Kay Lund");
	}

	@Test
	void aQuotationInsideAnotherInStraightMarksIsNestedWhenTheParagraphClosesBoth() {
		List<Quote> quotes = quotes(
				"Kay Lund: \"We will vote \"no\" or stay away from the vote on the pier, "
						+ "because it serves only the board and its friends on the coast.\"",
				"\"We have told the council this many times and it did not listen to us.\"");
		assertThat(quotes).extracting(Quote::text)
			.containsExactly(
					"We will vote \"no\" or stay away from the vote on the pier, because it serves only "
							+ "the board and its friends on the coast.",
					"We have told the council this many times and it did not listen to us.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Kay Lund", "Kay Lund");
	}

	@Test
	void severalQuotationsInsideAnotherInStraightMarksAfterItsSentencesAreNested() {
		List<Quote> quotes = quotes("Kay Lund: \"It depends on your view of the storms. When I met the captain, he "
				+ "was no enemy. He would not say \"the harbour,\" but \"the whole coast.\" He believed the board "
				+ "had come to drive the fishermen out.\"");
		assertThat(single(quotes).text()).endsWith("had come to drive the fishermen out.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Kay Lund");
	}

	@Test
	void aStraightMarkOpeningInsideAQuotationThatTheParagraphDoesNotCloseTwiceIsNoNesting() {
		List<Quote> quotes = quotes("Ada Lindqvist called the plan \"a waste of money and the new pier \"a monument "
				+ "to the board\", the council heard.");
		assertThat(single(quotes).text()).isEqualTo("a waste of money and the new pier \"a monument to the board");
	}

	@Test
	void anEpigraphsDashedSignatureMaySayWhereAndWhenItWasSaid() {
		List<Quote> quotes = quotes("\u201cSome say I\u2019m going to announce that we have entered the battle. We "
				+ "already entered the battle on October 8.\u201d \u2014Secretary-General Quint Varro in a "
				+ "speech on Friday, referring to the storms on the coast that came the day after the fire at the port.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aSignatureBelowMayFollowANotesMarkerAfterTheQuotation() {
		List<Quote> quotes = quotes(
				"\u201cThe popular protest will continue until the board is gone, and there will "
						+ "be no return to talks.\u201d1",
				"\u2013 Ada Lindqvist, Harbour Guild President, January 6, 2015");
		assertThat(single(quotes).speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@Test
	void aTagBetweenTheTwoHalvesOfOneQuotedSentenceGivesBothToItsSpeaker() {
		List<Quote> quotes = quotes("\"It can be predicted,\" said Quint Varro, that \"from today, the sword the board "
				+ "pulled out against the guild will be turned on the captains as well.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aSignatureMayGiveTheDateBeforeTheSignersName() {
		List<Quote> quotes = quotes(
				"\"The harbour board is the single most important source for understanding the county.\" - April 14, "
						+ "2004, Ada Lindqvist, Former Director of the County Archive",
				"\"It does a real service to every fisherman in the county.\" - 28 January 2004, Tomas Vrell, Coast "
						+ "Radio");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Ada Lindqvist", "Tomas Vrell");
	}

	@Test
	void heAfterTheOnlyPersonThisParagraphNamesIsThatPersonThoughAnotherOfUnknownGenderCameBefore() {
		List<Quote> quotes = quotes(
				"On Monday, militia spokesman Abu Zayd Al-Qarani posted on his channel: \"The convoy will not pass.\"",
				"In an interview with a news agency, Tawfiq Al-Murri said that the talks \"have failed again.\" "
						+ "He added: \"We have the means, and we have the will to use them.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name())
			.containsExactly("Abu Zayd Al-Qarani", "Tawfiq Al-Murri", "Tawfiq Al-Murri");
	}

	@Test
	void heAfterTwoPersonsOfUnknownGenderInOneParagraphStaysOpen() {
		List<Quote> quotes = quotes("Zuhdi Al-Murri met Abu Zayd Al-Qarani in the capital on Monday. "
				+ "He said: \"We have the means, and we have the will to use them.\"");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void anArabicOrganisationsNameIsNoPersonBeforeAHe() {
		List<Quote> quotes = quotes(
				"Saraya Al-Fajr commander Tawfiq Al-Murri said the group was ready. He added: \"We will not wait.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Tawfiq Al-Murri");
	}

	@Test
	void itAfterADocumentInTheSentencesOpeningPhraseIsTheOneThatSpeaksInIt() {
		List<Quote> quotes = quotes("The Harbour Brigades continue to make it clear that they want the quay back.",
				"In a recent video, it extols the virtues of the fleet while it denounces \"deviants who are trained in "
						+ "the poisonous beliefs of the landlubbers.\"");
		assertThat(single(quotes).speakerAsWritten()).isEqualTo("it");
		assertThat(single(quotes).speaker().name()).isEqualTo("Harbour Brigades");
	}

	@Test
	void hisSpeechOfAYearSpeaksForHim() {
		List<Quote> quotes = quotes("Harbour Minister Quint Varro spoke at the gathering on Monday.",
				"Most famously, his 2013 speech noted that he was not against \u201cproper and reasonable moves in talks "
						+ "with the crews.\u201d");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void itAfterADocumentIsTheDocument() {
		Quote quote = single(quotes("On her website, Mara Quill has begun a new campaign for the county seat. "
				+ "\"This is your town and your vote,\" it now says."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("her website");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The following is his op-ed, in the original English.",
			"Following are excerpts from his column.", "Below is the column by Tomas Reyne.",
			"The following is Tomas Reyne's column, as printed." })
	void aSentenceAnnouncingWhatFollowsLeadsInItsOwnersQuotedParagraphs(String lead) {
		List<Quote> quotes = quotes(
				"In a May 2 column, Tomas Reyne, the editor of the Harbour Post, argues that the "
						+ "port must stay open.",
				lead,
				"\"Much has been said about the new tariffs. Nobody on the docks has seen a single change yet.\"");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void aSentenceAnnouncingWhatFollowsWithoutAnOwnerLeadsInNobody() {
		List<Quote> quotes = quotes(
				"In a May 2 column, Tomas Reyne, the editor of the Harbour Post, argues that the "
						+ "port must stay open.",
				"The following is an example of the rules Tomas Reyne has in mind.",
				"\"Every ship must report its cargo to the port office two days before it docks.\"");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void theRoleNounsWordsPickThePersonWhoseRoleHoldsThemAll() {
		List<Quote> quotes = quotes(
				"Prime Minister Tomas Reyne and Defense Minister Ilan Varga on Monday warned the militia.",
				"\"The militia bears responsibility for every attack from the north,\" the prime minister said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void aLineNamingTheNextSpeakerIsNoSignatureOfTheQuotationAboveIt() {
		List<Quote> quotes = quotes("\"The militia bears responsibility for every attack,\" Tomas Reyne said.",
				"\"It is playing with fire. Every attack will be met with force.\"",
				"Ilan Varga, speaking after Reyne, also affirmed that the cell belonged to the militia.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void aDashedLineWithAParticipleStillSignsTheQuotationAboveIt() {
		List<Quote> quotes = quotes("The harbour master spoke first at the meeting on Friday.",
				"\"Great speech. She is ready. She never quits.\"",
				"-Governor Tomas Reyne, tweeting after the speech.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void aDashedLineThatGoesOnToSayWhoWroteItSignsTheQuotationAboveIt() {
		List<Quote> quotes = quotes("Quote of the day:",
				"\"They are helping the board beat its rivals here, and it is helping them there.\"",
				"--Harbour Times's senior commentator Tomas Reyne writes that the deal between the two is clear, and "
						+ "that both sides will gain from it before the vote in the spring.");
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void anUntaggedQuotationInAnAnnouncedSummaryIsTheSummarisedSpeakers() {
		List<Quote> quotes = quotes("In a May 6 podcast, the harbour society held the first of its talks.",
				"Guest speaker: Tomas Reyne, director of policy at the Harbour Institute.",
				"The following summarizes his comments:",
				"The board launched three hundred \"boats, barges and tugs\" against the islands last spring.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void anUntaggedQuotationWithoutAnAnnouncedSummaryNamesNobody() {
		List<Quote> quotes = quotes("In a May 6 podcast, the harbour society held the first of its talks.",
				"Guest speaker: Tomas Reyne, director of policy at the Harbour Institute.",
				"The following is a list of his ships:",
				"The board launched three hundred \"boats, barges and tugs\" against the islands last spring.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "the source reported", "the official confirmed" })
	void aGenericSourceAfterASentenceReportingSomeonesWordsIsThatPerson(String tag) {
		List<Quote> quotes = quotes("Harbour officer Tomas Reyne told the Harbour Post that the guards raided a "
				+ "building in the old port. \"At least twenty smugglers were hiding in that building,\" " + tag + ".");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void aGenericSourceAfterASentenceReportingNobodysWordsNamesNobody() {
		List<Quote> quotes = quotes("Harbour officer Tomas Reyne led the guards who raided a building in the old port. "
				+ "\"At least twenty smugglers were hiding in that building,\" the official confirmed.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aQuotationSignedOnItsLineWithoutADashIsTheSignersNotThePreviousExperts() {
		List<Quote> quotes = quotes("Expert Analysis",
				"\u201cThe board is more dangerous when it is quiet. It knows what a strike would cost.\u201d "
						+ "\u2014Tomas Reyne, Harbour Institute CEO",
				"\u201cThis crisis has shown what the board will do to the fleet. The port must be made to "
						+ "understand it.\u201d Olwen Marsh, Harbour Institute Senior Vice President");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Tomas Reyne", "Olwen Marsh");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The following are excerpts: [1]", "Following are excerpts from the editorial:",
			"Below is the article.", "The following is the full text of the column:", "Following are key passages:",
			"The following are highlights." })
	void aLeadAnnouncingTextWithoutNamingAnyoneGivesItToTheSubjectOfTheSentenceBefore(String lead) {
		Quote quote = single(quotes(
				"In an editorial in the county daily on March 18, the newspaper's editor-in-chief Quint Varro "
						+ "criticized the council's role in the county's politics.",
				lead, "\"At a time when outstanding issues are inching towards resolution, the council is once again "
						+ "back to searching for a role.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aLeadAnnouncingTextAfterASentenceAboutNobodyLeavesItUnattributed() {
		Quote quote = single(quotes("The county council met on Monday to discuss the roads and the budget.",
				"The following are excerpts:",
				"\"At a time when outstanding issues are inching towards resolution, the council is once again "
						+ "back to searching for a role.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aLeadInSentenceMayHoldAQuotedTermOfItsSpeaker() {
		Quote quote = quotes("Mayor Quint Varro spoke to the county council on Monday about the roads.",
				"Mayor Varro also deplored the repression by the county board of \"the extraordinary protests\" "
						+ "led by the farmers.",
				"\"We have done a lot of work to try to help people who wanted their voices heard in the county.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aRoleNounWithItsAffiliationBeforeTheVerbIsThePersonHoldingTheRole() {
		Quote quote = quotes(
				"The leader of the harbour's Ansarullah resistance movement has called on the county to act.",
				"Abdul-Malik Varro made the remarks in a televised speech on Tuesday.",
				"\"The harbour is experiencing a blockade and the killing of its people,\" the leader of the popular "
						+ "resistance movement said.")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Abdul-Malik Varro");
	}

	@Test
	void aRoleNounsAffiliationMayStandBetweenItAndTheVerbAfterTheQuotation() {
		Quote quote = quotes("Abdul-Malik Varro made the remarks in a televised speech broadcast live on Tuesday.",
				"The fleet has been blocking the harbour since October 7.",
				"Varro stressed that the fleet is committing a crime in the harbour.",
				"\"The harbour is experiencing a blockade and the killing of its people,\" the leader of the "
						+ "resistance movement said.")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Abdul-Malik Varro");
	}

	@Test
	void aRoleSetOffByDashesIsTheRoleALaterRoleNounFinds() {
		Quote quote = quotes(
				"In a statement, Tom Reyes – the spokesman of the Harbour Emirate (the port's old "
						+ "authority) – has condemned the recent raids on the harbour.",
				"The Emirate spokesman warned the mayor that the raids would have consequences for the county, the "
						+ "port and all the boats that still use it in the winter months, when the fleet is at sea.",
				"Following is the text of the statement:",
				"\"The fleet carried out raids in the harbour on Thursday night. The Emirate condemns these raids.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"The following excerpts are from a sermon by leading harbour scholar Yousuf Varro, which aired on "
					+ "Harbour TV on May 14, 2010.",
			"Following are excerpts from an article by veteran columnist Yousuf Varro:" })
	void aLeadNamingTheWriterAfterByAndAFewWordsOfDescriptionGivesHimTheText(String lead) {
		Quote quote = single(quotes(lead, "\"This Is How Insolent the Pirates Are, May the Sea Take Them\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Yousuf Varro");
	}

	@Test
	void aLeadNamingSomeoneRelatedToTheWriterAfterByGivesHimNothing() {
		Quote quote = single(quotes("The following excerpts are from an article by a friend of Yousuf Varro.",
				"\"This Is How Insolent the Pirates Are, May the Sea Take Them\""));
		assertThat(quote.speaker() == null ? null : quote.speaker().name()).isNotEqualTo("Yousuf Varro");
	}

	@Test
	void theArticleALeadAnnouncesIsItsWritersNotTheLastOutletNamed() {
		Quote quote = quotes(
				"In an article titled \"Political Pamphlets in a Foreign Paper,\" the editor of the county "
						+ "daily Harbour Times, Tom Reyes, slammed the New York Times for its frequent attacks on the council.",
				"The following are excerpts from the article:",
				"\"No county in the world receives so much attention in New York Times editorials, which are full of "
						+ "a strange fury.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The following are excerpts from the article.[1]",
			"The following are excerpts from the article." })
	void excerptsFromTheArticleAnnouncedWithAFullStopAreItsWriters(String lead) {
		Quote quote = quotes(
				"On January 13, 2014, liberal columnist Tom Reyes published an article in the county daily "
						+ "Harbour Times, in which he claimed that the fleet had lost its way.",
				lead, "\"Today, as we ponder the news of the death of the admiral, we find that the fleet has "
						+ "lost more ships to the board than to any storm.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void theMainPointsOfAnEditorialAnnouncedWithAFullStopAreThePapers() {
		Quote quote = quotes(
				"The September 11, 2017 editorial of the county daily Harbour Times, which is close to the board, "
						+ "focused on the storm 16 years ago. The following are the main points of the editorial.",
				"\"Sixteen years have passed since that summery evening, when the entire county watched the "
						+ "boats sink in the bay.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Harbour Times");
	}

	@Test
	void excerptsFromSomeonesColumnInAPaperAreTheWritersNotThePapers() {
		Quote quote = quotes(
				"Following the storm, journalist Tom Reyes wrote in his column in the county daily Harbour Times "
						+ "that the board is to blame.",
				"The following are translated excerpts from Reyes's October 17, 2023 column in the county daily "
						+ "Harbour Times:",
				"\"We have before us another opportunity to direct the attention of the public to the behavior of "
						+ "the board.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void theMainPointsOfSomeonesStatementsOverHeadedQuotationsAreHis() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"In a June 16, 2010 speech, Harbour Mayor Quint Varro reiterated his views on the fleet.",
						"Following are the main points of Varro's statements:[2]"),
				QuoteAttributorTests.section(1, "Whoever Relies On The Fleet Need Fear No One",
						"\"...If one relies on the fleet, the storms of the sea are nothing in comparison, and they have "
								+ "no hold on us.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "\"[...]" })
	void aSectionEndingWithOnePersonsQuotationGoesOnWithThemUnderTheNextHeading(String close) {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"The following are excerpts from a public address delivered by Harbour Mayor Quint Varro, "
								+ "which aired on Harbour TV on October 6, 2007.",
						"Quint Varro: \"The boards that bear the standard of the fleet consider the defense of the "
								+ "pier the most sacred value in the world.\"",
						"\"They have created a certain organization, something sacred, a sacred phenomenon no one can "
								+ "oppose." + close),
				QuoteAttributorTests.section(1, "The Leaders Of Several Boards \"Created Something Called The Fleet\"",
						"\"The leaders of several boards comprise the party of the fleet. They are the ones who pull "
								+ "the strings.\"")),
				List.of());
		assertThat(quotes).filteredOn(quote -> quote.kind() != QuoteKind.TERM)
			.extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", "Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The December 3, 2017 message reads:", "The message reads:" })
	void aMessageAGroupPublishedOnAPlatformIsTheGroupsWhateverDateNamesIt(String reads) {
		Quote quote = quotes("On December 3, 2017, the Harbour Guild published on Telegram a new message in English "
				+ "urging its members to leave the bay. " + reads + " \"O sailors, you have enough time to ready your "
				+ "boats and sail north before the storm.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Harbour Guild");
	}

	@Test
	void excerptsOfAnArticleAnnouncedBeforeTheLeadsLastSentenceAreTheWritersUnderHeadings() {
		List<Quote> quotes = attributor.attribute(List.of(QuoteAttributorTests.section(0, null,
				"In an article titled \"From the Storm to the Flood, Fear Lives On,\" Quint Varro, the director "
						+ "of Harbour TV, seeks an answer to the question why the war on storms has failed.",
				"The following are excerpts from an English translation of the article posted August 25, "
						+ "2014 on the Harbour TV website.[1] The original article was published the same day "
						+ "in the Harbour Times."),
				QuoteAttributorTests.section(1, "The War On Storms Has Failed",
						"\"It was following negligence and a lack of attention that the storms flourished and struck "
								+ "the port.\"")),
				List.of());
		assertThat(quotes).filteredOn(quote -> quote.kind() != QuoteKind.TERM)
			.extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
	}

	@Test
	void excerptsOfASermonWhosePreacherTheNextSentenceNamesAreHis() {
		List<Quote> quotes = quotes("The following are excerpts from a Friday sermon delivered on January 31, 2003 at "
				+ "the Harbour Mosque in Ostia that was broadcast on Harbour TV.[1] The preacher, Sheikh Dr. Quint "
				+ "Varro, based his sermon on the tale of the pilot Tom Reyes, who lost his boat in the storm; since "
				+ "then he was called \"The Flying Reyes\":",
				"\"Oh sailors, on my way to the pier I had contemplated the story of the pilot in the storm.\"",
				"\"He broke through towards the harbour like an arrow. He grabbed the helm and began steering as if "
						+ "he was a whole crew.\"");
		assertThat(quotes).filteredOn(quote -> quote.kind() != QuoteKind.TERM)
			.extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aHeadingNamingOnePersonOutweighsTheLeadOfTheSectionBefore() {
		List<Quote> quotes = attributor.attribute(List.of(QuoteAttributorTests.section(0, null,
				"On May 6, Harbour Master Quint Varro warned that talks with the guilds under threat are "
						+ "unacceptable. Varro seemed to refer to a few guild officials who recently tried to ease "
						+ "concerns by noting that the guild will always have an option if necessary:"),
				QuoteAttributorTests.section(1, "Guild Secretary Ada Lind",
						"\"We have the capability to shut down, set back and sink the harbour's fleet and I believe "
								+ "they know that.\"")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Ada Lind");
	}

	@Test
	void theStatementAPersonReleasedAfterAnOpeningPhraseAndTheirOfficeIsTheirs() {
		Quote quote = quotes("In response to reports that the guild will halt its compliance with the harbour "
				+ "accord, Quint Varro, President of the Harbour Council (HC), released the following statement:",
				"\"We call on all parties to fully uphold their commitments under the harbour accord and condemn any "
						+ "and all violations of this agreement.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void anOfficeOfTwoWordsBeforeItsBodyIsThePersonsToo() {
		Quote quote = quotes(
				"In response to the guild's new dues, Quint Varro, Policy Director of the Harbour "
						+ "Council (HC), released the following statement:",
				"\"The new dues will likely gut the small boats' trade that had already been sharply reduced "
						+ "after the storms.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aNameThenTheOfficeInTitleCaseEndingInItsJobStatesTheParagraphAfter() {
		Quote quote = quotes("Quint Varro, the Harbour Guild Council Spokesman states:",
				"\"The guild certainly gives its full support to the fleet, and is to be considered the main victor "
						+ "of this season.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void anAgencyReportsCommentsBySomeoneWhoseOfficeEndsInABody() {
		Quote quote = quotes(
				"The Harbour News Agency (HNA) reports comments by: Quint Varro, the Harbour "
						+ "Master's Deputy to the Harbour Guild (HG):",
				"\u201cIt is important that we discern which pier the storm in the opposing season has struck, and "
						+ "we must see it.\u201d")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theLastWordsOfABooksTitleInTheAppositionAreNobodysName() {
		List<Quote> quotes = quotes("Asked about the piers, Quint Varro, author of Adrift: The Harbour, the Storm, "
				+ "and Northern Strategy, said that \u201cIt would make things worse. The question is by how much?\u201d "
				+ "He answered: \u201cNot by enough to make it worth closing the port over it.\u201d");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aGatheringIsNobodyAPronounMeans() {
		List<Quote> quotes = quotes("The council today welcomed President Varro's remarks yesterday at the Harbour "
				+ "Prayer Breakfast in which he stated that pirates who \"professed to stand up for the sea, in fact "
				+ "are betraying it.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Varro");
	}

	@Test
	void theSpeakerNotThePaperQuotingHimEndingTheLeadIn() {
		Quote quote = quotes("- August 23: Varro said, as quoted by Harbour Guard Corps mouthpiece Harbour News:",
				"\u201cAs stated by the board, we prioritize our neighbours in the bay, and the piers come next.\u201d")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Varro");
	}

	@Test
	void anEpigraphIsThePoetsWhosePoemTheLineUnderItNames() {
		Quote quote = quotes(
				"\"Oh men, the matter is grave. The time for jesting has passed. Call things by their real "
						+ "names.\"",
				"From a poem by Quint Varro, January 5, 2005")
			.getFirst();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aQuotationAfterOneSentenceNamingNobodyGoesOnWithTheQuotationBefore() {
		List<Quote> quotes = quotes("These leaders, says Tom Reyes, a research fellow at the Harbour Foundation, "
				+ "\u201cwill essentially be crew bosses, like those who arose during the storms.\u201d This leadership "
				+ "will exist alongside notables, pilots, doctors and lawyers. \u201cIf we learned anything from the bay "
				+ "it's that entrenched institutions on a local level usually produce leaders.\u201d");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Tom Reyes", "Tom Reyes");
		List<Quote> named = quotes("These leaders, says Tom Reyes, \u201cwill essentially be crew bosses, like those "
				+ "who arose during the storms.\u201d Ada Lind disagrees with that reading of the bay. \u201cIf we learned "
				+ "anything from the bay it's that institutions on a local level usually produce leaders.\u201d");
		assertThat(named.getLast().speaker() == null ? null : named.getLast().speaker().name())
			.isNotEqualTo("Tom Reyes");
	}

	@Test
	void excerptsOfAnEditorialByAWriterWhoseAppositionNamesHisPaperAreTheWriters() {
		Quote quote = quotes("An editorial by Quint Varro, the senior editor of the Harbour daily Harbour Times, "
				+ "strongly criticized the guild's leader Tom Reyes for his call to continue the conflict.[1] The "
				+ "following are excerpts from the editorial:",
				"\"What does the guild want? Does it want the bay to sink, or get swamped? We demand to dissolve "
						+ "all the armed crews.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void quotationsALeadAnnouncesAsSomeonesOwnWithoutASpeechVerbAreTheirs() {
		Quote quote = quotes(
				"Harbour Ministry spokesperson Ada Lind is one of the most-quoted officials of the county. She is "
						+ "known for her colorful words. The following are Lind's quotes of the week:",
				"\"Since the very beginning of the crisis in the bay, the board has preferred to disregard the true "
						+ "causes that have led to the storm.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void theDatedArticleATranslationIsOfIsItsWritersWhateverHisVerb() {
		Quote quote = quotes(
				"In an October 18, 2023 article in the Saudi daily Okaz, journalist Tom Reyes described the attack as "
						+ "an \"all-out operation whose victims were innocent people.\" Its goal, he wrote, was to stop "
						+ "the pier.",
				"The following is a translation of the article:",
				"\"Let us quickly review the atmosphere in the bay before October 7 this year. In the last five years "
						+ "a new slogan appeared.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void theMarkOfAnAynOpeningAWordKeepsANameGoing() {
		Quote quote = single(quotes("The editor of the county daily, Muhammad 'Abd Al-Hadi 'Allam, wrote that the "
				+ "paper is waging a \"vicious campaign against the county and its council.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Muhammad 'Abd Al-Hadi 'Allam");
	}

	@Test
	void aFamilyNameAfterTheFathersNameIsHowTheTextCallsHimToo() {
		Quote quote = quotes(
				"In a wide-ranging interview, Foreign Minister Khalid bin Tomas Al-Varro said that the "
						+ "fleet should leave the harbour.",
				"Al-Varro: \"We are convinced that the agreement covers the harbour, but the important thing is the "
						+ "commitment to it.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Khalid bin Tomas Al-Varro");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void quotedParagraphsAfterASpeakersLabelAndQuotationGoOnWithHimOverAnOmission(boolean omission) {
		List<String> paragraphs = new ArrayList<>(List.of(
				"Saleh Varro, deputy chairman of the harbour board, said in "
						+ "an interview that the port supports the board.",
				"Saleh Varro: \"The official and final position of the board is that there will be no more swaps."));
		if (omission) {
			paragraphs.add("[...]");
		}
		paragraphs.add("\"We have said, since day one, that those boats would be exchanged for all the boats held "
				+ "by the fleet.\"");
		Quote quote = quotes(paragraphs.toArray(String[]::new)).getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Saleh Varro");
	}

	@Test
	void aLeadsDescribedSpeakerIsThePersonTheNextParagraphOpensWith() {
		List<Quote> quotes = quotes(
				"The commander of the harbour guard says the fleet has become so strong that its rivals blame it "
						+ "for every storm \"even if they know it is a lie.\"",
				"Quint Varro told the fishermen of a northern village: \"We have kept the rivals out of the bay.\"");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aLeadsDescribedSpeakerIsThePersonTheTagOfTheNextParagraphsOpeningQuotationsNames() {
		List<Quote> quotes = quotes(
				"HARBOURTON (AFP) - The board must \"change its policies\" and stop taxing \"the small boats\", the "
						+ "county's harbour master said on Tuesday.",
				"\"They have to change their policies,\" Quint Varro told reporters.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro", "Quint Varro");
	}

	@Test
	void aLeadsGroupIsNotThePersonTheNextParagraphNames() {
		List<Quote> quotes = quotes(
				"Boats can reach any pier of the bay, the harbour master said on Wednesday, the day the county "
						+ "officials said they might label his guards as \"smugglers and pirates of the bay\".",
				"\"We have boats that can cover the length and breadth of the bay,\" Quint Varro told the radio.");
		assertThat(quotes.getFirst().speaker() == null ? null : quotes.getFirst().speaker().name())
			.isNotEqualTo("Quint Varro");
	}

	@Test
	void aGivenNameAloneIsTheOnePersonOfTheReportItOpens() {
		List<Quote> quotes = quotes("Jane Whitfield spoke to the fishermen at the harbour on Sunday.",
				"\"We will keep this movement going whatever the board decides,\" Jane said.",
				"The Harbour Train rolled into town on Monday.",
				"\"The boats are ready for the winter storms,\" Harbour said.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Jane Whitfield", "Harbour");
	}

	@Test
	void afterACaptionThatNamedSomeoneTheNamedSpeakerMustHoldTheDescribedOffice() {
		String caption = "FILE - Saleh Pell is the mayor of the town.";
		String lead = "The commander of the harbour guard says its rivals blame the fleet for every storm \"even if "
				+ "they know it is a lie.\"";
		List<Quote> holder = quotes(caption, lead,
				"Quint Varro, the commander of the harbour guard, told the fishermen: \"We kept the rivals out.\"");
		assertThat(holder.getFirst().speaker().name()).isEqualTo("Quint Varro");
		List<Quote> someoneElse = quotes(caption, lead,
				"Quint Varro, the mayor of the town, told the fishermen: \"We kept the rivals out.\"");
		assertThat(someoneElse.getFirst().speaker()).isNull();
	}

	@Test
	void aQuotationInASentenceOpenedByAPronounThatFitsGoesOnWithTheReportedSpeaker() {
		Quote quote = single(quotes("Mayor Quint Varro said his plans for the piers have been blocked by the board. "
				+ "But he expects Lebanon to be \"a free port with a council of its own\" by the time his son "
				+ "takes office."));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		Quote herPlans = single(quotes("Queen Rania said her plans for the piers have been blocked by the board. He "
				+ "expects Lebanon to be \"a free port with a council of its own\" soon."));
		assertThat(herPlans.speaker()).isNull();
	}

	@Test
	void aTopicLabelOverAQuotationUnderALeadInNamesNoSpeaker() {
		List<Quote> quotes = quotes("President Quint Varro praised the IRGC at the conference, saying:",
				"IRGC uniqueness: \"The IRGC had an influential role in the war alongside the Basij.\"",
				"\"The Guardsmen carry a great honor, that of being a Guardsman of this land.\"");
		assertThat(quotes).extracting(Quote::text)
			.containsExactly("The IRGC had an influential role in the war alongside the Basij.",
					"The Guardsmen carry a great honor, that of being a Guardsman of this land.");
		assertThat(quotes).extracting(q -> q.speaker().name()).containsOnly("Quint Varro");
	}

	@Test
	void aNameAndAVerbBeforeAColonIsNoTopicLabel() {
		List<Quote> quotes = quotes("The harbour board also pushed for a ban on night crossings.",
				"Kay Lund resisted: \"Governors do not have the power to suspend the harbour rules.\"");
		assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Kay Lund");
	}

	@Test
	void aSpeechVerbsFormAfterAPrepositionIsANounInALeadIn() {
		List<Quote> quotes = quotes(
				"Harbour master Quint Varro issued the following statement regarding reports "
						+ "that three piers were lost in the storm:",
				"\"Our hearts are with the families of the crews whose boats were lost in this storm.\"");
		assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Quint Varro");
	}

	@Test
	void aQuotationWhoseParticipleHasNoSubjectIsTheReportedSpeakersAbove() {
		List<Quote> quotes = quotes(
				"Commander Quint Varro said in an interview on the coast that a second brigade "
						+ "is fighting beside the harbour guards.",
				"\"On more than one occasion, we have captured officers of the brigade,\" adding that \"there is a "
						+ "full brigade operating on the coast.\"");
		assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void thePostersTextIsTheGroupsThatPublishedIt() {
		List<Quote> quotes = quotes("On June 22, the Harbour Foundation published a poster on its channel. The image "
				+ "depicts a hooded man watching the piers burn. The text on the poster read: \"Set fire to the towns "
				+ "of the coast and make them burn for many days.\"");
		assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Harbour Foundation");
	}

	@Test
	void aBannersTextNobodyIsSaidToHavePutOutIsNobodys() {
		Quote quote = QuoteAttributorTests.single(quotes("Hundreds of protesters marched to the harbour on Monday. "
				+ "The banner at the front read: \"Set fire to the towns of the coast and make them burn for many "
				+ "days.\""));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aPressReviewsHeadingOfAPaperAndItsHeadlineGivesThePaperTheWordsUnderIt() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"A roundup of the coast's papers follows, with excerpts from two of them:"),
				QuoteAttributorTests.section(1, "Kayhan: The Piers Must Be Rebuilt",
						"\"Yesterday the storm destroyed the piers of the north, and the board did nothing.\"")),
				List.of());
		assertThat(single(quotes).speaker()).isEqualTo(new Speaker("Kayhan", null, SpeakerKind.OUTLET));
	}

	@Test
	void aHeadingWhoseFirstOutletStandsAfterItsColonGivesNobodyTheWordsUnderIt() {
		List<Quote> quotes = attributor.attribute(List.of(
				QuoteAttributorTests.section(0, null,
						"A roundup of the coast's papers follows, with excerpts from two of them:"),
				QuoteAttributorTests.section(1, "Storms: Escalation Kayhan Daily Tidings",
						"\"Yesterday the storm destroyed the piers of the north, and the board did nothing.\"")),
				List.of());
		assertThat(quotes).hasSize(1);
	}

	@Test
	void aClipsLabelNamingOnlyAnOfficeIsItsHolders() {
		List<Quote> quotes = quotes(
				"In the wake of the storm, Egyptian MP Quint Varro argued that the board does not "
						+ "represent the harbour.",
				"Egyptian MP: \"As far as I am concerned, they do not represent the people "
						+ "of the harbour at all.\"");
		assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Quint Varro");
	}

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(QuoteAttributorTests.section(0, null, paragraphs)), List.of());
	}

	@Test
	void theNextSentenceAboutTheSameSpeakerGoesOnInHerWords() {
		List<Quote> quotes = quotes("Yolanda Brisk, 29, of the county says her biggest concern is the roads. "
				+ "\"We aren't going to fix them this year,\" she says. She wants the candidates \"first and "
				+ "foremost to admit that the roads are a real problem.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Yolanda Brisk");
	}

	@Test
	void aQuotationInsideASentenceThatNamesNobodyGoesOnWithTheReportedSpeaker() {
		Quote quote = single(quotes("The Harbour Daily argued that a war has been raging for several years now on the "
				+ "county's western borders. These fronts constitute \"a natural continuation of the revolution of "
				+ "the fleet.\""));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Harbour Daily");
	}

	@Test
	void aQuotationInsideTheSentenceAfterAnotherGoesOnWithItsSpeaker() {
		List<Quote> quotes = quotes("\"The war has been raging for years on the western borders,\" Tom Reyes said. "
				+ "These fronts constitute \"a natural continuation of the revolution of the fleet.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void quotedParagraphsUnderALeadInGoOnOverOneWhoseOpeningMarkIsMissing() {
		List<Quote> quotes = quotes(
				"Harbour Guards Chief Quint Varro called the fleet's threats a bluff and threatened the piers:",
				"\u201cWe are ready for a decisive battle with the fleet and its captains.\u201d",
				"Their threat is a joke. The captains prepared all of their boats during the storm but did not "
						+ "dare.\u201d",
				"\u201cThe fleet's stores in the southern ports are not prepared for a battle whatsoever.\u201d");
		assertThat(quotes).filteredOn(quote -> quote.text().startsWith("The fleet's stores"))
			.singleElement()
			.satisfies(quote -> assertThat(quote.speaker().name()).isEqualTo("Quint Varro"));
	}

	@Test
	void anOutletInBracketsAfterAQuotationUnderAPersonsLeadInIsWhereItWasReported() {
		List<Quote> quotes = quotes("Harbour Guards Chief Quint Varro spoke about the fleet's exercise:",
				"\u201cWe are simulating this mission on a replica of the fleet's flagship in the bay.\u201d",
				"\u201cWe unveiled a new torpedo that can travel underwater at 100 meters per second.\u201d (Kayhan)");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Quint Varro");
		List<Quote> review = quotes("The papers wrote about the fleet's exercise.",
				"\u201cWe unveiled a new torpedo that can travel underwater at 100 meters per second.\u201d (Kayhan)");
		assertThat(single(review).speaker().name()).isEqualTo("Kayhan");
	}

	@Test
	void aNameInsideARelativeClauseOfAColonLeadInIsNotItsSpeaker() {
		List<Quote> quotes = quotes(
				"Mayor Quint Varro addressed the sailors and spoke about the feast, which "
						+ "commemorates the battle in which the founder of the port, Tom Reyes, was killed:",
				"\u201cThe port should never steer far away from the feast as a lesson and as a flag.\u201d");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aSentenceOpeningWithAParticipleAndItsQuotationGoesOnWithTheSpeakerBefore() {
		List<Quote> quotes = quotes("\"The fleet should end its blockade of the bay at once,\" Tom Reyes said. Adding "
				+ "that \"ending the blockade cannot pass through a two-week truce, this is unacceptable,\" he left.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada Lind calls these fronts", "The fronts of the Harbour Fleet are" })
	void aQuotationInsideASentenceThatNamesSomeoneIsNotTheReportedSpeakers(String opening) {
		List<Quote> quotes = quotes("\"The war has been raging for years on the western borders,\" Tom Reyes said. "
				+ opening + " \"a natural continuation of the revolution of the fleet.\"");
		assertThat(quotes.getLast().speaker() == null ? null : quotes.getLast().speaker().name())
			.isNotEqualTo("Tom Reyes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The representative of Ayatollah Tom Reyes said", "The son of Tom Reyes told the crowd",
			"A cousin of Tom Reyes told the crowd" })
	void someoneNamedByTheirTieToAPersonIsNeitherThatPersonNorTheOneSpeakerBefore(String tag) {
		List<Quote> quotes = quotes("\"The ferry will run again in May,\" Quint Varro said.",
				tag + ": \"We will never forget the sailors lost at sea.\"");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aDescriptionLabellingAQuotationIsThePersonItDescribedBefore() {
		List<Quote> quotes = quotes("PA TV host Ada Lind responded as follows: \"The crews are heroes.\"",
				"The following is the full text of the host's reply:",
				"PA TV host: \"I want to tell the board that our crews are heroes and not vandals.\"");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Ada Lind");
	}

	@Test
	void anAdverbAfterADescriptionIsNoPartOfIt() {
		List<Quote> quotes = quotes("Quint Varro avoided both topics during his sermon on Friday.",
				"The cleric instead praised the crews, saying, \"the brilliant work of our sailors a few nights ago "
						+ "was completely within their rights.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		assertThat(single(quotes).speakerAsWritten()).isEqualTo("The cleric");
	}

	@Test
	void theSpokesmanIsTheSpokespersonNamedBefore() {
		List<Quote> quotes = quotes("\"The strait is ours,\" Defense Ministry spokesperson Quint Varro told the press.",
				"The patrols are \"necessary to deal with the current situation in the strait,\" the spokesman said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void thePremierIsThePremierNamedBefore() {
		List<Quote> quotes = quotes(
				"Harbour Premier Quint Varro says the measures taken to clear the piers were " + "justified.",
				"\"They were holding up a billion dollars of trade every single day,\" said the Premier.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theOfficialIsThePersonJustNamedInAnOffice() {
		List<Quote> quotes = quotes(
				"The board sees no sign of new fees, presidential spokesman Quint Varro told the "
						+ "media on Tuesday.",
				"\"I have seen no sign from the board. I have nothing to say,\" the harbour " + "official said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theOfficialIsTheUnnamedOneBroughtInSinceThePersonNamed() {
		List<Quote> quotes = quotes("Harbour spokesman Quint Varro described the report as \"trivial.\"",
				"A port official said he had heard of no such order. He said the raids could not have happened "
						+ "without the board.",
				"\"The board is not a club that uses raids as a tactic,\" the official said.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void theGroupIsTheOrganisationThatSpokeInTheParagraphBefore() {
		List<Quote> quotes = quotes(
				"BEIRUT (AA) - The Harbour Guards on Saturday said they targeted a building held by the fleet.",
				"In a statement, the group said its sailors hit \"a building where the fleet's men were waiting.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Harbour Guards");
	}

	@Test
	void theGroupIsNoOrganisationOnlyNamedInPassing() {
		List<Quote> quotes = quotes(
				"Carrying flags, the crowd, which rallied at the Harbour University before a march, was large.",
				"\"Power to the people of the port!\" the group shouted from the street.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void theGroupIsNoOrganisationTwoParagraphsBack() {
		List<Quote> quotes = quotes("The Harbour Guards said they targeted a building held by the fleet.",
				"The fleet answered with a raid on the northern piers at dawn.",
				"Sailors marched on the quay in the afternoon.",
				"\"Power to the people of the port!\" the group shouted from the street.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void aSelectionOfSomeonesCommentsGoesOnOverTheTopicLinesBetweenThem() {
		List<Quote> quotes = quotes("Port director Quint Varro held his annual news conference on Monday.",
				"Here is a selection of Varro\u2019s comments:", "\u2014 On the new pier",
				"\u201cWe will open two more piers before the storms come back next winter.\u201d",
				"\u2014 On the fishermen\u2019s strike",
				"\u201cNobody will be fined\u201d but \u201cevery boat must be back in the harbour by night.\u201d",
				"\u2014 Does Varro ever wish he were a sailor again?",
				"\u201cHarbour masters only work with tides.\u201d");
		assertThat(quotes).extracting(Quote::text)
			.containsExactly("We will open two more piers before the storms come back next winter.",
					"Nobody will be fined", "every boat must be back in the harbour by night.",
					"Harbour masters only work with tides.");
		assertThat(quotes).allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Quint Varro"));
	}

	@Test
	void aLineOpeningWithADashThatEndsItsSentenceIsNoTopicLine() {
		List<Quote> quotes = quotes("Port director Quint Varro held his annual news conference on Monday.",
				"Here is a selection of Varro\u2019s comments:",
				"\u2014 The fishermen went on strike on Friday, and the quay was closed.",
				"\u201cWe will open two more piers before the storms come back next winter.\u201d");
		assertThat(quotes).filteredOn(quote -> quote.text().startsWith("We will open"))
			.singleElement()
			.satisfies(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void anOfficeInCapitalsAfterTheIsItsHolderNamedInTheApposition() {
		List<Quote> quotes = quotes(
				"The piers should be open to all, said Kay Lund, the new Special Rapporteur on fishing rights in the "
						+ "port.",
				"Later, the Special Rapporteur said she hoped to \u201cbuild on the cordial cooperation\u201d of the "
						+ "board.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Kay Lund");
	}

	@Test
	void aLeadInEndingWithAColonThatNamesOnePersonIsTheirs() {
		List<Quote> quotes = quotes(
				"In an article, former harbour adviser Tom Reyes pushed back against a spate of "
						+ "articles about a second strike. A strike required two sides and the port was not one:",
				"\"The mood at the piers is truly worse than during the last strike. But that does not mean a sequel.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Tom Reyes");
	}

	@Test
	void aLeadInEndingWithAColonThatNamesTwoPeopleIsNobodys() {
		List<Quote> quotes = quotes(
				"In an article, former harbour adviser Tom Reyes pushed back against Kay Lund's "
						+ "critics and Ada Lind. A strike required two sides and the port was not one:",
				"\"The mood at the piers is truly worse than during the last strike. But that does not mean a sequel.\"");
		assertThat(single(quotes).speaker()).isNull();
	}

	private static Quote single(List<Quote> quotes) {
		return QuoteAttributorTests.single(quotes);
	}

}
