package org.analecta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.bench.SyntheticReport.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTests {

	private static final Pattern TEXT_HEADER = Pattern.compile(
			"^(?<date>[A-Z][a-z]+ \\d{1,2}, \\d{4}) (?<series>Special Dispatch|Inquiry & Analysis Series) No\\. (?<n>\\d+)\n\n"
					+ "(?<title>[^\n]+)\n\n" + "\\k<date> \\| By [^\n]+\\*\n"
					+ "(?<countries>[^\n|]+) \\| \\k<series> No\\. \\k<n>\n");

	@Test
	void sameSeedGivesTheSameBytesAndAnotherSeedOtherReports() {
		CorpusGenerator a = new CorpusGenerator(7);
		CorpusGenerator b = new CorpusGenerator(7);
		CorpusGenerator other = new CorpusGenerator(8);
		for (int i = 0; i < 50; i++) {
			assertThat(a.render(a.report(i))).isEqualTo(b.render(b.report(i)));
			assertThat(a.render(a.report(i))).isNotEqualTo(other.render(other.report(i)));
		}
	}

	@Test
	void growingACorpusWritesTheSameFilesAsWritingItAtOnce(@TempDir Path grown, @TempDir Path atOnce) throws Exception {
		CorpusGenerator generator = new CorpusGenerator(11);
		CorpusWriter first = new CorpusWriter(generator, grown);
		assertThat(first.ensure(30)).isEqualTo(30);
		assertThat(first.ensure(20)).isZero();
		assertThat(first.ensure(60)).isEqualTo(30);
		new CorpusWriter(new CorpusGenerator(11), atOnce).ensure(60);

		assertThat(Files.readString(grown.resolve(CorpusWriter.MANIFEST)))
			.isEqualTo(Files.readString(atOnce.resolve(CorpusWriter.MANIFEST)));
		List<CorpusWriter.ManifestEntry> entries = first.entries(60);
		assertThat(entries).hasSize(60);
		for (CorpusWriter.ManifestEntry e : entries) {
			byte[] bytes = Files.readAllBytes(grown.resolve(e.path()));
			assertThat(bytes).isEqualTo(Files.readAllBytes(atOnce.resolve(e.path())));
			assertThat(bytes).hasSize(e.bytes());
		}
	}

	@Test
	void reportsHaveTheSeedsShape() {
		CorpusGenerator generator = new CorpusGenerator(3);
		int n = 600;
		long totalBytes = 0;
		Map<Format, Integer> formats = new HashMap<>();
		Set<String> series = new HashSet<>();
		Set<Integer> years = new HashSet<>();
		for (int i = 0; i < n; i++) {
			SyntheticReport report = generator.report(i);
			String text = TextRendering.render(report);
			totalBytes += generator.render(report).getBytes(StandardCharsets.UTF_8).length;
			formats.merge(report.format(), 1, Integer::sum);
			series.add(report.series());
			years.add(report.date().getYear());

			assertThat(report.sections().size()).as("lead + 3..12 headed sections").isBetween(4, 13);
			assertThat(report.sections().get(0).heading()).isNull();
			assertThat(report.countries()).hasSizeBetween(1, 4).doesNotHaveDuplicates();
			assertThat(report.date()).isBetween(LocalDate.of(1998, 1, 1), LocalDate.of(2026, 12, 31));

			Matcher header = TEXT_HEADER.matcher(text);
			assertThat(header.find()).as("header of report %d:%n%s", i, text.substring(0, 300)).isTrue();
			assertThat(header.group("countries")).isEqualTo(String.join(", ", report.countries()));
			assertThat(text).endsWith("Share this Report:");

			// Every note is cited exactly once, in order, and listed at the end as "[n]
			// ...".
			List<Integer> cited = new ArrayList<>();
			for (SyntheticReport.Section s : report.sections()) {
				for (String p : s.paragraphs()) {
					CorpusGenerator.MARKER.matcher(p).results().forEach(m -> cited.add(Integer.parseInt(m.group(1))));
				}
			}
			List<Integer> expected = new ArrayList<>();
			for (int k = 1; k <= report.footnotes().size(); k++) {
				expected.add(k);
				assertThat(text).contains("\n[" + k + "] " + report.footnotes().get(k - 1));
			}
			assertThat(cited).isEqualTo(expected);
			for (SyntheticReport.Quote q : report.quotes()) {
				assertThat(q.footnote()).isBetween(1, report.footnotes().size());
			}
		}
		assertThat(formats.get(Format.TEXT)).isBetween(n / 3, 2 * n / 3);
		assertThat(series).containsExactlyInAnyOrder("Special Dispatch", "Inquiry & Analysis Series");
		assertThat(years).hasSizeGreaterThan(25);
		assertThat(totalBytes / n).as("mean size, the seed is 21 KB").isBetween(15_000L, 30_000L);
	}

	@Test
	void htmlIsAFullCmsPageWithLinkedFootnoteMarkers() {
		CorpusGenerator generator = new CorpusGenerator(5);
		SyntheticReport report = firstOfFormat(generator, Format.HTML);
		String html = generator.render(report);
		assertThat(html).contains("<nav class=\"main-nav\">", "<article class=\"report\">", "<footer",
				"<h1 class=\"title\">" + HtmlRendering.escape(report.title()) + "</h1>",
				"<sup><a href=\"#_ftn1\" name=\"_ftnref1\">[1]</a></sup>", "<p id=\"_ftn1\">");
		for (SyntheticReport.Section s : report.sections().subList(1, report.sections().size())) {
			assertThat(html).contains("<h2>" + HtmlRendering.escape(s.heading()) + "</h2>");
		}
		assertThat(html).doesNotContain("\n[1] ");
	}

	@Test
	void speakersAreQuotedUnderSeveralSpellings() {
		assertThat(Vocabulary.variants("Rohani")).contains("Rohani", "Rouhani", "Rowhani");
		assertThat(Vocabulary.variants("Al-Maliki")).contains("Al-Maliki", "al-Maliki", "Al Maliki");
		assertThat(Vocabulary.INSTANCE.speakers).hasSizeGreaterThanOrEqualTo(2_000);

		CorpusGenerator generator = new CorpusGenerator(9);
		Map<String, Set<String>> spellings = new HashMap<>();
		for (int i = 0; i < 300; i++) {
			for (SyntheticReport.Quote q : generator.report(i).quotes()) {
				if (q.speakerId() >= 0 && !q.speakerAsWritten().equals("He")) {
					spellings.computeIfAbsent(q.speakerCanonical(), k -> new HashSet<>()).add(q.speakerAsWritten());
				}
			}
		}
		assertThat(spellings.size()).as("distinct people quoted").isGreaterThan(300);
		assertThat(spellings.values().stream().filter(s -> s.size() > 1).count())
			.as("people quoted under more than one spelling")
			.isGreaterThan(30);
	}

	private static SyntheticReport firstOfFormat(CorpusGenerator generator, Format format) {
		for (int i = 0;; i++) {
			SyntheticReport r = generator.report(i);
			if (r.format() == format) {
				return r;
			}
		}
	}

}
