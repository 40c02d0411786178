package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A fuzzy word of a search finds and scores exactly what Lucene's own fuzzy query does,
 * through an automaton or by reading a small dictionary, and one search builds a word's
 * automaton once for all its fields.
 */
class FuzzyAutomataTests {

	private static final String LETTERS = "aabdehiklmnorsuyzéğş";

	@Test
	void sharedAutomataFindAndScoreAsLucenesFuzzyQuery() throws IOException {
		long seed = System.nanoTime();
		System.out.println("FuzzyAutomataTests seed " + seed);
		SplittableRandom random = new SplittableRandom(seed);
		List<String> words = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			words.add(word(random));
		}
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (int d = 0; d < 300; d++) {
				StringBuilder text = new StringBuilder();
				for (int w = 0, n = 1 + random.nextInt(12); w < n; w++) {
					text.append(words.get(random.nextInt(words.size()))).append(' ');
				}
				Document document = new Document();
				document.add(new TextField("f", text.toString(), Field.Store.NO));
				writer.addDocument(document);
				if (random.nextInt(60) == 0) {
					writer.commit();
				}
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				FuzzyAutomata built = new FuzzyAutomata(-1);
				FuzzyAutomata read = new FuzzyAutomata(Integer.MAX_VALUE);
				for (int q = 0; q < 1000; q++) {
					// A word of the index with a typo or two, or one made up.
					String indexed = words.get(random.nextInt(words.size()));
					String text = switch (random.nextInt(3)) {
						case 0 -> typo(indexed, random);
						case 1 -> typo(typo(indexed, random), random);
						default -> word(random);
					};
					int edits = random.nextInt(3);
					int prefix = random.nextInt(3);
					Term term = new Term("f", text);
					String what = "seed " + seed + ", " + text + "~" + edits + " prefix " + prefix;
					for (FuzzyAutomata automata : List.of(built, read)) {
						assertSameHits(searcher, new FuzzyQuery(term, edits, prefix),
								automata.query(term, edits, prefix), what);
						assertThat(Highlights.expand(automata.query(term, edits, prefix), searcher)).as(what)
							.isEqualTo(Highlights.expand(new FuzzyQuery(term, edits, prefix), searcher));
					}
				}
				assertThat(read.builds()).as("a dictionary this small is read, not searched with an automaton")
					.isZero();
			}
		}
	}

	@Test
	void oneSearchBuildsAWordsAutomataOnceForAllItsFields() {
		TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
				ArchiveAnalyzers.english());
		FuzzyAutomata automata = new FuzzyAutomata(-1);
		Query query = queries.parse("Nasrulah~", Map.of(Reports.TEXT, 1f, Reports.TITLE, 3f), automata);
		queries.parse("Nasrulah~", Map.of(Reports.TEXT, 1f), automata);
		assertThat(query.toString()).contains("text:nasrulah~2").contains("title:nasrulah~2");
		// Not built until the query runs; then once for both fields and the second parse.
		assertThat(automata.builds()).isZero();
		for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
			Query fuzzy = clause.query() instanceof BoostQuery boost ? boost.getQuery() : clause.query();
			assertThat(((FuzzyQuery) fuzzy).getAutomata()).isNotNull();
		}
		assertThat(automata.builds()).isEqualTo(1);
	}

	@Test
	void aWordsTermsAreReadOncePerSegmentThenSoughtAgainWithTheirBoosts() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (String text : List.of("nasrallah said", "nasrallh nasrulah", "nasser", "nasrallahs rallied")) {
				Document document = new Document();
				document.add(new TextField("f", text, Field.Store.NO));
				writer.addDocument(document);
				writer.commit();
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Term term = new Term("f", "nasrulla");
				for (FuzzyAutomata automata : List.of(new FuzzyAutomata(-1), new FuzzyAutomata(Integer.MAX_VALUE))) {
					Query expected = Highlights.expand(new FuzzyQuery(term, 2, 1), searcher);
					assertSameHits(searcher, new FuzzyQuery(term, 2, 1), automata.query(term, 2, 1), "first search");
					assertThat(automata.reads()).as("one read of each segment's terms").isEqualTo(4);
					assertSameHits(searcher, new FuzzyQuery(term, 2, 1), automata.query(term, 2, 1), "second search");
					assertThat(Highlights.expand(automata.query(term, 2, 1), searcher)).isEqualTo(expected);
					assertThat(automata.reads()).as("the search again and the expansion replay them").isEqualTo(4);
					assertThat(expected.toString()).contains("nasrallah").contains("nasrulah").doesNotContain("nasser");
				}
			}
		}
	}

	private static void assertSameHits(IndexSearcher searcher, Query lucene, Query shared, String what)
			throws IOException {
		TopDocs expected = searcher.search(lucene, 50);
		TopDocs actual = searcher.search(shared, 50);
		assertThat(actual.totalHits).as(what).isEqualTo(expected.totalHits);
		assertThat(actual.scoreDocs).as(what).hasSameSizeAs(expected.scoreDocs);
		for (int i = 0; i < expected.scoreDocs.length; i++) {
			ScoreDoc e = expected.scoreDocs[i];
			ScoreDoc a = actual.scoreDocs[i];
			assertThat(a.doc).as(what + ", hit " + i).isEqualTo(e.doc);
			assertThat(a.score).as(what + ", hit " + i).isEqualTo(e.score);
		}
	}

	private static String word(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		for (int i = 0, n = 2 + random.nextInt(8); i < n; i++) {
			word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
		}
		return word.toString();
	}

	/** A letter dropped, doubled, changed, or two swapped. */
	private static String typo(String word, SplittableRandom random) {
		if (word.length() < 3) {
			return word + word.charAt(0);
		}
		int at = random.nextInt(word.length() - 1);
		return switch (random.nextInt(4)) {
			case 0 -> word.substring(0, at) + word.substring(at + 1);
			case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
			case 2 -> word.substring(0, at) + LETTERS.charAt(random.nextInt(LETTERS.length())) + word.substring(at + 1);
			default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
		};
	}

}
