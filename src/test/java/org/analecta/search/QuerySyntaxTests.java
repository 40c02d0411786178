package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.analecta.search.QuerySyntax.Cleaned;
import org.junit.jupiter.api.Test;

class QuerySyntaxTests {

	@Test
	void wellFormedQueriesPassWithOperatorsTranslated() {
		assertClean("Rohani Kayhan", "Rohani Kayhan");
		assertClean("\"axis of evil\"", "\"axis of evil\"");
		assertClean("\"axis evil\"~2 Bush", "\"axis evil\"~2 Bush");
		assertClean("Rohani AND Kayhan", "Rohani + Kayhan");
		assertClean("Iran OR Iraq", "Iran | Iraq");
		assertClean("Iran NOT Iraq", "Iran -Iraq");
		assertClean("Iran -Iraq +Syria", "Iran -Iraq + Syria");
		assertClean("collab* Rohani~", "collab* Rohani~");
		assertClean("(Iran OR Iraq) AND ISIS", "( Iran | Iraq ) + ISIS");
		assertClean("NOT (Iran OR Iraq) Syria", "-( Iran | Iraq ) Syria");
		assertClean("al-Maliki U.S. – Iran", "al-Maliki U.S. – Iran");
		assertClean("Iraq - Iran", "Iraq Iran");
		assertClean("iran and iraq or not", "iran and iraq or not");
	}

	@Test
	void brokenSyntaxIsRepairedAndExplained() {
		Cleaned unclosed = QuerySyntax.clean("\"unclosed phrase");
		assertThat(unclosed.query()).isEqualTo("unclosed phrase");
		assertThat(unclosed.problems()).singleElement().asString().contains("quotation mark");

		Cleaned operators = QuerySyntax.clean("AND OR");
		assertThat(operators.matchAll()).isTrue();
		assertThat(operators.problems()).anyMatch(p -> p.contains("AND and OR"));

		Cleaned parens = QuerySyntax.clean("(((");
		assertThat(parens.matchAll()).isTrue();
		assertThat(parens.problems()).anyMatch(p -> p.contains("parenthesis"));

		Cleaned field = QuerySyntax.clean("title:");
		assertThat(field.matchAll()).isTrue();
		assertThat(field.problems()).anyMatch(p -> p.contains("title:"));

		Cleaned fieldWord = QuerySyntax.clean("title:Iran");
		assertThat(fieldWord.query()).isEqualTo("Iran");
		assertThat(fieldWord.problems()).isNotEmpty();

		Cleaned leading = QuerySyntax.clean("*ollab");
		assertThat(leading.query()).isEqualTo("ollab");
		assertThat(leading.problems()).anyMatch(p -> p.contains("*"));

		Cleaned dangling = QuerySyntax.clean("Iran OR");
		assertThat(dangling.query()).isEqualTo("Iran");
		assertThat(dangling.problems()).isNotEmpty();

		Cleaned unbalanced = QuerySyntax.clean("(Iran OR Iraq");
		assertThat(unbalanced.query()).isEqualTo("Iran | Iraq");
		assertThat(unbalanced.problems()).isNotEmpty();

		Cleaned notAlone = QuerySyntax.clean("Iran NOT");
		assertThat(notAlone.query()).isEqualTo("Iran");
		assertThat(notAlone.problems()).isNotEmpty();
	}

	@Test
	void emptyAndStarMeanEverything() {
		assertThat(QuerySyntax.clean("").matchAll()).isTrue();
		assertThat(QuerySyntax.clean(null).matchAll()).isTrue();
		assertThat(QuerySyntax.clean("  *  ").matchAll()).isTrue();
		assertThat(QuerySyntax.clean("*").problems()).isEmpty();
	}

	private static void assertClean(String raw, String expected) {
		Cleaned cleaned = QuerySyntax.clean(raw);
		assertThat(cleaned.query()).as(raw).isEqualTo(expected);
		assertThat(cleaned.problems()).as(raw).isEmpty();
		assertThat(cleaned.matchAll()).isFalse();
	}

}
