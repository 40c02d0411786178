package org.analecta.search;

import java.util.List;

import org.analecta.report.IndexFields;

/**
 * How many positions each part of a report's text (Report.getTextParts: its sections,
 * then its footnotes) takes in the index, kept beside the report
 * ({@value org.analecta.report.IndexFields.Reports#PART_WORDS}) so that a search can tell
 * where in a part a word the index found stands ({@link PositionPassages}). Both count
 * with {@link TextWords}.
 *
 * <p>
 * Invariant, from how Lucene indexes a field of many values: the first value's words take
 * positions 0, 1, …; each later value starts {@link IndexFields#PART} (the prose
 * analyzer's position gap) after the last position of the one before. So part k starts at
 * {@code k * PART + words[0] + … + words[k-1]} ({@link #starts}). Positions are counted
 * as the index counts them, with their increments (the tokenizer skips an over-long word
 * but keeps its place).
 */
final class PartWords {

	private PartWords() {
	}

	/** The positions each part takes, in order. */
	static int[] of(List<String> parts) {
		int[] out = new int[parts.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = TextWords.positions(parts.get(i));
		}
		return out;
	}

	/** The index position of each part's first word, from the parts' position counts. */
	static long[] starts(List<Integer> words) {
		long[] out = new long[words.size()];
		long next = 0;
		for (int i = 0; i < out.length; i++) {
			out[i] = next;
			next += words.get(i) + (long) IndexFields.PART;
		}
		return out;
	}

}
