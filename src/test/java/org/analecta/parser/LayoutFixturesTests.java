package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.analecta.parser.ParsedReport.Author;
import org.analecta.parser.ParsedReport.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report layouts of {@code src/test/resources/fixtures/layouts} (see its README):
 * every expected metadata field of every fixture, exactly, and the quotations whose
 * speaker the parser finds today ({@code ok} in {@code quotes.tsv}; the rest are the
 * README's known misses).
 */
class LayoutFixturesTests {

	private static final String DIR = "/fixtures/layouts/";

	record Expected(String file, LocalDate date, String series, String number, List<String> authors,
			List<String> countries, String title) {

		@Override
		public String toString() {
			return file;
		}

	}

	record ExpectedQuote(String file, String speaker, String text, boolean knownMiss) {

		@Override
		public String toString() {
			return file + ": " + speaker + " \"" + text + "\"";
		}

	}

	static Stream<Expected> fixtures() throws IOException {
		List<Expected> out = new ArrayList<>();
		for (String[] row : rows("expected.tsv")) {
			out.add(new Expected(row[0], row[1].isEmpty() ? null : LocalDate.parse(row[1]), blankToNull(row[2]),
					blankToNull(row[3]), list(row[4]), list(row[5]), blankToNull(row[6])));
		}
		return out.stream();
	}

	static Stream<ExpectedQuote> quotes() throws IOException {
		List<ExpectedQuote> out = new ArrayList<>();
		for (String[] row : rows("quotes.tsv")) {
			out.add(new ExpectedQuote(row[0], row[1], row[2], "known-miss".equals(row[3])));
		}
		return out.stream();
	}

	@Test
	void thereAreAtLeastThirtyFixturesEachWithItsExpectations() throws IOException {
		List<Expected> all = fixtures().toList();
		assertThat(all).hasSizeGreaterThanOrEqualTo(30);
		for (Expected expected : all) {
			assertThat(LayoutFixturesTests.class.getResource(DIR + expected.file())).as(expected.file()).isNotNull();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void everyMetadataFieldAsExpected(Expected expected) throws Exception {
		ParsedReport report = parse(expected.file());
		assertThat(report.title()).as("title").isEqualTo(expected.title());
		assertThat(report.publishedOn()).as("date").isEqualTo(expected.date());
		assertThat(report.series()).as("series").isEqualTo(expected.series());
		assertThat(report.seriesNumber()).as("number").isEqualTo(expected.number());
		assertThat(report.authors()).extracting(Author::name)
			.as("authors")
			.containsExactlyElementsOf(expected.authors());
		assertThat(report.countries()).as("countries").containsExactlyElementsOf(expected.countries());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("quotes")
	void quotationsReachTheirSpeakerOrStayUnattributed(ExpectedQuote expected) throws Exception {
		List<Quote> found = parse(expected.file()).quotes()
			.stream()
			.filter(q -> fold(q.text()).contains(fold(expected.text())))
			.toList();
		// A scare quote, slogan or title ("-"): found or not, nobody said it.
		boolean right = expected.speaker().equals("-") ? found.stream().allMatch(q -> speaker(q).isEmpty())
				: found.stream().anyMatch(q -> fold(speaker(q)).contains(fold(expected.speaker())));
		if (expected.knownMiss()) {
			System.out.println("known miss " + (right ? "now right, mark it ok: " : "") + expected);
			return;
		}
		assertThat(right).as(expected + " among " + found).isTrue();
	}

	private static String speaker(Quote quote) {
		return quote.speaker() == null || quote.speaker().name() == null ? "" : quote.speaker().name();
	}

	private static ParsedReport parse(String file) throws IOException, ParseException {
		try (InputStream in = LayoutFixturesTests.class.getResourceAsStream(DIR + file)) {
			assertThat(in).as(file).isNotNull();
			return new ReportParser().parse(in.readAllBytes(), file);
		}
	}

	private static List<String[]> rows(String name) throws IOException {
		try (InputStream in = LayoutFixturesTests.class.getResourceAsStream(DIR + name)) {
			List<String[]> rows = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(Arrays.copyOf(line.split("\t", -1), 7));
				}
			}
			return rows;
		}
	}

	private static List<String> list(String cell) {
		return cell == null || cell.isEmpty() ? List.of() : List.of(cell.split(";"));
	}

	private static String blankToNull(String cell) {
		return cell == null || cell.isEmpty() ? null : cell;
	}

	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "");
		return decomposed.replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
