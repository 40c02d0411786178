package org.analecta.parser;

import static org.analecta.parser.QuoteAttributorTests.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.Speaker;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * Quotations in titles and headings, as headlines write them: the label before the colon
 * names the speaker, single marks quote as double ones do.
 */
class TitleQuotesTests {

	private final QuoteAttributor attributor = new QuoteAttributor(new SpeakerNames());

	@Test
	void aTitlesQuotationTakesThePersonItsLabelNames() {
		List<Quote> quotes = attributor.attribute("Harbour Master Quint Varro: \"The Storms Will Not Close Our Port\"",
				List.of(section(0, null, "In a speech on July 3, harbour master Quint Varro spoke of the storms.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name(), Quote::section, Quote::paragraph)
			.containsExactly(tuple("The Storms Will Not Close Our Port", "Quint Varro", null, null));
	}

	@Test
	void theMarksOfANamesAynOpenNoQuotationBeforeTheLabelsColon() {
		List<Quote> quotes = attributor.attribute(
				"Guild Writer 'Abd Al-Rahim 'Attar: 'The Storms Will Not Close Our Port'",
				List.of(section(0, null,
						"In a column on July 3, guild writer 'Abd Al-Rahim 'Attar spoke of the " + "storms.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly(tuple("The Storms Will Not Close Our Port", "Abd Al-Rahim 'Attar"));
	}

	@Test
	void anOutletAfterTheWordForWhatItIsSpeaksInATitle() {
		List<Quote> quotes = attributor.attribute("Iranian Daily Kayhan: 'The Storms Will Not Close Our Port'",
				List.of(section(0, null, "In an editorial on July 3, the Iranian daily Kayhan wrote of the storms.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly(tuple("The Storms Will Not Close Our Port", "Kayhan"));
	}

	@Test
	void aParticipleAfterACommaTakesTheSubjectOfTheClauseBeforeIt() {
		List<Quote> quotes = attributor.attribute(
				"In Speeches This Week, Harbour Master Quint Varro Discusses The Storms, Saying 'Rebuilding The Piers "
						+ "Is Tantamount To Saving The Port'",
				List.of(section(0, null, "In a speech on July 3, harbour master Quint Varro spoke of the storms.")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
	}

	@Test
	void aLabelEndingInAGivenNameAndASurnameTheTextCutShortNeverNamesTakesThem() {
		List<Quote> quotes = attributor.attribute(
				"Harbour Guild Veteran Ada Lind Declares: 'If There Are Smart Sailors In The Bay, "
						+ "They Should Confront The Storm Themselves'",
				List.of(section(0, null, "In early January, the guild marked the anniversary of the storm with "
						+ "dozens of ceremonies and speeches across the port.")),
				List.of());
		assertThat(quotes).singleElement().satisfies(quote -> {
			assertThat(quote.speaker()).isNotNull();
			assertThat(quote.speaker().name()).isEqualTo("Ada Lind");
		});
	}

	@Test
	void aLabelEndingInASpeechVerbTakesTheNameAfterAnOfficeTheTextCutShortNeverNames() {
		List<Quote> quotes = attributor.attribute(
				"On The Anniversary Of The Storm, His Successor Harlowe Declares: 'If There Are Smart Sailors In The "
						+ "Bay, They Should Confront The Storm Themselves'; The Union's Chairman Vows: 'We Will Stay'",
				List.of(section(0, null, "In early January, the union marked the anniversary of the storm with "
						+ "dozens of ceremonies and speeches across the port.")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Harlowe", null);
	}

	@Test
	void aLabelNamingSomeoneAfterAnOfficeWithoutASpeechVerbIsNoSpeaker() {
		List<Quote> quotes = attributor.attribute(
				"Union Journalist Criticizes Harbour Board: 'If There Are Smart Sailors In The Bay, They Should "
						+ "Confront The Storm Themselves'",
				List.of(section(0, null, "In early January, the union marked the anniversary of the storm with "
						+ "dozens of ceremonies and speeches across the port.")),
				List.of());
		assertThat(quotes).singleElement().satisfies(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void theOccasionAfterTheLabelsNameIsNoPartOfIt() {
		List<Quote> quotes = attributor.attribute(
				"Guild Deputy Commander Varro On Harbour Day 2018: 'We Are Creating Might In The Bay – Because We Want "
						+ "To Fight The Storm From There'",
				List.of(section(0, null,
						"To mark Harbour Day, the guild's deputy commander Quint Varro gave a speech.")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
	}

	@Test
	void aLongerLabelNamingSomeoneInsideItOrOpeningWithTheirOfficeTakesThem() {
		List<Quote> named = attributor.attribute(
				"Friday Sermon By Leading Harbour Imam Al-Varro in Ostia: \u2018Punish the Occupying Boards and Their "
						+ "Supporters Among the Corrupt Sailors\u2019",
				List.of(section(0, null, "In his Friday sermon, harbour imam Quint Al-Varro spoke of the storms.")),
				List.of());
		assertThat(named).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Al-Varro");
		List<Quote> office = attributor.attribute(
				"Director-General of Harbour TV Channel: 'There is No Difference Between the Storms in the Bay and the Quay'",
				List.of(section(0, null,
						"Quint Varro, director-general of Harbour TV, wrote an article on the storms.")),
				List.of());
		assertThat(office).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Quint Varro");
		List<Quote> piece = attributor.attribute(
				"Harbour VP Quint Varro In Congressional Testimony Today: 'After The Storm: The Future Of The Port'",
				List.of(section(0, null, "Quint Varro, the harbour's vice president, testified on the storms.")),
				List.of());
		assertThat(piece).singleElement().satisfies(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void aTitleOpeningWithAQuotationAndSaysTakesWhomTheTagAfterItDescribes() {
		List<Quote> quotes = attributor.attribute(
				"\u201cThe Quay Is a Fly Against the Giant Harbour\u201d, says the " + "board's top adviser",
				List.of(section(0, null, "The board's senior adviser Quint Varro dubbed the quay a fly in an interview "
						+ "with the Gazette on Monday.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("The Quay Is a Fly Against the Giant Harbour", "Quint Varro"));
	}

	@Test
	void aTitlesLabelDescribingSomeoneByTheHeadOfTheirRoleTakesThem() {
		List<Quote> quotes = attributor.attribute(
				"Dissolved harbour guild leader: 'If the board is satisfied with "
						+ "us, we must reevaluate ourselves'",
				List.of(section(0, null, "OSTIA - Quint Varro, leader of the dissolved guild of the harbour, revealed "
						+ "talks with captains returning from the bay.")),
				List.of());
		assertThat(quotes).extracting(quote -> quote.speaker().name()).containsExactly("Quint Varro");
	}

	@Test
	void aHeadlinesSaysAfterACommaTakesTheClausesSubject() {
		List<Quote> quotes = attributor.attribute(
				"Harbour Spokesman Quint Varro Discusses Storm Damage In Ostia And Portus, Says: 'We Will Never "
						+ "Close The Port'",
				List.of(section(0, null,
						"In a recent interview, Quint Varro, the harbour's spokesman, spoke of the " + "storms.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name(), Quote::speakerAsWritten)
			.containsExactly(tuple("We Will Never Close The Port", "Quint Varro", "Varro"));
	}

	@Test
	void aHeadlinesSpeechVerbRightBeforeTheQuotationTakesItsSubject() {
		List<Quote> quotes = attributor.attribute(
				"Swiping at Lind, Varro says \u2018leaders bear responsibility, not the TV studios\u2019",
				List.of(section(0, null, "Harbour master Quint Varro on Wednesday took a swipe at Mayor Ada Lind over "
						+ "her criticism of the harbour press.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name(), Quote::speakerAsWritten)
			.containsExactly(tuple("leaders bear responsibility, not the TV studios", "Quint Varro", "Varro"));
	}

	@Test
	void aHeadlinesQuotationAfterANonSpeechVerbIsATerm() {
		List<Quote> quotes = attributor.attribute("Varro visits 'the bridge of many sighs'",
				List.of(section(0, null,
						"Harbour master Quint Varro on Wednesday defended the budget before the " + "harbour board.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, Quote::speaker)
			.containsExactly(tuple("the bridge of many sighs", null));
	}

	@Test
	void singleMarksQuoteInATitleAndADescriptionFindsWhomTheReportDescribesSo() {
		List<Quote> quotes = attributor.attribute("Liberal Harbour Columnist: The Coast 'Does Not Value Its Fleets'",
				List.of(section(0, null,
						"In a column published June 30, liberal harbour columnist Quint Varro lamented the state of "
								+ "the coast.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Does Not Value Its Fleets", "Quint Varro"));
	}

	@Test
	void anOutletOpeningTheHeadlineIsItsSubject() {
		List<Quote> quotes = attributor.attribute(
				"'Kayhan' Attacks Varro Camp: 'A Real Storm Is Raging Against Our Fleets'",
				List.of(section(0, null, "The daily Kayhan wrote that harbour master Quint Varro had failed.")),
				List.of());
		assertThat(quotes).first()
			.extracting(Quote::text, Quote::speaker)
			.containsExactly("A Real Storm Is Raging Against Our Fleets",
					new Speaker("Kayhan", null, SpeakerKind.OUTLET));
	}

	@Test
	void aNameAfterATitleEndsTheLabelAndTheHeadlinesVerbIsNotPartOfIt() {
		List<Quote> quotes = attributor.attribute(
				"Harbour Sermons Ayatollah Varro: When Spring Comes, \"The Fleets Will Sail Again\"; Former Navy "
						+ "Commodore Quint Adler States: 'The Old Piers Must Go'",
				List.of(section(0, null, "The storms closed the port for a week.")), List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("The Fleets Will Sail Again", "Varro"),
					tuple("The Old Piers Must Go", "Quint Adler"));
	}

	@Test
	void aTitlesQuotationThatTheBodyAttributesIsNotRepeated() {
		List<Quote> quotes = attributor.attribute("Harbour Master: \"The Storms Will Not Close Our Port\"",
				List.of(section(0, null, "\"The storms will not close our port,\" harbour master Quint Varro said.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("The storms will not close our port", "Quint Varro"));
	}

	@Test
	void aHeadingsQuotationStandsBeforeItsSectionsQuotations() {
		List<Section> sections = List.of(section(0, null, "Harbour master Quint Varro spoke on Monday."),
				section(1, "Quint Varro: 'We Will Rebuild The Piers'",
						"\"The boats will come back,\" harbour master Quint Varro said."));
		List<Quote> quotes = attributor.attribute("The Harbour After The Storms", sections, List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name(), Quote::section, Quote::paragraph)
			.containsExactly(tuple("We Will Rebuild The Piers", "Quint Varro", 1, null),
					tuple("The boats will come back", "Quint Varro", 1, 0));
	}

	@Test
	void aHeadlineRunIntoTheTextQuotesInSingleMarks() {
		List<Quote> quotes = attributor.attribute("Harbour Daily: August 5",
				List.of(section(0, null,
						"Expressing The Board's Position On The Storms, Former Navy Commodore Quint Varro States: The "
								+ "Storm 'Is Not About The Weather' – But Is 'All About The Old Piers'",
						"In a July 9 article, Varro wrote that the piers were old.")),
				List.of());
		assertThat(quotes).extracting(Quote::text, quote -> quote.speaker().name(), Quote::paragraph)
			.containsExactly(tuple("Is Not About The Weather", "Quint Varro", 0),
					tuple("All About The Old Piers", "Quint Varro", 0));
	}

	@Test
	void wordsQuotedAsANameInsideTheHeadlineAreATermOfNobodys() {
		List<Quote> quotes = attributor.attribute(
				"Harbour Master Quint Varro: The Board's 'Axis Of Storms' Speech Was " + "Wrong",
				List.of(section(0, null, "Harbour master Quint Varro spoke on Monday.")), List.of());
		assertThat(quotes).extracting(Quote::text, Quote::speaker, Quote::kind)
			.containsExactly(tuple("Axis Of Storms", null, QuoteKind.TERM));
	}

	@Test
	void termsNamesAndApostrophesInATitleAreNotQuotations() {
		assertThat(attributor.attribute("The Fleets' Owners Meet The Board's 'Storm Plan' Team; 'Kayhan' Reports",
				List.of(section(0, null, "The storms closed the port for a week.")), List.of()))
			.isEmpty();
	}

}
