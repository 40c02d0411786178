package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.analecta.parser.ParsedReport.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quotes of the seed report, through the real parser, as a researcher would check
 * them.
 */
class SeedQuoteTests {

	private static List<Quote> quotes;

	@BeforeAll
	static void parseSeed() throws Exception {
		Path seed = Path.of("data/reports/000_4c35f079a3e03125.txt");
		quotes = new ReportParser().parse(Files.readAllBytes(seed), seed.toString()).quotes();
	}

	@Test
	void everyNamedSpeakerHasTheirQuotes() {
		Map<String, Long> perSpeaker = quotes.stream()
			.filter(quote -> quote.speaker() != null)
			.collect(Collectors.groupingBy(quote -> quote.speaker().name(), TreeMap::new, Collectors.counting()));
		assertThat(perSpeaker).containsExactlyInAnyOrderEntriesOf(
				Map.ofEntries(Map.entry("Hassan Rohani", 2L), Map.entry("Hamid Aboutalebi", 1L), Map.entry("Javan", 1L),
						Map.entry("Tabnak", 1L), Map.entry("Asr-e Iran", 1L), Map.entry("Barack Obama", 1L),
						Map.entry("Marzia Afkham", 1L), Map.entry("Amir Abdollahian", 1L),
						Map.entry("Hassan Firouzabadi", 1L), Map.entry("Kayhan", 1L), Map.entry("John Kerry", 2L)));
	}

	@Test
	void bodyQuotesStartRightAndCiteTheirNotes() {
		assertThat(quotes.stream().filter(quote -> quote.speaker() != null && quote.section() != null).toList())
			.extracting(quote -> quote.speaker().name(), quote -> start(quote.text()), Quote::section, Quote::footnote,
					Quote::kind, Quote::cue)
			.containsExactly(tuple("Hassan Rohani", "if the Americans operate", 1, 3, QuoteKind.DIRECT, "said"),
					tuple("Hamid Aboutalebi", "Iran and the U.S.", 1, 4, QuoteKind.DIRECT, "tweeted"),
					tuple("Javan", "Since the start of", 2, 5, QuoteKind.BLOCK, "stated"),
					tuple("Tabnak", "In recent days, following", 3, 6, QuoteKind.BLOCK, "stated"),
					tuple("Asr-e Iran", "In politics nothing is", 4, 7, QuoteKind.BLOCK, "stated"),
					tuple("Barack Obama", "Iraq's leaders have to", 5, 8, QuoteKind.DIRECT, "said"),
					tuple("Marzia Afkham", "The evidence shows that", 6, 9, QuoteKind.DIRECT, "added"),
					tuple("Amir Abdollahian", "Thus far, we have", 6, 10, QuoteKind.DIRECT, "said"),
					tuple("Hassan Firouzabadi", "Cooperation between Iran and", 6, 13, QuoteKind.DIRECT, "said"),
					tuple("Kayhan", "The hired terrorists [acting", 6, 14, QuoteKind.DIRECT, "said"));
	}

	@Test
	void speakersAreCanonicalWithRolesAndKinds() {
		assertThat(speakerOf("if the Americans operate").role()).isEqualTo("Iranian President");
		assertThat(quoteStarting("if the Americans operate").speakerAsWritten()).isEqualTo("Rohani");
		assertThat(speakerOf("Iran and the U.S.").role()).isEqualTo("Rohani's political advisor");
		assertThat(speakerOf("Since the start of"))
			.isEqualTo(new ParsedReport.Speaker("Javan", "daily", SpeakerKind.OUTLET));
		assertThat(quoteStarting("Since the start of").speakerAsWritten()).isEqualTo("the daily Javan");
		assertThat(speakerOf("In recent days, following").kind()).isEqualTo(SpeakerKind.OUTLET);
		assertThat(speakerOf("In politics nothing is").kind()).isEqualTo(SpeakerKind.OUTLET);
		assertThat(quoteStarting("Iraq's leaders have to").speakerAsWritten()).isEqualTo("He");
		assertThat(speakerOf("Iraq's leaders have to").role()).isEqualTo("President");
		assertThat(speakerOf("The evidence shows that").role()).isEqualTo("Iranian Foreign Ministry spokeswoman");
		assertThat(speakerOf("Thus far, we have").role()).contains("Deputy Foreign Minister");
		assertThat(quoteStarting("Cooperation between Iran and").speakerAsWritten()).isEqualTo("Firouzabadi");
		assertThat(speakerOf("Cooperation between Iran and").role()).isEqualTo("Iranian Army chief of staff");
		assertThat(quoteStarting("The hired terrorists [acting").speakerAsWritten()).isEqualTo("It");
		assertThat(speakerOf("The hired terrorists [acting").kind()).isEqualTo(SpeakerKind.OUTLET);
	}

