package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small exact case per construction of news and analysis prose that a careful reader
 * attributes (or leaves unattributed): short inline text in, speaker, role and words as
 * written out.
 */
class AttributionConstructionTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	@Nested
	class CueInTheSameSentence {

		/**
		 * Names as transliteration and other languages write them, with ranks and offices
		 * as MEMRI sets them, in a tag after the quotation and after "according to".
		 */
		@ParameterizedTest
		@CsvSource(delimiter = '|', quoteCharacter = '~',
				textBlock = """
						"The harbour will stay open to every boat," 'Abd Al-Rahim 'Attar said. | Abd Al-Rahim 'Attar
						"The harbour will stay open to every boat," Kuwaiti writer Dr. 'Adel Al-Mansouri said. | 'Adel Al-Mansouri
						"The harbour will stay open to every boat," said Guard commander Brig.-Gen. Karim Sadri. | Karim Sadri
						According to Maj.-Gen. Karim Sadri, "the harbour will stay open to every boat." | Karim Sadri
						"The harbour will stay open to every boat," said Commission President Anna von der Heide. | Anna von der Heide
						"The harbour will stay open to every boat," Guild leader in Gaza Yousef Hamdan said. | Yousef Hamdan
						According to Hamas political bureau head Samir Dahlan, "the harbour will stay open to every boat." | Samir Dahlan
						According to a statement by Hamas political bureau head Samir Dahlan, "the harbour will stay open to every boat." | Samir Dahlan
						"The harbour will stay open to every boat," Prime Minister Muhammad Baha' Al-Karimi said. | Muhammad Baha' Al-Karimi
						""")
		void namesOfManyShapesSpeakInTheTag(String paragraph, String name) {
			Quote quote = single(quotes(paragraph));
			assertThat(NameFolding.words(quote.speaker().name())).isEqualTo(NameFolding.words(name));
		}

		@ParameterizedTest
		@ValueSource(strings = { "had the following to say", "has this to say", "had much to say about the vote" })
		void whoHadSomethingToSaySpeaks(String cue) {
			Quote quote = single(quotes("Ada Lind " + cue + ": \"The board will pay a heavy price for this.\""));
			assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
		}

		@Test
		void aParticipleClosingARelativeClauseOfStanceIsItsSubjects() {
			Quote quote = single(
					quotes("The paper also interviewed Ada Lind, director of the pier office of the Harbour "
							+ "Board, who rejected talk of rigged votes, calling it \u201cthe work of jealous people.\u201d"));
			assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
		}

		@Test
		void aParticipleAfterARelativeClauseOfDoingIsTheSentenceSubjects() {
			Quote quote = single(quotes("Tom Reyes attacked Ada Lind, who attended the rally, saying \u201cshe has "
					+ "done nothing for the piers in ten years.\u201d"));
			assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
		}

		@Test
		void whatSomeoneHasWrittenIsTheirs() {
			Quote quote = single(quotes("Ada Lind has written in the Harbour Times that the vote was a mistake, and "
					+ "that \u201cthe guild and the board have more in common than many people realise.\u201d"));
			assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
		}

		@Test
		void aBookSomeoneHasWrittenGivesThemNoQuotationInsideIt() {
			Quote quote = single(quotes("Tom Reyes, a former guard for Mayor Kay Lund has written a book in which he "
					+ "exposes the \u201ceruptive and angry moods of the whole harbour board\u201d in those years."));
			assertThat(quote.speaker()).isNull();
		}

		@Test
		void aPersonSpeaksPastAnotherNameInBracketsAndAnApposition() {
			Quote quote = single(quotes("Guild President Samir Dahlan (Abu Hatem), a columnist for the Daily Tidewater "
					+ "newspaper, wrote: \"The harbour will stay open to every boat this year.\""));
			assertThat(quote.speaker().name()).isEqualTo("Samir Dahlan");
		}

		@ParameterizedTest
		@ValueSource(strings = { "stipulated", "reaffirmed" })
		void stipulatingAndReaffirmingAreSpeech(String verb) {
			Quote quote = single(quotes("Quint Varro " + verb + ", however, that any agreement \"must be within the "
					+ "rules of the harbour board.\""));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@ParameterizedTest
		@ValueSource(strings = {
				"Tom Reyes, president of the Harbour Council, which represents the pilots, said he hopes that ",
				"Tom Reyes, president and CEO of Harbour Restaurant Council stated, " })
		void aPersonSpeaksPastAnOfficeOfABodyInApposition(String lead) {
			Quote quote = single(quotes(lead + "\"the pilots are standing up for their quay in the town.\""));
			assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
		}

		@Test
		void aLoneSurnameBeforePutsItSpeaks() {
			Quote quote = single(quotes("As Varro puts it: \"Indeed, it is hard to see a clean exit from the harbour "
					+ "that does not leave the board weak.\""));
			assertThat(quote.speaker().name()).isEqualTo("Varro");
		}

		@ParameterizedTest
		@ValueSource(strings = { "a claim by Rep. Kay Lund (R-NY), who yesterday said the hearing may, ",
				"a claim by Rep. Kay Lund, who today said the hearing may " })
		void theOneWhoSaidItPastAPartyInBracketsAndADayBeforeTheVerb(String clause) {
			Quote quote = single(quotes("Lind added that the facts also refute " + clause
					+ "\"create the illusion that there is a violation of civil rights in this country.\""));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@ParameterizedTest
		@ValueSource(strings = { "the Harbour Master of the port, Kay Lund.",
				"the United Nations Special Rapporteur on the situation of fishing in the port, Kay Lund." })
		void theHolderNamedAfterAnOfficeInCapitalsSpeaks(String holder) {
			Quote quote = single(quotes("\u201cThe piers should be open to all the boats,\u201d says " + holder));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void theRelativeClausesSubjectAsksThoughThePersonBeforeWhoIsAPrepositionsObject() {
			Quote quote = single(quotes("The sailing was a response to the request of Mayor Kay Lund, who on March 24 "
					+ "sent an urgent letter to harbour leaders asking them \"to provide urgent assistance by every "
					+ "necessary means, including boats.\""));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void aParticiplesPhraseLeftOpenBeforeTheVerbIsNoSubject() {
			Quote quote = single(quotes("Commenting on the vote, harbour spokesman Tom Reyes, interviewed on the "
					+ "Tidewater 24 TV channel said: \"We see many worthy boats, but we see no rivals.\""));
			assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
		}

		@Test
		void aNoteInBracketsBeforeTheColonIsNotTheSpeaker() {
			Quote quote = single(quotes("As the boats came in, the announcer declared with undisguised emotion "
					+ "(parentheses added by the author, K.L.): \"The harbour master will give a clear message to the "
					+ "fleet and its captains.\""));
			assertThat(quote.speaker()).isNull();
		}

		@Test
		void aNameAloneInBracketsBeforeTheColonSpeaks() {
			Quote quote = single(quotes("The harbour board met on Monday. The mayor (Kay Lund): \"We will give a "
					+ "clear message to the fleet and its captains.\""));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void quotedAsTellingReporters() {
			Quote quote = single(quotes("\"If they make any request to come to the port, we will review it,\" Kay Lund "
					+ "was quoted as telling reporters on his boat late on Monday."));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void aLongOfficeInTitleCaseLeadsToTheNameAfterIt() {
			Quote quote = single(quotes("\"Today the board acts to expose the schemes that fund the storms,\" said "
					+ "Acting Under Secretary of the Harbour for Storms and Fishing Intelligence Tom T. Reyes."));
			assertThat(quote.speaker().name()).isEqualTo("Tom T. Reyes");
		}

		@Test
		void comparingToAQuotedPhraseIsTheComparersWords() {
			Quote quote = single(quotes("Guild commander Quint Varro compared the ports with ties to the board to "
					+ "\"beggars, running after some tiny rich ports.\""));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void rantingAndRequestingAreSpeech() {
			Quote ranting = single(
					quotes("Quint Varro then mentions the board directly, ranting, \u201cAnd O board, O mule "
							+ "of the harbour. You are vile. You are vile.\u201d"));
			assertThat(ranting.speaker().name()).isEqualTo("Quint Varro");
			Quote requested = single(quotes("Harbour master Quint Varro also requested that the papers not "
					+ "\u201cpublish articles that would spread rumors in the port.\u201d"));
			assertThat(requested.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void toldReporters() {
			Quote quote = single(quotes("\"We are going to win this state,\" Donald Trump told reporters."));
			assertThat(quote.speaker()).isEqualTo(person("Donald Trump", null));
			assertThat(quote.cue()).isEqualTo("told");
		}

		@Test
		void theSentenceAfterAQuotationSayingThatsWhatSomeoneSaidNamesItsSpeaker() {
			Quote quote = single(
					quotes("\u201cTonight, we returned to fighting in the bay.\u201d That\u2019s what Harbour "
							+ "Minister Quint Varro said after the guild launched strikes in the early hours of Tuesday."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aParticipleAfterTheWritersAsideOpeningTheSentenceHangsOnTheClauseAfterIt() {
			Quote quote = single(quotes("It should be noted that, on past occasions, Quint Varro directed harsh "
					+ "criticism at the guild, saying that its leaders hide in sheds during storms, and that the guild "
					+ "\"does not care if the bay is erased\" from the face of the earth."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aSpeechVerbsBareFormAfterAAndOneWordIsANoun() {
			Quote quote = single(quotes("Harbour policy chief Ada Lind suggested on Friday that the creation of a "
					+ "Northern state might need to \"be imposed from the outside,\" without the guild's agreement."));
			assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
		}

		@Test
		void anEditorsNoteInSquareBracketsInTheSubjectsAppositionIsPassedOver() {
			Quote quote = single(quotes("Quint Varro, the Deputy Special Envoy to the Harbour Coalition [another name "
					+ "for the Guild], tweeted that the \u201cHarbour commends progress by the fleet and popular crews "
					+ "against the storm in the bay.\u201d"));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aHyphenatedFamilyNameAloneBeforeARelativeClauseIsThePersonNamedInFullBefore() {
			List<Quote> quotes = quotes("Ayatollah Quint Varro-Lindqvist's remarks answered the harbour board.",
					"\u201cYou see the quay as a prison and the prison as a quay\u201d, Varro-Lindqvist, who is close to "
							+ "the board, said.");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro-Lindqvist");
		}

		@Test
		void aNameAfterOfWithAnAppositionOpenedByFormerlyIsAPersonAPronounLaterTakesUp() {
			List<Quote> quotes = quotes(
					"A notable appointment was that of Quilla Renmark, formerly the editor-in-chief of the Harbour "
							+ "Gazette, as minister of the quay.",
					"In the first message she posted on her page she wrote: \"In light of the difficult times, I "
							+ "promise to meet the challenge and justify the confidence.\"");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quilla Renmark");
		}

		@Test
		void aNameWhoseAppositionIsAnOfficeOfAnOutletIsAPersonNotTheOutlet() {
			Quote quote = single(quotes("The board heard Quilla Renmark, the editor-in-chief of the daily, on the "
					+ "closure. \"The quay will not close while the crews still need it,\" she said."));
			assertThat(quote.speaker())
				.isEqualTo(new Speaker("Quilla Renmark", "editor-in-chief of the daily", SpeakerKind.PERSON));
		}

		@Test
		void aParticipleAfterABodysOfficerNamedWithTheBodysAcronymIsTheOfficers() {
			Quote quote = single(quotes("Harbour Guards Corps (HGC) Training Deputy Brig. Gen. Quint Varro attended a "
					+ "ceremony for the crews, touting the ability of \u201cthe harbour to preserve its stable security "
					+ "amid the storms.\u201d"));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aRearAdmiralsRankIsNoName() {
			Quote quote = single(quotes("\"The pier will stand for a hundred years and more,\" Harbour Guards Corps "
					+ "(HGC) Navy commander Rear Adm. Tom Reyes said."));
			assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
			assertThat(quote.speaker().role()).endsWith("Rear Adm.");
		}

		@Test
		void aHyphenatedNameAloneIsNoSurnameOfSomethingNamedLikeAPersonWithoutGivenNameOrRole() {
			List<Quote> quotes = quotes(
					"Ada Lind backs the plan that both parties call Super Harbour-Quay, which "
							+ "would split the piers.",
					"The problem with just reinstating Harbour-Quay, she said, is that \"you don't go after all these "
							+ "other piers in what is called the shadow harbour.\"");
			assertThat(single(quotes).speaker().name()).isEqualTo("Ada Lind");
		}

		@Test
		void despiteOpeningAParticiplesClauseIsNoSpeaker() {
			Quote quote = single(quotes("Despite emphasizing that the raid was a \u201cfully independent harbour "
					+ "decision,\u201d he emphasized that it serves the whole bay."));
			assertThat(quote.speakerAsWritten()).isNotEqualToIgnoringCase("despite");
		}

		@Test
		void anOfficeInTitleCaseEndingRightBeforeATitledNameIsThatPersonsRole() {
			Quote quote = single(quotes("Minister of Culture and Harbour Guidance Seyyed Quint Varro met the guild in "
					+ "the bay and announced the quay is ready to send \"instructors to the bay to set up sailing "
					+ "courses.\""));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
			assertThat(quote.speaker().role()).startsWith("Minister of Culture and Harbour Guidance");
		}

		@Test
		void aMinistryOfTwoThingsJoinedByAnAmpersandIsOneBody() {
			Quote quote = single(quotes("Oman's Ministry of Foreign Affairs & Regional Integration said in a statement "
					+ "that it has accepted two crews who \u201chave been cleared of any involvement in the raids, and "
					+ "are being released.\u201d"));
			assertThat(quote.speaker().name()).isEqualTo("Oman's Ministry of Foreign Affairs & Regional Integration");
		}

		@Test
		void aPersonOfABodyWithALongNameSpeaksNotThePartOfItsNameBeforeTheVerb() {
			Quote quote = single(
					quotes("As Quint Varro of the Foundation for the Defence of Harbours told Tom Reyes of "
							+ "the Gazette, the more likely outcome is \u201ca plan that nobody in the bay will like at all\u201d "
							+ "for the crews."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anInvertedTagsOfficeWithALongQualifyingPhraseEndsInTheNameThatSpeaks() {
			Quote quote = single(quotes("\"How do we cope with the crisis in the bay?\" asked the director of the "
					+ "Harbour Centre for Political and Strategic Studies Quint Varro."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aKnownBodyWhoseNameEndsInAgencyIsNoNewsAgencyAndKeepsItsFirstWord() {
			Quote quote = single(quotes("On Thursday, the International Atomic Energy Agency said it hopes to "
					+ "\"accelerate the resolution of all outstanding issues related to the harbour.\""));
			assertThat(quote.speaker())
				.isEqualTo(new Speaker("International Atomic Energy Agency", null, SpeakerKind.INSTITUTION));
		}

		@Test
		void anOutletThatReportsTheWordsAfterThemPassesOnTheSpeakerNamedBefore() {
			Quote quote = single(quotes("Harbour Minister Quint Varro said Wednesday that he was confident \"the old "
					+ "pier will stand for another hundred years,\" the Harbour Gazette reported."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aSentenceRunIntoTheNextWithoutASpaceEndsAtItsStop() {
			List<Quote> quotes = quotes("Harbour Minister Quint Varro said the talks went well, the Mehr News Agency "
					+ "reported.Varro made the comments during a meeting with the crews.\"The light of hope will shine "
					+ "on the bay,\" Varro was quoted as saying.Earlier on Wednesday the board met the crews.");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aNamedPersonsTagAfterTheWordsOutweighsAPlacesBeliefBeforeThem() {
			Quote quote = single(
					quotes("Moscow believes that \"connivance with the fleet's actions is becoming the root "
							+ "cause of new tragedies,\" Quint Varro said."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anOutletReportingAfterTheWordsOfAPersonsAdjacentTagTakesNothingFromThem() {
			List<Quote> quotes = quotes("Lund, who endorsed Varro in late May, did not show up at the quay.",
					"When asked about Lund's absence, Varro \u201cbristled\u201d and said, \u201cNo comment at all,\u201d "
							+ "The Miami Herald reported.");
			assertThat(quotes).filteredOn(quote -> quote.text().startsWith("No comment"))
				.extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
				.doesNotContain("Miami Herald");
		}

		@Test
		void anAppositionWithoutItsClosingCommaMayHoldAPartysAcronymInBrackets() {
			Quote quote = single(
					quotes("\u201cThe militants have lost the will to fight and their situation is bad inside "
							+ "the harbour,\u201d Quint Varro, a Harbour Democratic Party (HDP) official from the quay told the "
							+ "Gazette."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anInvertedTagClosingTheSentenceMayBeFollowedByWhereItWasSaid() {
			Quote quote = single(quotes("The harbour board is playing a role in \u201cbringing opposites together and "
					+ "creating a situation that promotes dialogue\u201d among the crews, especially the trawlers, said "
					+ "Harbour Minister Quint Varro in an interview with the Gazette on the sidelines of the regatta."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anOfficeGoesOnToSay() {
			List<Quote> quotes = quotes(
					"Addressing a ceremony in the harbour, Harbour Minister Quint Varro said the "
							+ "attack was cowardly.",
					"\"This act indicates the culmination of the enemy's disgrace,\" the "
							+ "minister went on to say.");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anOfficeFurtherUnderliningAPointSaying() {
			List<Quote> quotes = quotes("Harbour Minister Quint Varro inspected the fleet on Monday.",
					"The minister further underlined the power of the fleet, saying, \"No move in the bay is hidden "
							+ "from the eyes of the crews.\"");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anAgencyQuotingAnOfficeAsSayingAfterTheWords() {
			List<Quote> quotes = quotes(
					"The Harbour Gazette said Harbour Minister Quint Varro pledged support for the " + "crews.",
					"\"I have said it once and I will say it again, the crews' safety is the harbour's "
							+ "safety,\" the news agency quoted the minister as saying.");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void anAppositionWithAnAsideInBracketsGivesTheRoleThatAnOfficeRefersTo() {
			List<Quote> quotes = quotes(
					"Abu Ali al Varro, the security official for the Harbour Brigades (or Kata'ib "
							+ "al-Bahr, KB), released a statement earlier today calling for volunteers.",
					"On Varro's account, the official says that \"I call for the opening of the door of registration "
							+ "for the lovers of the sea.\"");
			Quote quote = single(quotes);
			assertThat(quote.speaker().name()).isEqualTo("Abu Ali al Varro");
			assertThat(quote.speaker().role())
				.isEqualTo("security official for the Harbour Brigades (or Kata'ib al-Bahr, KB)");
		}

		@Test
		void theNewsServiceIsTheLatestAgencyNamed() {
			Quote quote = single(
					quotes("His presence at the quay was confirmed by Reuters. According to the news service, "
							+ "Quint Varro was \"addressing officers and crews with a microphone, wearing dark clothes.\""));
			assertThat(quote.speaker().name()).isEqualTo("Reuters");
		}

		@Test
		void tweetedAfterTheQuotation() {
			Quote quote = single(
					quotes("\"The failing pundits never learn anything at all,\" Donald Trump tweeted on Monday."));
			assertThat(quote.speaker()).isEqualTo(person("Donald Trump", null));
			assertThat(quote.cue()).isEqualTo("tweeted");
		}

		@Test
		void anAdverbOfMannerBetweenSpeakerAndVerb() {
			Quote quote = single(quotes("In the spring, Nancy Holloway emphatically proclaimed at a press "
					+ "conference, \"I never sent anything secret to anyone at all.\""));
			assertThat(quote.speaker().name()).isEqualTo("Nancy Holloway");
		}

		@Test
		void indicatedIsASpeechVerb() {
			Quote quote = single(quotes("Questioned by lawmakers, Director Jim Corey indicated that any official "
					+ "\"should have known that an open system was no place\" for such talk."));
			assertThat(quote.speaker().name()).isEqualTo("Jim Corey");
		}

		@Test
		void wroteBeforeTheQuotation() {
			Quote quote = single(
					quotes("Columnist Thomas Friedman wrote: \"Many of his ideas are far from heartwarming.\""));
			assertThat(quote.speaker()).isEqualTo(person("Thomas Friedman", "Columnist"));
		}

		@Test
		void accordingToAnUnnamedSourceKeepsTheWordsWithoutASpeaker() {
			Quote quote = single(quotes("\"The deal is dead for now,\" according to a senior Senate aide."));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.speakerAsWritten()).isEqualTo("a senior Senate aide");
			assertThat(quote.confidence()).isLessThanOrEqualTo(0.3);
		}

		@Test
		void aQuestionBeforeItsTagEndsNoSentence() {
			Quote quote = single(
					quotes("\"Does he not understand what we wrote into that constitution?\" Joe Biden asked."));
			assertThat(quote.speaker()).isEqualTo(person("Joe Biden", null));
		}

		@Test
		void anAppositionBetweenNameAndVerb() {
			Quote quote = single(
					quotes("\"I condemn his views in the most forceful way,\" Senate Majority Leader Mitch "
							+ "McConnell, R-Ky., said."));
			assertThat(quote.speaker()).isEqualTo(person("Mitch McConnell", "Senate Majority Leader"));
		}

		@Test
		void aTagClosingTheSentenceAroundAPartialQuotation() {
			Quote quote = single(
					quotes("Couple global exposure with a \"candidate who is a lightning rod\" and residents "
							+ "get nervous, said Christine Lagarde."));
			assertThat(quote.speaker()).isEqualTo(person("Christine Lagarde", null));
			assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
		}

		@Test
		void aTagClosingTheSentenceWithWhereItWasToldAfterTheListener() {
			List<Quote> quotes = quotes(
					"The board agreed on a cut of the harbour fees, Harbour Minister Quint Varro said on Tuesday.",
					"\"The minimum will be two per cent\" of the fees, he told reporters outside his office in the old "
							+ "port ahead of Wednesday's board meeting.");
			assertThat(single(quotes).speaker()).isEqualTo(person("Quint Varro", "Harbour Minister"));
		}

		@Test
		void aPapersNameThatIsAlsoTheFamilyNameOfSomeoneTheReportNamesInFull() {
			List<Quote> quotes = quotes(
					"The board agreed on a cut of the harbour fees, Kuwaiti oil minister Saud Nasser al-Sabah said.",
					"Arriving for the meeting, al-Sabah said \"the cut has to come before the summer.\"",
					"Al-Sabah, the Iraqi daily, wrote that \"the cut will not come before the summer.\"");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Saud Nasser al-Sabah", "Al-Sabah");
		}

		@Test
		void aDepartmentWhoseHeadIsLeftInLowerCase() {
			List<Quote> quotes = quotes(
					"The Fisheries department explained its decision to fine the board, saying it had let the piers rot.",
					"\"Directly and indirectly, the board's members have let the north pier fall into the bay,\" it said.");
			assertThat(single(quotes).speaker().name()).isEqualTo("Fisheries Department");
		}

		@Test
		void aTagClosingTheSentenceWithWhereItWasSaidAndAnApposition() {
			List<Quote> quotes = quotes("\"We are open to talks to settle the harbour's problems,\" so long as the "
					+ "guild's \"rights are respected,\" Quint Varro said in an address on Friday, his first since the "
					+ "storms hit Tarn, Lisk and the bay.");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Quint Varro", "Quint Varro");
		}

		@Test
		void aGulfHonorificInCapitalsIsNoPartOfTheRole() {
			List<Quote> quotes = quotes(
					"Harbour Minister HE Quint Varro has ruled out closing the piers before the winter storms.",
					"Asked about the fees, the harbour minister said: \"We have our own rules, which everybody is happy with.\"",
					"H.E. Tom Reyes, the guild's head, said the guild was \"ready to talk about everything.\"");
			assertThat(quotes).extracting(Quote::speaker)
				.containsExactly(person("Quint Varro", "Harbour Minister"), person("Tom Reyes", "guild's head"));
		}

		@Test
		void anOfficeWrittenShortOpeningASentenceKeepsItsHolderForTheNextHe() {
			List<Quote> quotes = quotes(
					"Foreign Minister Quint Varro said there could be no talks until the board explains its fees.",
					"In an interview on Thursday, the FM said the fees were set without the guild.",
					"\"Until now we have not received anything from them. We hope to receive something soon,\" he said.");
			assertThat(single(quotes).speaker()).isEqualTo(person("Quint Varro", "Foreign Minister"));
		}

		@Test
		void aBodysOwnStatementAfterTheQuotationIsTheBodys() {
			List<Quote> quotes = quotes(
					"\"The guild would like to draw attention to the fact that the alleged quote is not true,\" HPG's "
							+ "statement read.",
					"\"We never said the piers would close,\" Quint Varro's letter said.");
			assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("HPG", "Quint Varro");
		}

		@Test
		void aSemicolonWrittenForTheColonAfterTheSpeechVerb() {
			Quote quote = single(quotes("Varro said; \"I will have to change the name of the north pier.\""));
			assertThat(quote.speaker().name()).isEqualTo("Varro");
			assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
		}

		@Test
		void aKnownOrganisationWhoseFirstWordsLookLikeAName() {
			List<Quote> quotes = quotes(
					"Human Rights Watch criticized the trial, calling it \"part of a wider pattern "
							+ "of repression against the harbour's critics.\"",
					"\"The piers stay open,\" Downing Street said.");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Human Rights Watch", "Downing Street");
		}

		@Test
		void armedGroupsKnownByTheirOwnNames() {
			List<Quote> quotes = quotes(
					"\"We announce the suspension of operations against the harbour forces,\" Kataeb Hezbollah wrote on "
							+ "its website.",
					"Shabaab has released a statement about the harbour. The statement says that \"fighters from the "
							+ "movement held the north pier for ten hours.\"");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Kataeb Hezbollah", "Shabaab");
		}

		@Test
		void aSpeechVerbInItsBareFormAfterWentOnTo() {
			List<Quote> quotes = quotes("Harbour Minister Quint Varro spoke to the guild on Monday.",
					"Varro went on to accuse the board of \"waging a war of words against the guild\" and of "
							+ "\"closing the piers to every boat of the bay.\"");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Quint Varro", "Quint Varro");
		}

		@Test
		void anUnnamedSpokespersonFromABodySpeaksForTheBody() {
			List<Quote> quotes = quotes(
					"A spokesperson from the Harbour Ministry labeled the board's drill an \"irrational provocation\" that "
							+ "has \"jeopardized the peace of the bay.\"",
					"Harbour Ministry spokesman Quint Varro spoke on Monday. \"The piers stay open,\" the Harbour "
							+ "Ministry spokesman said.");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Harbour Ministry", "Harbour Ministry", "Quint Varro");
		}

		@Test
		void aStatementCondemningSomethingAsAQuotation() {
			Quote quote = single(
					quotes("The HPG issued a statement after the meeting condemning the launch as \"a clear "
							+ "violation of the harbour's rules.\""));
			assertThat(quote.speaker().name()).isEqualTo("HPG");
		}

		@Test
		void oneTagBeforeTwoQuotationsOfItsSentence() {
			List<Quote> quotes = quotes("Marco Rubio said that by refusing to say \"radical Islam,\" Democrats are "
					+ "\"saying we were not at war with the Nazis.\"");
			assertThat(quotes).extracting(Quote::speaker).containsOnly(person("Marco Rubio", null));
		}

		@Test
		void aTitleBeforeXSaidThatIsNotXsWords() {
			List<Quote> quotes = quotes("On \"This Week,\" Marco Rubio said that the plan \"will fail every single "
					+ "American family.\"");
			assertThat(quotes.getFirst().text()).isEqualTo("This Week");
			assertThat(quotes.getFirst().speaker()).isNull();
			assertThat(quotes.get(1).speaker()).isEqualTo(person("Marco Rubio", null));
		}

	}

	@Nested
	class SpeakerNamedEarlier {

		@Test
		void inTheLeadInSentence() {
			Quote quote = single(
					quotes("Rep. Jerry Nadler, a Democrat from New York, said the inquiry had gone too far. "
							+ "\"This is a fishing expedition and nothing more.\""));
			assertThat(quote.speaker().name()).isEqualTo("Jerry Nadler");
		}

		@Test
		void theQuotationGoesOnAfterATagWithMoreWords() {
			List<Quote> quotes = quotes("\"Of course it is not appropriate,\" Ted Cruz said in Illinois on Monday. "
					+ "\"What a bizarre world we are in.\"");
			assertThat(quotes).extracting(Quote::speaker).containsOnly(person("Ted Cruz", null));
			assertThat(quotes.get(1).confidence()).isLessThan(quotes.get(0).confidence());
		}

		@Test
		void theNextParagraphGoesOnQuotingTheSameSpeaker() {
			List<Quote> quotes = quotes(
					"\"There is just a passion for Donald,\" said Robert Antonacci of the New York delegation.",
					"\"Who cares? It was her speech and she gave it well.\"");
			assertThat(quotes).extracting(Quote::speaker).containsOnly(person("Robert Antonacci", null));
		}

		@Test
		void aParagraphOfOtherProseBetweenBreaksTheChain() {
			List<Quote> quotes = quotes("\"There is just a passion for Donald,\" said Robert Antonacci.",
					"The convention went on late into the night while delegates argued about the rules.",
					"\"Who cares? It was her speech and she gave it well.\"");
			assertThat(quotes.get(1).speaker()).isNull();
		}

	}

	@Nested
	class PronounsAndDescriptions {

		/**
		 * An office "of the" a body is the office's holder's role for a later "the
		 * Leader".
		 */
		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				Leader of the Harbour Revolution Ayatollah Quint Varro | the Leader
				Secretary of the Harbour Council Quint Varro | the Secretary
				""")
		void anOfficeOfTheBodyIsTheRoleALaterDescriptionNames(String named, String described) {
			List<Quote> quotes = quotes(named + " said on Wednesday that the piers are not up for negotiation.",
					"\u201cWe declare once more that the piers and their boats are not up for bargaining,\u201d "
							+ described + " stated.");
			assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aVerbInThePastAfterAndJoinsTheSubjectsVerbNotAPluralNounLikeStates() {
			List<Quote> quotes = quotes("Harbour master Tom Reyes met the pilots on Monday. He also pointed to the "
					+ "allegations of some coastal states and said, \"These are the old claims of the board and its "
					+ "friends in the bay.\"");
			assertThat(single(quotes).speaker().name()).isEqualTo("Tom Reyes");
		}

		@Test
		void anApologysQuotedWordsAreTheOneWhoApologises() {
			List<Quote> quotes = quotes(
					"Going further, Quint Varro also apologized for the guild's bitter rivalry with "
							+ "the other unions, \"within and outside [the port],\" such as \"the immortal harbour master Tom "
							+ "Reyes,\" the dockers and others.");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Quint Varro", "Quint Varro");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Reporter", "The reporter" })
		void theOneAColonLeadInsVerbActsOnListensAndItsSubjectSpeaks(String subject) {
			List<Quote> quotes = quotes(
					"Port director Kay Lund answered questions from reporter Ada Lind about the harbour strike.",
					subject + " takes Kay Lund to task: \"Is it the board's policy to treat the dockers like this?\"");
			assertThat(single(quotes).speaker().name()).isEqualTo("Ada Lind");
		}

		@Test
		void aNameOpeningAColonLeadInSpeaksNotTheOneItsVerbActsOn() {
			List<Quote> quotes = quotes(
					"Kay Lund takes the reporter Ada Lind to task: \"Is it your paper's policy to print rumours?\"");
			assertThat(single(quotes).speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void heIsTheSubjectNotTheManNamedInARelativeClause() {
			Quote quote = single(quotes("Scott Reed, who managed Bob Dole's 1996 campaign, said the fear is high.",
					"\"But I am amazed that people are acting surprised,\" he said."));
			assertThat(quote.speaker().name()).isEqualTo("Scott Reed");
		}

		@Test
		void sheIsTheWomanWhoSpokeNotAWomanNamedLongBefore() {
			Quote quote = single(quotes("Hillary Clinton campaigned in Iowa on Sunday.",
					"The rally drew a large crowd of young voters from across the state.",
					"Analysts were divided about what the turnout meant for the primary.",
					"Mindy Romero, who directs a voter project, said turnout would rise.",
					"\"These voters are particularly motivated this year,\" she said."));
			assertThat(quote.speaker().name()).isEqualTo("Mindy Romero");
		}

		@Test
		void heNeverTakesAWomanNamedByHerGivenName() {
			Quote quote = single(quotes("Sarah Palin spoke first. John Kasich followed her on the stage.",
					"\"We need to stop fighting each other,\" he said."));
			assertThat(quote.speaker().name()).isEqualTo("John Kasich");
		}

		@Test
		void heAfterTwoPeopleOfUnknownGenderStaysUnattributed() {
			Quote quote = single(quotes("Robin Kowalski met Casey Marchetti in Ohio on Monday.",
					"\"We have to take this country back from the donors,\" he said."));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.speakerAsWritten()).isNull();
		}

		@Test
		void heAfterASubjectKnownToBeAManIsHimEvenBesideAnotherPerson() {
			Quote quote = single(quotes("Mark Kowalski met Casey Marchetti in Ohio on Monday.",
					"\"We have to take this country back from the donors,\" he said."));
			assertThat(quote.speaker().name()).isEqualTo("Mark Kowalski");
		}

		@Test
		void heAfterTheOnlyManNamedInItsOwnParagraphIsHim() {
			Quote quote = single(
					quotes("Following are excerpts from a sermon by Iranian Supreme Leader Ali Khamenei; in it, "
							+ "he stressed that \"after all, in every election there are winners and losers.\""));
			assertThat(quote.speaker().name()).isEqualTo("Ali Khamenei");
		}

		@Test
		void anUnnamedSpeakerIsKeptAsWritten() {
			Quote quote = single(
					quotes("\"The facts have not changed at all,\" a spokesman for committee Democrats said."));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.speakerAsWritten()).isEqualTo("a spokesman for committee Democrats");
		}

		@Test
		void theBoardSaid() {
			Quote quote = single(quotes("\"The candidate is a natural born citizen,\" the board said."));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.speakerAsWritten()).isEqualTo("the board");
		}

		@Test
		void aCountrysEnvoyToABodySpeaksNotTheBody() {
			Quote quote = single(quotes("Norway's ambassador to the United Nations said that the piers \"must be "
					+ "rebuilt before the winter.\""));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.speakerAsWritten()).isEqualTo("Norway's ambassador to the United Nations");
		}

	}

	@Nested
	class OutletsInstitutionsAndDocuments {

		@ParameterizedTest
		@ValueSource(strings = { "newspaper", "daily", "publication" })
		void anOutletNamedBeforeTheWordForWhatItIsSpeaks(String noun) {
			Quote quote = single(quotes(
					"\"The harbour will stay open to every boat this year,\" the Daily Tidewater " + noun + " said."));
			assertThat(quote.speaker().name()).isEqualTo("Daily Tidewater");
		}

		@Test
		void aPicturesCaptionIsTheWordsOfWhoeverPutItOut() {
			Quote quote = single(quotes("A poster distributed by guild supporter Tom Reyes on December 4, 2018, shows "
					+ "a masked pilot with a knife on the pier at night. The main caption reads [lightly edited]: "
					+ "\"Christmas sunset. Your nightmares shall start. You better get ready.\""));
			assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
		}

		@Test
		void aBodysDocumentOpeningTheSentenceSpeaksForIt() {
			Quote quote = single(quotes("The Harbour Council communique noted, \u201cThe guild will hold the board "
					+ "accountable for any damage to the piers.\u201d"));
			assertThat(quote.speaker().name()).isEqualTo("Harbour Council");
		}

		@Test
		void thePersonAnOutletCitesSpeaks() {
			Quote quote = single(quotes("\"The harbour will stay open to every boat this year,\" the Daily Tidewater "
					+ "publication said, citing Tom Reyes."));
			assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
		}

		@Test
		void thePersonAHeadlineQuotesSpeaks() {
			Quote quote = single(quotes("Harbour Times: \u201cThe piers will stay open to every boat this year,\u201d "
					+ "said the headline of the paper\u2019s main article, quoting Maj. Gen. Tom Reyes, who spoke to "
					+ "the guild."));
			assertThat(quote.speaker().name()).isEqualTo("Tom Reyes");
		}

		@Test
		void anOutletCitingItsSourcesStillSpeaks() {
			Quote quote = single(quotes("\"The harbour will stay open to every boat this year,\" the Daily Tidewater "
					+ "reported, citing harbour sources."));
			assertThat(quote.speaker().name()).isEqualTo("Daily Tidewater");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Federation of Harbour Communities", "Harbour Antiquities Authority",
				"Harbour Pilots Association", "Harbour Families Forum", "Harbour Pilots Caucus" })
		void aFederationAnAuthorityOrAnAssociationSpeaks(String body) {
			Quote quote = single(quotes("\"The quay was a decisive place for the fleets that came to the northern "
					+ "piers,\" the " + body + " said."));
			assertThat(quote.speaker().name()).isEqualTo(body);
		}

		@Test
		void aBodysNameBeforeItsStatementSpeaks() {
			String words = "\"The quay provides material support to the fleets and to the northern piers,\" ";
			assertThat(single(quotes(words + "the Harbour Department announcement said.")).speaker().name())
				.isEqualTo("Harbour Department");
			assertThat(single(quotes(words + "a Harbour Board statement said.")).speaker().name())
				.isEqualTo("Harbour Board");
		}

		@Test
		void anOutletsInvestigationSpeaksInItsOwnWords() {
			Quote quote = single(
					quotes("According to an investigation by the Washington Post, in addition to the fees, "
							+ "the board quietly \"dropped charges against fourteen other men, all of them fugitives.\""));
			assertThat(quote.speaker().name()).isEqualTo("Washington Post");
		}

		@Test
		void aStudysFindingsAreNobodysQuotation() {
			Quote quote = single(quotes("According to a study by the Harbour Institute, in addition to the fees, the "
					+ "board quietly \"dropped charges against fourteen other men, all of them fugitives.\""));
			assertThat(quote.speaker()).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = {
				"Kay Lund, Head of Port Advocacy at the Harbour Campaign, said: \"The renewed statement by the board "
						+ "underlines the dramatic situation.\"",
				"In response, Harbour Presidential Communications Office Secretary Kay Lund released a statement "
						+ "saying that the mayor had \"professed his love for the harbour\"" })
		void anOfficesLastWordIsNoSurname(String paragraph) {
			assertThat(single(quotes(paragraph)).speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void theBoardOrTheGuardIsTheBodyNamedBeforeWithThatHead() {
			List<Quote> quotes = quotes(
					"On the same day, the port got a favourable decision from the Tidewater Board of Harbours, "
							+ "which ruled that the pier could open.",
					"The board wrote that the pier \"did not have to take any steps or go through a new inspection "
							+ "at some point.\"",
					"A senior Tidewater Coast Guard commander was killed in the storm last week.",
					"The Guard said it would not forget his \"effective role in the development of the coast's "
							+ "defences and his efforts.\"");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Tidewater Board of Harbours", "Tidewater Coast Guard");
		}

		@Test
		void aBodyDescribedAfterACommaSpeaksNotTheBodyItsDescriptionEndsWith() {
			List<Quote> quotes = quotes(
					"On March 25, the Varro Foundation, a media outlet linked to the Harbour Workers Union (HWU), "
							+ "published a poster. The text on the poster reads:",
					"\"Do not think that we do not have the ability to take revenge for our brothers.\"",
					"The Varro Foundation, a charity close to the Harbour Workers Union, said: \"We will rebuild "
							+ "every pier that the storm took from us.\"");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Varro Foundation", "Varro Foundation");
		}

		@Test
		void theDailyWrote() {
			Quote quote = single(quotes("The daily Kayhan wrote: \"The Americans cannot be trusted.\""));
			assertThat(quote.speaker()).isEqualTo(new Speaker("Kayhan", "daily", SpeakerKind.OUTLET));
		}

		@ParameterizedTest
		@ValueSource(strings = { "according to Iran\u2019s Tidewater News Network.",
				"Iran\u2019s Tidewater News Network reported.", "according to Iran\u2019s Tidewater news agency.",
				"Iran\u2019s Tidewater news agency reported." })
		void aCountrysOutletSpeaksNotTheCountry(String tag) {
			Quote quote = single(
					quotes("The forum included \u201cclerics and sailors from the southern ports,\u201d " + tag));
			assertThat(quote.speaker().name()).isEqualTo("Tidewater");
			assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.OUTLET);
		}

		@ParameterizedTest
		@ValueSource(strings = { "paper", "study", "memo" })
		void aPersonsPaperIsTheirs(String piece) {
			Quote quote = single(quotes("The port would be \u201cchallenged eventually from the northern side,\u201d "
					+ "according to Kay Lund\u2019s " + piece + ", summarized by Tom Reyes."));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void theWriterSpeaksNotThePaperEndingTheLeadIn() {
			Quote quote = single(quotes("Saudi columnist Safouq Al-Shammari wrote in the Al-Watan daily: \"The "
					+ "administration behaved in a dangerous manner.\""));
			assertThat(quote.speaker()).isEqualTo(person("Safouq Al-Shammari", "Saudi columnist"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "Lund's June 11, 2023 speech on fishing boats stated:",
				"Lund's speech on the harbour stated:", "Lund's article about Harbour Day said:" })
		void aStatementsOwnerSpeaksNotItsTopic(String tag) {
			Quote quote = single(quotes("Kay Lund spoke at the port on Sunday.", tag + " \"The transformation of "
					+ "the port into one based on local fishing is very important, and teaches us about the board.\""));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void aPosterNobodyIsSaidToHavePutOutWarns() {
			// "The poster" is looked up for who put it out, "In a poster," included;
			// no sentence names one, so the words are nobody's.
			Quote quote = single(quotes("A third poster was released on Tuesday and showed a fighter at prayer.",
					"The poster also warned that \"the diseases of the heart include arrogance, pride and envy.\""));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.speakerAsWritten()).isEqualTo("The poster");
		}

		@Test
		void aWireQuotingAnOutletsArticleAsSayingGivesTheOutlet() {
			Quote quote = single(quotes("\"The meeting stressed that the council is tasked with putting the port in "
					+ "order,\" Reuters quoted a Harbour Daily article as saying."));
			assertThat(quote.speaker()).isEqualTo(new Speaker("Harbour Daily", null, SpeakerKind.OUTLET));
		}

		@ParameterizedTest
		@ValueSource(strings = { "the ISIS-affiliated Harbour News Agency", "the semi-official Harbour News Agency" })
		void aNewsAgencyAfterItsAdjectivesIsTheAgency(String agency) {
			Quote quote = single(quotes("\"The spokesman of the board was killed while surveying the piers,\" " + agency
					+ " said in a statement today."));
			assertThat(quote.speaker()).isEqualTo(new Speaker("Harbour News Agency", null, SpeakerKind.OUTLET));
		}

		@Test
		void anUnnamedReporterOfAnOutletSpeaksForIt() {
			List<Quote> quotes = quotes(
					"According to a Harbour Online correspondent, \"The talks were brief and "
							+ "focused on the agenda for the next four months.\"",
					"A Coast News reporter said, \"The "
							+ "talks will go on in the spring.\" A local reporter said, \"Nobody expects much of them.\"");
			assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly("Harbour Online", "Coast News", null);
		}

		@Test
		void theWriterOfAnOutletsPieceNamedBeforeIsTheOutlet() {
			List<Quote> quotes = quotes("A hard-line Harbour Online editorial criticized Mayor Kay Lund for his "
					+ "decision to pay the fishermen. The writer argued, \"If the fishermen wanted any help, it would "
					+ "be on condition that the board step down.\"",
					"An article by Ada Lind in the Harbour Online "
							+ "praised Lund. The writer argued, \"The mayor has done more for the port than anyone.\"");
			// The second piece has a byline: its writer is no outlet.
			assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().kind())
				.containsExactly(SpeakerKind.OUTLET, null);
			assertThat(quotes.getFirst().speaker().name()).isEqualTo("Harbour Online");
		}

		@Test
		void aVerbAfterAndInTheClauseAPaperReportsIsThePersonsItNames() {
			Quote quote = single(quotes("The Harbour Daily reports that Deputy Harbour Minister Kay Lund held a news "
					+ "conference at the end of the day and said, \"The atmosphere is positive but that does not "
					+ "mean each side is getting closer.\""));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void aPaperReportsThatSomeoneWithAnOfficeOfABodyClaims() {
			// The paper reporting is no head of the apposition after "that", and
			// "claims" reports speech itself: the spokesman speaks, not the paper
			// or the body named in his office.
			Quote quote = single(quotes("The Harbour Daily reports that Quint Varro, the Spokesman of the Harbour "
					+ "Guild, claims that the port \"won with the help of the fleet. Our boats are ready for the "
					+ "next storm.\""));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void thoseAParticipleAsksThemAreNotTheOnesAsking() {
			Quote quote = single(quotes("The storm was a response to the request of President Varro, who on March 24 "
					+ "sent an urgent letter to Harbour Cooperation Council (HCC) leaders asking them \"to provide "
					+ "urgent help by every necessary means, including the pilots.\""));
			assertThat(quote.speaker() == null ? null : quote.speaker().name()).isIn(null, "Varro");
		}

		@Test
		void aBodySpeaksThroughItsOrgan() {
			Quote quote = single(quotes("In a comparison to the storm of 1993, the Harbour Union's general command "
					+ "alleges that the \"recent attack on the northern pier represents the biggest blow in the "
					+ "history of the port.\""));
			assertThat(quote.speaker()).isNotNull();
			assertThat(quote.speaker().name()).isEqualTo("Harbour Union");
		}

		@Test
		void anOutletTiedToABodyByAHyphenatedWordSpeaksInTheTag() {
			Quote quote = single(quotes("\"The board will pay a heavy price for its betrayal,\" the guild-affiliated "
					+ "Kayhan newspaper said, adding that the matter was closed."));
			assertThat(quote.speaker().name()).isEqualTo("Kayhan");
		}

		@Test
		void aCaucusIsABody() {
			Quote quote = single(quotes("\"The piers must stay open to every boat in the bay,\" the Harbour Democratic "
					+ "Black Caucus said in a statement."));
			assertThat(quote.speaker())
				.isEqualTo(new Speaker("Harbour Democratic Black Caucus", null, SpeakerKind.INSTITUTION));
		}

		@Test
		void anInstitutionSaidInAStatement() {
			Quote quote = single(quotes("The IRGC said in a statement: \"Our forces are ready for any scenario.\""));
			assertThat(quote.speaker()).isEqualTo(new Speaker("IRGC", null, SpeakerKind.INSTITUTION));
		}

		@Test
		void aTitleNamesThePersonNotTheOrganisation() {
			Quote quote = single(
					quotes("Hezbollah Secretary-General Hassan Nasrallah said: \"We will not leave Syria.\""));
			assertThat(quote.speaker()).isEqualTo(person("Hassan Nasrallah", "Hezbollah Secretary-General"));
		}

		@Test
		void anAppositionAfterTheNameIsTheRole() {
			Quote quote = single(quotes("The campaign ended on Sunday after a long and difficult season in the state.",
					"Caddell, a longtime Democratic pollster, said: \"The party has lost its way completely.\""));
			assertThat(quote.speaker()).isEqualTo(person("Caddell", "longtime Democratic pollster"));
		}

		@Test
		void anOutletNamedBeforeAnAppositionThatSaysWhatItIs() {
			Quote quote = single(quotes("Al-Harbour, a daily close to the board, wrote: \"The piers must be rebuilt "
					+ "before the winter.\""));
			assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.OUTLET);
			assertThat(quote.speaker().name()).isEqualTo("Al-Harbour");
		}

		@Test
		void aPersonWhoseAppositionGoesOnPastTheDescriptorIsNoOutlet() {
			Quote quote = single(quotes("Quint Varro, a newspaper columnist from the coast, wrote: \"The piers must "
					+ "be rebuilt before the winter.\""));
			assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void theCommentaryStatedIsTheOutletThatPublishedIt() {
			Quote quote = single(quotes("Al-Harbour, a daily close to the board, published a commentary on the storms.",
					"The commentary stated, \"There is no need to argue with the board about the piers at all.\""));
			assertThat(quote.speaker().name()).isEqualTo("Al-Harbour");
		}

		@Test
		void aNameBeforeProvinceIsAPlaceNotTheSpeaker() {
			Quote quote = single(quotes("Addressing an event in the capital of the coast's Sarn Pakhtun province, "
					+ "harbour master Quint Varro justified the new fees, declaring: \"The piers must be paid for.\""));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aNameThatOnlySaysWhoseRegimeIsNoAntecedent() {
			Quote quote = single(quotes("Quint Varro, who advises the harbour board, also revealed a hypothetical.",
					"If the Assad regime fell, he noted, \"it will be the turn of the northern ports next.\""));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aStatementBySomeoneSaidIsTheirs() {
			Quote quote = single(quotes("\"The piers must be rebuilt before the winter comes,\" a statement by harbour "
					+ "master Quint Varro said."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void readAPostBySomeoneIsTheirs() {
			Quote quote = single(quotes("The storm hit the coast on Monday and the ferries stopped running.",
					"\"We will rebuild every pier before the winter comes,\" read a post by Kay Lund."));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void aBodyWithItsAcronymInBracketsBeforeTheVerbSpeaks() {
			Quote quote = single(quotes("The Harbour Defense Forces (HDF) said that the storm \"destroyed most of the "
					+ "piers on the northern coast.\""));
			assertThat(quote.speakerAsWritten()).isEqualTo("The Harbour Defense Forces");
		}

		@Test
		void aStatementReleasedByABodyThatSaidAndAddedIsTheBodys() {
			Quote quote = single(quotes("Boats were lost on Monday, a statement released by the Harbour Defense Forces "
					+ "(HDF) said, adding the storm \"destroyed most of the piers on the northern coast.\""));
			assertThat(quote.speakerAsWritten()).isEqualTo("the Harbour Defense Forces");
		}

		@Test
		void aLetterQuotedInASentenceAboutSomeoneElseIsItsAuthors() {
			Quote quote = single(
					quotes("The minister read out King Abdullah's letter: \"We will never abandon Jerusalem.\""));
			assertThat(quote.speaker().name()).isEqualTo("Abdullah");
		}

	}

	@Nested
	class NoSpeaker {

		@ParameterizedTest
		@ValueSource(strings = { "on charges of", "charged with" })
		void aChargesNameInQuotationMarksIsNobodys(String charge) {
			Quote quote = single(quotes("On the eve of the trial of Tom Reyes " + charge + " \"inciting subversion of "
					+ "the harbour's order\", the Harbour Union urges the board to drop the prosecution."));
			assertThat(quote.speaker()).isNull();
			assertThat(quote.kind()).isEqualTo(QuoteKind.TERM);
		}

		@ParameterizedTest
		@ValueSource(strings = { "described as", "described by aides as", "dubbed" })
		void theOneAPassiveAfterACommaDescribesIsNotTheOneQuoted(String passive) {
			Quote quote = single(quotes("On November 17, the Harbour Foundation released an audio interview with Kay "
					+ "Lund, " + passive + " \"the board's official in charge of the media department.\""));
			assertThat(quote.speaker()).isNull();
		}

		@Test
		void aCharacterisingVerbAfterAnAppositionIsItsSubjects() {
			Quote quote = single(quotes("Kay Lund, the mayor, described the plan as \"a gift to developers.\""));
			assertThat(quote.speaker().name()).isEqualTo("Kay Lund");
		}

		@Test
		void theWireCreditedInADatelineIsNoLaterIt() {
			Quote quote = single(quotes("AMMAN, Jordan, Aug. 16 (UPI) -- Harbour press roundup for Aug. 16:",
					"The harbour board met on Monday to discuss the fees. It argued that the boats should pay "
							+ "\"less than they paid in the years before the storms.\""));
			assertThat(quote.speaker()).isNull();
		}

		@Test
		void scareQuotesAndSlogans() {
			List<Quote> quotes = quotes(
					"Khamenei again praised \"the axis of resistance\" and condemned \"the Great Satan\".");
			assertThat(quotes).extracting(Quote::kind).containsOnly(QuoteKind.TERM);
			assertThat(quotes).extracting(Quote::speaker).containsOnly((Speaker) null);
		}

		@Test
		void platformsAndPageFurnitureAreNoSpeakers() {
			assertThat(
					single(quotes("Javascript Alert said: \"Please enable scripts to continue browsing.\"")).speaker())
				.isNull();
			assertThat(single(quotes("Twitter said: \"The account was suspended for abuse of our rules.\"")).speaker())
				.isNull();
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				The harbour daily Kayhan, | Kayhan
				Tom Reyes, the guild's deputy leader, | Tom Reyes
				""")
		void thePlatformXInAnAppositionLeavesTheSubjectSpeaking(String subject, String speaker) {
			Quote quote = single(quotes(subject + " in a post on X, said: \"The board will pay a heavy price.\""));
			assertThat(quote.speaker().name()).isEqualTo(speaker);
		}

		@Test
		void anIndefinitePronounOpeningASentenceIsNoSpeaker() {
			List<Quote> quotes = quotes(
					"The board wrote to every member about the plan. None has replied, and "
							+ "Ada Lindqvist said the silence was \"a verdict of its own on the whole idea.\"",
					"\"We will ask again in the spring,\" he said.");
			// "he" cannot be Ada Lindqvist, and "None" is nobody: the second stays open.
			assertThat(quotes.getFirst().speaker().name()).isEqualTo("Ada Lindqvist");
			assertThat(quotes.getLast().speaker()).isNull();
		}

		@Test
		void theUnitedStatesIsNoSpeechVerb() {
			Quote quote = single(quotes("He warned that the United States has become a \"dumping ground for everybody "
					+ "else's problems.\""));
			assertThat(quote.speakerAsWritten()).isNotEqualTo("the United");
		}

	}

	@Nested
	class Names {

		@Test
		void anOfficeInTitleCaseRunsOverToTheBeforeTheName() {
			Quote quote = single(quotes("\"We are not going to fall into the board's trap,\" Deputy Special Envoy to "
					+ "the Middle East Quint Varro recently told reporters."));
			assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
		}

		@Test
		void aWebJournalsLabelOverItsTextIsNoSpeaker() {
			List<Quote> quotes = quotes(
					"FULL STORY: There is a tendency on the coast to dismiss the guild's moves. The "
							+ "boats do \"not show that the guild itself is directly involved in this,\" said General Quint Varro.");
			assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Quint Varro");
		}

		@Test
		void fatherAndSonAreTwoSpeakers() {
			List<Quote> quotes = quotes(
					"Prince Turki bin Faisal said: \"We are ready.\" Faisal bin Turki said: \"We are "
							+ "not ready at all.\" Turki added: \"It is late now.\"");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Turki bin Faisal", "Faisal bin Turki", "Turki bin Faisal");
		}

		@Test
		void aLoneNameIsThePersonsOwnNotHisFathers() {
			List<Quote> quotes = quotes(
					"King Salman bin Abdulaziz said: \"The kingdom stands with its brothers.\" Crown "
							+ "Prince Mohammed bin Salman said: \"We will keep our oil policy.\" Salman added: \"Nothing changes.\"");
			assertThat(quotes.get(2).speaker()).isEqualTo(person("Salman bin Abdulaziz", "King"));
		}

		@Test
		void aKoreanFamilyNameAloneIsThePersonNamedInFull() {
			List<Quote> quotes = quotes("President Moon Jae-in said: \"The talks will go on.\" Later Moon said: "
					+ "\"Nothing has changed for us.\"");
			assertThat(quotes).extracting(quote -> quote.speaker().name())
				.containsExactly("Moon Jae-in", "Moon Jae-in");
		}

		@Test
		void anHonorificIsNoRole() {
			Quote quote = single(
					quotes("His Eminence Ayatollah Ali Sistani said: \"Fighting the terrorists is a duty.\""));
			assertThat(quote.speaker()).isEqualTo(person("Ali Sistani", "Ayatollah"));
		}

		@Test
		void aGivenNameThatIsAlsoAVerbOpensANameInsideASentence() {
			Quote quote = single(quotes("\"Tuition keeps rising every single year,\" said Will Harlan, an economist."));
			assertThat(quote.speaker().name()).isEqualTo("Will Harlan");
		}

		@Test
		void aGivenNameThatIsAlsoAVerbStaysAVerbAtASentenceStart() {
			List<Quote> quotes = quotes("Will Harlan win? Nobody knows. \"Tuition keeps rising every single year.\"");
			assertThat(quotes).extracting(Quote::speaker).containsOnlyNulls();
		}

	}

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(QuoteAttributorTests.section(0, null, paragraphs)), List.of());
	}

	private static Quote single(List<Quote> quotes) {
		return QuoteAttributorTests.single(quotes);
	}

	private static Speaker person(String name, String role) {
		return QuoteAttributorTests.person(name, role);
	}

}
