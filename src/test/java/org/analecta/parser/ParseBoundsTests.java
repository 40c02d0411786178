package org.analecta.parser;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile inputs are refused with a sentence that says which bound they crossed, before
 * they cost more than linear time; ordinary nesting passes. (How the time grows:
 * {@link ParseLinearity}.)
 */
class ParseBoundsTests {

	private final ReportParser parser = new ReportParser();

	@Test
	void deeplyNestedTablesAreRefusedBeforeTheHtmlParserSeesThem() {
		byte[] page = ParseLinearity.nestedTables(InputGuard.MAX_TABLE_NESTING + 1).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> parser.parse(page, "nested.html")).isInstanceOf(ParseException.class)
			.hasMessageContaining("nests tables more than 64 levels deep");
	}

	@Test
	void tablesNestedAFewLevelsDeepAreRead() throws Exception {
		byte[] page = ParseLinearity.nestedTables(4).getBytes(StandardCharsets.UTF_8);
		assertThat(parser.parse(page, "layout.html").title()).isNotBlank();
	}

	@Test
	void aPageWithTooManyElementsIsRefused() {
		String page = "<html><body>" + "<p>a</p>".repeat(InputGuard.MAX_ELEMENTS + 1) + "</body></html>";
		assertThatThrownBy(() -> parser.parse(page.getBytes(StandardCharsets.UTF_8), "huge.html"))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("more than 200,000 elements");
	}

	@Test
	void aQuotationFloodIsRefusedWithTheCount() {
		byte[] flood = ParseLinearity.quoteLine(InputGuard.MAX_QUOTES + 100).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> parser.parse(flood, "flood.txt")).isInstanceOf(ParseException.class)
			.hasMessageContaining("5,100 quotations")
			.hasMessageContaining("more than 5,000 in one report are refused");
	}

}
