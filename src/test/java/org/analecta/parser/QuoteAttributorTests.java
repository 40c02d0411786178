package org.analecta.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One small exact case per quotation shape; paragraphs are written as a reader would hand
 * them over.
 */
class QuoteAttributorTests {

	private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	@Nested
	class ExplicitTags {

		@Test
		void saidThat() {
			assertThat(quotes("Iranian President Hassan Rohani said that \"we will not negotiate under pressure.\"[3]"))
				.containsExactly(
						new Quote("we will not negotiate under pressure.", person("Hassan Rohani", "Iranian President"),
								"Iranian President Hassan Rohani", "said", 0, 0, 3, QuoteKind.DIRECT, 0.95));
		}

		@Test
		void saidComma() {
			assertThat(quotes("Deputy Foreign Minister Abbas Araghchi said, \"No talks were held on Iraq.\""))
				.containsExactly(
						new Quote("No talks were held on Iraq.", person("Abbas Araghchi", "Deputy Foreign Minister"),
								"Deputy Foreign Minister Abbas Araghchi", "said", 0, 0, null, QuoteKind.DIRECT, 0.95));
		}

		@Test
		void saidThatWithWordsBetweenVerbAndQuotation() {
			Quote quote = single(
					quotes("Rohani said regarding possible collaboration with the U.S. that \"we may consider it.\""));
			assertThat(quote.speaker()).isEqualTo(person("Hassan Rohani", null));
			assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
			assertThat(quote.confidence()).isEqualTo(0.85);
		}

		@Test
		void nameAndColon() {
			assertThat(quotes("Hassan Nasrallah: \"We will never surrender.\""))
				.containsExactly(new Quote("We will never surrender.", person("Hassan Nasrallah", null),
						"Hassan Nasrallah", ":", 0, 0, null, QuoteKind.DIRECT, 0.95));
		}

