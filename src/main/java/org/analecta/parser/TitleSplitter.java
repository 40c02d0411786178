package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a person as written into the name and the role before it: "Iranian Foreign
 * Ministry spokeswoman Marzia Afkham" → role "Iranian Foreign Ministry spokeswoman", name
 * "Marzia Afkham". The name is the longest run of name words (at most five, Arabic
 * particles allowed inside) at the end; everything before it is the role, as written.
 */
final class TitleSplitter {

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call,
	// and they run per token, tag or quotation.
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");

	private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

	private static final int MAX_NAME_WORDS = 5;

	private TitleSplitter() {
	}

	static SpeakerNames.SplitName split(String asWritten) {
		if (asWritten == null || asWritten.isBlank()) {
			return new SpeakerNames.SplitName(null, null);
		}
		String text = WHITE_SPACE.matcher(asWritten.strip()).replaceAll(" ");
		List<String> tokens = new ArrayList<>(List.of(text.split(" ")));
		int nameStart = nameStart(tokens);
		if (nameStart == tokens.size()) {
			return new SpeakerNames.SplitName(null, cleanRole(text));
		}
		String name = TRAILING_PUNCTUATION.matcher(String.join(" ", tokens.subList(nameStart, tokens.size())))
			.replaceAll("");
		String role = nameStart == 0 ? null : cleanRole(String.join(" ", tokens.subList(0, nameStart)));
		return new SpeakerNames.SplitName(name, role);
	}

	/**
	 * Index of the first token of the trailing name, or tokens.size() when there is none.
	 */
	static int nameStart(List<String> tokens) {
		int start = tokens.size();
		int nameWords = 0;
		for (int i = tokens.size() - 1; i >= 0 && nameWords < MAX_NAME_WORDS; i--) {
			String token = TRAILING_PUNCTUATION.matcher(tokens.get(i)).replaceAll("");
			// A particle does not count towards the name's words, capitalised or not:
			// "MOHAMMED
			// BIN ABDULRAHMAN BIN JASSIM AL THANI" read in title case is one name of five
			// words.
			boolean particle = nameWords > 0 && NameVocabulary.NAME_PARTICLES.contains(NameVocabulary.key(token));
			if (!particle && NameVocabulary.isNameWord(token)) {
				start = i;
				nameWords++;
			}
			else if (particle) {
				// "Osama bin Laden", "Abu Bakr al-Baghdadi": a particle belongs to the
				// name when a
				// name word or another particle stands before it, or when it opens the
				// name itself.
				boolean capitalised = Character.isUpperCase(token.codePointAt(0));
				String before = i > 0 ? tokens.get(i - 1) : null;
				if (before != null && (NameVocabulary.isNameWord(before)
						|| NameVocabulary.NAME_PARTICLES.contains(NameVocabulary.key(before)))) {
					start = i;
				}
				else {
					if (capitalised) {
						start = i;
					}
					break;
				}
			}
			else {
				break;
			}
		}
		return start;
	}

	/**
	 * A role without a Gulf honorific in capitals inside it ("foreign minister HE",
	 * "Foreign Minister HE Sheikh"): a form of address, no part of the office.
	 */
	private static String withoutHonorifics(String role) {
		if (role.indexOf('H') < 0) {
			return role;
		}
		StringBuilder kept = new StringBuilder(role.length());
		for (String word : WHITE_SPACE.split(role)) {
			if (!NameVocabulary.isHonorificInCapitals(word)) {
				kept.append(kept.isEmpty() ? "" : " ").append(word);
			}
		}
		return kept.toString();
	}

	static String cleanRole(String role) {
		String cleaned = TRAILING_PUNCTUATION.matcher(role.strip()).replaceAll("").strip();
		cleaned = LEADING_ARTICLE.matcher(cleaned).replaceFirst("");
		cleaned = withoutHonorifics(cleaned);
		return cleaned.isEmpty() ? null : cleaned;
	}

}
