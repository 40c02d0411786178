package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.analecta.parser.ParsedReport.Footnote;
import org.analecta.parser.ParsedReport.Paragraph;
import org.analecta.parser.ParsedReport.Section;
import org.analecta.parser.ParsedReport.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML version of the seed report (a CMS article page with navigation, share buttons,
 * related links and a footer) parses to the same structure as the plain-text version.
 */
class HtmlSeedTests {

	static final Path HTML_SEED = Path.of("data/reports/001_iran-dilemma-cooperate-with-us.html");

	private static ParsedReport html;

	private static ParsedReport text;

	@BeforeAll
	static void parseBoth() throws IOException, ParseException {
		ReportParser parser = new ReportParser();
		html = parser.parse(Files.readAllBytes(HTML_SEED), HTML_SEED.getFileName().toString());
		text = parser.parse(Files.readAllBytes(SeedReportTests.SEED), SeedReportTests.SEED.getFileName().toString());
	}

	@Test
	void isReadAsHtml() {
		assertThat(html.format()).isEqualTo(SourceFormat.HTML);
		assertThat(text.format()).isEqualTo(SourceFormat.TEXT);
	}

	@Test
	void sameMetadata() {
		assertThat(html.title()).isEqualTo(
				"Iran's Dilemma: Cooperate With U.S. Against Sunnis In Iraq – Or Maintain Anti-U.S. Ideological Stance?")
			.isEqualTo(text.title());
		assertThat(html.publishedOn()).isEqualTo(LocalDate.of(2014, 6, 20)).isEqualTo(text.publishedOn());
		assertThat(html.series()).isEqualTo("Inquiry & Analysis Series").isEqualTo(text.series());
		assertThat(html.seriesNumber()).isEqualTo("1099").isEqualTo(text.seriesNumber());
		assertThat(html.authors()).hasSize(2).isEqualTo(text.authors());
		assertThat(html.countries()).containsExactly("Iraq", "Iran").isEqualTo(text.countries());
	}

	@Test
	void sourceUrlIsTheCanonicalLink() {
		assertThat(html.sourceUrl()).isEqualTo(
				"https://www.memri.org/reports/irans-dilemma-cooperate-us-against-sunnis-iraq-%E2%80%93-or-maintain-anti-us-ideological-stance");
		assertThat(text.sourceUrl()).isNull();
	}

	@Test
	void sameSectionsParagraphsAndCaptions() {
		assertThat(html.sections()).hasSize(8);
		assertThat(html.sections()).extracting(Section::heading)
			.isEqualTo(text.sections().stream().map(Section::heading).toList());
		for (int i = 0; i < text.sections().size(); i++) {
			Section h = html.sections().get(i);
			Section t = text.sections().get(i);
			assertThat(h.paragraphs()).as("paragraphs of section %d", i).isEqualTo(t.paragraphs());
			assertThat(h.captions()).as("captions of section %d", i).isEqualTo(t.captions());
		}
		assertThat(html.sections().get(7).captions()).hasSize(2);
	}

	@Test
	void sameFootnotesAndReferences() {
		assertThat(html.footnotes()).hasSize(14).isEqualTo(text.footnotes());
		assertThat(html.footnotes().get(2))
			.isEqualTo(new Footnote(3, text.footnotes().get(2).text(), "Fars", "Iran", LocalDate.of(2014, 6, 14)));
		List<Integer> cited = html.sections()
			.stream()
			.flatMap(s -> s.paragraphs().stream())
			.flatMap(p -> p.footnoteRefs().stream())
			.map(ParsedReport.FootnoteRef::number)
			.toList();
		assertThat(cited).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
	}

	@Test
	void sameQuotes() {
		assertThat(html.quotes()).isNotEmpty().isEqualTo(text.quotes());
	}

	@Test
	void noPageChromeInTheText() {
		String all = html.sections()
			.stream()
			.flatMap(s -> s.paragraphs().stream())
			.map(Paragraph::text)
			.reduce("", (a, b) -> a + "\n" + b);
		assertThat(all).doesNotContain("Share this Report", "Facebook", "Related Reports", "Skip to main content",
				"cookies", "Main navigation", "Subscribe To MEMRI", "All rights reserved", "gtag");
	}

}
