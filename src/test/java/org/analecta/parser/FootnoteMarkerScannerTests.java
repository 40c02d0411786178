package org.analecta.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.analecta.parser.ParsedReport.FootnoteRef;
import org.analecta.parser.ParsedReport.Paragraph;
import org.junit.jupiter.api.Test;

/** Every marker style, and the bracketed insertions that are not markers. */
class FootnoteMarkerScannerTests {

	private static final Set<Integer> NOTES = Set.of(1, 2, 3, 4, 10, 13);

	private static Paragraph extract(String text) {
		return FootnoteMarkerScanner.extract(text, NOTES);
	}

	@Test
	void bracketGluedToTheWord() {
		assertThat(extract("taking over Iraqi cities,[1] Iranian President Hassan Rohani said"))
			.isEqualTo(new Paragraph("taking over Iraqi cities, Iranian President Hassan Rohani said",
					List.of(new FootnoteRef(1, 25))));
	}

	@Test
	void twoMarkersEndingTheTextStayWithinIt() {
		// The second marker drops the space that the first one was placed after.
		assertThat(extract("the talks ended | [3][3]"))
			.isEqualTo(new Paragraph("the talks ended |", List.of(new FootnoteRef(3, 17), new FootnoteRef(3, 17))));
	}

	@Test
	void bracketAfterASpace() {
		assertThat(extract("had not been discussed [3]."))
			.isEqualTo(new Paragraph("had not been discussed.", List.of(new FootnoteRef(3, 22))));
		assertThat(extract("in Vienna [3] and Tehran"))
			.isEqualTo(new Paragraph("in Vienna and Tehran", List.of(new FootnoteRef(3, 9))));
	}

	@Test
	void bracketAfterAClosingQuote() {
		assertThat(extract("\"it is meaningless.\"[13]"))
			.isEqualTo(new Paragraph("\"it is meaningless.\"", List.of(new FootnoteRef(13, 20))));
		assertThat(extract("“it is meaningless.” [13] He left."))
			.isEqualTo(new Paragraph("“it is meaningless.” He left.", List.of(new FootnoteRef(13, 20))));
	}

	@Test
	void parenthesisedNumbersWhenTheNoteExists() {
		assertThat(extract("as the daily reported.(2) The next day"))
			.isEqualTo(new Paragraph("as the daily reported. The next day", List.of(new FootnoteRef(2, 22))));
		assertThat(extract("as the daily reported. (2)"))
			.isEqualTo(new Paragraph("as the daily reported.", List.of(new FootnoteRef(2, 22))));
		assertThat(extract("Kayhan wrote(4) that"))
			.isEqualTo(new Paragraph("Kayhan wrote that", List.of(new FootnoteRef(4, 12))));
	}

	@Test
	void parenthesisedEnumerationsAndUnknownNumbersStayText() {
		String enumeration = "Two conditions: (1) the U.S. leaves, and (2) it stops sanctions.";
		assertThat(extract(enumeration)).isEqualTo(new Paragraph(enumeration, List.of()));
		assertThat(extract("(1) opens the list")).isEqualTo(new Paragraph("(1) opens the list", List.of()));
		assertThat(extract("a clause.(7) Next")).isEqualTo(new Paragraph("a clause.(7) Next", List.of()));
	}

	@Test
	void supMarkersArriveAsBracketsAndSuperscriptDigitsCount() {
		// The HTML reader turns <sup>3</sup> into [3].
		assertThat(extract("said Zarif.[3]")).isEqualTo(new Paragraph("said Zarif.", List.of(new FootnoteRef(3, 11))));
		assertThat(extract("said Zarif.³ Then"))
			.isEqualTo(new Paragraph("said Zarif. Then", List.of(new FootnoteRef(3, 11))));
		assertThat(extract("said Zarif.¹⁰")).isEqualTo(new Paragraph("said Zarif.", List.of(new FootnoteRef(10, 11))));
	}

	@Test
	void editorialInsertionsAreNotFootnotes() {
		String text = "operate against terrorist groups [in Iraq] and [However,] we [...] saw Iran and Iraq "
				+ "[sic; apparently the U.S.] and a group [i.e. ISIS] in [2001] and [14].";
		assertThat(extract(text)).isEqualTo(new Paragraph(text, List.of()));
	}

	@Test
	void severalMarkersKeepTheirOrderAndOffsets() {
		assertThat(extract("One.[1][2] Two,[3] three.[4]")).isEqualTo(new Paragraph("One. Two, three.",
				List.of(new FootnoteRef(1, 4), new FootnoteRef(2, 4), new FootnoteRef(3, 9), new FootnoteRef(4, 16))));
	}

	@Test
	void noNotesMeansNoMarkers() {
		assertThat(FootnoteMarkerScanner.extract("cities,[1] Iran", Set.of()))
			.isEqualTo(new Paragraph("cities,[1] Iran", List.of()));
	}

	@Test
	void onlyOneToThreeDigitsInClosedBracketsAreMarkers() {
		assertThat(extract("in 1979 [1979] and [1234] and [1 ] and [3"))
			.isEqualTo(new Paragraph("in 1979 [1979] and [1234] and [1 ] and [3", List.of()));
		assertThat(extract("[[3]] and ((4))"))
			.isEqualTo(new Paragraph("[] and ()", List.of(new FootnoteRef(3, 1), new FootnoteRef(4, 8))));
	}

	@Test
	void aLongRunOfSuperscriptsIsReadThreeDigitsAtATime() {
		// "¹⁰¹" is no note; the scan goes on after it, where "³" is.
		assertThat(extract("Tehran¹⁰¹³ said"))
			.isEqualTo(new Paragraph("Tehran¹⁰¹ said", List.of(new FootnoteRef(3, 9))));
	}

}
