package org.analecta.reader;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.analecta.reader.Citation.Name;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference styles on small inputs: names, joining of authors, missing parts,
 * escaping.
 */
class CitationTests {

	private static final String URL = "https://archive.example/reports/r";

	private static ReportView report(String title, LocalDate date, String series, String number, String... authors) {
		return new ReportView(title, date, series, number,
				Arrays.stream(authors).map(a -> new ReportView.AuthorView(a, null)).toList(), List.of(), null,
				List.of(), List.of(),
				List.of(new ReportView.QuoteView("q1", "We may consider it.", "Hassan Rohani", "Iranian President",
						null, "DIRECT", null),
						new ReportView.QuoteView("q2", "a slogan", null, null, null, "TERM", null)));
	}

	@Test
	void namesSplitAtTheLastSpace() {
		assertThat(Name.of("Yossi Mansharof")).isEqualTo(new Name("Yossi", "Mansharof"));
		assertThat(Name.of("A. Savyon").initialled()).isEqualTo("Savyon, A.");
		assertThat(Name.of("Mohammad Javad Zarif").initialled()).isEqualTo("Zarif, M. J.");
		assertThat(Name.of("MEMRI").inverted()).isEqualTo("MEMRI");
	}

	@Test
	void chicagoJoinsOneTwoAndThreeAuthors() {
		LocalDate d = LocalDate.of(2014, 6, 20);
		assertThat(Citation.chicago(List.of(Name.of("Yossi Mansharof")), "Title", null, "MEMRI", d, URL))
			.isEqualTo("Mansharof, Yossi. \u201cTitle.\u201d MEMRI, June 20, 2014. " + URL + ".");
		assertThat(Citation.chicago(List.of(Name.of("A. Savyon"), Name.of("Yossi Mansharof")), "Title.", "Series No. 1",
				"MEMRI", d, URL))
			.isEqualTo("Savyon, A., and Yossi Mansharof. \u201cTitle.\u201d Series No. 1. MEMRI, June 20, 2014. " + URL
					+ ".");
		assertThat(
				Citation.chicago(List.of(Name.of("A B"), Name.of("C D"), Name.of("E F")), "Why?", null, "P", null, URL))
			.isEqualTo("B, A, C D, and E F. \u201cWhy?\u201d P, n.d. " + URL + ".");
	}

	@Test
	void apaUsesInitialsAndAnAmpersand() {
		assertThat(Citation.apa(List.of(Name.of("A. Savyon"), Name.of("Yossi Mansharof"), Name.of("Z. Wolf")), "Title",
				"Series No. 1", "MEMRI", LocalDate.of(2014, 6, 20), URL))
			.isEqualTo("Savyon, A., Mansharof, Y., & Wolf, Z. (2014, June 20). Title (Series No. 1). MEMRI. " + URL);
		assertThat(Citation.apa(List.of(), "Title", null, "MEMRI", null, URL))
			.isEqualTo("(n.d.). Title. MEMRI. " + URL);
	}

	@Test
	void bibtexEscapesItsSpecialCharacters() {
		String bib = Citation.bibtex("r", List.of(Name.of("A. Savyon")), "50% & more_{x}",
				report("50% & more_{x}", null, "Inquiry & Analysis", "7"), "MEMRI", null, URL);
		assertThat(bib).contains("title = {{50\\% \\& more\\_\\{x\\}}}", "type = {Inquiry \\& Analysis}")
			.doesNotContain("year");
	}

	@Test
	void onlyAttributedQuotationsAreCitedEachWithItsPermalink() {
		Citation c = Citation.of(report("Title", LocalDate.of(2014, 6, 20), null, null, "A. Savyon"), "r", URL, "MEMRI",
				Map.of("q1", "https://archive.example/quotes/42", "q2", "https://archive.example/quotes/43"));
		assertThat(c.quotes()).singleElement().satisfies(q -> {
			assertThat(q.permalink()).isEqualTo("https://archive.example/quotes/42");
			assertThat(q.reference())
				.isEqualTo("Hassan Rohani (Iranian President): \u201cWe may consider it.\u201d Quoted in"
						+ " Savyon, A. \u201cTitle.\u201d MEMRI, June 20, 2014. https://archive.example/quotes/42.");
		});
		assertThat(c.meta()).contains(new Citation.Meta("citation_title", "Title"),
				new Citation.Meta("citation_author", "A. Savyon"), new Citation.Meta("citation_date", "2014/06/20"));
	}

}
