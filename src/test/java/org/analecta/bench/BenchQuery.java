package org.analecta.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One query of the fixed mix, in a neutral form that each system under test turns into
 * its own syntax: {@code terms} are required words, {@code excluded} forbidden ones,
 * {@code phrase} an exact phrase, {@code fuzzyName} a misspelt name, {@code speaker} a
 * spelling of a speaker's name.
 */
record BenchQuery(Type type, List<String> terms, List<String> excluded, String phrase, String fuzzyName, String speaker,
		LocalDate from, LocalDate to, String country) {

	enum Type {

		TERM("single term"), PHRASE("phrase"), BOOLEAN("boolean"), FUZZY("fuzzy name"), SPEAKER("speaker quotes"),
		FACETED("faceted, date range + country");

		final String label;

		Type(String label) {
			this.label = label;
		}

	}

	static BenchQuery term(String word) {
		return new BenchQuery(Type.TERM, List.of(word), List.of(), null, null, null, null, null, null);
	}

	static BenchQuery phrase(String phrase) {
		return new BenchQuery(Type.PHRASE, List.of(), List.of(), phrase, null, null, null, null, null);
	}

	static BenchQuery bool(List<String> required, List<String> excluded) {
		return new BenchQuery(Type.BOOLEAN, required, excluded, null, null, null, null, null, null);
	}

	static BenchQuery fuzzy(String misspelt) {
		return new BenchQuery(Type.FUZZY, List.of(), List.of(), null, misspelt, null, null, null, null);
	}

	static BenchQuery speaker(String spelling) {
		return new BenchQuery(Type.SPEAKER, List.of(), List.of(), null, null, spelling, null, null, null);
	}

	static BenchQuery faceted(String word, LocalDate from, LocalDate to, String country) {
		return new BenchQuery(Type.FACETED, List.of(word), List.of(), null, null, null, from, to, country);
	}

	/**
	 * The query as a user would type it in Analecta's search box (AND/NOT, quotes, ~ for
	 * fuzzy).
	 */
	String userSyntax() {
		return switch (type) {
			case TERM, FACETED -> terms.get(0);
			case PHRASE -> "\"" + phrase + "\"";
			case BOOLEAN ->
				String.join(" AND ", terms) + excluded.stream().map(e -> " NOT " + e).reduce("", String::concat);
			case FUZZY -> fuzzyName + "~";
			case SPEAKER -> speaker;
		};
	}

	/** The same query in PostgreSQL's websearch_to_tsquery syntax. */
	String websearchSyntax() {
		return switch (type) {
			case TERM, FACETED -> terms.get(0);
			case PHRASE -> "\"" + phrase + "\"";
			case BOOLEAN -> String.join(" ", terms) + excluded.stream().map(e -> " -" + e).reduce("", String::concat);
			case FUZZY -> fuzzyName;
			case SPEAKER -> speaker;
		};
	}

	@Override
	public String toString() {
		return type + ":" + userSyntax() + (country == null ? "" : " [" + country + " " + from + ".." + to + "]");
	}

}
