package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Passages of a part of a hit's text cut where the index's word positions say the query's
 * words are ({@link TextParts}), without stemming the text: only its words are found (the
 * tokenizer alone, {@link ArchiveAnalyzers#words()}), up to the last position wanted, and
 * only the marked words are analysed, to check that each is the term the index placed
 * there. Re-analysing every chosen section with the whole prose chain, and for phrases
 * the span scorer's in-memory index of each, was most of a search's time.
 *
 * <p>
 * A phrase is marked only where all its words stand in order; a plain word wherever it
 * is. When a mark cannot be checked (the database's text differs from what was indexed,
 * or the part's start is unknown) there is no answer, and the caller highlights the text
 * by analysing it ({@link Highlights}).
 */
final class PositionPassages {

	/** How far before its first mark a passage may start to begin with its sentence. */
	private static final int LEAD_CHARS = 100;

	/** How far before its first mark a passage starts when no sentence starts near. */
	private static final int CONTEXT_CHARS = 40;

	private final Analyzer index;

	private final Marking marking;

	private PositionPassages(Analyzer index, Marking marking) {
		this.index = index;
		this.marking = marking;
	}

	/**
	 * For one query on the text field, fuzzy words expanded; empty when the query marks
	 * words otherwise than by terms and phrases of terms (then the text is analysed).
	 * @param index the analyzer the text was indexed with
	 */
	static Optional<PositionPassages> forQuery(Query query, Analyzer index) {
		return Marking.of(query, Reports.TEXT).map(marking -> new PositionPassages(index, marking));
	}

	/** Whether a query word is marked at these positions of a part's words. */
	boolean marks(Map<String, int[]> positions) {
		return !marking.marked(positions).isEmpty();
	}

	/** What a part yielded: its passages, and whether its heading holds a query word. */
	record Found(List<Highlights.Fragment> passages, boolean inHeading) {
	}

	/**
	 * The best passages of a part, best first.
	 * @param indexed the part's text as it was indexed (a section's heading, a blank
	 * line, its text; a footnote's text)
	 * @param textFrom where in {@code indexed} the text that passages are cut from starts
	 * @param start the index position of the part's first word
	 * @param positions the index positions of each query term in this part
	 * @return empty when some mark is not where the positions say (nor is one before the
	 * part's start)
	 */
	Optional<Found> passages(String indexed, int textFrom, long start, Map<String, int[]> positions, int max) {
		Map<Integer, String> wanted = marking.marked(positions);
		if (wanted.isEmpty()) {
			return Optional.of(new Found(List.of(), false));
		}
		if (wanted.keySet().stream().anyMatch(p -> p < start)) {
			return Optional.empty();
		}
		List<Mark> marks = find(indexed, start, wanted);
		if (marks == null) {
			return Optional.empty();
		}
		boolean inHeading = false;
		List<Mark> inText = new ArrayList<>(marks.size());
		for (Mark mark : marks) {
			if (mark.from() < textFrom) {
				inHeading = true;
			}
			else {
				inText.add(new Mark(mark.from() - textFrom, mark.to() - textFrom, mark.term()));
			}
		}
		return Optional.of(new Found(cut(indexed.substring(textFrom), inText, max), inHeading));
	}

	/** A marked word: where it is in the text, and the term the index has for it. */
	private record Mark(int from, int to, String term) {
	}

	/**
	 * The marks, found by walking the text's words to the last position wanted; null when
	 * a word found is not the term the index placed there. The caller has checked that no
	 * position wanted is before the part's start.
	 */
	private List<Mark> find(String text, long start, Map<Integer, String> wanted) {
		// The positions in order, walked beside the words: a map lookup for every word
		// (its position boxed) was most of this walk's time.
		int[] positions = wanted.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		List<Mark> marks = new ArrayList<>(positions.length);
		try (TextWords words = new TextWords(text)) {
			long position = start - 1;
			int next = 0;
			while (next < positions.length && words.next()) {
				position += words.increment();
				while (next < positions.length && positions[next] < position) {
					next++; // a wanted word the tokenizer skipped: the check below fails
				}
				if (next < positions.length && position == positions[next]) {
					marks.add(new Mark(words.start(), words.end(), wanted.get(positions[next])));
					next++;
				}
			}
		}
		catch (UncheckedIOException ex) {
			return null;
		}
		if (marks.size() != wanted.size()) {
			return null;
		}
		for (Mark mark : marks) {
			if (!mark.term().equals(analysed(text.substring(mark.from(), mark.to())))) {
				return null;
			}
		}
		return marks;
	}

	/** The index's term for one word. */
	private String analysed(String word) {
		try (TokenStream tokens = index.tokenStream(Reports.TEXT, word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			String out = tokens.incrementToken() ? term.toString() : null;
			while (tokens.incrementToken()) {
				out = null;
			}
			tokens.end();
			return out;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Passages of about {@link Highlights#PASSAGE_CHARS} around runs of marks, each
	 * starting with its first mark's sentence when that starts near, scored by how many
	 * of the query's words they hold and then how many marks; the best {@code max}, best
	 * first.
	 */
	private static List<Highlights.Fragment> cut(String text, List<Mark> marks, int max) {
		List<Highlights.Fragment> out = new ArrayList<>();
		int i = 0;
		while (i < marks.size()) {
			int from = passageStart(text, marks.get(i).from());
			int to = passageEnd(text, from, marks.get(i).to());
			int j = i;
			Set<String> terms = new HashSet<>();
			StringBuilder html = new StringBuilder();
			int at = from;
			while (j < marks.size() && marks.get(j).to() <= to) {
				Mark mark = marks.get(j);
				html.append(Highlights.escape(text.substring(at, mark.from())))
					.append("<mark>")
					.append(Highlights.escape(text.substring(mark.from(), mark.to())))
					.append("</mark>");
				terms.add(mark.term());
				at = mark.to();
				j++;
			}
			html.append(Highlights.escape(text.substring(at, to)));
			out.add(new Highlights.Fragment(html.toString().strip(), terms.size() + (j - i - terms.size()) * 0.1f));
			i = j;
		}
		out.sort(Comparator.comparing(Highlights.Fragment::score).reversed());
		return out.size() > max ? new ArrayList<>(out.subList(0, max)) : out;
	}

	/**
	 * Where a passage whose first mark starts at {@code mark} begins: at its sentence
	 * when that starts at most {@link #LEAD_CHARS} before, else at a word
	 * {@link #CONTEXT_CHARS} or so before.
	 */
	private static int passageStart(String text, int mark) {
		int limit = Math.max(0, mark - LEAD_CHARS);
		for (int i = mark - 1; i >= limit; i--) {
			char c = text.charAt(i);
			if (c == '\n' || (Character.isWhitespace(c) && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0)) {
				return i + 1;
			}
		}
		if (limit == 0) {
			return 0;
		}
		int context = Math.max(0, mark - CONTEXT_CHARS);
		int space = text.lastIndexOf(' ', context);
		return space < 0 || space < limit ? context : space + 1;
	}

	/**
	 * Where a passage from {@code from} ends: at the last space within
	 * {@link Highlights#PASSAGE_CHARS}, never before its first mark ends.
	 */
	private static int passageEnd(String text, int from, int firstMarkEnd) {
		int limit = from + Highlights.PASSAGE_CHARS;
		if (limit >= text.length()) {
			return text.length();
		}
		int space = text.lastIndexOf(' ', limit);
		return Math.max(space > from ? space : limit, firstMarkEnd);
	}

	/**
	 * Which words of a query are marked: its plain terms wherever they are, its phrases
	 * (exact, on the field) where whole. Words it excludes are never marked.
	 */
	record Marking(Set<String> words, List<Phrase> phrases) {

		static Optional<Marking> of(Query query, String field) {
			Set<String> words = new HashSet<>();
			List<Phrase> phrases = new ArrayList<>();
			Highlights.MarkedWords visitor = new Highlights.MarkedWords(field) {

				@Override
				public void consumeTerms(Query q, Term... terms) {
					if (q instanceof PhraseQuery phrase) {
						if (phrase.getField().equals(field)) {
							opaque |= phrase.getSlop() != 0;
							phrases
								.add(new Phrase(Arrays.stream(phrase.getTerms()).map(Term::text).toArray(String[]::new),
										phrase.getPositions()));
						}
					}
					else if (q instanceof TermQuery || q instanceof SynonymQuery || q instanceof TermInSetQuery) {
						for (Term term : terms) {
							if (term.field().equals(field)) {
								words.add(term.text());
							}
						}
					}
					else {
						// Terms that match by their places otherwise than a phrase does.
						opaque = true;
					}
				}

			};
			query.visit(visitor);
			return visitor.opaque ? Optional.empty() : Optional.of(new Marking(words, phrases));
		}

		/** The index positions to mark, with the term at each. */
		Map<Integer, String> marked(Map<String, int[]> positions) {
			Map<Integer, String> out = new HashMap<>();
			mark(positions, out::put);
			return out;
		}

		/**
		 * As {@link #marked}, with every term marked at a position (a word and its
		 * synonym can share one).
		 */
		Map<Integer, Set<String>> markedTerms(Map<String, int[]> positions) {
			Map<Integer, Set<String>> out = new HashMap<>();
			mark(positions, (p, term) -> out.computeIfAbsent(p, x -> new HashSet<>(2)).add(term));
			return out;
		}

		/** Whether every phrase's words follow one another with no position between. */
		boolean gapless() {
			return phrases.stream().allMatch(Phrase::gapless);
		}

		private void mark(Map<String, int[]> positions, BiConsumer<Integer, String> out) {
			for (String word : words) {
				for (int p : positions.getOrDefault(word, new int[0])) {
					out.accept(p, word);
				}
			}
			for (Phrase phrase : phrases) {
				phrase.occurrences(positions, out);
			}
		}

	}

	/** A phrase: its terms and their positions relative to each other. */
	record Phrase(String[] terms, int[] offsets) {

		boolean gapless() {
			return offsets[offsets.length - 1] - offsets[0] == offsets.length - 1;
		}

		void occurrences(Map<String, int[]> positions, BiConsumer<Integer, String> out) {
			int[] firsts = positions.get(terms[0]);
			if (firsts == null) {
				return;
			}
			for (int first : firsts) {
				boolean whole = true;
				for (int i = 1; i < terms.length && whole; i++) {
					int[] at = positions.get(terms[i]);
					whole = at != null && Arrays.binarySearch(at, first - offsets[0] + offsets[i]) >= 0;
				}
				if (whole) {
					for (int i = 0; i < terms.length; i++) {
						out.accept(first - offsets[0] + offsets[i], terms[i]);
					}
				}
			}
		}

	}

}
