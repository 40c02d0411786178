package org.analecta.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alias table behind {@link SpeakerNames}: lines of
 * {@code canonical | variant | variant}, compiled into three maps so that a lookup costs
 * one hash probe per word.
 * <ul>
 * <li>whole names: a variant's folded words → the canonical's folded words ("nasr allah"
 * → "nasrallah", "abu mazen" → "mahmoud abbas");</li>
 * <li>words: when a variant has as many words as the canonical name, each differing word
 * that is a spelling of its counterpart (small edit distance) maps to it everywhere
 * ("rouhani" → "rohani"); unlike words ("abu" / "mahmoud") are left alone;</li>
 * <li>surnames: the canonical's last word, and one-word variants, → the canonical display
 * name, for reports that name only "Obama".</li>
 * </ul>
 */
final class AliasTable {

	private final Map<String, List<String>> wholeNames = new HashMap<>();

	private final Map<String, String> words = new HashMap<>();

	private final Map<String, String> surnames = new HashMap<>();

	private final Set<String> ambiguousSurnames = new HashSet<>();

	private final Map<String, String> canonicalNames = new HashMap<>();

	/**
	 * Per canonical name and folded surname spelling, the first listed full name ending
	 * in that spelling ("Hassan Rohani" and "rouhani" → "Hassan Rouhani").
	 */
	private final Map<String, String> fullNamesBySpelling = new HashMap<>();

	private AliasTable() {
	}

	static AliasTable compile(List<String> lines) {
		AliasTable table = new AliasTable();
		int number = 0;
		for (String line : lines) {
			number++;
			table.add(line, number);
		}
		return table;
	}

	private void add(String rawLine, int number) {
		String line = rawLine;
		int comment = line.indexOf('#');
		if (comment == 0 || (comment > 0 && Character.isWhitespace(line.charAt(comment - 1)))) {
			line = line.substring(0, comment);
		}
		if (line.isBlank()) {
			return;
		}
		String[] parts = line.split("\\|");
		String canonical = parts[0].strip();
		List<String> canonicalWords = NameFolding.words(canonical);
		if (canonicalWords.isEmpty()) {
			throw new IllegalArgumentException(
					"Alias line " + number + " has no canonical name before the first '|': " + rawLine.strip());
		}
		String canonicalKey = String.join(" ", canonicalWords);
		canonicalNames.putIfAbsent(canonicalKey, canonical);
		fullNamesBySpelling.putIfAbsent(canonical + "|" + canonicalWords.getLast(), canonical);
		// "Mohammed bin Salman": the word after "bin" is his father's name, and "King
		// Salman" is the father; "bin Laden" keeps its particle and is matched whole.
		boolean patronymic = canonicalWords.size() >= 2
				&& SpeakerNames.LINEAGE.contains(canonicalWords.get(canonicalWords.size() - 2));
		if (!patronymic) {
			registerSurname(canonicalWords.getLast(), canonical);
		}
		for (int i = 1; i < parts.length; i++) {
			String variant = parts[i].strip();
			List<String> variantWords = NameFolding.words(variant);
			if (variantWords.isEmpty() || variantWords.equals(canonicalWords)) {
				continue;
			}
			if (variantWords.size() == 1) {
				learnWord(variantWords.getFirst(), canonicalWords.getLast());
				registerSurname(variantWords.getFirst(), canonical);
				continue;
			}
			fullNamesBySpelling.putIfAbsent(canonical + "|" + variantWords.getLast(), variant);
			wholeNames.putIfAbsent(String.join(" ", variantWords), canonicalWords);
			canonicalNames.putIfAbsent(String.join(" ", variantWords), canonical);
			if (variantWords.size() == canonicalWords.size()) {
				for (int w = 0; w < variantWords.size(); w++) {
					learnWord(variantWords.get(w), canonicalWords.get(w));
				}
			}
		}
	}

	private void learnWord(String variant, String canonical) {
		if (variant.equals(canonical) || !spellingOf(variant, canonical)) {
			return;
		}
		words.putIfAbsent(variant, canonical);
	}

	private void registerSurname(String word, String canonical) {
		String key = words.getOrDefault(word, word);
		if (ambiguousSurnames.contains(key)) {
			return;
		}
		String known = surnames.putIfAbsent(key, canonical);
		if (known != null && !known.equals(canonical)) {
			// Two people share the surname (Hafez and Bashar al-Assad): a bare surname
			// names neither.
			surnames.remove(key);
			ambiguousSurnames.add(key);
		}
	}

	/** Applies the table to folded words. */
	List<String> apply(List<String> folded) {
		List<String> whole = wholeNames.get(String.join(" ", folded));
		List<String> source = whole != null ? whole : folded;
		List<String> result = new ArrayList<>(source.size());
		for (String word : source) {
			result.add(words.getOrDefault(word, word));
		}
		return result;
	}

	/**
	 * The full display name for a one-word name, when exactly one listed person has it: a
	 * listed full name in the report's own spelling of the surname ("Rouhani" → "Hassan
	 * Rouhani"), else the canonical name. Either folds to the same key.
	 */
	String fullNameForSurname(String foldedWord) {
		String canonical = surnames.get(words.getOrDefault(foldedWord, foldedWord));
		return canonical == null ? null : fullNamesBySpelling.getOrDefault(canonical + "|" + foldedWord, canonical);
	}

	/**
	 * The canonical display name of a listed person given a full-name spelling, or null.
	 */
	String canonicalName(List<String> foldedWords) {
		String direct = canonicalNames.get(String.join(" ", foldedWords));
		if (direct != null) {
			return direct;
		}
		return canonicalNames.get(String.join(" ", apply(foldedWords)));
	}

	/**
	 * Spellings of one name differ by at most a third of their letters (Qaddafi, Gaddafi,
	 * Kadhafi).
	 */
	private static boolean spellingOf(String a, String b) {
		int limit = Math.max(2, Math.max(a.length(), b.length()) / 3);
		return Math.abs(a.length() - b.length()) <= limit && editDistance(a, b) <= limit;
	}

	private static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
