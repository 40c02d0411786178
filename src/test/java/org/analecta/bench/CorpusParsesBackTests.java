package org.analecta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.analecta.parser.ParseException;
import org.analecta.parser.ParsedReport;
import org.analecta.parser.ReportParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The synthetic corpus is only a fair benchmark if Analecta's own parser reads it as
 * intended: samples of both formats parse back to the sections, footnotes and metadata
 * they were made with.
 */
class CorpusParsesBackTests {

	private final ReportParser parser = new ReportParser();

	@Test
	void samplesParseBackToTheIntendedStructure() throws Exception {
		assumeParserIsWritten();
		CorpusGenerator generator = new CorpusGenerator(20260);
		int html = 0;
		for (int i = 0; i < 40; i++) {
			SyntheticReport intended = generator.report(i);
			byte[] bytes = generator.render(intended).getBytes(StandardCharsets.UTF_8);
			ParsedReport parsed = parser.parse(bytes, intended.fileName());
			String which = intended.fileName();
			html += intended.format() == SyntheticReport.Format.HTML ? 1 : 0;

			assertThat(parsed.format().name()).as(which).isEqualTo(intended.format().name());
			assertThat(parsed.title()).as(which).isEqualTo(intended.title());
			assertThat(parsed.publishedOn()).as(which).isEqualTo(intended.date());
			assertThat(parsed.seriesNumber()).as(which).isEqualTo(Integer.toString(intended.number()));
			assertThat(parsed.countries()).as(which).isEqualTo(intended.countries());
			assertThat(parsed.sections()).as(which + " sections").hasSize(intended.sections().size());
			List<String> headings = parsed.sections().stream().map(ParsedReport.Section::heading).toList();
			assertThat(headings).as(which)
				.isEqualTo(intended.sections().stream().map(SyntheticReport.Section::heading).toList());
			assertThat(parsed.footnotes()).as(which + " footnotes").hasSize(intended.footnotes().size());
		}
		assertThat(html).isBetween(10, 30);
	}

	/**
	 * Every report of the first thousand the benchmark imports parses: a report the
	 * parser fails on is refused by the import as a bug in Analecta (a heading whose
	 * colon stood inside an outlet's name once failed six in a thousand).
	 */
	@Test
	void theFirstThousandReportsOfTheBenchmarkAllParse() throws Exception {
		CorpusGenerator generator = new CorpusGenerator(20260);
		for (int i = 0; i < 1000; i++) {
			SyntheticReport intended = generator.report(i);
			byte[] bytes = generator.render(intended).getBytes(StandardCharsets.UTF_8);
			ParsedReport parsed = parser.parse(bytes, intended.fileName());
			assertThat(parsed.title()).as(intended.fileName()).isNotBlank();
		}
	}

	/**
	 * Until the parser work is merged, ReportParser is a placeholder that refuses
	 * everything.
	 */
	private void assumeParserIsWritten() throws Exception {
		Path seed = Path.of("data/reports/000_4c35f079a3e03125.txt");
		try {
			parser.parse(Files.readAllBytes(seed), seed.getFileName().toString());
		}
		catch (ParseException e) {
			Assumptions.assumeTrue(e.reason() != ParseException.Reason.INTERNAL, "ReportParser is not written yet");
		}
	}

}