		@Test
		void aNameWhoseAppositionEndsWithABodyBeforeTheColonSpeaks() {
			Quote quote = single(quotes("A selection of the latest news stories and editorials in the county press.",
					"Hojjat al-Eslam Quint Varro, former deputy representative of the Supreme Leader to the "
							+ "Revolutionary Guards: \"Karrubi has better chances of returning than Mousavi.\""));
			assertThat(quote.speaker()).isNotNull();
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aDigestLabelsRoleWordIsNoPartOfTheName() {
			Quote quote = single(quotes("Academic Sadegh Zibakalam: \"The mayor is the rising star of the county.\""));
			assertThat(quote.speaker().name()).isEqualTo("Sadegh Zibakalam");
			assertThat(quote.speaker().role()).isEqualTo("Academic");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Brigadier-General", "Major-General", "Lieutenant-Colonel" })
		void titlesJoinedByHyphensAreOneTitleAndNoPartOfTheName(String title) {
			Quote quote = single(
					quotes("\"Our intelligence reveals that the county is aware of this,\" military spokesman " + title
							+ " Quint Varro told a news conference."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
			assertThat(quote.speaker().role()).contains(title);
		}

		@Test
		void aWordQuotedInsideAClauseBeforeItsVerbIsNoInvertedTag() {
			Quote quote = single(quotes(
					"The county mission on Sunday \u201cunequivocally\u201d condemned the Varro campaign's attack."));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.speakerAsWritten()).isNull();
		}

		@Test
		void aQuotationInsideAClauseSetOffByACommaKeepsItsInvertedTag() {
			Quote quote = single(quotes("The answers to the county's roads are \"not meeting the demand,\" says Quint "
					+ "Varro, founder of the county's roads group."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void transcriptTurns() {
			List<Quote> quotes = quotes("Following are excerpts from the interview, which aired on Al-Manar TV:",
					"Hassan Nasrallah: We will never surrender to America and its allies.",
					"Interviewer: Do you trust their promises?");
			assertThat(quotes).containsExactly(
					new Quote("We will never surrender to America and its allies.", person("Hassan Nasrallah", null),
							"Hassan Nasrallah", ":", 0, 1, null, QuoteKind.DIRECT, 0.85),
					new Quote("Do you trust their promises?", null, "Interviewer", ":", 0, 2, null, QuoteKind.DIRECT,
							0.5));
		}

		@Test
		void aTurnsLabelWithALongOfficeOpeningWithATitleStartsANewTurn() {
			List<Quote> quotes = quotes("Following are excerpts from programs on Harbour TV:",
					"Former Harbour Vice President Tom Al-Reyes: The board has a large presence in the port.",
					"Leader of the Harbour Pilots Union Quint Al-Varro: Where does the problem lie? It lies in the "
							+ "piers.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(tuple("The board has a large presence in the port.", "Tom Al-Reyes"),
						tuple("Where does the problem lie? It lies in the piers.", "Quint Al-Varro"));
		}

		@Test
		void aCallersTurnLabelledWithHowTheWordsCameIn() {
			List<Quote> quotes = quotes("Following are excerpts from a program on Harbour TV:",
					"Tom Reyes: I remember what was said by the mayor of the port, this noble man.",
					"By phone, Quint Varro: Good evening, honorable captain. The board organized the campaign.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(
						tuple("I remember what was said by the mayor of the port, this noble man.", "Tom Reyes"),
						tuple("Good evening, honorable captain. The board organized the campaign.", "Quint Varro"));
		}

		@Test
		void aBriefingsAnswerRunsOverParagraphsAfterAReportersQuestion() {
			List<Quote> quotes = quotes("QUESTION: Do you have any comments on the boats?",
					"MS. VARRO: We are aware of those reports, and the board watches them closely.",
					"One of the issues we are taking up in the talks is how to deal with the old piers.",
					"QUESTION: Is there any discussion of new fees?");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(tuple("We are aware of those reports, and the board watches them closely.", "Varro"),
						tuple("One of the issues we are taking up in the talks is how to deal with the old piers.",
								"Varro"));
		}

		@Test
		void theAnswersUnderATitledInterviewAreTheIntervieweesOverTheirParagraphs() {
			List<Quote> quotes = new QuoteAttributor(new SpeakerNames()).attribute(
					"Interview with Harbour Minister Varro",
					List.of(section(0, null,
							"Harbour Minister Quint Varro sat down with the Harbour Daily's Ada Lind for an interview.",
							"Q: When will you act to control the guilds?",
							"A: We started to deal with the guilds on the first day I took over the port.",
							"This conviction has not changed, whatever the guild.", "Q: What are the next steps?")),
					List.of());
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(
						tuple("We started to deal with the guilds on the first day I took over the port.",
								"Quint Varro"),
						tuple("This conviction has not changed, whatever the guild.", "Quint Varro"));
		}

		@Test
		void anAnswersLabelIsNobodysWithoutATitleThatSaysWhoIsInterviewed() {
			List<Quote> quotes = quotes("Harbour Master Quint Varro sat down with the Harbour Daily's Ada Lind.",
					"Q: When will you act?", "A: We started to deal with \"the guilds\" on the first day.");
			assertThat(quotes).extracting(Quote::text).containsExactly("the guilds");
		}

		@Test
		void aBriefingsOpeningStatementRunsOverParagraphsBeforeAnyQuestion() {
			List<Quote> quotes = quotes("MR VARRO: Good afternoon.",
					"Just one element at the top today. We condemn the attack on the harbour's ferries.",
					"QUESTION: Can I ask about the ferries?", "QUESTION: But since we are on the harbour?",
					"MR VARRO: We'll go to the harbour right after the ferries.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.contains(tuple("Just one element at the top today. We condemn the attack on the harbour's ferries.",
						"Varro"));
		}

		@Test
		void anInterviewsAnswersRunOverParagraphsWhenHostAndGuestEachSpeakTwice() {
			List<Quote> quotes = quotes("In an interview with The Harbour Daily, Quint Varro spoke about the talks.",
					"The Harbour Daily: Welcome to the program. How are the talks going?",
					"Varro: I think we are going forward. The delegations meet next week.",
					"We will try to seriously implement the agreement on the piers.",
					"The Harbour Daily: Do you mean changes inside the board?", "Varro: Yes, inside the board.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.contains(tuple("We will try to seriously implement the agreement on the piers.", "Quint Varro"));
		}

		@Test
		void aRushTranscriptsTurnRunsOverParagraphs() {
			List<Quote> quotes = quotes("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.",
					"QUINT VARRO, HARBOUR SPOKESMAN: Our crews will secure the piers before the storm.",
					"And I'd like to assure all our neighbours that no ferry will leave the port.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.contains(tuple("And I'd like to assure all our neighbours that no ferry will leave the port.",
						"Quint Varro"));
		}

		@Test
		void aBroadcastLabelInCapitalsMayGiveAnOfficeAndALongArabicNameInFull() {
			List<Quote> quotes = quotes("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.",
					"ADA LIND: We're joined now by the prime minister. Good morning to you, sir.",
					"PRIME MINISTER QUINT BIN ABDULRAHMAN BIN JASSIM AL VARRO: Thank you very much for having me, Ada.");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Ada Lind", "Quint Bin Abdulrahman Bin Jassim Al Varro");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "Daily Sabah reported:|Daily Sabah",
				"The Harbour Daily notes the guild's dilemma, namely:|Harbour Daily" })
		void aDailyInAnOutletsNameStaysInIt(String tag, String outlet) {
			Quote quote = single(
					quotes(tag + " \u201cDo they act now, before they lose their berths in the bay?\u201d"));
			assertThat(quote.speaker().name()).isEqualTo(outlet);
			assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.OUTLET);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Israel Hayom", "Nezavisimaya Gazeta", "People's Daily", "Yeni Safak" })
		void aPressReviewsOutletSpeaksUnderItsWholeName(String outlet) {
			Quote quote = single(quotes(
					"\u201cThe storms that are shaking the harbour,\u201d " + outlet + " says on its front page."));
			assertThat(quote.speaker()).isEqualTo(new Speaker(outlet, null, SpeakerKind.OUTLET));
		}

		@Test
		void aLabelAloneOnItsLineGivesTheSpeakerTheFirstPersonParagraphsUnderIt() {
			List<Quote> quotes = quotes("Source: Harbour TV (YouTube)",
					"Quint Varro, military spokesman for the Harbour Guard (the Guard):",
					"First, we must start with the board that chose a specific target in the harbour.",
					"The board chose a target and chose to attack us, which made us hold on to our decision.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
				.containsExactly(
						tuple("First, we must start with the board that chose a specific target in the harbour.",
								"Quint Varro"),
						tuple("The board chose a target and chose to attack us, which made us hold on to our "
								+ "decision.", "Quint Varro"));
		}

		@Test
		void aLabelAloneOverAParagraphOfFactsIsNoTurn() {
			assertThat(quotes("Quint Varro, the master of the harbour, also spoke out against the board:",
					"Ostia, which has a population of more than 40,000, had over 600 storms in 2014."))
				.isEmpty();
		}

		@Test
		void anOfficesLabelInATranscriptIsItsHolder() {
			List<Quote> quotes = quotes(
					"Following is the full transcript of the interview with Grand Admiral Quint Varro.",
					"INTERVIEWER: Did you order the closure of the port?",
					"GRAND ADMIRAL: Without a doubt, no. The storm is a painful one, but I take full responsibility.");
			assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aLabelNamingSomeoneByTheirTitleIsTheTitlesHolder() {
			Quote quote = single(quotes(
					"Following are excerpts from a statement by Sheikh of Ostia Quint Varro, which aired on Harbour TV "
							+ "on September 8, 2014:",
					"Sheikh Ostia: All the groups are the new products of the board, in the service of the old guild."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aLabelNamingSomeoneElseKeepsThatName() {
			Quote quote = single(quotes(
					"Following are excerpts from a statement by Sheikh of Ostia Quint Varro, which aired on Harbour TV "
							+ "on September 8, 2014:",
					"Sheikh Tomas Reyne: All the groups are the new products of the board, in the service of the guild."));
			assertThat(quote.speaker().name()).isEqualTo("Tomas Reyne");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Kayhan", "Afkar", "Tomas Reyne" })
		void aLabelBeforeAQuotationWithItsOwnTagGivesItToTheOneTheTagNames(String label) {
			Quote quote = single(quotes(label + ": \"Unfinished piers will be given to the private sector to be "
					+ "completed,\" said Justice Minister Quint Varro at a meeting with the guild."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aLabelBeforeAQuotationThatAPronounTagsKeepsIt() {
			Quote quote = single(quotes("Tomas Reyne: \"Unfinished piers will be given to the private sector to be "
					+ "completed,\" he said."));
			assertThat(quote.speaker().name()).isEqualTo("Tomas Reyne");
		}

		@Test
		void anOfficesLabelOutsideATranscriptIsNoTurn() {
			assertThat(quotes("The storms closed the port of Ostia for a week in March.", "Editor: Quint Varro Adler"))
				.isEmpty();
		}

		@Test
		void aReportersLabelWithBylineGivesNoRole() {
			Quote quote = single(quotes("MARY QUINT VARRO, BYLINE: Foreign Minister, thank you. Our time is short."));
			assertThat(quote.speaker()).isEqualTo(person("Mary Quint Varro", null));
		}

		@Test
		void aLabelsRoleAfterTheCommaMayEndWithWhereOrWhatItIsOf() {
			Quote quote = single(quotes("Quint Varro, Guild leader in Ostia: We shall return, we shall return - "
					+ "despite the storms, despite the tides."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aBylineLabelAloneIsNoTurn() {
			assertThat(quotes("Byline: Quint Varro Adler", "The storms closed the port for a week.")).isEmpty();
		}

		@Test
		void anOutletsQuestionAmongAPersonsTurns() {
			List<Quote> quotes = quotes(
					"The Harbour Daily: We have noted that the board met yesterday. Can you share " + "the details?",
					"Quint Varro: Yesterday the board chaired the meeting of the harbours by video link.");
			assertThat(quotes).extracting(Quote::speaker)
				.containsExactly(new Speaker("The Harbour Daily", null, SpeakerKind.OUTLET),
						person("Quint Varro", null));
		}

		@Test
		void anOutletsLabelOutsideATranscriptIsADigestsHeadline() {
			assertThat(quotes("The storms closed the port for a week, and the boats stayed in.",
					"The Harbour Daily: Storms close the port for a week as the boats stay in",
					"The board will meet again on Monday to decide on the fees."))
				.isEmpty();
		}

		@Test
		void aHeadlinesLastNameRunIntoTheTextsFirstIsNotPartOfIt() {
			Quote quote = single(quotes("Transcript: Interview With The Harbour's Foreign Minister Adler Michael Quint "
					+ "Adler spoke to the board about the storms.", "\"The storms are over,\" Adler said."));
			assertThat(quote.speaker().name()).isEqualTo("Michael Quint Adler");
		}

		@Test
		void aReportTitledAsAPressConferenceIsATranscript() {
			List<String> paragraphs = List.of("Harbour Times: What is the board's expectation of the meetings?",
					"Quint Varro: On July 20 and 21, the harbour boards of the coast will meet by video link.",
					"Since the beginning of this year, the storms have severely hit the fleets of every port.");
			List<Quote> titled = attributor.attribute(
					"Harbour Board Spokesperson Quint Varro's Regular Press " + "Conference on July 17, 2020",
					List.of(section(0, null, paragraphs.toArray(String[]::new))), List.of());
			assertThat(titled).extracting(Quote::text)
				.contains("Since the beginning of this year, the storms have severely hit the fleets of every port.");
			List<Quote> untitled = attributor.attribute("Storms Hit the Coast's Fleets",
					List.of(section(0, null, paragraphs.toArray(String[]::new))), List.of());
			assertThat(untitled).extracting(Quote::text)
				.doesNotContain(
						"Since the beginning of this year, the storms have severely hit the fleets of every port.");
		}

		@Test
		void anAgencyAskingInAPressConferenceKeepsItsCapitals() {
			List<Quote> quotes = attributor.attribute(
					"Harbour Board Spokesperson Quint Varro's Regular Press Conference",
					List.of(section(0, null, "AFP: My question is about the storms that hit the coast last week.",
							"Quint Varro: The board has sent every boat it has to the coast.")),
					List.of());
			assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("AFP", "Quint Varro");
		}

		@Test
		void aSpeechAnnouncedAsItsTextGoesOnInTheParagraphsAfterItsLabel() {
			List<Quote> quotes = quotes(
					"Following is the text of the June 2, 2011 speech delivered by Harbour Master Quint Varro, which "
							+ "was broadcast live on Harbour TV:",
					"Quint Varro: Answer their claims. Answer those liars.",
					"I know the people of this harbour. If my people do not trust me, I have no right to lead them.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(tuple("Answer their claims. Answer those liars.", "Quint Varro"),
						tuple("I know the people of this harbour. If my people do not trust me, I have no right to "
								+ "lead them.", "Quint Varro"));
		}

		@Test
		void aTurnsLabelMayOpenWithTheMarkOfAnAyn() {
			List<Quote> quotes = quotes("Following are excerpts from the interview, which aired on Harbour TV:",
					"'Abd Al-Rahim Varro: We still don't know who launched the last two boats.",
					"Interviewer: Do you trust their promises?",
					"'Rosewater' Keeper Slams Harbour Vandals: 'They Finished the Board's Job'");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.contains(tuple("We still don't know who launched the last two boats.", "Abd Al-Rahim Varro"));
			assertThat(quotes).filteredOn(quote -> quote.speaker() != null)
				.extracting(quote -> quote.speaker().name())
				.containsOnly("Abd Al-Rahim Varro");
			assertThat(quotes).filteredOn(quote -> quote.speaker() != null)
				.extracting(quote -> quote.speaker().role())
				.containsOnlyNulls();
		}

		@Test
		void aTurnsLabelMayHoldAnArabicArticleJoinedToTheSurname() {
			List<Quote> quotes = quotes("The full transcript of the interview is as follows:",
					"Harbour Times: How much damage has been done to your harbour?",
					"Abdel Quint al-Varro: The harbour has been severely damaged, but we have the boats.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.contains(
						tuple("The harbour has been severely damaged, but we have the boats.", "Abdel Quint al-Varro"));
		}

		@Test
		void aTurnsLabelOpenedByAGivenNameIsAPersonThoughItsSurnameIsAPlace() {
			List<Quote> quotes = quotes("The full transcript of the interview is as follows:",
					"Andrew Jordan: How much damage has been done to your harbour?",
					"Quint Varro: The harbour has been severely damaged, but we have the boats.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(tuple("How much damage has been done to your harbour?", "Andrew Jordan"),
						tuple("The harbour has been severely damaged, but we have the boats.", "Quint Varro"));
		}

		@Test
		void aTranscriptAnnouncedAtTheEndOfASectionGoesOnInTheSectionsAfterIt() {
			List<Quote> quotes = attributor.attribute(List.of(
					section(0, null,
							"Following are excerpts from an interview with Quint Varro, which aired on "
									+ "Harbour TV on June 24, 2013:"),
					section(1, "Harbour TV, June 24, 2013", "Quint Varro: The entire harbour is happy at the news.",
							"Another guest: You claim to know what every single fisherman feels?!"),
					section(2, "Coast TV, June 25, 2013", "Olwen Marsh: We reject the manner in which it was done.",
							"We forgive the people who did this, because they had been provoked by the fleet.")),
					List.of());
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.contains(tuple("We forgive the people who did this, because they had been provoked by the fleet.",
						"Olwen Marsh"))
				.doesNotContain(
						tuple("Another guest: You claim to know what every single fisherman feels?!", "Quint Varro"));
		}

		@Test
		void anAnnouncedTranscriptGoesOnAcrossASectionALineOfItOpened() {
			List<Quote> quotes = attributor.attribute(List.of(
					section(0, null, "Following is a transcript of the interview, which aired on Harbour TV:",
							"Quint Varro: There are about three hundred boats in the harbour."),
					section(1, "Host: Even in winter?", "Quint Varro: Of course. Even in winter.",
							"During the war, the fleet left the harbour and fought against the islands.")),
					List.of());
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
				.contains(tuple("During the war, the fleet left the harbour and fought against the islands.",
						"Quint Varro"));
		}

		@Test
		void aQuotationInsideATurnThatTheSpeakerAttributesByNameIsThatPersons() {
			List<Quote> quotes = quotes(
					"Following are excerpts from an address by Quint Varro, which aired on "
							+ "Harbour TV on July 5, 2010.",
					"Quint Varro: The strangest thing is when Olwen Marsh says: \"We have not closed our eyes to the "
							+ "pier.\" What insolence.",
					"Then they say: \"We care for the fleet.\" Nobody believes it.");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.contains(tuple("We have not closed our eyes to the pier.", "Olwen Marsh"));
		}

		@Test
		void theParagraphsAfterATurnOfAnAnnouncedTranscriptGoOnWithIt() {
			List<Quote> quotes = quotes(
					"Following are excerpts from an address by Quint Varro, which aired on Harbour TV on July 5, 2010.",
					"Quint Varro: Since this morning's announcement, the board's media machine has gone into action.",
					"The board is the last that should talk about the fishermen, because it closed the pier. "
							+ "It says: \"We care for the fleet.\" Nobody believes it.",
					"[...]", "We will open the pier again, whatever the board says about it.", "Share this Clip:");
			assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(
						tuple("Since this morning's announcement, the board's media machine has gone into action.",
								"Quint Varro"),
						tuple("The board is the last that should talk about the fishermen, because it closed the pier. "
								+ "It says: \"We care for the fleet.\" Nobody believes it.", "Quint Varro"),
						tuple("We will open the pier again, whatever the board says about it.", "Quint Varro"));
		}

		@Test
		void aNewsArticleGoesBackToItsOwnProseAfterTheTurnsItQuotes() {
			List<Quote> quotes = quotes("Varro made the remarks on Harbour TV on Monday, in a heated exchange.",
					"JAKE TAPPER: Your county released a plan for new roads on Friday.",
					"QUINT VARRO: Well, the plan is a good one for the county and its roads.",
					"The panel is right to note, however, that the plan costs more than the county can pay.");
			assertThat(quotes).hasSize(2);
		}

		@Test
		void broadcastTranscriptLabelsInCapitalsAndTheirShortFormsNameTheSpeaker() {
			List<Quote> quotes = quotes("The following is a transcript of the interview, which aired on Sunday.",
					"JAKE TAPPER: Your county released a plan for new roads on Friday.",
					"GOV. MARY FALLIN: I think the whole county needs to work together on the roads.",
					"TAPPER: Do you think the plan will pass before the winter?",
					"KENT COVINGTON, NEWS ANCHOR: The county's plan passed on Monday evening.");
			assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name())
				.containsExactly("Jake Tapper", "Mary Fallin", "Jake Tapper", "Kent Covington");
			assertThat(quotes).extracting(Quote::speakerAsWritten)
				.containsExactly("JAKE TAPPER", "GOV. MARY FALLIN", "TAPPER", "KENT COVINGTON, NEWS ANCHOR");
			assertThat(quotes.get(3).speaker().role()).isEqualTo("News Anchor");
		}

		@Test
		void aTurnRunIntoTheLineBeforeAfterItsLastSentenceIsATurnOfItsOwn() {
			List<Quote> quotes = quotes("The following is a transcript of the interview, which aired on Sunday.",
					"JAKE TAPPER: What was the hardest part of the plan for the roads?    MARY FALLIN: Well, the "
							+ "hardest part was paying for the roads before the winter.");
			assertThat(quotes).extracting(Quote::text)
				.containsExactly("What was the hardest part of the plan for the roads?",
						"Well, the hardest part was paying for the roads before the winter.");
			assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Jake Tapper", "Mary Fallin");
		}

		@Test
		void datelinesAndNotesInCapitalsAreNotTranscriptTurns() {
			assertThat(quotes("NEW YORK: The county's plan for new roads passed on Monday evening.",
					"EDITOR'S NOTE: This story was updated with the county's reply.",
					"SAN FRANCISCO, CALIFORNIA: The city's plan for new roads passed too.",
					"However, the county: it said nothing more on the matter of roads."))
				.isEmpty();
		}

		@Test
		void tagAfterTheQuotation() {
			List<Quote> quotes = quotes("Hizbullah Secretary-General Hassan Nasrallah spoke on Friday.",
					"\"We will win this war,\" Nasrallah said.");
			assertThat(quotes).containsExactly(
					new Quote("We will win this war", person("Hassan Nasrallah", "Hizbullah Secretary-General"),
							"Nasrallah", "said", 0, 1, null, QuoteKind.DIRECT, 0.95));
		}

		@Test
		void invertedTagAfterTheQuotation() {
			Quote quote = single(quotes("\"The talks failed,\" said Foreign Minister Mohammad Javad Zarif."));
			assertThat(quote.speaker()).isEqualTo(person("Mohammad Javad Zarif", "Foreign Minister"));
			assertThat(quote.speakerAsWritten()).isEqualTo("Foreign Minister Mohammad Javad Zarif");
			assertThat(quote.cue()).isEqualTo("said");
			assertThat(quote.text()).isEqualTo("The talks failed");
		}

		@Test
		void accordingTo() {
			Quote quote = single(quotes("According to Kayhan, \"the U.S. is plotting against Iran.\""));
			assertThat(quote.speaker()).isEqualTo(new Speaker("Kayhan", null, SpeakerKind.OUTLET));
			assertThat(quote.cue()).isEqualTo("according to");
			assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
		}

		@Test
		void quotationGoingOnAfterItsTag() {
			List<Quote> quotes = quotes("IAEA Director-General Rafael Grossi visited Tehran.",
					"\"The agency has full access,\" Grossi said. \"We saw no diversion of material.\"");
			assertThat(quotes).extracting(Quote::text)
				.containsExactly("The agency has full access", "We saw no diversion of material.");
			assertThat(quotes).extracting(Quote::speaker)
				.containsOnly(person("Rafael Grossi", "IAEA Director-General"));
			assertThat(quotes).extracting(Quote::cue).containsOnly("said");
			assertThat(quotes.get(1).confidence()).isLessThan(quotes.get(0).confidence());
		}

		@Test
		void quotationGoingOnAfterAnAppositionToItsTag() {
			List<Quote> quotes = quotes(
					"“We do not see any roadblocks,” says Di Li, the chief scientist of FAST. “I feel both "
							+ "excited and relieved.”");
			assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Di Li", "Di Li");
		}

		@Test
		void quotationOpeningASentenceAfterTheSpeakersParaphrase() {
			List<Quote> quotes = quotes(
					"Prof David Green spoke on Monday. Green says closing campuses is unsustainable. "
							+ "\"This approach assumes that a vaccine will come soon.\"");
			Quote quote = single(quotes);
			assertThat(quote.speaker()).isEqualTo(person("David Green", "Prof"));
			assertThat(quote.confidence()).isEqualTo(0.51);
		}

		@Test
		void germanQuotationMarks() {
			Quote quote = single(quotes("Hermann Albers said: „Die Genehmigungsverfahren dauern zu lange.“ Er ging."));
			assertThat(quote.text()).isEqualTo("Die Genehmigungsverfahren dauern zu lange.");
			assertThat(quote.speaker().name()).isEqualTo("Hermann Albers");
		}

		@Test
		void curlyQuotes() {
			Quote quote = single(quotes("Foreign Minister Mohammad Javad Zarif said: “We are ready for a deal.”"));
			assertThat(quote.text()).isEqualTo("We are ready for a deal.");
			assertThat(quote.speaker().name()).isEqualTo("Mohammad Javad Zarif");
			assertThat(quote.cue()).isEqualTo("said");
		}

		@Test
		void aClosingMarkWrittenAsAnOpeningOneStillCloses() {
			List<Quote> quotes = quotes("“It's unusual,“ said Larry Noble, an attorney with the county. “It's a hard "
					+ "thing to do and pull off without stepping over one line or another.”");
			assertThat(quotes).extracting(Quote::text)
				.containsExactly("It's unusual",
						"It's a hard thing to do and pull off without stepping over one " + "line or another.");
			assertThat(quotes).allSatisfy(quote -> assertThat(quote.speaker().name()).isEqualTo("Larry Noble"));
		}

		@Test
		void anOpeningMarkWrittenAsAClosingOneStillOpens() {
			List<Quote> quotes = quotes("Kay Lund said the advisers would not let aides ”get close to the governor on "
					+ "the things that he needed” during the campaign.");
			assertThat(quotes).extracting(Quote::text)
				.containsExactly("get close to the governor on the things that he needed");
			assertThat(single(quotes).speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void tweetedOnADate() {
			Quote quote = single(quotes("Rohani's political advisor, Hamid Aboutalebi, who was rejected as ambassador, "
					+ "tweeted on June 15 that \"Iran and the U.S. could resolve the crisis.\""));
			assertThat(quote.speaker()).isEqualTo(person("Hamid Aboutalebi", "Rohani's political advisor"));
			assertThat(quote.cue()).isEqualTo("tweeted");
			assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
		}

	}

	@Nested
	class BlockQuotations {

		@Test
		void multiParagraphQuotationIsOneBlock() {
			List<Quote> quotes = quotes(
					"A June 14 article in the daily Javan, which is close to the IRGC, stated: \"First, "
							+ "Iran has always striven for stability.",
					"\"Second, the U.S. backs the terrorists.", "\"Therefore, there is no collaboration.\"[5]",
					"The daily went on to other matters.");
			assertThat(quotes).containsExactly(new Quote(
					"First, Iran has always striven for stability.\n\nSecond, the U.S. backs the terrorists.\n\n"
							+ "Therefore, there is no collaboration.",
					new Speaker("Javan", "daily", SpeakerKind.OUTLET), "the daily Javan", "stated", 0, 0, 5,
					QuoteKind.BLOCK, 0.95));
		}

		@Test
		void anUnmarkedBlockQuotationAfterALeadInIsTheSpeakers() {
			// An HTML <blockquote> whose quotation marks came from the style sheet
			// arrives as a bare paragraph.
			List<Quote> quotes = quotes("On June 18, the daily Kayhan stated:",
					"The hired terrorists called ISIS are incapable of igniting the current crisis by themselves.",
					"Kayhan is close to the Supreme Leader.");
			Quote quote = single(quotes);
			assertThat(quote.speaker()).isEqualTo(new Speaker("Kayhan", "daily", SpeakerKind.OUTLET));
			assertThat(quote.paragraph()).isEqualTo(1);
			assertThat(quote.text()).startsWith("The hired terrorists");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "Ada Lind writes: | Ada Lind",
						"The daily Harbour Post analyzed the mayor's visit and wrote: | Harbour Post",
						"Kayhan wrote in a note: | Kayhan" })
		void aWritersWordsAfterWritesAndAColonInTheSameParagraphAreAQuotation(String lead, String writer) {
			Quote quote = single(quotes(lead + " It is not at all clear whether the county could have paid less for "
					+ "the bridge. Now the board must pay a higher price. \u2013 The Harbour Times"));
			assertThat(quote.speaker().name()).isEqualTo(writer);
			assertThat(quote.text()).startsWith("It is not at all clear").endsWith("higher price.");
			assertThat(quote.confidence()).isLessThan(0.7);
		}

		@Test
		void newsProseAfterSaidAndAColonIsNoQuotation() {
			assertThat(quotes("Ada Lind said: The county could have paid less for the bridge, and the board knew "
					+ "it when it signed."))
				.isEmpty();
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "Editorial in pan-Arab Al-Quds Al-Arabi | Al-Quds Al-Arabi",
						"Commentary by Quint Varro in Saudi Al-Watan | Quint Varro",
						"Kayhan, Tehran, October 2 | Kayhan", "Al-Watan, Egypt, 2 October 2014 | Al-Watan" })
		void aPressReviewsPieceUnderAHeadingCreditingItIsItsWritersOrItsPapers(String heading, String writer) {
			List<Quote> quotes = new QuoteAttributor(new SpeakerNames()).attribute(List.of(
					section(0, null, "Events in the region continue to generate much comment in the press."),
					section(1, heading,
							"The ongoing demonstrations in the harbour are a real test for the board, "
									+ "which never faced such protests.",
							"The board is facing a serious split.")),
					List.of());
			Quote quote = single(quotes);
			assertThat(quote.speaker().name()).isEqualTo(writer);
			assertThat(quote.text()).startsWith("The ongoing demonstrations").endsWith("a serious split.");
			assertThat(quote.kind()).isEqualTo(QuoteKind.BLOCK);
			assertThat(quote.confidence()).isLessThan(0.7);
		}

		@Test
		void aHeadingOfAnOfficeInTitleCaseAndANameHeadsThatPersonsQuotations() {
			List<Quote> quotes = new QuoteAttributor(new SpeakerNames())
				.attribute(
						List.of(section(0, null, "The following are quotes from harbour officials during the visit."),
								section(1, "Senior Foreign Affairs Advisor to the Harbour Minister Ali Akbar Varro",
										"On the fleet:",
										"\"Strategic relations between the quay and the fleet constitute "
												+ "one of the essential pillars in confronting the storms.\"")),
						List.of());
			Quote quote = single(quotes);
			assertThat(quote.speaker().name()).isEqualTo("Ali Akbar Varro");
			assertThat(quote.speaker().role()).isEqualTo("Senior Foreign Affairs Advisor to the Harbour Minister");
		}

		@Test
		void aSectionUnderACreditThatOpensWithTheReportsOwnProseQuotesThePieceTheUsualWay() {
			List<Quote> quotes = new QuoteAttributor(new SpeakerNames()).attribute(
					List.of(section(0, null, "Events in the region continue to generate much comment in the press."),
							section(1, "Article in Al-Watan",
									"In an article in Al-Watan on October 2, columnist Quint Varro wrote:",
									"\"The ongoing demonstrations in the harbour are a real test for the board.\"")),
					List.of());
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Reaction in the Region", "Protests, Tehran, October 2", "Editorial policy" })
		void aHeadingThatCreditsNoPaperMakesNoPiece(String heading) {
			assertThat(new QuoteAttributor(new SpeakerNames()).attribute(List.of(section(0, heading,
					"The ongoing demonstrations in the harbour are a real test for the board, which never faced "
							+ "such protests.")),
					List.of()))
				.isEmpty();
		}

		@Test
		void anUnmarkedBlockQuotationMayQuoteOthersInside() {
			List<Quote> quotes = quotes(
					"Tomas Reyne explains how this reading of the harbour's politics is as old as the guild itself:",
					"Weeks after the guild seized the port, the board identified Quint Varro as \"the man with whom "
							+ "we can work.\" After he was kicked out, attention turned to other figures.");
			assertThat(quotes.getFirst().speaker().name()).isEqualTo("Tomas Reyne");
			assertThat(quotes.getFirst().text()).startsWith("Weeks after the guild");
		}

		@Test
		void aParagraphQuotingWordsAfterAnEmbeddedPostsLeadInIsTheAuthorsOwn() {
			List<Quote> quotes = quotes("Harbour reporter Tomas Reyne tweeted the full exchange for context:",
					"Reyne is not the first to reduce a captain's report to \"moaning about the weather.\" And "
							+ "whatever the board says, the guild will remember it.");
			assertThat(quotes).noneMatch(quote -> quote.text().startsWith("Reyne is not the first"));
		}

		@Test
		void aLabelEndingAParagraphIsNoLeadIn() {
			assertThat(quotes("Source:", "The text of the agreement was published on the ministry's site in full."))
				.isEmpty();
		}

		@Test
		void leadInParagraphEndingWithAColon() {
			List<Quote> quotes = quotes(
					"Supreme Leader Ali Khamenei published an article on his website. Following are "
							+ "excerpts from his article:",
					"\"America is the enemy of all nations.\"", "\"We will resist its plots to the end.\"");
			assertThat(quotes).hasSize(2);
			assertThat(quotes).extracting(Quote::speaker).containsOnly(person("Ali Khamenei", "Supreme Leader"));
			assertThat(quotes.get(0).speakerAsWritten()).isEqualTo("his");
			assertThat(quotes.get(0).confidence()).isEqualTo(0.6);
		}

	}

	@Nested
	class Coreference {

		@Test
		void heAddedThat() {
			Quote quote = single(quotes("Iranian Foreign Minister Mohammad Javad Zarif met the EU envoy in Vienna. "
					+ "He added that \"nothing is agreed until everything is agreed.\""));
			assertThat(quote.speaker()).isEqualTo(person("Mohammad Javad Zarif", "Iranian Foreign Minister"));
			assertThat(quote.speakerAsWritten()).isEqualTo("He");
			assertThat(quote.cue()).isEqualTo("added");
			assertThat(quote.confidence()).isEqualTo(0.75);
		}

		@Test
		void sheTakesTheWomanNamedEarlierOverALaterMan() {
			Quote quote = single(quotes("Iranian Foreign Ministry spokeswoman Marzia Afkham spoke after Hassan Rohani. "
					+ "Noting the elections, she added, \"We oppose any intervention.\""));
			assertThat(quote.speaker()).isEqualTo(person("Marzia Afkham", "Iranian Foreign Ministry spokeswoman"));
			assertThat(quote.speakerAsWritten()).isEqualTo("she");
		}

		@Test
		void theGeneralSaid() {
			Quote quote = single(quotes("Major General Qassem Soleimani visited Baghdad with Hadi al-Amiri. "
					+ "The general said, \"Iraq will defeat the terrorists.\""));
			assertThat(quote.speaker()).isEqualTo(person("Qassem Soleimani", "Major General"));
			assertThat(quote.speakerAsWritten()).isEqualTo("The general");
			assertThat(quote.confidence()).isEqualTo(0.7);
		}

		@Test
		void saidThePresident() {
			Quote quote = single(quotes("President Hassan Rohani met Foreign Minister Zarif on Sunday.",
					"\"We are ready for any scenario,\" said the president."));
			assertThat(quote.speaker()).isEqualTo(person("Hassan Rohani", "President"));
			assertThat(quote.speakerAsWritten()).isEqualTo("the president");
		}

		@Test
		void heSaidAfterPresidentObamaIsBarackObama() {
			Quote quote = single(quotes("On June 13, President Obama called on Iraqi leaders to unite. He said, "
					+ "\"We can't do it for them.\""));
			assertThat(quote.speaker()).isEqualTo(person("Barack Obama", "President"));
		}

		@Test
		void andAddedKeepsTheSubjectOfTheSentence() {
			List<Quote> quotes = quotes("Secretary of State John Kerry spoke on Monday; he said, \"I wouldn't rule out "
					+ "anything,\" and added that Obama was conducting \"a very thorough vetting of every option.\"");
			assertThat(quotes).extracting(Quote::speaker).containsOnly(person("John Kerry", "Secretary of State"));
			assertThat(quotes).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.PARTIAL);
			assertThat(quotes).extracting(Quote::cue).containsExactly("said", "added");
		}

		@Test
		void aPronounInAFootnoteFallsBackOnTheCitingParagraph() {
			List<Quote> quotes = attributor.attribute(
					List.of(section(0, null, "Iranian Foreign Minister Mohammad Javad Zarif denied any talks.[5]")),
					List.of(new Footnote(5, "IRNA, June 16, 2014. He also said, \"We have not met the Americans.\"",
							"IRNA", "Iran", null)));
			Quote quote = single(quotes);
			assertThat(quote.speaker().name()).isEqualTo("Mohammad Javad Zarif");
			assertThat(quote.section()).isNull();
			assertThat(quote.paragraph()).isNull();
			assertThat(quote.footnote()).isEqualTo(5);
		}

		@Test
		void anUnnamedOfficialHasNoSpeaker() {
			List<Quote> quotes = attributor
				.attribute(List.of(section(0, null, "Reuters quoted an Iranian official.[12]")), List.of(new Footnote(
						12,
						"According to the Reuters report, the official said: \"The situation was discussed today.\"",
						"Reuters", null, null)));
			assertThat(quotes).containsExactly(new Quote("The situation was discussed today.", null, "the official",
					"said", null, null, 12, QuoteKind.DIRECT, 0.3));
		}

	}

	@Nested
	class OutletsAndInstitutions {

		@Test
		void editorialWithHeadlineThenItSaid() {
			List<Quote> quotes = quotes("A June 18 Kayhan editorial, headlined \"Satan Is Pretending To Be An Angel,\" "
					+ "stated that the U.S., which it claimed is backing ISIS, is plotting. It said: \"The U.S. is a sly "
					+ "enemy of the Iraqi people.\"[14]");
			assertThat(quotes).containsExactly(
					new Quote("Satan Is Pretending To Be An Angel", null, null, null, 0, 0, 14, QuoteKind.TERM, 0.9),
					new Quote("The U.S. is a sly enemy of the Iraqi people.",
							new Speaker("Kayhan", null, SpeakerKind.OUTLET), "It", "said", 0, 0, 14, QuoteKind.DIRECT,
							0.75));
		}

		@ParameterizedTest
		@ValueSource(strings = { "Kayhan's front page:", "Kayhan's editorial:" })
		void aKnownOutletsOwnedPageOrEditorialSpeaksForTheOutlet(String label) {
			Quote quote = single(quotes("A selection of the latest news stories and editorials in the county press.",
					label + " \"This November, more than ever before, the county stood up to the governor.\""));
			assertThat(quote.speaker()).isEqualTo(new Speaker("Kayhan", null, SpeakerKind.OUTLET));
		}

		@Test
		void aQuotationAfterADigestsTopicLabelGoesOnWithTheSpeakerBefore() {
			List<Quote> quotes = quotes("A selection of the latest news stories and editorials in the county press.",
					"County editor Quint Varro editorializes: \"Had the governor not been so stubborn, the roads "
							+ "would be built.\"",
					"Regarding Governor Hal Brenner's comments on the roads: \"The natives were clever and the "
							+ "governor was not, since the natives got what they wanted.\"");
			assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name())
				.containsExactly("Quint Varro", "Quint Varro");
		}

		@Test
		void aRoundupsBulletLabelledWithItsTopicGoesOnWithTheLeadInsSpeaker() {
			List<Quote> quotes = quotes("A selection of the latest news stories and editorials in the county press.",
					"Harbour Council Secretary Quint Varro discussed the letters of the governor and the fleet:",
					"• \"The correspondence of the governor has a years-old history.\"",
					"• On boats supporting the smugglers: \"Five times the smugglers were resupplied with fuel in "
							+ "the northern bay.\"",
					"• Resolving the crisis of the piers: \"The only way to resolve the crisis is to respect the "
							+ "fishermen.\"",
					"• About Mayor Saleh Pell: \"The mayor has not kept a single promise to the harbour.\"");
			assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name())
				.containsExactly("Quint Varro", "Quint Varro", "Quint Varro", "Quint Varro");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Tishrin", "Al-Baath", "Al-Khalij", "Al-Dustour", "Al-Ayyam" })
		void anArabPapersNameAloneIsTheOutletThatItGoesOnWith(String paper) {
			List<Quote> quotes = quotes("A selection of the latest news stories and editorials in the county press.",
					"Syria's government-owned " + paper + " calls for a unified stand against the war.",
					"\"It is a big responsibility on the shoulders of all the countries,\" it says.");
			assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name()).containsExactly(paper);
		}

		@Test
		void aNameEndingInANewspapersWordIsTheNewspaperAndThePaperGoesOnWithIt() {
			List<Quote> quotes = quotes("A selection of the latest news stories and editorials in the county press.",
					"The Harbour Times says that \"the board will not tolerate another tax on the small boats.\"",
					"\"The fleet is aware of the seriousness of the tax,\" the paper says.",
					"Riverside Daily says that \"the piers will be rebuilt before the winter.\"");
			assertThat(quotes).extracting(Quote::speaker)
				.containsExactly(new Speaker("Harbour Times", null, SpeakerKind.OUTLET),
						new Speaker("Harbour Times", null, SpeakerKind.OUTLET),
						new Speaker("Riverside Daily", null, SpeakerKind.OUTLET));
		}

		@Test
		void aDescriptionOfAnInstitutionByItsCountryAndKindSpeaksAndGoesOnAsIt() {
			List<Quote> quotes = quotes(
					"\"Attacking civilians is unlawful and completely unacceptable,\" the US mission said in a statement.",
					"\"We once again urge the militia to cease these senseless attacks at once,\" it said.");
			assertThat(quotes).extracting(Quote::speaker)
				.containsExactly(new Speaker("US mission", null, SpeakerKind.INSTITUTION),
						new Speaker("US mission", null, SpeakerKind.INSTITUTION));
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "Iran's foreign ministry said: | Iran's Foreign Ministry",
						"The Iranian foreign ministry said in a statement: | Iranian Foreign Ministry",
						"Saudi Arabia's defense ministry said: | Saudi Arabia's Defense Ministry" })
		void aCountrysMinistryInLowerCaseIsAnInstitution(String tag, String speaker) {
			Quote quote = single(quotes(tag + " \"We reject the position the senate expressed on Monday.\""));
			assertThat(quote.speaker()).isEqualTo(new Speaker(speaker, null, SpeakerKind.INSTITUTION));
		}

		@ParameterizedTest
		@ValueSource(strings = { "the ministry said", "the foreign ministry said" })
		void theMinistryIsTheMinistryNamedBefore(String tag) {
			List<Quote> quotes = quotes("The Iranian Foreign Ministry issued a statement on Monday about the vote.",
					"\"We reject the position the senate expressed on Monday,\" " + tag + ".");
			assertThat(single(quotes).speaker().name()).isEqualTo("Iranian Foreign Ministry");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "a Foreign Ministry source told the agency | Foreign Ministry",
				"the Saudi Foreign Ministry source said | Saudi Foreign Ministry",
				"an unnamed official at the Iranian Foreign Ministry told the agency | Iranian Foreign Ministry" })
		void anUnnamedSourceSpeaksForTheInstitutionItIsAt(String tag, String speaker) {
			Quote quote = single(quotes("\"These are fabricated statements that he never gave,\" " + tag + "."));
			assertThat(quote.speaker()).isEqualTo(new Speaker(speaker, null, SpeakerKind.INSTITUTION));
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "A letter by the Department of Justice said: | Department of Justice",
				"The Iranian Ministry of Foreign Affairs said in a statement: | Iranian Ministry of Foreign Affairs",
				"The Ministry of Intelligence said: | Ministry of Intelligence" })
		void anInstitutionNamedByWhatItIsOfSpeaks(String tag, String speaker) {
			Quote quote = single(quotes(tag + " \"We reject the position the senate expressed on Monday.\""));
			assertThat(quote.speaker()).isEqualTo(new Speaker(speaker, null, SpeakerKind.INSTITUTION));
		}

		@Test
		void anInstitutionThatAddedAThingSaysNothingOfTheQuotationsAfter() {
			List<Quote> quotes = quotes(
					"The U.S. Department of State added this designation in 2019 as the county ran "
							+ "low on new targets under its \"maximum pressure\" campaign.",
					"The Department of Justice added that the channel was \"a foreign agent by any measure,\" on Monday.");
			assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(null, "Department of Justice");
		}

		@ParameterizedTest
		@ValueSource(strings = { "his office said", "Varro's office said", "the county governor's office said",
				"the Harbour Post quoted Varro's media office as saying" })
		void aLeadersOfficeSpeaksForHim(String tag) {
			List<Quote> quotes = quotes(
					"County Governor Quint Varro discussed the protests in a call with Ada Lind " + "on Monday.",
					"\"The governor reviewed the latest security developments in the county,\" " + tag + ".");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anOfficeOfNobodyNamedBeforeNamesNobody() {
			Quote quote = single(quotes(
					"\"The governor reviewed the latest security developments in the county,\" " + "his office said."));
			assertThat(quote.speaker()).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = { "a senior official told the agency", "the ministry said",
				"a source close to the Foreign Ministry said" })
		void anUnnamedSourceOrAMinistryWithNothingBeforeNamesNobody(String tag) {
			Quote quote = single(quotes("\"These are fabricated statements that he never gave,\" " + tag + "."));
			assertThat(quote.speaker()).isNull();
		}

		@Test
		void aDescriptionOfAnInstitutionWithoutItsCountryNamesNobody() {
			Quote quote = single(quotes(
					"\"Attacking civilians is unlawful and completely unacceptable,\" the new government said on Monday."));
			assertThat(quote.speaker()).isNull();
		}

		@Test
		void websiteArticleTitleIsATermAndItsTextTheWebsites() {
			List<Quote> quotes = quotes(
					"Also on June 14, the website Tabnak, which is close to Mohsen Rezaei, published "
							+ "an article titled \"Why Now?\" that stated: \"The Americans need Iran in Iraq.\"");
			assertThat(quotes).extracting(Quote::kind).containsExactly(QuoteKind.TERM, QuoteKind.DIRECT);
			assertThat(quotes.get(0).speaker()).isNull();
			assertThat(quotes.get(0).text()).isEqualTo("Why Now?");
			assertThat(quotes.get(1).speaker()).isEqualTo(new Speaker("Tabnak", "website", SpeakerKind.OUTLET));
			assertThat(quotes.get(1).speakerAsWritten()).isEqualTo("the website Tabnak");
		}

		@Test
		void institutionAsSpeaker() {
			Quote quote = single(quotes("Iran's Foreign Ministry said, \"The sanctions are illegal.\""));
			assertThat(quote.speaker())
				.isEqualTo(new Speaker("Iran's Foreign Ministry", null, SpeakerKind.INSTITUTION));
		}

	}

	@Nested
	class TermsAndPhrases {

		@Test
		void slogansAndEpithetsHaveNoSpeaker() {
			List<Quote> quotes = quotes("Absent was the usual rhetoric regarding \"the Great Satan\" and calls for "
					+ "\"death to America\"; President Bush once called Iran part of \"the axis of evil.\"");
			assertThat(quotes).extracting(Quote::text)
				.containsExactly("the Great Satan", "death to America", "the axis of evil");
			assertThat(quotes).extracting(Quote::kind).containsOnly(QuoteKind.TERM);
			assertThat(quotes).extracting(Quote::speaker).containsOnly((Speaker) null);
		}

		@Test
		void showNamesAndScareQuotesAreTerms() {
			List<Quote> quotes = quotes("Hassan Abbasi appeared on the show \"Good Morning Tehran\" on Channel 2. The "
					+ "volunteers must give their \"national code\" when registering.");
			assertThat(quotes).extracting(Quote::kind).containsOnly(QuoteKind.TERM);
			assertThat(quotes).extracting(Quote::text).containsExactly("Good Morning Tehran", "national code");
		}

		@Test
		void aPhraseCalledByTheSpeakerIsPartial() {
			Quote quote = single(quotes("Secretary of State John Kerry called it \"a very thorough vetting.\""));
			assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
			assertThat(quote.speaker().name()).isEqualTo("John Kerry");
			assertThat(quote.cue()).isEqualTo("called");
			assertThat(quote.text()).isEqualTo("a very thorough vetting.");
		}

		@Test
		void calledStraightBeforeTheQuotationIsPartialToo() {
			Quote quote = single(quotes("John Kerry called \"a very thorough vetting of every option\" necessary."));
			assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
			assertThat(quote.speaker().name()).isEqualTo("John Kerry");
		}

		@Test
		void aTextMessageStatingASloganIsATerm() {
			Quote quote = single(
					quotes("Volunteers register by sending a text message stating \"Oh Hussein, we are at your "
							+ "command\" to the number given."));
			assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
			assertThat(quote.speaker()).isNull();
		}

	}

	@Nested
	class Pitfalls {

		@Test
		void aQuotedHeadlineIsNotAStatement() {
			List<Quote> quotes = quotes("The daily Javan ran an article headlined \"Iran Will Not Cooperate,\" which "
					+ "stated that the talks had failed.");
			assertThat(quotes).containsExactly(
					new Quote("Iran Will Not Cooperate", null, null, null, 0, 0, null, QuoteKind.TERM, 0.9));
		}

		@Test
		void numbersAndMarksWithoutWordsAreNotQuotations() {
			assertThat(quotes("He sent \"12\" messages to \"[3]\" and bought a 12\" screen.")).isEmpty();
		}

		@Test
		void aFootnoteMarkerAfterAQuotationIsItsNoteNotPartOfIt() {
			Quote quote = single(quotes("Firouzabadi said, \"Cooperation will never happen.\"[13] He left."));
			assertThat(quote.text()).isEqualTo("Cooperation will never happen.");
			assertThat(quote.footnote()).isEqualTo(13);
		}

		@Test
		void anUntaggedLongQuotationKeepsNoSpeaker() {
			Quote quote = single(quotes("Applicants are also asked to state whether they are willing \"to physically "
					+ "participate in the jihadi arena and in battles.\""));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
			assertThat(quote.confidence()).isEqualTo(0.2);
		}

		@Test
		void aHeadlineInTitleCaseSpeaksOnlyAsFarAsItNamesSomeoneTheReportNames() {
			List<Quote> quotes = quotes("Kay Lund Endorses Tom Reyes: I Am Horrified By The County Plan.",
					"Kay Lund threw her support behind Tom Reyes on Wednesday, saying the plan was wrong.");
			assertThat(quotes.getFirst().speaker()).isEqualTo(person("Kay Lund", null));
			assertThat(quotes.getFirst().speakerAsWritten()).isEqualTo("Kay Lund");
		}

		@Test
		void aHeadlinesKickerNamesNobody() {
			List<Quote> quotes = quotes("Just Leaked: Look At The County's Shocking Budget For Roads.",
					"The county published its road budget on Wednesday, and Kay Lund objected to it.");
			assertThat(quotes.getFirst().speaker()).isNull();
			assertThat(quotes.getFirst().speakerAsWritten()).isNull();
		}

		@Test
		void headingLikeLinesAreNotTranscriptTurns() {
			assertThat(quotes("Note: The text was translated from Persian.",
					"Poster from the volunteer registration site: Registering those interested."))
				.isEmpty();
		}

		@Test
		void mentionsInsideAQuotationAreNotAntecedents() {
			List<Quote> quotes = quotes("Iranian President Hassan Rohani said: \"Secretary John Kerry denied it.\" He "
					+ "added, \"We are not surprised.\"");
			assertThat(quotes.get(1).speaker()).isEqualTo(person("Hassan Rohani", "Iranian President"));
		}

	}

	@Test
	void oneAttributorServesManyReportsAtOnce() throws Exception {
		List<Section> report = List.of(section(0, null, "Deputy Foreign Minister Abbas Araghchi said, \"No talks.\""));
		List<Quote> expected = attributor.attribute(report, List.of());
		List<Thread> threads = new ArrayList<>();
		List<List<Quote>> results = Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 8; i++) {
			threads.add(Thread.ofPlatform().start(() -> results.add(attributor.attribute(report, List.of()))));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(results).hasSize(8).containsOnly(expected);
	}

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(section(0, null, paragraphs)), List.of());
	}

	static Quote single(List<Quote> quotes) {
		assertThat(quotes).hasSize(1);
		return quotes.getFirst();
	}

	static Speaker person(String name, String role) {
		return new Speaker(name, role, SpeakerKind.PERSON);
	}

	/**
	 * A section as the structure builder hands it over: markers [n] removed, their
	 * offsets kept.
	 */
	static Section section(int index, String heading, String... paragraphs) {
		List<Paragraph> built = new ArrayList<>();
		for (String paragraph : paragraphs) {
			List<FootnoteRef> refs = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			Matcher matcher = MARKER.matcher(paragraph);
			int from = 0;
			while (matcher.find()) {
				boolean quoted = matcher.start() > 0 && paragraph.charAt(matcher.start() - 1) == '"'
						&& matcher.end() < paragraph.length() && paragraph.charAt(matcher.end()) == '"';
				if (quoted) {
					continue; // "[3]" in quotation marks is text, not a marker
				}
				text.append(paragraph, from, matcher.start());
				refs.add(new FootnoteRef(Integer.parseInt(matcher.group(1)), text.length()));
				from = matcher.end();
			}
			text.append(paragraph.substring(from));
			built.add(new Paragraph(text.toString(), refs));
		}
		return new Section(index, heading, built, List.of());
	}

}
