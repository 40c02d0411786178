package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.analecta.RandomCases;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SubsumedAlternativesTests {

	private static final String F = "text";

	@Test
	void islamicStateIsSearchedWithoutTheLongerNamesThatBeginWithIt() {
		TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
				ArchiveAnalyzers.english());
		Query query = queries.parse("\"Islamic State\"", Map.of(F, 1f));
		assertThat(alternatives(query)).containsExactlyInAnyOrder("text:isis", "text:isil", "text:daesh",
				"text:\"islam state\"");
		assertThat(alternatives(queries.parse("ISIS", Map.of(F, 1f)))).containsExactlyInAnyOrder("text:isis",
				"text:isil", "text:daesh", "text:\"islam state\"");
		// "IRGC Quds Force" holds "Quds Force"; "Qods Force" and "IRGC QF" do not.
		assertThat(alternatives(queries.parse("\"Quds Force\"", Map.of(F, 1f))))
			.containsExactlyInAnyOrder("text:\"quds force\"", "text:\"qods force\"", "text:\"irgc qf\"");
	}

	@Test
	void aSynonymWithinALongerPhraseKeepsEveryAlternative() {
		TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
				ArchiveAnalyzers.english());
		// "Islamic State of Iraq and Syria attack" does not hold "Islamic State attack".
		assertThat(queries.parse("\"ISIS attack\"", Map.of(F, 1f)).toString()).contains("levant attack")
			.contains("\"islam state attack\"");
	}

	@Test
	void aPhraseGoesOnlyWhenAShorterAlternativeMatchesWhereverItDoes() {
		Query islamicState = phrase("islamic", "state");
		Query longer = phrase("islamic", "state", "of", "iraq");
		assertThat(SubsumedAlternatives.prune(or(longer, islamicState))).isEqualTo(islamicState);
		assertThat(SubsumedAlternatives.prune(or(phrase("irgc", "quds", "force"), new TermQuery(new Term(F, "irgc")))))
			.isEqualTo(new TermQuery(new Term(F, "irgc")));
		assertThat(SubsumedAlternatives.prune(or(phrase("the", "quds", "force"),
				new SynonymQuery.Builder(F).addTerm(new Term(F, "qods")).addTerm(new Term(F, "quds")).build())))
			.isInstanceOf(SynonymQuery.class);
		// Same words, other distances: "islamic republic state" does not hold "islamic
		// state".
		Query apart = or(phrase("islamic", "republic", "state"), islamicState);
		assertThat(SubsumedAlternatives.prune(apart)).isSameAs(apart);
		// Other field.
		Query title = new PhraseQuery("title", "islamic", "state", "of", "iraq");
		Query otherField = or(title, islamicState);
		assertThat(SubsumedAlternatives.prune(otherField)).isSameAs(otherField);
		// A sloppy phrase matches more than its words in a row ("islamic, the state of"),
		// so it neither goes nor makes another go.
		Query sloppy = or(new PhraseQuery(1, F, "islamic", "state", "of"), islamicState);
		assertThat(SubsumedAlternatives.prune(sloppy)).isSameAs(sloppy);
		Query sloppyShorter = or(longer, new PhraseQuery(1, F, "islamic", "state"));
		assertThat(SubsumedAlternatives.prune(sloppyShorter)).isSameAs(sloppyShorter);
	}

	@Test
	void onlyADisjunctionIsPruned() {
		Query both = new BooleanQuery.Builder().add(phrase("islamic", "state", "of", "iraq"), Occur.MUST)
			.add(phrase("islamic", "state"), Occur.MUST)
			.build();
		assertThat(SubsumedAlternatives.prune(both)).isSameAs(both);
		Query atLeastTwo = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
			.add(phrase("islamic", "state", "of", "iraq"), Occur.SHOULD)
			.add(phrase("islamic", "state"), Occur.SHOULD)
			.add(new TermQuery(new Term(F, "isis")), Occur.SHOULD)
			.build();
		assertThat(SubsumedAlternatives.prune(atLeastTwo)).isSameAs(atLeastTwo);
		// ...but a disjunction inside a conjunction is.
		Query nested = new BooleanQuery.Builder()
			.add(or(phrase("islamic", "state", "of", "iraq"), phrase("islamic", "state")), Occur.MUST)
			.add(new TermQuery(new Term(F, "attack")), Occur.MUST)
			.build();
		assertThat(SubsumedAlternatives.prune(nested).toString()).isEqualTo("+text:\"islamic state\" +text:attack");
	}

	@Test
	void ofTwoEqualPhrasesOneStays() {
		assertThat(SubsumedAlternatives.prune(or(phrase("quds", "force"), phrase("quds", "force"))))
			.isEqualTo(phrase("quds", "force"));
	}

	/**
	 * The property the search relies on: a pruned disjunction finds exactly the documents
	 * the whole one finds, on random texts of a few words and random alternatives drawn
	 * from the same words (so that phrases often hold one another).
	 */
	@TestFactory
	DynamicContainer aPrunedDisjunctionFindsTheSameDocuments() {
		List<String> words = List.of("a", "b", "c", "d");
		return RandomCases.property("a pruned disjunction finds the same documents", 400, random -> {
			List<String> texts = new ArrayList<>();
			for (int d = 0; d < 60; d++) {
				List<String> text = new ArrayList<>();
				int length = 1 + random.nextInt(12);
				for (int w = 0; w < length; w++) {
					text.add(words.get(random.nextInt(words.size())));
				}
				texts.add(String.join(" ", text));
			}
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			int alternatives = 2 + random.nextInt(4);
			for (int i = 0; i < alternatives; i++) {
				any.add(randomAlternative(random, words), Occur.SHOULD);
			}
			return new Case(texts, any.build());
		}, c -> {
			IndexSearcher searcher = searcher(c.texts());
			Query pruned = SubsumedAlternatives.prune(c.query());
			assertThat(matches(searcher, pruned)).as(pruned.toString()).isEqualTo(matches(searcher, c.query()));
		});
	}

	record Case(List<String> texts, Query query) {
	}

	private static IndexSearcher searcher(List<String> texts) {
		try {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				for (String text : texts) {
					Document doc = new Document();
					doc.add(new TextField(F, text, Field.Store.NO));
					writer.addDocument(doc);
				}
			}
			return new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Query randomAlternative(Random random, List<String> words) {
		int kind = random.nextInt(5);
		if (kind == 0) {
			return new TermQuery(new Term(F, words.get(random.nextInt(words.size()))));
		}
		if (kind == 1) {
			return new SynonymQuery.Builder(F).addTerm(new Term(F, words.get(random.nextInt(words.size()))))
				.addTerm(new Term(F, words.get(random.nextInt(words.size()))))
				.build();
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		int position = 0;
		int length = 2 + random.nextInt(3);
		for (int i = 0; i < length; i++) {
			phrase.add(new Term(F, words.get(random.nextInt(words.size()))), position);
			// Now and then a gap, as a removed stop word leaves.
			position += random.nextInt(6) == 0 ? 2 : 1;
		}
		phrase.setSlop(random.nextInt(6) == 0 ? 1 : 0);
		return phrase.build();
	}

	private static Set<Integer> matches(IndexSearcher searcher, Query query) {
		try {
			Set<Integer> docs = new HashSet<>();
			for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
				docs.add(hit.doc);
			}
			return docs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Query phrase(String... words) {
		return new PhraseQuery(F, words);
	}

	private static Query or(Query... alternatives) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (Query q : alternatives) {
			any.add(q, Occur.SHOULD);
		}
		return any.build();
	}

	/**
	 * The alternatives of the one disjunction a synonym became, as Lucene prints them.
	 */
	private static List<String> alternatives(Query query) {
		Query q = query;
		while (q instanceof BooleanQuery bool && bool.clauses().size() == 1) {
			q = bool.clauses().getFirst().query();
		}
		return ((BooleanQuery) q).clauses().stream().map(BooleanClause::query).map(Query::toString).toList();
	}

}
