package org.analecta.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into the syntax of Lucene's simple query parser, repairing what
 * is broken and saying what was repaired, so that no query ends in an error.
 *
 * <p>
 * The search box syntax: words (all must match), "exact phrases" (with ~N for words in
 * between), AND / OR / NOT in capitals or + | -, parentheses, prefix*, and word~ for
 * similar spellings. Lower-case and/or/not are ordinary words.
 *
 * <p>
 * Repairs: an unclosed quotation mark is dropped (the words are searched one by one);
 * unbalanced parentheses are dropped; AND/OR/NOT without a word on both sides are
 * dropped; {@code field:} prefixes are not supported and are removed (the words are
 * kept); a * at the start of a word is removed (a leading wildcard would scan the whole
 * term dictionary); a lone * means "everything".
 */
final class QuerySyntax {

	private static final Pattern FIELD_PREFIX = Pattern.compile("^[\\p{L}_]+:");

	private QuerySyntax() {
	}

	/**
	 * @param query what the parser gets, never null; blank when there is nothing to
	 * search for
	 * @param matchAll true when the user asked for everything (empty box or a lone *)
	 * @param problems what was repaired, for the user, in plain words; empty when nothing
	 * was
	 */
	record Cleaned(String query, boolean matchAll, List<String> problems) {

		Cleaned {
			problems = List.copyOf(problems);
		}

	}

	static Cleaned clean(String raw) {
		Set<String> problems = new LinkedHashSet<>();
		if (raw == null || raw.isBlank()) {
			return new Cleaned("", true, List.of());
		}
		String text = raw.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').strip();
		if (text.equals("*")) {
			return new Cleaned("", true, List.of());
		}
		List<String> tokens = tokenize(text, problems);
		tokens = translateOperators(tokens, problems);
		tokens = balanceParentheses(tokens, problems);
		tokens = dropDanglingOperators(tokens, problems);
		String query = String.join(" ", tokens).strip();
		boolean matchAll = query.isEmpty() || query.equals("*");
		if (matchAll && !problems.isEmpty()) {
			problems.add("Nothing was left to search for, so all reports are shown.");
		}
		return new Cleaned(matchAll ? "" : query, matchAll, new ArrayList<>(problems));
	}

