package org.analecta.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.analecta.parser.ParsedReport.Author;

/**
 * The closing note about the authors, marked with the byline's asterisk:
 * {@code *A. Savyon is Director of the Iranian Media Project; Y. Mansharof is a Research Fellow at
 * MEMRI.} Each author's bio is the part of the note about them, found by surname (an
 * initial such as "Y." must agree with the byline's "Yossi").
 */
final class AuthorNote {

	private static final Pattern NOTE = Pattern
		.compile("^\\*{1,3}\\s?\\p{Lu}[^\\n]{0,600}?\\s(?:is|was|are|were|serves|heads|directs)\\s");

	private AuthorNote() {
	}

	static boolean looksLikeAuthorNote(String text) {
		return text.length() < 1200 && NOTE.matcher(text.strip()).lookingAt();
	}

	/**
	 * The authors with their bios from the note, or null when the note names none of them
	 * (then it is not this report's author note). With no byline, the note's subjects
	 * become the authors, as the note writes them.
	 */
	static List<Author> attach(List<String> authors, String note) {
		String text = note.strip().replaceFirst("^\\*+\\s*", "");
		if (authors.isEmpty()) {
			return subjects(text);
		}
		record Mention(String author, int start) {
		}
		List<Mention> mentions = new ArrayList<>();
		for (String author : authors) {
			int start = mentionStart(text, author);
			if (start >= 0) {
				mentions.add(new Mention(author, start));
			}
		}
		if (mentions.isEmpty()) {
			return null;
		}
		mentions.sort(Comparator.comparingInt(Mention::start));
		List<Author> result = new ArrayList<>();
		for (String author : authors) {
			String bio = null;
			for (int i = 0; i < mentions.size(); i++) {
				if (mentions.get(i).author().equals(author)) {
					int end = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
					bio = sentence(text.substring(mentions.get(i).start(), end));
				}
			}
			result.add(new Author(author, bio));
		}
		return result;
	}

	/**
	 * Where the note starts speaking of the author: the name as written before the
	 * surname.
	 */
	private static int mentionStart(String text, String author) {
		String[] parts = author.strip().split("\\s+");
		String surname = parts[parts.length - 1];
		String folded = fold(text);
		String key = fold(surname);
		int at = 0;
		while ((at = folded.indexOf(key, at)) >= 0) {
			boolean wordStart = at == 0 || !Character.isLetter(folded.charAt(at - 1));
			int after = at + key.length();
			boolean wordEnd = after >= folded.length() || !Character.isLetter(folded.charAt(after));
			if (wordStart && wordEnd) {
				int start = givenNamesStart(text, at, parts);
				if (start >= 0) {
					return start;
				}
			}
			at = after;
		}
		return -1;
	}

	/**
	 * Walks back over the given names or initials written before the surname; -1 when
	 * they contradict the byline (another person with the same surname).
	 */
	private static int givenNamesStart(String text, int surnameAt, String[] bylineParts) {
		int start = surnameAt;
		int given = bylineParts.length - 2;
		while (true) {
			int end = start;
			while (end > 0 && text.charAt(end - 1) == ' ') {
				end--;
			}
			int begin = end;
			while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && text.charAt(begin - 1) != ';') {
				begin--;
			}
			if (begin == end) {
				return start;
			}
			String token = text.substring(begin, end);
			if (!isGivenName(token)) {
				return start;
			}
			if (given >= 0 && !sameInitial(token, bylineParts[given])) {
				return -1;
			}
			given--;
			start = begin;
		}
	}

	private static boolean isGivenName(String token) {
		if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
			return false;
		}
		// "Y." or "Yossi", not the end of a previous clause ("Project.").
		return token.matches("\\p{Lu}\\.") || token.matches("\\p{Lu}\\.\\p{Lu}\\.")
				|| token.matches("\\p{Lu}[\\p{L}'’-]+");
	}

	private static boolean sameInitial(String a, String b) {
		return !a.isEmpty() && !b.isEmpty() && Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
	}

	private static List<Author> subjects(String text) {
		List<Author> authors = new ArrayList<>();
		for (String clause : text.split(";")) {
			String c = clause.strip();
			int verb = c.indexOf(" is ");
			if (verb <= 0 || verb > 60) {
				continue;
			}
			String name = c.substring(0, verb).replaceFirst("^and\\s+", "").strip();
			// "*Hizbullah has Shown That Resistance is the Most Effective Weapon …", a
			// subheading marked with a star, names nobody.
			if (BlockRules.words(name) <= 5 && Character.isUpperCase(name.charAt(0))
					&& Bylines.personName(name) != null) {
				authors.add(new Author(name, sentence(c)));
			}
		}
		return authors.isEmpty() ? null : authors;
	}

	private static String sentence(String clause) {
		String c = clause.strip();
		while (!c.isEmpty() && (c.endsWith(";") || c.endsWith(",") || c.endsWith(" and"))) {
			c = c.endsWith(" and") ? c.substring(0, c.length() - 4).strip() : c.substring(0, c.length() - 1).strip();
		}
		if (c.isEmpty()) {
			return null;
		}
		return c.endsWith(".") ? c : c + ".";
	}

	/**
	 * Lower case without diacritics; same length as the input for the letters that
	 * matter.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(text.length());
		// Map back index by index: drop combining marks, which only follow their base
		// letter.
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			out.append(Character.toLowerCase(c));
		}
		String folded = out.toString();
		return folded.length() == text.length() ? folded : text.toLowerCase(Locale.ROOT);
	}

}