	@Test
	void blockQuotationsHoldAllTheirParagraphs() {
		assertThat(quoteStarting("Since the start of").text()).contains("\n\nIn March 2003")
			.endsWith("could oppose it [i.e. Saudi Arabia].");
		assertThat(quoteStarting("In recent days, following").text().split("\n\n")).hasSize(4);
		assertThat(quoteStarting("In politics nothing is").text().split("\n\n")).hasSize(4);
	}

	@Test
	void footnoteQuotesSitInTheirNotes() {
		assertThat(quotes.stream().filter(quote -> quote.section() == null).toList())
			.extracting(quote -> quote.speaker() == null ? null : quote.speaker().name(), Quote::speakerAsWritten,
					quote -> start(quote.text()), Quote::footnote, Quote::kind)
			.containsExactly(tuple("John Kerry", "he", "I wouldn't rule out", 1, QuoteKind.DIRECT),
					tuple("John Kerry", "he", "a very thorough vetting", 1, QuoteKind.PARTIAL),
					tuple("Hassan Rohani", "Rohani", "you cannot make up", 3, QuoteKind.DIRECT),
					// The unnamed Reuters source: kept as written, no speaker, low
					// confidence.
					tuple(null, "the official", "The disastrous situation in", 12, QuoteKind.DIRECT));
		assertThat(quotes.getLast().confidence()).isLessThanOrEqualTo(0.3);
	}

	@Test
	void slogansAndTitlesAreTermsOfNoOne() {
		List<Quote> terms = quotes.stream().filter(quote -> quote.kind() == QuoteKind.TERM).toList();
		assertThat(terms).extracting(Quote::text)
			.contains("the axis of evil", "the Great Satan", "death to America",
					"Why Is Collaborating With Iran In Iraq Important To The Americans?",
					"Satan Is Pretending To Be An Angel", "national code");
		assertThat(terms).allSatisfy(term -> {
			assertThat(term.speaker()).isNull();
			assertThat(term.speakerAsWritten()).isNull();
		});
	}

	@Test
	void confidenceRanksExplicitTagsAboveCoreference() {
		assertThat(quotes).allSatisfy(quote -> assertThat(quote.confidence()).isBetween(0.0, 1.0));
		double explicit = quoteStarting("Thus far, we have").confidence();
		double pronoun = quoteStarting("Iraq's leaders have to").confidence();
		double unnamed = quotes.getLast().confidence();
		assertThat(explicit).isGreaterThan(pronoun);
		assertThat(pronoun).isGreaterThan(unnamed);
	}

	@Test
	void theHtmlVersionYieldsTheSameQuotes() throws Exception {
		Path html = Path.of("data/reports/001_iran-dilemma-cooperate-with-us.html");
		List<Quote> fromHtml = new ReportParser().parse(Files.readAllBytes(html), html.toString()).quotes();
		assertThat(fromHtml).isEqualTo(quotes);
	}

	private static Quote quoteStarting(String start) {
		return quotes.stream().filter(quote -> quote.text().startsWith(start)).findFirst().orElseThrow();
	}

	private static ParsedReport.Speaker speakerOf(String start) {
		return quoteStarting(start).speaker();
	}

	private static String start(String text) {
		String[] words = text.split("\\s+");
		return String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
	}

}
