package org.analecta.parser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.analecta.parser.Tokens.Token;

/**
 * A paragraph as attribution sees it: the masked text, its tokens and its mentions, with
 * the lookups by offset that keep attribution linear (binary searches and a map, no
 * scans).
 */
final class Passage {

	private final String masked;

	private final List<Token> tokens;

	private final List<Mention> mentions;

	private final Map<Integer, Mention> mentionsByEnd = new HashMap<>();

	Passage(String masked, List<Token> tokens, List<Mention> mentions) {
		this.masked = masked;
		this.tokens = tokens;
		this.mentions = mentions;
		for (Mention mention : mentions) {
			mentionsByEnd.put(mention.end(), mention);
		}
	}

	String masked() {
		return masked;
	}

	List<Token> tokens() {
		return tokens;
	}

	List<Mention> mentions() {
		return mentions;
	}

	/**
	 * Index of the first token starting at or after the offset (tokens.size() when none).
	 * The same search as {@link SortedLists#firstAtLeast}, written out: this is the
	 * parser's most frequent lookup, and a key function there is a call the JIT may not
	 * inline.
	 */
	int firstTokenFrom(int offset) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (tokens.get(mid).start() < offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** Index of the last token ending at or before the offset, or -1. */
	int lastTokenBy(int offset) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (tokens.get(mid).end() <= offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low - 1;
	}

	Mention mentionEndingAt(int end) {
		return mentionsByEnd.get(end);
	}

	/** The mention whose words include the offset, or null. */
	Mention mentionCovering(int offset) {
		int index = firstMentionFrom(offset + 1) - 1;
		if (index >= 0 && mentions.get(index).end() > offset) {
			return mentions.get(index);
		}
		return null;
	}

	/** The first mention starting at or after the offset, or null. */
	Mention mentionFrom(int offset) {
		int index = firstMentionFrom(offset);
		return index < mentions.size() ? mentions.get(index) : null;
	}

	/** The index of the first mention starting at or after the offset. */
	int firstMentionFrom(int offset) {
		int low = 0;
		int high = mentions.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (mentions.get(mid).start() < offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
