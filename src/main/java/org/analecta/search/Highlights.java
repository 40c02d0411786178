package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.Scorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Highlights matched words in the database's text of a hit, with Lucene's highlighter
 * re-analysing the text with the index analyzer. Done here rather than with Hibernate
 * Search's highlight projection because a hit must say which section each passage is in,
 * and the index keeps no copy of the text to highlight ({@link HitTexts}). It marks the
 * titles, the texts of OpenSearch hits, those found through another spelling of a name,
 * and the sections whose words {@link PositionPassages} could not place; the scorer is
 * built once per search, fuzzy words are expanded once against the index, and texts
 * without a query term are skipped after a cheap pass ({@link #forQuery}).
 *
 * <p>
 * Output is HTML: the text escaped, matches in {@code <mark>}.
 */
final class Highlights {

	static final int PASSAGE_CHARS = 240;

	private static final int MAX_CHARS_ANALYSED = 500_000;

	private static final int MAX_EXPANSIONS = 50;

	private final Analyzer analyzer;

	private final String field;

	/**
	 * @param field the query field whose terms are marked; the text is analyzed as that
	 * field's content with {@code analyzer}
	 */
	Highlights(Analyzer analyzer, String field) {
		this.analyzer = analyzer;
		this.field = field;
	}

	record Fragment(String html, float score) {
	}

	/**
	 * The best few passages of a text, best first; empty when no query word occurs in it.
	 */
	List<Fragment> passages(Query query, String text, int max) {
		return query == null ? List.of() : forQuery(query).passages(text, max);
	}

	/** The whole text, escaped, with matches marked (titles, quotes). */
	String whole(Query query, String text) {
		return query == null ? (text == null ? null : escape(text)) : forQuery(query).whole(text);
	}

	/**
	 * A highlighter for one query, to reuse over every text of one search on one thread:
	 * the scorer is built once, and a text none of whose words is a query term is not
	 * highlighted at all. For wildcard and fuzzy words pass a query already rewritten
	 * against the index ({@link #expand}); otherwise the scorer expands them again for
	 * every text.
	 */
	ForQuery forQuery(Query query) {
		return new ForQuery(query);
	}

	/**
	 * The query with each fuzzy, prefix or wildcard part replaced by the index terms it
	 * matches (at most {@value #MAX_EXPANSIONS}, the best first, as the search itself
	 * chooses them). A part that matches no indexed term marks nothing: left as it was,
	 * the highlighter would expand it again against every text it reads (building its
	 * automaton each time).
	 */
	static Query expand(Query query, IndexSearcher searcher) throws IOException {
		if (query instanceof MultiTermQuery multi) {
			return new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_EXPANSIONS).rewrite(searcher, multi);
		}
		if (query instanceof BoostQuery boost) {
			return new BoostQuery(expand(boost.getQuery(), searcher), boost.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder out = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				out.add(expand(clause.query(), searcher), clause.occur());
			}
			return out.build();
		}
		return query;
	}

	final class ForQuery {

		private final Highlighter passages;

		private final Highlighter whole;

		/**
		 * The query's terms in the field; null when some part has no plain terms (check
		 * nothing).
		 */
		private final Set<String> terms;

		/**
		 * Marks whole texts analysing each once (the highlighter needs the cheap pass
		 * first and its own analysis after); null for a query it cannot mark.
		 */
		private final WholeTextMarks wholeMarks;

		/**
		 * A query of plain words is scored by its terms alone; only one with phrases
		 * needs the span scorer, which indexes every text it reads in memory to find
		 * where the phrase's words stand together (that was most of a search's time).
		 */
		private ForQuery(Query query) {
			this.terms = termsOf(query, field);
			if (terms != null && !hasPhrase(query)) {
				Scorer scorer = new QueryTermScorer(query, field);
				this.passages = highlighter(scorer);
				this.passages.setTextFragmenter(new SimpleFragmenter(PASSAGE_CHARS));
				this.whole = highlighter(scorer);
			}
			else {
				QueryScorer scorer = new QueryScorer(query, field);
				this.passages = highlighter(scorer);
				this.passages.setTextFragmenter(new SimpleSpanFragmenter(scorer, PASSAGE_CHARS));
				this.whole = highlighter(scorer);
			}
			this.whole.setTextFragmenter(new NullFragmenter());
			this.wholeMarks = WholeTextMarks.forQuery(query, analyzer, field).orElse(null);
		}

		/**
		 * The terms it marks in its field (the keys of the words, for the name
		 * highlighter); null when the query marks words otherwise too.
		 */
		Set<String> terms() {
			return terms;
		}

		List<Fragment> passages(String text, int max) {
			if (text == null || text.isBlank() || !mayMatch(text)) {
				return List.of();
			}
			return marked(text, max);
		}

		/**
		 * As {@link #passages(String, int)} for a text the index's word positions say
		 * holds a query word: the cheap pass would only read it once more (it was a third
		 * of a search's time).
		 */
		List<Fragment> passagesOfMatchingText(String text, int max) {
			return text == null || text.isBlank() ? List.of() : marked(text, max);
		}

		/**
		 * The opening of a section's text when its heading holds a query word, as good as
		 * the heading's match; else nothing. A heading is searched with its section but
		 * shown apart, as the passages' label: for a report whose words are only in a
		 * heading, this is the passage to show (looking on for one read and analysed all
		 * of the report's sections twice more).
		 */
		List<Fragment> openingUnderMatchingHeading(String heading, String text) {
			if (heading == null || heading.isBlank() || text == null || text.isBlank()) {
				return List.of();
			}
			List<Fragment> inHeading = marked(heading, 1);
			return inHeading.isEmpty() ? List.of() : List.of(new Fragment(opening(text), inHeading.get(0).score()));
		}

		private List<Fragment> marked(String text, int max) {
			try (TokenStream tokens = analyzer.tokenStream(field, text)) {
				List<Fragment> out = new ArrayList<>();
				for (TextFragment fragment : passages.getBestTextFragments(tokens, text, false, max)) {
					if (fragment != null && fragment.getScore() > 0) {
						out.add(new Fragment(fragment.toString().strip(), fragment.getScore()));
					}
				}
				out.sort(Comparator.comparing(Fragment::score).reversed());
				return out;
			}
			catch (IOException | InvalidTokenOffsetsException ex) {
				return List.of();
			}
		}

		String whole(String text) {
			if (text == null) {
				return null;
			}
			String escaped = escape(text);
			if (wholeMarks != null && text.length() <= MAX_CHARS_ANALYSED) {
				// Its one analysis of the text also tells a text without a query word:
				// the cheap pass first would analyse it twice.
				try {
					return wholeMarks.mark(text);
				}
				catch (IOException ex) {
					return escaped;
				}
			}
			if (!mayMatch(text)) {
				return escaped;
			}
			try (TokenStream tokens = analyzer.tokenStream(field, text)) {
				String marked = whole.getBestFragment(tokens, text);
				return marked == null ? escaped : marked;
			}
			catch (IOException | InvalidTokenOffsetsException ex) {
				return escaped;
			}
		}

		/**
		 * Whether a word of the text, as the index reads it, is a query term: a cheap
		 * pass.
		 */
		private boolean mayMatch(String text) {
			if (terms == null) {
				return true;
			}
			try (TokenStream tokens = analyzer.tokenStream(field, text)) {
				CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
				tokens.reset();
				boolean found = false;
				while (!found && tokens.incrementToken()) {
					found = terms.contains(term.toString());
				}
				while (tokens.incrementToken()) {
					// drain: a token stream must be consumed before it is closed and
					// reused
				}
				tokens.end();
				return found;
			}
			catch (IOException ex) {
				return true;
			}
		}

	}

	/**
	 * The terms of a query on one field, but not those it excludes (never marked); null
	 * when some part of it matches otherwise than by its terms (fuzzy, prefix, a leaf
	 * without terms).
	 */
	static Set<String> termsOf(Query query, String field) {
		Set<String> out = new HashSet<>();
		MarkedWords visitor = new MarkedWords(field) {

			@Override
			public void consumeTerms(Query q, Term... terms) {
				for (Term t : terms) {
					if (t.field().equals(field)) {
						out.add(t.text());
					}
				}
			}

		};
		query.visit(visitor);
		return visitor.opaque ? null : out;
	}

	/**
	 * Visits the words of a query that a highlighter marks on one field: not those it
	 * excludes; {@link #opaque} once some part matches otherwise than by its terms
	 * (fuzzy, prefix, a leaf without terms).
	 */
	abstract static class MarkedWords extends QueryVisitor {

		final String field;

		boolean opaque;

		MarkedWords(String field) {
			this.field = field;
		}

		@Override
		public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
			if (f.equals(field)) {
				opaque = true;
			}
		}

		@Override
		public void visitLeaf(Query q) {
			// "*:*" stands in a query beside a prohibited word ("a NOT b") and marks
			// nothing, like a query that matches nothing.
			if (!(q instanceof MatchNoDocsQuery) && !(q instanceof MatchAllDocsQuery)) {
				opaque = true;
			}
		}

		@Override
		public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
			// Prohibited words are never marked, so they cannot make a text worth
			// highlighting.
			return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
		}

	}

	/** Whether some part of the query matches by the positions of its words. */
	static boolean hasPhrase(Query query) {
		boolean[] phrase = { false };
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query q, Term... terms) {
				if (q instanceof PhraseQuery || q instanceof MultiPhraseQuery) {
					phrase[0] = true;
				}
			}

			@Override
			public void visitLeaf(Query q) {
				if (q instanceof PhraseQuery || q instanceof MultiPhraseQuery) {
					phrase[0] = true;
				}
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				if (parent instanceof PhraseQuery || parent instanceof MultiPhraseQuery) {
					phrase[0] = true;
				}
				return this;
			}

		});
		return phrase[0];
	}

	/**
	 * The opening of a text, escaped, cut at a word boundary: a passage when nothing
	 * matched.
	 */
	static String opening(String text) {
		if (text == null) {
			return "";
		}
		String flat = text.strip();
		if (flat.length() <= PASSAGE_CHARS) {
			return escape(flat);
		}
		int cut = flat.lastIndexOf(' ', PASSAGE_CHARS);
		return escape(flat.substring(0, cut > 0 ? cut : PASSAGE_CHARS)) + " …";
	}

	static String escape(String text) {
		return new SimpleHTMLEncoder().encodeText(text);
	}

	private static Highlighter highlighter(Scorer scorer) {
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
				scorer);
		highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_ANALYSED);
		return highlighter;
	}

}
