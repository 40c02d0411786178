package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * How the fuzzy words of one search find their terms. The search runs "name~" over four
 * fields and the highlighting expands it again for the text and the name fields; Lucene's
 * {@link FuzzyQuery} builds its Levenshtein automata (one for each number of edits up to
 * the most) anew for each of those, and that was two fifths of a fuzzy search's time in a
 * profile at 10,000 reports. Here a word's automaton is built at most once per search,
 * and not at all for a dictionary small enough to read: the terms that start with the
 * word's kept prefix are then compared with it one by one (the name-key fields, and the
 * whole text of a small archive, hold a few thousand such terms). And the terms a word
 * finds in a segment's field are kept once read to the end, so the highlighting and the
 * facet count, which expand the word again in the same fields, seek straight to them.
 * Nothing is kept from one search to the next: a search for another misspelling builds
 * its own, and a segment another search sees is another dictionary.
 * <p>
 * Either way the terms found and their boosts are Lucene's: a term is within the most
 * edits of the word (insertions, deletions, substitutions and, with transpositions, swaps
 * of two neighbours, after the kept prefix: the restricted Damerau-Levenshtein distance,
 * which Lucene's automata accept), and its boost is one minus its fewest edits over the
 * shorter length, as {@code FuzzyTermsEnum} scores it. Thread-safe; an automaton is
 * immutable once built.
 */
final class FuzzyAutomata {

	/**
	 * Up to about this many terms sharing the word's kept prefix, reading them costs less
	 * than building the automaton.
	 */
	static final int READ_AT_MOST = 4_000;

	private record Key(String text, int maxEdits, int prefixLength, boolean transpositions) {
	}

	/**
	 * A word's terms in one segment's field: its dictionary by identity (a segment's
	 * field keeps one), the word and settings.
	 */
	private record Found(Terms dictionary, Key word) {
	}

	/** A term found and its boost. */
	private record Kept(BytesRef term, float boost) {
	}

	private final Map<Key, CompiledAutomaton> built = new ConcurrentHashMap<>();

	private final Map<Found, List<Kept>> found = new ConcurrentHashMap<>();

	private final AtomicInteger builds = new AtomicInteger();

	private final AtomicInteger reads = new AtomicInteger();

	private final int readAtMost;

	FuzzyAutomata() {
		this(READ_AT_MOST);
	}

	/**
	 * @param readAtMost see {@link #READ_AT_MOST}; a negative number always builds the
	 * automaton
	 */
	FuzzyAutomata(int readAtMost) {
		this.readAtMost = readAtMost;
	}

	/** A fuzzy query on the word that finds its terms through this search's automata. */
	FuzzyQuery query(Term term, int maxEdits, int prefixLength) {
		return new Shared(term, maxEdits, prefixLength, this);
	}

	/** How many automata were built (for tests). */
	int builds() {
		return builds.get();
	}

	/**
	 * How many times a word's terms were looked for in a dictionary rather than replayed
	 * (for tests).
	 */
	int reads() {
		return reads.get();
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
	 * Whether a segment's field holds few enough terms with the prefix to read them:
	 * estimated from its number of terms, a prefix letter taking about a sixteenth.
	 */
	private boolean worthReading(Terms terms, int prefixLength) throws IOException {
		long size = terms.size();
		return size >= 0 && (prefixLength == 0 ? size : size / 16) <= readAtMost;
	}

	/**
	 * A {@link FuzzyQuery} (so the OpenSearch translation still sees one) that finds and
	 * scores its terms as Lucene's does, through the search's {@link FuzzyAutomata}.
	 * Equal to another only if of this class with the same word and settings, as Lucene's
	 * own.
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
			Edits edits = new Edits(text.codePoints().toArray(), getPrefixLength(), getMaxEdits(), getTranspositions());
			Found key = new Found(terms, new Key(text, getMaxEdits(), getPrefixLength(), getTranspositions()));
			List<Kept> kept = automata.found.get(key);
			if (kept != null) {
				return new Replayed(terms.iterator(), kept, edits);
			}
			automata.reads.incrementAndGet();
			TermsEnum finding = automata.worthReading(terms, getPrefixLength()) ? new Read(terms.iterator(), edits)
					: new Accepted(automaton().getTermsEnum(terms), edits);
			return new Recorded(finding, edits, all -> automata.found.putIfAbsent(key, all));
		}

		@Override
		public CompiledAutomaton getAutomata() {
			return getMaxEdits() == 0 ? super.getAutomata() : automaton();
		}

	}

	/**
	 * The edits between the word and a term, and the term's boost for them in the
	 * attributes of the terms enum it belongs to (one per enum: it keeps buffers).
	 */
	private static final class Edits {

		private final int[] word;

		private final int prefixLength;

		private final int maxEdits;

		private final boolean transpositions;

		private final BytesRef prefix;

		private final AttributeSource attributes = new AttributeSource();

		private final BoostAttribute boost = attributes.addAttribute(BoostAttribute.class);

		private int[] term = new int[16];

		/**
		 * The distance table of the last term compared, a column per character of its
		 * part past the prefix: column j holds the edits between each beginning of the
		 * word's part and the term's first j characters, so it depends on those
		 * characters only, and the next term (the dictionary's next, sharing a beginning
		 * with it) reuses the columns of the beginning they share.
		 */
		private final int[][] columns;

		/** The characters of the columns past the first: the last term's part. */
		private final int[] columnChars;

		/** How many of {@link #columnChars} (and columns past the first) are valid. */
		private int valid;

		/**
		 * The column from which the last term's beginning was beyond the most edits, so
		 * every term that begins so is; or past {@link #valid} when none was.
		 */
		private int hopelessFrom = Integer.MAX_VALUE;

		Edits(int[] word, int prefixLength, int maxEdits, boolean transpositions) {
			this.word = word;
			this.prefixLength = Math.min(prefixLength, word.length);
			this.maxEdits = maxEdits;
			this.transpositions = transpositions;
			this.prefix = new BytesRef(new String(word, 0, this.prefixLength));
			// A term compared is at most maxEdits longer than the word (else its length
			// rejects it): a column for each of its characters, and the empty beginning.
			int n = word.length - this.prefixLength;
			this.columns = new int[n + maxEdits + 1][n + 1];
			this.columnChars = new int[n + maxEdits];
			for (int i = 0; i <= n; i++) {
				columns[0][i] = i;
			}
		}

		/**
		 * Whether the term is within the most edits of the word (its prefix included);
		 * its boost set if so, and 0 if not.
		 */
		boolean within(BytesRef bytes) {
			float found = boostOf(bytes);
			boost.setBoost(Math.max(0f, found));
			return found >= 0;
		}

		/** As {@link #within}: the boost, or a negative number when not within. */
		private float boostOf(BytesRef bytes) {
			if (!StringHelper.startsWith(bytes, prefix)) {
				return -1f;
			}
			// A term has at most as many characters as bytes and at least a quarter as
			// many: most are rejected by their length before being decoded.
			if (bytes.length + maxEdits < word.length || (bytes.length + 3) / 4 > word.length + maxEdits) {
				return -1f;
			}
			if (term.length < bytes.length) {
				term = new int[bytes.length];
			}
			int length = UnicodeUtil.UTF8toUTF32(bytes, term);
			int edits = distance(length);
			if (edits > maxEdits) {
				return -1f;
			}
			return edits == 0 ? 1f : 1f - (float) edits / Math.min(length, word.length);
		}

		/**
		 * The restricted Damerau-Levenshtein distance between the word and the term past
		 * their common prefix, or {@code maxEdits + 1} when it is more than
		 * {@code maxEdits}. Computed a column (a term character) at a time, from the
		 * first the last term did not share.
		 */
		private int distance(int termLength) {
			int n = word.length - prefixLength;
			int m = termLength - prefixLength;
			if (Math.abs(n - m) > maxEdits) {
				return maxEdits + 1;
			}
			int shared = 0;
			int limit = Math.min(valid, m);
			while (shared < limit && columnChars[shared] == term[prefixLength + shared]) {
				shared++;
			}
			if (hopelessFrom <= shared) {
				return maxEdits + 1;
			}
			valid = shared;
			hopelessFrom = Integer.MAX_VALUE;
			for (int j = shared + 1; j <= m; j++) {
				int b = term[prefixLength + j - 1];
				columnChars[j - 1] = b;
				valid = j;
				int[] column = columns[j];
				int[] before = columns[j - 1];
				column[0] = j;
				int least = j;
				for (int i = 1; i <= n; i++) {
					int a = word[prefixLength + i - 1];
					int d = Math.min(Math.min(before[i] + 1, column[i - 1] + 1), before[i - 1] + (a == b ? 0 : 1));
					if (transpositions && i > 1 && j > 1 && a == columnChars[j - 2]
							&& word[prefixLength + i - 2] == b) {
						d = Math.min(d, columns[j - 2][i - 2] + 1);
					}
					column[i] = d;
					least = Math.min(least, d);
				}
				// Every later column costs more than the most edits too: a column's least
				// is at most one more than the one before's, so a swap from two columns
				// back costs more as well.
				if (least > maxEdits) {
					hopelessFrom = j;
					return maxEdits + 1;
				}
			}
			return columns[m][n];
		}

	}

	/** The terms the automaton accepts, each with its boost. */
	private static final class Accepted extends FilterLeafReader.FilterTermsEnum {

		private final Edits edits;

		Accepted(TermsEnum accepted, Edits edits) {
			super(accepted);
			this.edits = edits;
		}

		@Override
		public BytesRef next() throws IOException {
			BytesRef next = in.next();
			if (next != null) {
				// The automaton accepted it: it is within the edits; this sets its boost.
				edits.within(next);
			}
			return next;
		}

		@Override
		public AttributeSource attributes() {
			return edits.attributes;
		}

	}

	/**
	 * The terms with the prefix, read in order from its first, those within the edits
	 * kept with their boost.
	 */
	private static final class Read extends FilteredTermsEnum {

		private final Edits edits;

		Read(TermsEnum all, Edits edits) {
			super(all, true);
			this.edits = edits;
			setInitialSeekTerm(edits.prefix);
		}

		@Override
		protected AcceptStatus accept(BytesRef term) {
			if (!StringHelper.startsWith(term, edits.prefix)) {
				return AcceptStatus.END;
			}
			return edits.within(term) ? AcceptStatus.YES : AcceptStatus.NO;
		}

		@Override
		public AttributeSource attributes() {
			return edits.attributes;
		}

	}

	/**
	 * The terms of another enum, each kept with its boost; all of them handed on once the
	 * enum is read to its end (a reader that stops early leaves nothing kept).
	 */
	private static final class Recorded extends FilterLeafReader.FilterTermsEnum {

		private final Edits edits;

		private final Consumer<List<Kept>> whenRead;

		private final List<Kept> kept = new ArrayList<>();

		Recorded(TermsEnum finding, Edits edits, Consumer<List<Kept>> whenRead) {
			super(finding);
			this.edits = edits;
			this.whenRead = whenRead;
		}

		@Override
		public BytesRef next() throws IOException {
			BytesRef next = in.next();
			if (next == null) {
				whenRead.accept(List.copyOf(kept));
			}
			else {
				kept.add(new Kept(BytesRef.deepCopyOf(next), edits.boost.getBoost()));
			}
			return next;
		}

		@Override
		public AttributeSource attributes() {
			return edits.attributes;
		}

	}

	/**
	 * The terms kept by an earlier read of the same dictionary, sought one by one, each
	 * with its boost.
	 */
	private static final class Replayed extends FilteredTermsEnum {

		private final List<Kept> kept;

		private final Edits edits;

		private int at = -1;

		Replayed(TermsEnum all, List<Kept> kept, Edits edits) {
			super(all, true);
			this.kept = kept;
			this.edits = edits;
		}

		@Override
		protected BytesRef nextSeekTerm(BytesRef current) {
			at++;
			return at < kept.size() ? kept.get(at).term() : null;
		}

		@Override
		protected AcceptStatus accept(BytesRef term) {
			// The dictionary is the one the terms were read from: each is there.
			if (!term.bytesEquals(kept.get(at).term())) {
				return AcceptStatus.NO_AND_SEEK;
			}
			edits.boost.setBoost(kept.get(at).boost());
			return AcceptStatus.YES_AND_SEEK;
		}

		@Override
		public AttributeSource attributes() {
			return edits.attributes;
		}

	}

}
