package org.analecta.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.analecta.parser.ParsedReport.Author;
import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test: the plain-text seed report (data/reports), its whole structure but the
 * quotes.
 */
class SeedReportTests {

	static final Path SEED = Path.of("data/reports/000_4c35f079a3e03125.txt");

	private static ParsedReport report;

	@BeforeAll
	static void parseSeed() throws IOException, ParseException {
		report = new ReportParser().parse(Files.readAllBytes(SEED), SEED.getFileName().toString());
	}

	@Test
	void metadata() {
		assertThat(report.format()).isEqualTo(SourceFormat.TEXT);
		assertThat(report.title()).isEqualTo(
				"Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?");
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20));
		assertThat(report.series()).isEqualTo("Inquiry & Analysis Series");
		assertThat(report.seriesNumber()).isEqualTo("1099");
		assertThat(report.authors()).containsExactly(
				new Author("A. Savyon", "A. Savyon is Director of the Iranian Media Project."),
				new Author("Yossi Mansharof", "Y. Mansharof is a Research Fellow at MEMRI."));
		assertThat(report.countries()).containsExactly("Iraq", "Iran");
		assertThat(report.sourceUrl()).isNull();
	}

	@Test
	void leadAndSevenHeadedSections() {
		assertThat(report.sections()).extracting(Section::heading)
			.containsExactly(null,
					"President Rohani: We May Consider Collaborating With The Americans In Iraq If They Act Against Terrorism There",
					"IRGC Daily Javan: U.S. Disassociating Itself From Saudi Arabia Is A Condition For Collaboration In Iraq",
					"Tabnak: Cessation Of U.S. Opposition To Iran – A Precondition For U.S.-Iran Collaboration On Iraq",
					"Asr-e Iran: Coordination With The U.S. Is Not Necessarily Collaboration, But Rather A Test Of Intentions",
					"Obama To Iraqi Leaders: Time For Hard Compromises For The Iraqi People's Sake",
					"Iran's Dilemma – The Need To Publicly Reject Collaboration With U.S.",
					"Iran Recruits Volunteers For Operations In Iraq");
		assertThat(report.sections()).extracting(Section::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
		assertThat(report.sections()).extracting(s -> s.paragraphs().size()).containsExactly(7, 2, 5, 4, 4, 1, 5, 3);
		Section lead = report.sections().get(0);
		assertThat(lead.paragraphs().get(0).text()).startsWith("In a June 14, 2014 response to calls in the U.S.");
		assertThat(lead.paragraphs().get(6).text()).startsWith("This paper will review the dilemma");
	}

	@Test
	void captionsAreKeptApartFromTheProse() {
		Section volunteers = report.sections().get(7);
		assertThat(volunteers.captions()).containsExactly(
				"Sign-up website for volunteers (Source:, accessed June 19, 2014)",
				"Poster from the volunteer registration site: \"Registering those interested in being dispatched, in "
						+ "accordance with a decree by the general commander of the armed forces, the Imam Khamenei, to "
						+ "defend Shi'ite holy sites now being desecrated by the takfiri group ISIS\" (Source:");
		assertThat(allParagraphText()).noneMatch(t -> t.contains("(Source:"));
		for (int i = 0; i < 7; i++) {
			assertThat(report.sections().get(i).captions()).isEmpty();
		}
	}

	@Test
	void fourteenFootnotesWithTheirSources() {
		assertThat(report.footnotes()).extracting(Footnote::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
		assertThat(report.footnotes()).extracting(Footnote::outlet)
			.containsExactly("Yahoo News", null, "Fars", null, "Javan", "Tabnak", "Asr-e Iran", null, "IRNA", "ISNA",
					null, "Reuters", "Fars", "Kayhan");
		assertThat(report.footnotes()).extracting(Footnote::country)
			.containsExactly(null, null, "Iran", null, "Iran", "Iran", "Iran", null, "Iran", "Iran", null, null, null,
					"Iran");
		assertThat(report.footnotes()).extracting(Footnote::date)
			.extracting(LocalDate::toString)
			.containsExactly("2014-06-16", "2014-06-13", "2014-06-14", "2014-06-15", "2014-06-14", "2014-06-14",
					"2014-06-16", "2014-06-13", "2014-06-16", "2014-06-16", "2014-06-16", "2014-06-16", "2014-06-18",
					"2014-06-18");
		Footnote three = report.footnotes().get(2);
		assertThat(three.text()).startsWith("Fars (Iran), June 14, 2014. Rohani added that")
			.endsWith("not received such an Iraqi request for assistance.");
		assertThat(report.footnotes().get(12).text()).isEqualTo("Fars, June 18, 2014.");
	}

	@Test
	void whichParagraphCitesWhichNote() {
		Map<Integer, String> citedAt = new TreeMap<>();
		for (Section section : report.sections()) {
			for (int p = 0; p < section.paragraphs().size(); p++) {
				for (FootnoteRef ref : section.paragraphs().get(p).footnoteRefs()) {
					citedAt.put(ref.number(), section.index() + "." + p);
				}
			}
		}
		assertThat(citedAt).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(Map.entry(1, "0.0"),
				Map.entry(2, "0.2"), Map.entry(3, "1.0"), Map.entry(4, "1.1"), Map.entry(5, "2.4"), Map.entry(6, "3.3"),
				Map.entry(7, "4.3"), Map.entry(8, "5.0"), Map.entry(9, "6.0"), Map.entry(10, "6.1"),
				Map.entry(11, "6.2"), Map.entry(12, "6.2"), Map.entry(13, "6.3"), Map.entry(14, "6.4"))));
	}

	@Test
	void markersAreOutOfTheTextAndOffsetsPointAfterTheCitedWords() {
		Paragraph first = report.sections().get(0).paragraphs().get(0);
		FootnoteRef ref = first.footnoteRefs().get(0);
		assertThat(first.text().substring(0, ref.offset())).endsWith("from taking over Iraqi cities,");
		Paragraph zarif = report.sections().get(6).paragraphs().get(2);
		assertThat(zarif.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(11, 12);
		assertThat(zarif.text().substring(0, zarif.footnoteRefs().get(1).offset()))
			.endsWith("such talks had indeed taken place.");
		assertThat(allParagraphText()).noneMatch(t -> t.matches("(?s).*\\[\\d+\\].*"));
		// Editorial insertions stay.
		assertThat(report.sections().get(1).paragraphs().get(0).text()).contains("terrorist groups [in Iraq] and");
	}

	@Test
	void noBoilerplateAndNoAuthorNoteInTheText() {
		assertThat(allText()).noneMatch(t -> t.contains("Share this Report"));
		assertThat(allText()).noneMatch(t -> t.contains("Savyon is Director"));
		assertThat(allParagraphText()).noneMatch(t -> t.contains("Inquiry & Analysis Series No. 1099"));
	}

	private static List<String> allParagraphText() {
		return report.sections().stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text).toList();
	}

	private static List<String> allText() {
		var texts = new ArrayList<>(allParagraphText());
		report.sections().forEach(s -> texts.addAll(s.captions()));
		report.sections().forEach(s -> texts.add(String.valueOf(s.heading())));
		report.footnotes().forEach(f -> texts.add(f.text()));
		return texts;
	}

}
