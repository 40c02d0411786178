package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whom a "he" or "she" tag names when the paragraphs before name several people: gender
 * from given names, the one fitting person of the paragraph before, the sentence subject
 * rather than the object before a participle, and mentions that only look like people (a
 * party and state, a place the tag reader took for a speaker) kept out of the choice.
 * Short invented text in, speaker out.
 */
class PronounResolutionTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	/**
	 * Given names of the officials and writers the reports quote (Arab, Persian, Turkish,
	 * Pakistani, Israeli, Kurdish, Afghan, Indian, Russian, Japanese) tell a man, so "he"
	 * is the subject before a known man named after.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "'Abd Al-Rahim Varro", "Turki Varro", "Imran Varro", "Morteza Varro", "Ziad Varro",
			"Necmettin Varro", "Yoav Varro", "Nechirvan Varro", "Amrullah Varro", "Narendra Varro", "Oleg Varro",
			"Isma'il Varro", "Najib Varro", "Fumio Varro" })
	void aGivenNameOfTheOfficialsTheReportsQuoteTellsAMan(String name) {
		List<Quote> quotes = quotes(name + " criticized Harbour Secretary Tom Reyes, saying that the talks had failed. "
				+ "He added: \"We will never accept these terms from the board.\"");
		assertThat(NameFolding.words(single(quotes).speaker().name())).isEqualTo(NameFolding.words(name));
	}

	/**
	 * A name after a verb of criticism is its object, not an inverted subject, even after
	 * the comma that closes the subject's apposition.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Hassan Varro, 45,", "Hassan Varro, the guild's deputy leader," })
	void thePersonCriticisedAfterTheSubjectsAppositionIsNoHe(String subject) {
		List<Quote> quotes = quotes(subject + " criticized Tom Reyes on Monday. He said: \"The board will pay a heavy "
				+ "price for its betrayal of the crews.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Hassan Varro");
	}

	/** A kunya tells a man ("Abu", father of) or a woman ("Umm", mother of). */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Abu Anas Al-Varro | He | Tom Reyes
			Umm Anas Al-Varro | She | Kay Lund
			""")
	void aKunyaTellsTheGender(String name, String pronoun, String other) {
		List<Quote> quotes = quotes(name + " said on Monday that the board must go, and that Harbour President " + other
				+ "'s visit to the bay was in order to claim the piers. " + pronoun
				+ " added: \"They came to steal the money of our harbour.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Samira Lund", "Shirin Lund", "Hatice Lund", "Tzipi Lund", "Kamala Lund" })
	void aGivenNameOfTheOfficialsTheReportsQuoteTellsAWoman(String name) {
		List<Quote> quotes = quotes(name + " criticized Harbour Secretary Tom Reyes, saying that the talks had failed. "
				+ "She added: \"We will never accept these terms from the board.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo(name);
	}

	/**
	 * "According to him" names the speaker as "he said" does; a "her" that owns what
	 * follows ("according to her spokesman", "her "clawback" plan") is no speaker.
	 */
	@ParameterizedTest
	@CsvSource(quoteCharacter = '~',
			value = { "~Quint Varro met the crews on Monday. According to him, ~, Quint Varro",
					"~Kay Lund met the crews on Monday. According to her, ~, Kay Lund",
					"~Kay Lund met the crews on Monday. According to her spokesman Tom Reyes, ~, Tom Reyes" })
	void anObjectPronounAfterAccordingToIsTheSpeaker(String lead, String speaker) {
		List<Quote> quotes = quotes(lead + "\"The board will pay a heavy price for its betrayal of the crews.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo(speaker);
	}

	@Test
	void aHerOwningAQuotedTermAfterAccordingToIsNoSpeaker() {
		List<Quote> quotes = quotes("Kay Lund visited the piers on Monday. According to her \"clawback\" plan, firms "
				+ "leaving the bay must repay the aid they received.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void theHostOfAnInterviewOpeningTheSentenceIsNoHe() {
		List<Quote> quotes = quotes(
				"Harbour master Quint Varro ruled out any talks with the board because of its ambitions in the bay.",
				"In a wide-ranging interview with prominent guild host and journalist, Tom Reyes, which was aired "
						+ "Tuesday on harbour television, he said: \u201cThere is no common ground between us and the "
						+ "board.\u201d");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aCountrysOfficeOpeningASentenceKeepsItsHolderForTheNextHe() {
		List<Quote> quotes = quotes(
				"The guild is set to close the piers, according to Venezuelan President Quint Varro.",
				"Speaking at a news conference, Varro said the board had reached a consensus.",
				"The guild's members meet on Friday. Several senior officials recently signaled support for the plan.",
				"Venezuela's president said the harbour is full. \"The boats are waiting,\" he said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aNameSetOffAfterADescriptionInsideAReportedClauseIsNoSubjectForTheNextHe() {
		List<Quote> quotes = quotes("Guild leader Quint Varro addressed a large crowd on Monday. He reminded the crews "
				+ "that the guild's founder, Tom Reyes, had described the pier as a jewel. He ended his speech with a "
				+ "prediction: \u201cThis pier will stand for a hundred years and more, God willing.\u201d");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theAuthorOfASermonASentenceIsAboutIsTheNextHeWhenNoPersonIsItsSubject() {
		List<Quote> quotes = quotes(
				"In May, Varro introduced the guild's campaign in the bay, saying it would restore the old harbour.",
				"Varro said he opposes the pier agreement between the guild and the board.",
				"Meanwhile, MEMRI posted translations of a sermon by Sheikh Tom Reyes that appeared online in May. He "
						+ "criticized what he described as \"the reality in the harbour,\" and urged the crews to be "
						+ "\"steadfast for a little longer on the path of harming the board.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsOnly("Tom Reyes");
	}

	@Test
	void theOneQuotedInTheParagraphBeforeGoesOnInTheNextHeWhenNobodyIsNamedSince() {
		List<Quote> quotes = quotes("In a discussion with Ardo Zentrak, a television moderator, on his channel, Mesut "
				+ "Varro said \"an attack on a guild ship is an attack on the guild itself,\" in reference to the "
				+ "board's warnings.",
				"\"The vessel out there has a guild flag and an attack on it would be considered as war,\" he said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsOnly("Mesut Varro");
	}

	@Test
	void ukrainianAndTurkishGivenNamesTellAMan() {
		List<Quote> quotes = quotes(
				"Andrii Varro, head of the harbour office, has stated that the guild is ready for any talks.",
				"Varro added that Tom Reyes will travel to Lisk even if Hakan Lund refuses to meet him.",
				"\"This will be a clear signal to the whole bay: the board does not want a deal,\" he believes.");
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Andrii Varro");
	}

	@Test
	void aWomansGivenNameTellsHerFromAPersonOfUnknownGender() {
		Quote quote = single(quotes("Yolanda Brisk spoke after Quint Varro at the county fair on Saturday.",
				"\"We will win the county this time around, and we will win it big,\" she said."));
		assertThat(quote.speaker().name()).isEqualTo("Yolanda Brisk");
	}

	@Test
	void sheIsTheSubjectAmongPeopleOfUnknownGender() {
		Quote quote = single(quotes("Ariel Nox praised Quint Varro's plan for the county on Saturday.",
				"\"We will win the county this time around, and we will win it big,\" she said."));
		assertThat(quote.speaker().name()).isEqualTo("Ariel Nox");
	}

	@Test
	void aGivenNameWrittenWithAccentsTellsAManFromPeopleOfUnknownGender() {
		Quote quote = single(quotes("François Brisk praised Quint Varro's plan for the county on Saturday.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("François Brisk");
	}

	@Test
	void aNameAfterAVerbThatHasItsSubjectIsNoInvertedSpeaker() {
		Quote quote = single(quotes(
				"Peter Renner softened his tone on Monday. Asked on Fox News who leads the party, he said Quint Varro.",
				"\"I would say Varro for the time being and maybe for a long time,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Peter Renner");
	}

	@Test
	void heStaysOpenAmongPeopleOfUnknownGender() {
		Quote quote = single(quotes("Ariel Nox praised Quint Varro's plan for the county on Saturday.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void heGoesOnWithThisParagraphsSubjectWhenNobodyFollowsHim() {
		Quote quote = single(quotes("Quint Varro spoke about the county roads on Friday.",
				"Party consultant Vesko Renner, a veteran of three campaigns, took up the same theme on Saturday. "
						+ "\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Vesko Renner");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Talks about the plan will begin soon, the harbour minister said.",
			"Talks about the plan will begin soon, according to the minister." })
	void aDescriptionReportingASentenceWithoutAQuotationCarriesThePersonToTheNextHe(String reported) {
		List<Quote> quotes = quotes(
				"Harbour Minister Quint Varro spoke on Monday, and President Tom Reyes spoke on Tuesday.", reported,
				"\"We need to reach a stage where the guard is the sole party that protects the port,\" he affirmed.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro");
	}

	@Test
	void heStaysOpenWhenAnotherManIsNamedAfterTheSubject() {
		Quote quote = single(quotes("Quint Varro spoke about the county roads on Friday.",
				"Party consultant Vesko Renner took up the theme on Saturday after a talk with Jory Grett. "
						+ "\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void theAuthorsOwnHeCarriesThePersonToTheNextParagraph() {
		Quote quote = single(quotes("Ariel Nox spoke first at the rally on Saturday.",
				"He thanked the volunteers and walked through the plan for the county.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Ariel Nox");
	}

	@Test
	void theAuthorsDescriptionOfTheSubjectCarriesThePersonToTheNextParagraph() {
		Quote quote = single(quotes("Senator Quint Varro spoke after Tobias Renner at the county fair on Saturday.",
				"The senator said the county had been left out of the budget for years.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theAuthorsDescriptionWithAnOrganisationsNameCarriesThePersonToTheNextParagraph() {
		List<Quote> quotes = quotes(
				"Speaking to Harbour Radio, Harbours deputy minister Quint Varro said that the Harbours "
						+ "\"doesn't want another strike.\"",
				"Varro denied reports that secret talks were being held with the council.",
				"The Harbours official also commented on the slow repairs to the old pier.",
				"\"We are living in a jail here,\" he told the harbour radio station.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void aMilitaryOperationsNameIsNobodyAPronounCouldMean() {
		List<Quote> quotes = quotes(
				"Speaking to Harbour Radio, Harbours deputy minister Quint Varro said that the Harbours "
						+ "\"doesn't want another strike.\"",
				"Varro denied reports that talks were held about the sailors lost in last summer's Operation "
						+ "Protective Tide.",
				"The Harbours official also commented on the slow repairs to the old pier.",
				"\"We are living in a jail here,\" he told the harbour radio station.");
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro", "Quint Varro");
	}

	@Test
	void anOfficeFindsItsHolderAFewParagraphsBack() {
		List<Quote> quotes = quotes(
				"Speaking at the harbour forum, Harbour Minister Quint Varro said the fleet's "
						+ "activity was growing.",
				"He pointed to reports on Tuesday of another stranded trawler.",
				"The incident is the second disruption to the ferries in a week.",
				"The harbour minister called for a new approach to the fishing quotas.",
				"\"We certainly support a deal on the quotas as long as it keeps the bay open to every boat,\" he said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aQuotationEchoingWhatTheReportAlreadyGaveSomeoneIsTheirs() {
		List<Quote> quotes = quotes(
				"Harbour spokesman Quint Varro asserted on Friday that the harbour had never closed its berths to "
						+ "any fleet from the north.",
				"Since the storm, the boats have waited in the bay. Fisheries Minister Tobias Renner said that the "
						+ "quotas were still in place \"for the time being\".",
				"\"The harbour has never closed its berths to any fleet from the north. It will not start now,\" he "
						+ "said at his weekly briefing.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPronounAfterAnOpeningParticiplesPhraseIsNotANameInsideIt() {
		List<Quote> quotes = quotes("Commander Quint Varro addressed the crews of the harbour on Sunday.",
				"Slamming recent remarks made by Tobias Renner and other guild officials against the board, he said, "
						+ "\u201cAny nonsense they say will only harm the guild itself.\u201d");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void anOfficeOfOneInstitutionIsNotTheSameOfficeOfAnother() {
		List<Quote> quotes = quotes(
				"Quint Varro spoke on Monday, a day after Harbour Board spokesman Tobias Renner said "
						+ "that the board had \"made it very clear\" that it expects the fleet to leave.",
				"The Council spokesman answered that \"the council never discusses its berths with the board or anyone "
						+ "else.\"");
		assertThat(quotes.getLast().speaker() == null ? null : quotes.getLast().speaker().name())
			.isNotEqualTo("Tobias Renner");
	}

	@Test
	void aDescriptionOfSomeoneOnlyMentionedInPassingCarriesNobody() {
		Quote quote = single(quotes("Tobias Renner spoke after Senator Quint Varro at the county fair on Saturday.",
				"The senator said the county had been left out of the budget for years.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aNameInsideThePersonsAppositionIsNotWhomHeRefersTo() {
		Quote quote = single(quotes(
				"Quint Varro, former chief of staff of the Select Committee on Harbours, agreed that the vote had been a mistake.",
				"\"We have to go back and fix the whole thing before the summer,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aListOfNamesIsNoApposition() {
		Quote quote = single(quotes("Quint Varro, Tobias Renner and Ariel Nox agreed that the vote had been a mistake.",
				"\"We have to go back and fix the whole thing before the summer,\" he said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aNameThatOnlySaysWhomTheSubjectWorksForIsNotTheSubject() {
		Quote quote = single(quotes(
				"Gerald Varro consultant Tobias Renner, who has run three campaigns in the state, told reporters the count would take days.",
				"\"We will not know anything before Friday at the earliest,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Tobias Renner");
	}

	@Test
	void aPartyAndStateAfterTheNameIsNotWhomHeRefersTo() {
		Quote quote = single(quotes("Quint Varro, R-Calif., said the vote had been a mistake from the start.",
				"\"We have to go back and fix the whole thing before the summer,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aPlaceTakenForTheSpeakerOfATagIsNotWhomHeRefersTo() {
		List<Quote> quotes = quotes(
				"Quint Varro, a top fundraiser close to the campaign staff in Brooklyn, says the goal is \"to win the state.\"",
				"\"Yes, we will have to answer the hard questions,\" he added.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theOnlyPersonOfTheParagraphBeforeIsWhomHeRefersToThoughNoSubject() {
		Quote quote = single(quotes(
				"The committee, which met for three hours on Tuesday in a crowded room downtown, questioned the treasurer, Quint Varro.",
				"\"We were never told about the second contract at all,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theObjectBeforeAParticipleIsNotTheSubjectHeRefersTo() {
		Quote quote = single(quotes("Gerald Varro went after Tobias Renner, calling him a coward.",
				"\"He has no plan for the county at all and he never had one,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Gerald Varro");
	}

	@Test
	void aDescriptionTakesThePersonWhoseTitleOrRoleEndsInItsHead() {
		List<Quote> quotes = quotes(
				"Vermont Sen. Quint Varro spoke in Iowa on Monday. \"We will win this state in the end,\" the Vermont senator said.",
				"Actress Yolanda Brisk spoke next. \"Some people feel it will come right away,\" the actress said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Yolanda Brisk");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Brig. Gen. | the general", "Col. | the colonel", "Rear Adm. | the admiral" })
	void aRankWrittenShortBeforeTheNameIsTheRankInFullAfterIt(String rank, String description) {
		Quote quote = single(quotes(rank + " Quint Varro, the guild's deputy commander, said the fleet would hold.",
				"\"We were, we are, and we will be the soldiers of this harbour,\" " + description + " said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theAuthorsHeAfterTheSubjectShowsItsGender() {
		Quote quote = single(quotes("Ariel Nox said he would back Quint Varro in the county race on Saturday.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Ariel Nox");
	}

	@Test
	void aHeResolvedBeforeShowsThePersonsGenderToTheNextOne() {
		List<Quote> quotes = quotes("Ariel Nox spoke first at the rally on Saturday.",
				"\"We will win the county this time around,\" he said.",
				"Nox then praised two rivals, Tobias Renner and Lars Odell, for their work.",
				"\"They ran a clean race and I respect them for it,\" he said.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Ariel Nox", "Ariel Nox");
	}

	@Test
	void aSentenceWithBothHeAndSheShowsNoGender() {
		Quote quote = single(quotes("Ariel Nox said he and she would back Quint Varro in the county race.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aNameLaterInASentenceThatOpensWithHeIsNotItsSubject() {
		Quote quote = single(quotes("Gerald Varro spoke first at the rally on Saturday.",
				"He nodded to his second place in the county behind Tobias Renner.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Gerald Varro");
	}

	@Test
	void aNameAfterAVerbThatANameSubjectsIsNoInvertedSpeaker() {
		List<Quote> quotes = quotes("Peter Renner spoke in Dover on Monday.",
				"Renner says Quint Varro \"has a record of bringing people together.\" He warns that the mayor "
						+ "would \"drive the whole county off a cliff.\"");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Peter Renner");
	}

	@Test
	void aTagsSpeakerRecordedLateStillStandsWhereTheTagStands() {
		List<Quote> quotes = quotes("Helen Ruiz, a party spokeswoman, spoke first. \"I think that speaks volumes,\" "
				+ "she said. Ada Fenwick said the farmers would back the plan. \"I think they will do quite "
				+ "fine with it,\" she said.");
		assertThat(quotes.get(0).speaker().name()).isEqualTo("Helen Ruiz");
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Ada Fenwick");
	}

	@Test
	void whoeverSpeaksInASubordinateClauseIsNotWhomTheSentenceIsAbout() {
		Quote quote = single(quotes(
				"Peter Renner did not sound sure when Quint Varro asked whether the party would " + "hold the county.",
				"\"Nobody can tell you how this year will end,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Peter Renner");
	}

	@Test
	void theAuthorsContractedHeCarriesThePersonToTheNextParagraph() {
		Quote quote = single(quotes("Ariel Nox spoke first at the rally on Saturday.",
				"He's also a firm supporter of the new road plan for the county.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Ariel Nox");
	}

	@Test
	void theAuthorsHeAfterAnOpeningAdverbialCarriesThePersonToTheNextParagraph() {
		Quote quote = single(quotes("Ariel Nox spoke first at the rally on Saturday.",
				"Still, he called the new road plan for the county a good start.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Ariel Nox");
	}

	@Test
	void aNameBeforeTheCommaIsNoOpeningAdverbial() {
		Quote quote = single(quotes("Ariel Nox spoke first at the rally on Saturday.",
				"As for Quint Varro, he called the new road plan for the county a good start.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker()).isNull();
	}

	@Test
	void aParticleBeforeTheCommaPutsNoNameInAPlace() {
		Quote quote = single(quotes("Vesko Renner spoke on Friday about the county roads.",
				"If the towns fail to fix them, the state can step in, Renner said.",
				"\"That is probably still something the state should do,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Vesko Renner");
	}

	@Test
	void aDescriptionNoRoleFitsGoesOnWithTheOnePersonOfTheProse() {
		Quote quote = single(quotes("Ada Lindqvist spoke at the county fair on Saturday.",
				"The Democratic front-runner said the county needed more roads.",
				"\"We will win the county this time around, and we will win it big,\" she said."));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@Test
	void aDescriptionNoRoleFitsNamesNobodyAmongSeveralPeople() {
		Quote quote = single(quotes("Ada Lindqvist spoke at the county fair on Saturday after Quint Varro.",
				"The Democratic front-runner said the county needed more roads.",
				"\"We will win the county this time around, and we will win it big,\" she said."));
		assertThat(quote.speaker()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "the commander-in-chief of the Guards", "the Guards chief", "the retired neurosurgeon",
			"the Democratic front-runner" })
	void aDescriptionInATagNoRoleFitsIsTheOnePersonOfTheProse(String description) {
		List<Quote> quotes = quotes("The Daily Courier quoted Gen. Quint Varro speaking at the county fair.",
				"\"The county was won by the people who stood with us,\" said he.",
				"\"Another road will be built before the winter comes to the county,\" added " + description + ".");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Foreign Ministry spokesman condemned the joint statement as baseless.",
			"DUBLIN (CNA) – The spokesman of the Foreign Ministry condemned the joint statement as baseless.",
			"DUBLIN (CNA) – The spokesperson for the government said the leaked recording of Minister Peter "
					+ "Renner's interview had been stolen.",
			"TEHRAN: Iran's spokesman to the county has condemned the joint statement as baseless." })
	void theSpokesmanIsThePersonALeadCalledSoBeforeNamingHim(String lead) {
		List<Quote> quotes = quotes(lead,
				"Quint Varro said: \"The statement serves those who want to block the county's roads.\"",
				"Varro argued that the county has always played a fair part in the building of roads.",
				"\"Another road will be built before the winter comes to the county,\" the spokesman added.");
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void theSpokesmanIsNobodyWhenTheLeadGaveThePersonASpokesman() {
		List<Quote> quotes = quotes("A spokesman for the Foreign Ministry condemned the joint statement as baseless.",
				"Quint Varro said: \"The statement serves those who want to block the county's roads.\"",
				"Varro argued that the county has always played a fair part in the building of roads.",
				"\"Another road will be built before the winter comes to the county,\" the spokesman added.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aRoleSynonymDoesNotReachSomeoneOnlyNamedAsAnOwner() {
		List<Quote> quotes = quotes(
				"Friday prayer leader Hal Brenner defended Ayatollah Quint Varro's policies on Friday.",
				"\"Another road will be built before the winter comes to the county,\" the cleric said.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aRoleSynonymReachesTheSentenceSubject() {
		List<Quote> quotes = quotes("Ayatollah Quint Varro defended the county's policies on Friday.",
				"\"Another road will be built before the winter comes to the county,\" the cleric said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aDescriptionWhoseCapitalisedWordsAreInAPersonsRoleIsThatPerson() {
		List<Quote> quotes = quotes(
				"Foreign Ministry spokesperson Ada Lindqvist denounced the remarks of the county's envoy, Hal Brenner.",
				"Hal Brenner had said the county would build its roads alone.",
				"\"Another road will be built before the winter comes to the county,\" the Foreign Ministry official "
						+ "noted.");
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@Test
	void aDescriptionSharingOnlyTheInstitutionWithARoleIsNotThatPerson() {
		List<Quote> quotes = quotes("White House chief of staff Ada Lindqvist spoke after Hal Brenner on Monday.",
				"\"Another road will be built before the winter comes to the county,\" the White House spokesman said.");
		assertThat(quotes.getLast().speaker()).isNull();
		// The institution's own report is the institution's words, not its officer's.
		List<Quote> reported = quotes("White House chief of staff Ada Lindqvist spoke after Hal Brenner on Monday.",
				"\"Another road will be built before the winter comes to the county,\" the White House report said.");
		assertThat(reported.getLast().speaker().name()).isEqualTo("White House");
	}

	@ParameterizedTest
	@ValueSource(strings = { "the spokesman", "the heckler", "the ad's narrator", "the translator" })
	void aDescriptionInATagForSomeoneBesideThePersonNamesNobody(String description) {
		List<Quote> quotes = quotes("Quint Varro spoke at the county fair on Saturday.",
				"\"Another road will be built before the winter comes to the county,\" " + description + " said.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aDescriptionInATagNamesNobodyAmongSeveralPeople() {
		List<Quote> quotes = quotes("Quint Varro spoke at the county fair on Saturday after Hal Brenner.",
				"\"Another road will be built before the winter comes to the county,\" the candidate said.");
		assertThat(quotes.getLast().speaker()).isNull();
	}

	@Test
	void aDescriptionAfterAnOpeningButCarriesThePersonToTheNextParagraph() {
		List<Quote> quotes = quotes(
				"\"We will not pay a single cent for that wall,\" Felix Calder told a radio host on Saturday.",
				"But the former Mexican president didn't stop there.",
				"\"The first loser of such a policy would be the neighbour to the north,\" he continued.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Felix Calder");
	}

	@Test
	void anOpeningAndBeforeHeCarriesThePersonToTheNextParagraph() {
		Quote quote = single(quotes("Ada Lindqvist thanked her supporters for the win on Saturday.",
				"And she predicted big wins in the races ahead.",
				"\"We will win the county this time around, and we will win it big,\" she tells the crowd."));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@ParameterizedTest
	@ValueSource(strings = { "D-N.Y.", "R-S.C.", "D-Calif." })
	void aDottedStateAfterThePartyIsNobodyTheNextHeCouldBe(String partyAndState) {
		List<Quote> quotes = quotes(
				"In a statement on Thursday, Rep. Hal Brenner (" + partyAndState + ") reacted to the news, saying: "
						+ "\"The county's killer should be in prison for the rest of his life.\"",
				"\"It should shock the conscience of every decent voter in this county,\" he added.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aNameThatOnlyQualifiesANounIsNoAntecedent() {
		List<Quote> quotes = quotes(
				"Senate candidate Quint Varro is choosing not to answer recent Brenner campaign accusations "
						+ "about his volunteers.",
				"\"We have come a long way in the last nine months,\" he told supporters on Monday.",
				"Later that day Hal Brenner spoke at the county fair.");
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "___.", "* * *", "---" })
	void nobodyBeforeARuleBetweenItemsIsWhomTheSenatorAfterItRefersTo(String rule) {
		Quote quote = single(quotes("Sen. Quint Varro spoke at the county fair on Saturday.", rule, "4:10 p.m.",
				"\"We will win the county this time around, and we will win it big,\" the senator said."));
		assertThat(quote.speaker()).isNull();
		assertThat(quote.speakerAsWritten()).isEqualTo("the senator");
	}

	@Test
	void withoutARuleTheSenatorRefersToTheSenatorBefore() {
		Quote quote = single(quotes("Sen. Quint Varro spoke at the county fair on Saturday.", "4:10 p.m.",
				"\"We will win the county this time around, and we will win it big,\" the senator said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void anAdverbialOfSixWordsBeforeTheAuthorsSheStillCarriesThePerson() {
		Quote quote = single(quotes("Ada Lindqvist spoke first at the rally on Saturday.",
				"After a night of slow counting, she thanked the volunteers.",
				"\"We will win the county this time around, and we will win it big,\" she said."));
		assertThat(quote.speaker().name()).isEqualTo("Ada Lindqvist");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a county resident named Yolanda", "a county resident identified only as Yolanda" })
	void aLoneGivenNameIntroducedAsANameIsThePersonSheRefersTo(String introduced) {
		Quote quote = single(quotes("The woman who started the chant was " + introduced + ".",
				"\"He truly cares about the people of this county,\" she said of the mayor."));
		assertThat(quote.speaker().name()).isEqualTo("Yolanda");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ayn Al-Asad Airbase", "Evin Prison", "Hormuz Strait" })
	void aPlaceOrBuildingNamedAfterThePersonIsNoAntecedent(String place) {
		Quote quote = single(quotes("General Quint Varro said the attack on " + place + " was a warning to the county. "
				+ "Iran has a \"popular army of supporters throughout the world,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "a delegate from the county", "who wore a prison jumpsuit", "the son of the county's sheriff" })
	void aNameAfterOfSetOffAndDescribedAsSomeoneIsThePersonHeRefersTo(String description) {
		Quote quote = single(
				quotes("Ada Lindqvist made an appearance of sorts, courtesy of Quint Varro, " + description + ".",
						"\"I heard the chant last night and thought it would be funny to dress up,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aNameAfterOfWithoutADescriptionStaysPartOfARole() {
		Quote quote = single(quotes("The plan was praised by the Minister of Tharsis at the county fair.",
				"\"I heard the chant last night and thought it would be funny to dress up,\" he said."));
		assertThat(quote.speaker()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a message from Yolanda Brenner", "a message from Undersecretary Yolanda Brenner",
			"the letter, looking at Senator Yolanda Brenner" })
	void aPersonByHerFormAfterFromOrAtIsThePersonSheRefersTo(String phrase) {
		Quote quote = single(quotes("He was answering " + phrase + ". "
				+ "\"The plane took off a few minutes ago, and everyone is safe,\" she wrote."));
		assertThat(quote.speaker().name()).isEqualTo("Yolanda Brenner");
	}

	@Test
	void aPersonAfterInIsNoAntecedentOfTheNextHe() {
		List<Quote> quotes = quotes("\"We have come a long way in the last nine months,\" said Hal Brenner.",
				"Brenner, for example, said he hopes the effort results in Quint Varro taking the nomination.",
				"\"The first thing, obviously, is to stop the front-runner on the first ballot,\" he said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Hal Brenner");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Campaign spokesman", "Committee chairman", "Congressman" })
	void aWomansGivenNameOutweighsAnOfficeInMan(String office) {
		Quote quote = single(quotes("Hal Varro said the group had raised no money for the campaign. " + office
				+ " Yolanda Brenner confirmed that the group was created apart from it. "
				+ "\"They are not affiliated with the campaign in any way,\" she said."));
		assertThat(quote.speaker().name()).isEqualTo("Yolanda Brenner");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Vice President", "Vice-President" })
	void thePresidentIsNeverTheVicePresident(String title) {
		List<Quote> quotes = quotes(title + " Hal Brenner spoke at the county fair on Monday about the roads.",
				"\"We will win the county this time around, and we will win it big,\" the president said.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void aTitleAfterToBeIsNoRoleOfTheNameAfterItsComma() {
		List<Quote> quotes = quotes(
				"After a week of arguing over whether the other is fit to be president, Quint Varro on Monday "
						+ "ripped into his rival.",
				"\"We will win the county this time around, and we will win it big,\" the president said.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void aNameBeforeTheStaffWordsOfTheNextNameIsNoSubject() {
		Quote quote = single(quotes(
				"Varro campaign chairman Hal Brenner — Peter Varro's chief of staff for a decade — offered a slogan on Monday.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Asked about Varro's calling Yolanda Nox a liar last week,",
			"Asked whether Peter Varro, the party's nominee, who has called the plan a hoax, could win the county,",
			"Unlike Peter Varro, who stayed home,", "When Peter Varro spoke of the roads on Friday,",
			"In an interview with Peter Varro of the county radio,",
			"Asked whether he was worried that Peter Varro, who has called the plan a hoax, could win the county," })
	void theSubjectComesAfterAnOpeningClauseThatNamesOthers(String clause) {
		Quote quote = single(quotes("Hal Brenner spoke at the county fair on Saturday.",
				clause + " Brenner blamed Yolanda Nox for the state of the roads.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aPronounAfterTheOpeningClauseLeavesItsNamesAsTheyWere() {
		Quote quote = single(quotes("Hal Brenner spoke at the county fair on Saturday.",
				"When the interview steered Peter Varro toward the roads, he offered his thoughts on the county.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Peter Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "– Roads and bridges –.", "\"Roads first.\"" })
	void heReachesAcrossAParagraphThatSaysLittle(String between) {
		List<Quote> quotes = quotes("Hal Brenner spoke at the county fair on Saturday about the roads.",
				"\"We will win the county this time around, and we will win it big,\" he said.", between,
				"\"The bridges come first, and the roads come right after them,\" he said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void heReachesAcrossALongQuotationThatNamesNobody() {
		List<Quote> quotes = quotes("Hal Brenner spoke at the county fair on Saturday about the roads.",
				"\"We will win the county this time around, and we will win it big,\" he said.",
				"\"The roads of this county were built for the farms of a century ago, and the trucks of today "
						+ "break them every winter, so the county pays for the same mile of road three times in ten "
						+ "years, and the state, which collects the fuel taxes, pays for none of it.\"",
				"\"The bridges come first, and the roads come right after them,\" he said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aNameInWhatTheSubjectSaysIsNoSubject() {
		Quote quote = single(quotes(
				"Hal Brenner turned the story back on the Gazette, pointing out that the paper's Peter Varro had "
						+ "reported in June that the campaign was coming apart. He hoped, he said, that the paper "
						+ "would shy away from such reporting now.",
				"\"Apparently not,\" he said on Monday."));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@ParameterizedTest
	@ValueSource(strings = { "candidate", "billionaire", "incumbent" })
	void theDescriptionOfTheOnePersonTheProseIsAboutCarriesHimToTheNextParagraph(String noun) {
		Quote quote = single(quotes("Later on Sunday, Hal Brenner shared the county's plan on his page.",
				"The " + noun
						+ " also continued to refute a story about the roads and his claim that he had paid for them.",
				"\"We will win the county this time around, and we will win it big,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void theAuthorsSheSaidInsideASentenceCarriesHerToTheNextParagraph() {
		Quote quote = single(quotes("Yolanda Brisk wrote about the county's roads in her last column.",
				"A new road would not only bring the farms closer to town, she said, but also the schools.",
				"\"We will win the county this time around, and we will win it big,\" she said."));
		assertThat(quote.speaker().name()).isEqualTo("Yolanda Brisk");
	}

	@Test
	void aPersonAfterWordsOfIsSomeoneAPronounCanMean() {
		Quote quote = single(quotes("This speech can be summed up in the very words of Hal Brenner when opening the "
				+ "county fair in 1965. He concluded, \"With malice toward none, we will build the roads of this county.\""));
		assertThat(quote.speaker().name()).isEqualTo("Hal Brenner");
	}

	@Test
	void aGivenNameAndSurnameAfterForIsAPersonAPronounCanMean() {
		Quote quote = single(quotes("A lawmaker in the county is calling for Peter Varro to be banned from the fair.",
				"At a rally in the valley on Thursday afternoon, Varro included the county on a list of places he said "
						+ "had sent thieves. \"We're letting people come in that shouldn't be allowed,\" he said."));
		assertThat(quote.speaker().name()).isEqualTo("Peter Varro");
	}

	@Test
	void aNameInAClauseOfItsOwnInsideTheOpeningClauseIsNotWhomThePronounMeans() {
		List<Quote> quotes = quotes("Oscar-winning actress Yolanda Brisk is not sure she can vote for Ariel Nox.",
				"Asked about her own vote in the event that Nox faces Hal Brenner, who has insulted the county, she "
						+ "replied: \"I don't know. I'm going to see what happens.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Yolanda Brisk");
	}

	@ParameterizedTest
	@ValueSource(strings = { "(as)", "(AS)", "(a.s.)", "(pbuh)" })
	void anInstitutionNamedForAnImamWithHisHonorificIsNoPerson(String honorific) {
		Quote quote = single(quotes(
				"The Daily Courier quoted Gen. Quint Varro speaking at a conference at Imam Sadeq " + honorific
						+ " University.",
				"\"The county was won by the people who stood with us, and it will stay won,\" said he."));
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aDescriptionAfterAnOpeningParticipleClauseKeepsThePersonForTheNextHe() {
		List<Quote> quotes = quotes(
				"The county prayers leader Ayatollah Quint Varro in his second sermon called for unity among the "
						+ "faithful of the county.",
				"The cleric rejected the mayor \"Kay Lund\" claims against the faithful and added that Lund "
						+ "deserves to be called a liar, the County Press reported.",
				"Addressing thousands of worshipers, he pointed to the state of the roads in the county and said, "
						+ "\"The board and its allies are behind the ruin of the roads.\"",
				"Commenting on the state of the county roads, the cleric urged the board to act before the winter.",
				"\"However, the people of the county are the winners\", he said.");
		assertThat(quotes.getLast().speaker()).isNotNull();
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CNN's Dana Whitfield", "CNN correspondent Dana Whitfield" })
	void theOutletsReporterIsThePersonNamedAfterTheOutlet(String named) {
		List<Quote> quotes = quotes("The remarks came in an interview on the plane with " + named + " on Thursday.",
				"\"They apologized on the phone call to the whole campaign?\" the CNN reporter asked.",
				"\"They could not have been nicer to the campaign,\" Quint Varro said.");
		assertThat(quotes.getFirst().speaker()).isNotNull();
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Dana Whitfield");
	}

	@Test
	void aPartyMemberDescribedByStateIsThePersonTheProseIsAbout() {
		List<Quote> quotes = quotes(
				"LAMONI, Ia. — U.S. Sen. Quint Varro said Saturday that the county board is trying to mislead the "
						+ "voters about the new road.",
				"\u201cI think the board is very, very dismayed at the people coming behind our campaign,\u201d the "
						+ "Texas Republican told reporters before a stop in Lamoni.");
		assertThat(quotes.getFirst().speaker()).isNotNull();
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Quint Varro, a member of the County Parliament said",
			"Quint Varro, a member of the County Parliament, said" })
	void aRoleSetOffAfterTheNameIsThePersonsRole(String tag) {
		List<Quote> quotes = quotes(tag + " some parties are seeking to start a fight over the harbour.",
				"\"This enmity is due to the fact that the harbour board thwarted their plans,\" the MP said.");
		assertThat(quotes.getFirst().speaker()).isNotNull();
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void aDescriptionAfterANameInAnOpeningClauseIsNoRoleOfThatName() {
		List<Quote> quotes = quotes("In an interview with hosts Kay Lund and Dana Whitfield, the county candidate "
				+ "stated that the board's \"divisive and mean-spirited comments\" hurt the county.");
		assertThat(quotes.getFirst().speaker()).isNull();
	}

	@Test
	void anOfficeWithoutAnArticleOpeningTheTagIsThePersonHoldingIt() {
		List<Quote> quotes = quotes(
				"The county\u2019s Substitute Friday Prayers Leader Ayatollah Quint Varro said on Friday that the "
						+ "enemies of the harbour will fail.",
				"Substitute Friday Prayers Leader added: \u201cThe enemies will never reach their goals in this "
						+ "county.\u201d");
		assertThat(quotes.getFirst().speaker()).isNotNull();
		assertThat(quotes.getFirst().speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void heAddedGoesOnWithTheLastSpeakerWhenAnotherManWasNamedInPassing() {
		List<Quote> quotes = quotes("\"The leak of the minutes was a plot against the whole board,\" Quint Varro said.",
				"Board members are waiting for Renner to come back from his trip to explain himself, he added.",
				"He added that \"the minutes were cut to pieces for the sake of wicked intentions.\"");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker().name()).isEqualTo("Quint Varro");
		List<Quote> said = quotes("\"The leak of the minutes was a plot against the whole board,\" Quint Varro said.",
				"Board members are waiting for Renner to come back from his trip to explain himself.",
				"He said that \"the minutes were cut to pieces for the sake of wicked intentions.\"");
		assertThat(said.get(1).speaker()).isNull();
	}

	@Test
	void aHeSaidEndingReportedSpeechCarriesItsPersonToTheNextParagraph() {
		List<Quote> quotes = quotes(
				"\"He claims he will close the port. But he is preparing his own end,\" Tomas Reyne told reporters.",
				"The party has never endorsed the strikes and always supported the fleet, he said.",
				"\"It has always been the party which has suffered most from the strikes,\" he stated.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tomas Reyne");
	}

	@Test
	void heStaysOpenAfterALongQuotationThatNamesAnotherMan() {
		List<Quote> quotes = quotes("Sheikh Quint Varro made the remarks in a televised address on Wednesday.",
				"\"Today we are resisting in the county, as Jory Grett asked us to, in defense of the county and of "
						+ "its people against the occupation, which will only leave by resistance and will only be defeated "
						+ "by resistance and by all of us together now.\"",
				"\u201cThey gave us a choice between submission and humiliation,\u201d he said.");
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(1).speaker()).isNull();
	}

	@Test
	void heIsNotThePersonTheQuotationNamesWithHisTitle() {
		List<Quote> quotes = quotes("Ambassador Quint Varro testified before the county board this week.",
				"The 57-year-old farmer said Varro may have misunderstood the roads.",
				"\"Ambassador Varro now knows that this will need time and effort,\" he said.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void heMayBeThePersonTheQuotationNamesByHisSurnameAlone() {
		List<Quote> quotes = quotes("Quint Varro spoke at the county fair on Saturday.",
				"\"The Varro voters of this county will not forget the roads,\" he said.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void heAddedGoesOnWithWhoTheParagraphBeforeReportedSpeaking() {
		List<Quote> quotes = quotes(
				"In an interview on the sidelines of the ceremony for Peter Grett, Quint Varro said "
						+ "that the county has a policy that is essential for all.",
				"\u201cAttacks and threats do not affect the harbour guards, who will answer them wisely,\u201d he added.");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void heAddedStaysOpenAfterAParagraphThatReportsNobodySpeaking() {
		List<Quote> quotes = quotes("At the ceremony for Peter Grett, Quint Varro met the county's guards on Friday.",
				"\u201cAttacks and threats do not affect the harbour guards, who will answer them wisely,\u201d he added.");
		assertThat(single(quotes).speaker()).isNull();
	}

	@Test
	void anOfficeSetOffWithoutItsArticleIsThePersonsRole() {
		List<Quote> quotes = quotes("Quint Varro, Minister of Roads, opened the new bridge over the bay on Monday.",
				"The minister said the bridge is \"of vital importance to the county's farms.\"");
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@Test
	void itAfterAPaperSaidWhichIsPublishedByAnotherIsStillThePaper() {
		List<Quote> quotes = quotes(
				"The Tehran Times said in an editorial that the fleet had to \u201cstrike back.\u201d",
				"\u201cThe fleet must prepare itself for a long winter in the bay,\u201d said the paper, which is "
						+ "published by the official Kayhan.",
				"\u201cThis newspaper has suggested that the fleet can sail,\u201d it said.");
		assertThat(quotes.getLast().speaker().name()).isEqualTo("Tehran Times");
	}

	@Test
	void heAddedGoesOnWithWhomTheTagClosingTheParagraphNamesWhoeverTheWordsSpeakAbout() {
		List<Quote> quotes = quotes("Tom Reyes met Ada Lind in Ostia on July 25. The fact that the meeting happened "
				+ "was a recognition that Reyes has a role in any settlement of the harbour, said Quint Varro, a senior "
				+ "fellow at the Harbour Council.", "\u201cReyes is the big victor,\u201d he added.");
		assertThat(single(quotes).speaker()).isNotNull();
		assertThat(single(quotes).speaker().name()).isEqualTo("Quint Varro");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Similar", "Recent", "Numerous" })
	void anAdjectiveOpeningASentenceIsNobodyAPronounCouldStandFor(String adjective) {
		Quote quote = single(quotes("Cleric Quint Varro spoke at the harbour mosque on Friday.",
				adjective + " calls by other preachers sparked protests in the town.",
				"He also said: \"The fleet must stay in the bay.\""));
		assertThat(quote.speaker() == null ? null : quote.speaker().name()).isNotEqualTo(adjective);
	}

	@ParameterizedTest
	@ValueSource(strings = { "then added", "also said" })
	void anInstitutionsDescriptionWithAnAdverbBeforeItsVerbIsTheInstitution(String verb) {
		Quote quote = quotes("On April 14, the Harbour Fisheries Ministry stated that the operation was right. The "
				+ "Ministry " + verb + ": \"We welcome this operation which has eased the conscience of the county in "
				+ "the face of the storm.\"")
			.getLast();
		assertThat(quote.speaker()).isNotNull();
		assertThat(quote.speaker().name()).isEqualTo("Harbour Fisheries Ministry");
	}

	@Test
	void thePlacesSecondWordAfterInIsNoOneAndAnAgencysOfficialSpeaksForIt() {
		Quote resident = single(quotes("A resident in Tel Aviv told reporters: \"They are a completely different "
				+ "organization. They don't have the leadership.\""));
		assertThat(resident.speaker()).isNull();
		assertThat(resident.speakerAsWritten()).isEqualTo("A resident in Tel Aviv");
		Quote official = single(quotes("\"They are a completely different organization. They don't have the "
				+ "leadership,\" a former Mossad official told reporters."));
		assertThat(official.speaker()).isNotNull();
		assertThat(official.speaker().name()).isEqualTo("Mossad");
		assertThat(official.speaker().kind()).isNotEqualTo(ParsedReport.SpeakerKind.PERSON);
	}

	@Test
	void aNameThatOnlyQualifiesTheForcesAfterItIsNoAntecedent() {
		Quote quote = single(quotes(
				"Commander Quint Varro also revealed that three brigades fight beside Assad regime "
						+ "forces in the north.",
				"He claimed that \"the second brigade specializes in street battles and " + "sniper attacks.\""));
		assertThat(quote.speaker().name()).isEqualTo("Quint Varro");
	}

	private List<Quote> quotes(String... paragraphs) {
		return attributor.attribute(List.of(QuoteAttributorTests.section(0, null, paragraphs)), List.of());
	}

	@Test
	void aRegionWhoseNameLooksLikeAPersonsIsNoAntecedent() {
		List<Quote> quotes = quotes("Ministry spokesperson Ada Lind said the harbour talks would go on.",
				"Hong Kong is a special administrative region, and its affairs are internal affairs, said the "
						+ "spokesperson.",
				"\"The door is always open to those who are committed to better ties,\" she added.");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Ada Lind");
	}

	@Test
	void theOwnerOfTheStatementOpeningTheClauseIsWhomThePronounStandsFor() {
		List<Quote> quotes = quotes("Quint Varro warned that the board would \"totally destroy the old pier\" in his "
				+ "speech. Within a day, in Tom Reyes's own statement he retaliated saying that the crews would "
				+ "\"consider with seriousness the highest level of countermeasures.\"");
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro", "Tom Reyes");
	}

	@Test
	void aGivenNameThatIsAlsoAFaithsNameStillMakesAPersonForHe() {
		Quote quote = single(
				quotes("In a column, Islam Al-Varro slammed the board's policy. He believes that the plan, "
						+ "which he says is \"predicated on tricks and plots,\" is worse than the old one."));
		assertThat(quote.speaker().name()).isEqualTo("Islam Al-Varro");
	}

	private static Quote single(List<Quote> quotes) {
		return QuoteAttributorTests.single(quotes);
	}

}
