package org.analecta.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence boundaries in masked paragraph text (quotations already masked, so a full stop
 * inside a quotation never ends the author's sentence). A stop after an abbreviation
 * ("Dr.", "U.S.") ends a sentence only when a word that opens sentences follows.
 */
final class Sentences {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj",
			"sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr", "no", "vs", "etc", "i.e", "e.g", "u.s", "u.k", "u.n",
			"a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "brig",
			"adm", "rev", "hon", "sheikh", "u.s.s.r", "u.a.e", "cmdr", "cdr", "cpl", "pvt", "amb", "atty", "supt",
			"insp");

	private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
			"maj", "sgt", "capt", "sen", "rep", "gov", "st", "brig", "adm", "rev", "hon", "no", "cmdr", "cdr", "cpl",
			"pvt", "amb", "atty", "supt", "insp");

	/** A name of one to three words and a speech verb that close the sentence. */
	private static final Pattern SHORT_CLOSING_TAG = Pattern
		.compile("(?:[A-Z][\\w'’-]*\\s+){1,3}(?:said|says|added|wrote|told|asked)\\.");

	private Sentences() {
	}

	/** Start offsets of the sentences, the first being 0. */
	static int[] starts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?') {
				continue;
			}
			int j = i + 1;
			boolean closer = false;
			while (j < length && "\"”’')]".indexOf(text.charAt(j)) >= 0) {
				closer = true;
				j++;
			}
			// A note's marker after the stop ("… plausible."[1] In an article …) ends
			// nothing of the sentence's own.
			int marker = FootnoteMarkerScanner.markerEnd(text, j);
			if (marker > j) {
				closer = true;
				j = marker;
			}
			int spaceStart = j;
			while (j < length && Character.isWhitespace(text.charAt(j))) {
				j++;
			}
			if (j >= length || (j == spaceStart && !closer && !gluedStop(text, i))) {
				continue;
			}
			// A note's marker set off from the stop and glued to the next sentence ("…
			// issue. [1]The following are excerpts …") is the sentence before's.
			int glued = j > spaceStart ? FootnoteMarkerScanner.markerEnd(text, j) : j;
			if (glued > j && glued < length) {
				j = glued;
				while (j < length && Character.isWhitespace(text.charAt(j))) {
					j++;
				}
				if (j >= length) {
					continue;
				}
			}
			char next = text.charAt(j);
			boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“'
					|| next == QuoteScanner.MASK;
			if (!opens) {
				continue;
			}
			if (c == '.' && !closer && afterAbbreviation(text, i) && !opensSentence(text, j, i)) {
				continue;
			}
			// "... on Sundays." Reyes said. - a full stop typed for the comma.
			if (c == '.' && closer && i > 0 && text.charAt(i - 1) == QuoteScanner.MASK
					&& SHORT_CLOSING_TAG.matcher(text).region(j, length).lookingAt()) {
				continue;
			}
			if (c != '.' && closer && i > 0 && text.charAt(i - 1) == QuoteScanner.MASK && tagFollows(text, j)) {
				continue; // "Why not?" Biden asked. - the tag finishes the sentence the
							// question opened
			}
			starts.add(j);
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Whether a speech verb comes within the next few words, before any punctuation but
	 * the commas of an apposition ({@code "Why not?" Eva Hale, a retired nurse, asked}):
	 * a speaker tag.
	 */
	private static boolean tagFollows(String text, int from) {
		int words = 0;
		int commas = 0;
		int i = from;
		while (i < text.length() && words < (commas == 0 ? 8 : 24)) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				int start = i;
				while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
					i++;
				}
				// After an apposition the verb may be capitalised as a platform writes it
				// ("Sam Lorry, the head of the group, Tweeted").
				if ((Character.isLowerCase(text.charAt(start)) || commas > 0)
						&& SpeechCues.isCue(text.substring(start, i).toLowerCase(Locale.ROOT))) {
					return true;
				}
				words++;
			}
			else if (c == ',' && words > 0 && commas < 4) {
				commas++;
				i++;
			}
			else if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == QuoteScanner.MASK
					|| c == '.' && !afterAbbreviation(text, i)) {
				return false;
			}
			else {
				i++;
			}
		}
		return false;
	}

	/**
	 * Whether the stop at {@code stop} ends a sentence run into the next without a space,
	 * as a page saved without its paragraph breaks has it ("… Mehr News Agency
	 * reported.Khamenei made the comments …"): a lower-case word of three letters or more
	 * before it, a capitalised word after it.
	 */
	private static boolean gluedStop(String text, int stop) {
		if (stop + 2 >= text.length() || !Character.isUpperCase(text.charAt(stop + 1))
				|| !Character.isLowerCase(text.charAt(stop + 2))) {
			return false;
		}
		int start = stop;
		while (start > 0 && Character.isLowerCase(text.charAt(start - 1))) {
			start--;
		}
		return stop - start >= 3 && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
	}

	/** The index into {@code starts} of the sentence holding the offset. */
	static int indexOf(int[] starts, int offset) {
		int found = Arrays.binarySearch(starts, offset);
		return found >= 0 ? found : Math.max(0, -found - 2);
	}

	static int end(int[] starts, int index, int length) {
		return index + 1 < starts.length ? starts[index + 1] : length;
	}

	static boolean afterAbbreviation(String text, int stop) {
		int start = stop;
		while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
			start--;
		}
		String word = text.substring(start, stop).toLowerCase(Locale.ROOT);
		if (word.length() == 1 && Character.isUpperCase(text.charAt(start))) {
			return true; // an initial: "A. Savyon"
		}
		return ABBREVIATIONS.contains(word) || word.contains(".");
	}

	/**
	 * After "U.S." a capitalised function word ("The", "He") starts a new sentence; after
	 * "Dr." nothing does.
	 */
	private static boolean opensSentence(String text, int wordStart, int stop) {
		int start = stop;
		while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
			start--;
		}
		String abbreviation = text.substring(start, stop).toLowerCase(Locale.ROOT);
		if (TITLE_ABBREVIATIONS.contains(abbreviation) || abbreviation.length() == 1) {
			return false;
		}
		int end = wordStart;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		String word = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
		return NameVocabulary.FUNCTION_WORDS.contains(word);
	}

}
