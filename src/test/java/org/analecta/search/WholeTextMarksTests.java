package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.analecta.RandomCases;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.Scorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link WholeTextMarks} must mark a title or a quote exactly as Lucene's span
 * highlighter did, with the archive's own analysis (stemming, folding, acronyms,
 * apostrophes) and query synonyms, which turn one phrase into several.
 */
class WholeTextMarksTests {

	private static final TextQueries QUERIES = new TextQueries(
			ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()), ArchiveAnalyzers.english());

	private static final Analyzer INDEX = QUERIES.indexAnalyzer();

	private static final Map<String, Float> FIELDS = Map.of("text", 1f, "title", 2f);

	private static final List<String> PHRASES = List.of("Islamic State", "Revolutionary Guards Corps", "Quds Force",
			"death to America", "axis of evil", "nuclear negotiations", "Zionist regime", "Great Satan",
			"Supreme National Security Council", "United States", "nuclear deal", "state of Iraq");

	/** Words of the phrases and their synonyms, in other forms, and words around them. */
	private static final List<String> WORDS = List.of("Islamic", "islam", "State", "states", "ISIS", "Daesh", "IRGC",
			"Revolutionary", "Guards", "guard", "Corps", "Quds", "Qods", "Force", "forces", "death", "to", "America",
			"America's", "U.S.", "USA", "United", "axis", "of", "evil", "nuclear", "negotiations", "negotiation",
			"deal", "deals", "Zionist", "regime", "Great", "Satan", "Supreme", "National", "Security", "Council",
			"Iraq", "Syria", "Shi'ite", "Shi\u2019ite", "Iran's", "the", "and", "in", "said", "Khamenei", "&", "<b>",
			"\"", "\u2014", "Sepah", "Pasdaran", "al-Sham", "Levant");

	private static final List<String> GLUE = List.of(" ", " ", " ", ", ", ". ", " (", ") ", ": ", "\n", "-");

	record Case(String text, String query) {
	}

	@TestFactory
	DynamicContainer marksAsLucenesSpanHighlighterDoes() {
		return RandomCases.property("marks equal the span highlighter's", 500, WholeTextMarksTests::draw, c -> {
			Query query = QUERIES.parse(c.query(), FIELDS);
			String expected = reference(query, c.text());
			WholeTextMarks marks = WholeTextMarks.forQuery(query, INDEX, "text").orElseThrow();
			try {
				assertThat(marks.mark(c.text())).isEqualTo(expected);
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
			assertThat(new Highlights(INDEX, "text").forQuery(query).whole(c.text())).isEqualTo(expected);
		});
	}

	/**
	 * A query of words alone was marked by the term highlighter (after a cheap pass to
	 * tell a text without any of them), or by the span highlighter when a synonym made a
	 * phrase of a word; the marks stay those highlighters'.
	 */
	@TestFactory
	DynamicContainer wordsAreMarkedAsTheTermHighlighterDid() {
		return RandomCases.property("marks of words equal the term highlighter's", 400, random -> {
			Case drawn = draw(random);
			StringBuilder query = new StringBuilder(word(random));
			for (int i = random.nextInt(3); i > 0; i--) {
				query.append(switch (random.nextInt(4)) {
					case 0 -> " OR ";
					case 1 -> " NOT ";
					default -> " ";
				}).append(word(random));
			}
			return new Case(drawn.text(), query.toString());
		}, c -> {
			Query query = QUERIES.parse(c.query(), FIELDS);
			// A word with a multi-word synonym is a phrase query, which the span scorer
			// marked.
			String expected = reference(query, c.text(), INDEX,
					Highlights.hasPhrase(query) ? new QueryScorer(query, "text") : new QueryTermScorer(query, "text"));
			try {
				assertThat(WholeTextMarks.forQuery(query, INDEX, "text").orElseThrow().mark(c.text()))
					.isEqualTo(expected);
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
			assertThat(new Highlights(INDEX, "text").forQuery(query).whole(c.text())).isEqualTo(expected);
		});
	}

	/** A word of {@link #WORDS} as typed into the search box (letters only). */
	private static String word(Random random) {
		String word = "";
		while (word.isEmpty()) {
			word = WORDS.get(random.nextInt(WORDS.size())).replaceAll("[^\\p{L}]", "");
		}
		return word;
	}

	record CompoundCase(String text, Query query) {
	}

	/**
	 * The archive's analysis gives no token that overlaps another, but an analyzer that
	 * keeps a compound beside its parts, each at its own offsets, does: marks then follow
	 * the highlighter's groups.
	 */
	@TestFactory
	DynamicContainer tokensThatOverlapAreMarkedAsTheHighlighterGroupsThem() {
		Analyzer compounds = new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				WhitespaceTokenizer words = new WhitespaceTokenizer();
				int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
						| WordDelimiterGraphFilter.CATENATE_ALL;
				return new TokenStreamComponents(words, new LowerCaseFilter(new WordDelimiterGraphFilter(words, true,
						WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, null)));
			}

		};
		List<String> parts = List.of("irgc", "qf", "quds", "force", "al", "sham");
		return RandomCases.property("marks of overlapping tokens equal the span highlighter's", 300, random -> {
			StringBuilder text = new StringBuilder();
			for (int i = 1 + random.nextInt(8); i > 0; i--) {
				text.append(parts.get(random.nextInt(parts.size())).toUpperCase());
				if (random.nextBoolean()) {
					text.append('-').append(parts.get(random.nextInt(parts.size())));
				}
				text.append(' ');
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			// A third of the queries are words alone.
			boolean phrase = random.nextInt(3) > 0;
			if (phrase) {
				query.add(new PhraseQuery("text", parts.get(random.nextInt(parts.size())),
						parts.get(random.nextInt(parts.size()))), Occur.SHOULD);
			}
			if (!phrase || random.nextBoolean()) {
				query.add(new TermQuery(new Term("text", parts.get(random.nextInt(parts.size())))), Occur.SHOULD);
			}
			return new CompoundCase(text.toString(), query.build());
		}, c -> {
			try {
				assertThat(WholeTextMarks.forQuery(c.query(), compounds, "text").orElseThrow().mark(c.text()))
					.isEqualTo(reference(c.query(), c.text(), compounds));
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
		});
	}

	@Test
	void aPhraseIsMarkedWhereWholeInAnyOfItsSynonymsAndNowhereElse() throws IOException {
		Query query = QUERIES.parse("\"Islamic State\"", FIELDS);
		WholeTextMarks marks = WholeTextMarks.forQuery(query, INDEX, "text").orElseThrow();
		assertThat(marks.mark("The Islamic state's rivals & ISIS: a state, Islamic")).isEqualTo(
				"The <mark>Islamic</mark> <mark>state&#x27;s</mark> rivals &amp; <mark>ISIS</mark>: a state, Islamic");
		assertThat(marks.mark("A state, Islamic")).isEqualTo("A state, Islamic");
	}

	@Test
	void queriesItCannotMarkAreLeftToTheHighlighter() {
		assertThat(WholeTextMarks.forQuery(QUERIES.parse("Rouhani~", FIELDS), INDEX, "text")).isEmpty();
		assertThat(WholeTextMarks.forQuery(QUERIES.parse("Rouh*", FIELDS), INDEX, "text")).isEmpty();
	}

	private static Case draw(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = 2 + random.nextInt(25);
		for (int i = 0; i < pieces; i++) {
			String piece = random.nextInt(4) == 0 ? PHRASES.get(random.nextInt(PHRASES.size()))
					: WORDS.get(random.nextInt(WORDS.size()));
			piece = switch (random.nextInt(6)) {
				case 0 -> piece.toLowerCase();
				case 1 -> piece.toUpperCase();
				default -> piece;
			};
			text.append(piece).append(GLUE.get(random.nextInt(GLUE.size())));
		}
		String query = phrase(random);
		switch (random.nextInt(6)) {
			case 0 -> query += " " + WORDS.get(random.nextInt(WORDS.size())).replaceAll("[^\\p{L}]", "");
			case 1 -> query += " OR " + phrase(random);
			case 2 -> query += " NOT " + WORDS.get(random.nextInt(10));
			default -> {
			}
		}
		return new Case(text.toString().strip(), query);
	}

	private static String phrase(Random random) {
		if (random.nextBoolean()) {
			return "\"" + PHRASES.get(random.nextInt(PHRASES.size())) + "\"";
		}
		String a = WORDS.get(random.nextInt(26)).replaceAll("[^\\p{L}]", "");
		String b = WORDS.get(random.nextInt(26)).replaceAll("[^\\p{L}]", "");
		return "\"" + a + " " + b + "\"";
	}

	/**
	 * The whole text marked by Lucene's highlighter, as {@link Highlights} did before.
	 */
	private static String reference(Query query, String text) {
		return reference(query, text, INDEX);
	}

	private static String reference(Query query, String text, Analyzer analyzer) {
		return reference(query, text, analyzer, new QueryScorer(query, "text"));
	}

	private static String reference(Query query, String text, Analyzer analyzer, Scorer scorer) {
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
				scorer);
		highlighter.setTextFragmenter(new NullFragmenter());
		highlighter.setMaxDocCharsToAnalyze(500_000);
		try {
			String marked = highlighter.getBestFragment(analyzer.tokenStream("text", text), text);
			return marked == null ? Highlights.escape(text) : marked;
		}
		catch (IOException | InvalidTokenOffsetsException ex) {
			throw new AssertionError(ex);
		}
	}

}