	/**
	 * Words, quoted phrases (with any ~N after them), parentheses and operators, in
	 * order.
	 */
	private static List<String> tokenize(String text, Set<String> problems) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '"') {
				int close = text.indexOf('"', i + 1);
				if (close < 0) {
					problems.add("A quotation mark was not closed, so those words were searched one by one.");
					i++;
					continue;
				}
				int end = close + 1;
				while (end < n && (text.charAt(end) == '~' || Character.isDigit(text.charAt(end)))) {
					end++;
				}
				String phrase = text.substring(i, end);
				if (text.substring(i + 1, close).isBlank()) {
					problems.add("An empty pair of quotation marks was ignored.");
				}
				else {
					tokens.add(phrase);
				}
				i = end;
			}
			else if (c == '(' || c == ')' || c == '|' || c == '+') {
				tokens.add(String.valueOf(c));
				i++;
			}
			else {
				int end = i;
				while (end < n && !Character.isWhitespace(text.charAt(end)) && "\"()|+".indexOf(text.charAt(end)) < 0) {
					end++;
				}
				String word = text.substring(i, end);
				i = end;
				if (word.equals("-") || word.equals("!")) {
					// NOT before a group; a dash standing alone between words is
					// punctuation
					if (i < n && text.charAt(i) == '(') {
						tokens.add("NOT");
					}
					continue;
				}
				addWord(word, tokens, problems);
			}
		}
		return tokens;
	}

	private static void addWord(String word, List<String> tokens, Set<String> problems) {
		String prefix = word.startsWith("-") || word.startsWith("!") ? "-" : "";
		String bare = prefix.isEmpty() ? word : word.substring(1);
		if (FIELD_PREFIX.matcher(bare).find()) {
			problems.add("Searching in one field (such as \"" + bare.substring(0, bare.indexOf(':') + 1)
					+ "\") is not supported; the words were searched everywhere.");
			bare = bare.substring(bare.indexOf(':') + 1);
		}
		bare = bare.replace(":", " ").strip();
		if (bare.startsWith("*") || bare.startsWith("?")) {
			String stripped = bare.replaceFirst("^[*?]+", "");
			if (!stripped.isEmpty() || !tokens.isEmpty()) {
				problems.add("A * can only end a word (as in collab*), so the one at the start of \"" + bare
						+ "\" was ignored.");
			}
			bare = stripped;
		}
		if (bare.equals("&&")) {
			tokens.add("AND");
			return;
		}
		if (bare.equals("||")) {
			tokens.add("OR");
			return;
		}
		if (bare.isEmpty()) {
			if (!prefix.isEmpty()) {
				tokens.add("NOT");
			}
			return;
		}
		for (String part : bare.split("\\s+")) {
			tokens.add(prefix + part);
		}
	}

	private static List<String> translateOperators(List<String> tokens, Set<String> problems) {
		List<String> out = new ArrayList<>();
		boolean negateNext = false;
		for (String token : tokens) {
			switch (token) {
				case "AND" -> out.add("+");
				case "OR" -> out.add("|");
				case "NOT" -> negateNext = true;
				default -> {
					if (negateNext && !isOperator(token) && !token.equals(")")) {
						out.add("-" + token);
						negateNext = false;
					}
					else {
						if (negateNext) {
							problems.add("NOT needs a word after it; it was ignored.");
							negateNext = false;
						}
						out.add(token);
					}
				}
			}
		}
		if (negateNext) {
			problems.add("NOT needs a word after it; it was ignored.");
		}
		return out;
	}

	private static List<String> balanceParentheses(List<String> tokens, Set<String> problems) {
		List<String> out = new ArrayList<>(tokens);
		int depth = 0;
		for (int i = 0; i < out.size(); i++) {
			String t = out.get(i);
			if (t.equals("(") || t.equals("-(")) {
				depth++;
			}
			else if (t.equals(")")) {
				if (depth == 0) {
					out.set(i, null);
					problems.add("A closing parenthesis without an opening one was ignored.");
				}
				else {
					depth--;
				}
			}
		}
		for (int i = out.size() - 1; i >= 0 && depth > 0; i--) {
			String t = out.get(i);
			if (t != null && (t.equals("(") || t.equals("-("))) {
				out.set(i, null);
				depth--;
				problems.add("A parenthesis was not closed; it was ignored.");
			}
		}
		out.removeIf(t -> t == null);
		// "( )" with nothing inside
		List<String> compact = new ArrayList<>();
		for (String t : out) {
			if (t.equals(")") && !compact.isEmpty() && compact.getLast().endsWith("(")) {
				compact.removeLast();
				problems.add("An empty pair of parentheses was ignored.");
			}
			else {
				compact.add(t);
			}
		}
		return compact;
	}

	private static List<String> dropDanglingOperators(List<String> tokens, Set<String> problems) {
		List<String> out = new ArrayList<>();
		for (String token : tokens) {
			if (isOperator(token)) {
				if (out.isEmpty() || isOperator(out.getLast()) || out.getLast().endsWith("(")) {
					problems.add("AND and OR need a word on each side; the extra ones were ignored.");
					continue;
				}
			}
			else if (token.equals(")") && !out.isEmpty() && isOperator(out.getLast())) {
				out.removeLast();
				problems.add("AND and OR need a word on each side; the extra ones were ignored.");
			}
			out.add(token);
		}
		while (!out.isEmpty() && isOperator(out.getLast())) {
			out.removeLast();
			problems.add("AND and OR need a word on each side; the extra ones were ignored.");
		}
		return out;
	}

	private static boolean isOperator(String token) {
		return token.equals("+") || token.equals("|");
	}

}
