package org.analecta.search;

import java.time.LocalDate;

import org.analecta.search.QuoteRows.Kept;
import org.analecta.search.QuoteSearch.QuoteRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept rows are bounded by what they take on the heap, so that a page of block
 * quotations weighs what it holds.
 */
class QuoteRowsWeightTests {

	@Test
	void aRowWeighsItsTextTwiceOverAtTwoBytesACharacter() {
		Kept brief = Kept.of(row("We will not negotiate."));
		Kept block = Kept.of(row("We will not negotiate. ".repeat(130)));
		// The text and its escaped copy, at two bytes a character, and the rest.
		assertThat(block.bytes() - brief.bytes())
			.isEqualTo(2 * 2 * ("We will not negotiate. ".repeat(130).length() - "We will not negotiate.".length()));
		assertThat(block.bytes()).isGreaterThan(12_000);
		assertThat(brief.bytes()).isBetween(400, 1_000);
	}

	@Test
	void escapedTextIsKeptForPagesWithoutWords() {
		assertThat(Kept.of(row("\"Death to <America>\" & more")).escapedText())
			.isEqualTo(Highlights.escape("\"Death to <America>\" & more"))
			.doesNotContain("<America>");
	}

	private static QuoteRow row(String text) {
		return new QuoteRow(1L, text, "Ali Khamenei", "ali-khamenei", "Supreme Leader", "Khamenei", "report-1",
				"Khamenei on talks", LocalDate.of(2015, 3, 1), "Special Dispatch", "5999", "s1", 3, 2, "Fars",
				LocalDate.of(2015, 2, 28), "Introduction", false);
	}

}
