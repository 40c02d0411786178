package org.analecta.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The Levenshtein automata of the fuzzy words of one search, built once and shared by
 * every query of that search that holds the word: the search runs "name~" over four
 * fields and the highlighting expands it again for the text and the name fields, and
 * Lucene's {@link FuzzyQuery} builds its automata (one for each number of edits up to the
 * most) anew for each of those (two fifths of a fuzzy search's time went to building the
 * same automata seven times, in a profile at 10,000 reports). Not kept from one search to
 * the next: a search for another misspelling builds its own.
 * <p>
 * Thread-safe; an automaton is immutable once built.
 */
final class FuzzyAutomata {

	private record Key(String text, int maxEdits, int prefixLength, boolean transpositions) {
	}

	private final Map<Key, CompiledAutomaton> built = new ConcurrentHashMap<>();

	private final AtomicInteger builds = new AtomicInteger();

	/** A fuzzy query on the word that takes its automaton from here. */
	FuzzyQuery query(Term term, int maxEdits, int prefixLength) {
		return new Shared(term, maxEdits, prefixLength, this);
	}

	/** How many distinct words' automata were built (for tests). */
	int builds() {
		return builds.get();
	}

	/**
	 * The automaton accepting the words at most {@code maxEdits} from the text, its first
	 * {@code prefixLength} characters kept.
	 */
	private CompiledAutomaton of(String text, int maxEdits, int prefixLength, boolean transpositions) {
		return built.computeIfAbsent(new Key(text, maxEdits, prefixLength, transpositions), key -> {
			builds.incrementAndGet();
			return FuzzyQuery.getFuzzyAutomaton(text, maxEdits, prefixLength, transpositions);
		});
	}

	/**
	 * A {@link FuzzyQuery} that matches and scores as Lucene's (same terms, same boost
	 * for each: one minus the edits over the shorter length), with its automaton from the
	 * search's {@link FuzzyAutomata}. Equal to another only if of this class with the
	 * same word and settings, as Lucene's own.
	 */
	private static final class Shared extends FuzzyQuery {

		private final FuzzyAutomata automata;

		Shared(Term term, int maxEdits, int prefixLength, FuzzyAutomata automata) {
			super(term, maxEdits, prefixLength);
			this.automata = automata;
		}

		private CompiledAutomaton automaton() {
			return automata.of(getTerm().text(), getMaxEdits(), getPrefixLength(), getTranspositions());
		}

		@Override
		protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
			String text = getTerm().text();
			if (getMaxEdits() == 0 || getPrefixLength() >= text.length()) {
				// Lucene's own answer for a word that cannot vary: the word alone.
				return super.getTermsEnum(terms, atts);
			}
			return new Edits(automaton().getTermsEnum(terms), text.codePoints().toArray(), getPrefixLength(),
					getMaxEdits(), getTranspositions());
		}

		@Override
		public CompiledAutomaton getAutomata() {
			return getMaxEdits() == 0 ? super.getAutomata() : automaton();
		}

	}

	/**
	 * The terms the automaton accepts, each with Lucene's fuzzy boost for the fewest
	 * edits it is from the word, as {@code FuzzyTermsEnum} scores them. Those edits are
	 * counted here (insertions, deletions, substitutions and, with transpositions, swaps
	 * of two neighbours, past the kept prefix: the distance Lucene's Levenshtein automata
	 * accept) rather than by running an automaton for each smaller number of edits, which
	 * would have to be built too.
	 */
	private static final class Edits extends FilterLeafReader.FilterTermsEnum {

		private final int[] word;

		private final int prefixLength;

		private final int maxEdits;

		private final boolean transpositions;

		private final AttributeSource attributes = new AttributeSource();

		private final BoostAttribute boost = attributes.addAttribute(BoostAttribute.class);

		private int[] term = new int[16];

		Edits(TermsEnum within, int[] word, int prefixLength, int maxEdits, boolean transpositions) {
			super(within);
			this.word = word;
			this.prefixLength = Math.min(prefixLength, word.length);
			this.maxEdits = maxEdits;
			this.transpositions = transpositions;
		}

		@Override
		public BytesRef next() throws IOException {
			BytesRef next = in.next();
			if (next == null) {
				return null;
			}
			if (term.length < next.length) {
				term = new int[next.length];
			}
			int length = UnicodeUtil.UTF8toUTF32(next, term);
			int edits = Math.min(maxEdits, distance(length));
			boost.setBoost(edits == 0 ? 1f : 1f - (float) edits / Math.min(length, word.length));
			return next;
		}

		/**
		 * The restricted Damerau-Levenshtein distance between the word and the term
		 * (whose first {@code prefixLength} code points, the automaton guarantees, are
		 * the word's).
		 */
		private int distance(int termLength) {
			int n = word.length - prefixLength;
			int m = termLength - prefixLength;
			int[] beforeLast = new int[m + 1];
			int[] last = new int[m + 1];
			int[] row = new int[m + 1];
			for (int j = 0; j <= m; j++) {
				last[j] = j;
			}
			for (int i = 1; i <= n; i++) {
				row[0] = i;
				int a = word[prefixLength + i - 1];
				for (int j = 1; j <= m; j++) {
					int b = term[prefixLength + j - 1];
					int d = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + (a == b ? 0 : 1));
					if (transpositions && i > 1 && j > 1 && a == term[prefixLength + j - 2]
							&& word[prefixLength + i - 2] == b) {
						d = Math.min(d, beforeLast[j - 2] + 1);
					}
					row[j] = d;
				}
				int[] spare = beforeLast;
				beforeLast = last;
				last = row;
				row = spare;
			}
			return last[m];
		}

		@Override
		public AttributeSource attributes() {
			return attributes;
		}

	}

}
