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
 * Lucene's {@link FuzzyQuery} builds its automata anew for each of those (two fifths of a
 * fuzzy search's time went to building the same automata seven times, in a profile at
 * 10,000 reports). Not kept from one search to the next: a search for another misspelling
 * builds its own.
 * <p>
 * Thread-safe; an automaton is immutable once built.
 */
final class FuzzyAutomata {

	private record Key(String text, int maxEdits, int prefixLength, boolean transpositions) {
	}

	private final Map<Key, CompiledAutomaton[]> built = new ConcurrentHashMap<>();

	private final AtomicInteger builds = new AtomicInteger();

	/** A fuzzy query on the word that takes its automata from here. */
	FuzzyQuery query(Term term, int maxEdits, int prefixLength) {
		return new Shared(term, maxEdits, prefixLength, this);
	}

	/** How many distinct words' automata were built (for tests). */
	int builds() {
		return builds.get();
	}

	/**
	 * For each number of edits up to the most, the automaton accepting the words that far
	 * from the text (the first {@code prefixLength} characters kept); index 0 is unused,
	 * as no edit means the word itself.
	 */
	private CompiledAutomaton[] of(String text, int maxEdits, int prefixLength, boolean transpositions) {
		return built.computeIfAbsent(new Key(text, maxEdits, prefixLength, transpositions), key -> {
			builds.incrementAndGet();
			CompiledAutomaton[] automata = new CompiledAutomaton[maxEdits + 1];
			for (int edits = 1; edits <= maxEdits; edits++) {
				automata[edits] = FuzzyQuery.getFuzzyAutomaton(text, edits, prefixLength, transpositions);
			}
			return automata;
		});
	}

	/**
	 * A {@link FuzzyQuery} that matches and scores as Lucene's (same terms, same boost
	 * for each: one minus the edits over the shorter length), with its automata from the
	 * search's {@link FuzzyAutomata}. Equal to another only if of this class with the
	 * same word and settings, as Lucene's own.
	 */
	private static final class Shared extends FuzzyQuery {

		private final FuzzyAutomata automata;

		Shared(Term term, int maxEdits, int prefixLength, FuzzyAutomata automata) {
			super(term, maxEdits, prefixLength);
			this.automata = automata;
		}

		private CompiledAutomaton[] automata() {
			return automata.of(getTerm().text(), getMaxEdits(), getPrefixLength(), getTranspositions());
		}

		@Override
		protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
			if (getMaxEdits() == 0 || getPrefixLength() >= getTerm().text().length()) {
				// Lucene's own answer for a word that cannot vary: the word alone.
				return super.getTermsEnum(terms, atts);
			}
			CompiledAutomaton[] all = automata();
			return new Edits(all[getMaxEdits()].getTermsEnum(terms), all, getTerm().bytes(),
					getTerm().text().codePointCount(0, getTerm().text().length()));
		}

		@Override
		public CompiledAutomaton getAutomata() {
			return getMaxEdits() == 0 ? super.getAutomata() : automata()[getMaxEdits()];
		}

	}

	/**
	 * The terms within the most edits, each with Lucene's fuzzy boost for the fewest
	 * edits it is from the word (as {@code FuzzyTermsEnum} scores them).
	 */
	private static final class Edits extends FilterLeafReader.FilterTermsEnum {

		private final CompiledAutomaton[] automata;

		private final BytesRef word;

		private final int wordLength;

		private final AttributeSource attributes = new AttributeSource();

		private final BoostAttribute boost = attributes.addAttribute(BoostAttribute.class);

		Edits(TermsEnum within, CompiledAutomaton[] automata, BytesRef word, int wordLength) {
			super(within);
			this.automata = automata;
			this.word = word;
			this.wordLength = wordLength;
		}

		@Override
		public BytesRef next() throws IOException {
			BytesRef term = in.next();
			if (term == null) {
				return null;
			}
			int edits = automata.length - 1;
			while (edits > 0 && within(term, edits - 1)) {
				edits--;
			}
			boost.setBoost(
					edits == 0 ? 1f : 1f - (float) edits / Math.min(UnicodeUtil.codePointCount(term), wordLength));
			return term;
		}

		private boolean within(BytesRef term, int edits) {
			return edits == 0 ? term.bytesEquals(word)
					: automata[edits].runAutomaton.run(term.bytes, term.offset, term.length);
		}

		@Override
		public AttributeSource attributes() {
			return attributes;
		}

	}

}
