package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyzers exactly as the index uses them, without Spring: a small in-memory index
 * of sentences in the spellings reports use, queried through the search-time analyzer.
 */
class ArchiveAnalyzersTests {

	private static final List<String> SENTENCES = List.of(/* 0 */ "Iraq's Shi'ites obtained a clear majority.",
			/* 1 */ "The Shiite militias entered the city.", /* 2 */ "Volunteers will defend Shi’ite holy sites.",
			/* 3 */ "Prime Minister Nouri Al-Maliki stepped down.",
			/* 4 */ "The extremist Islamic State in Iraq and Syria (ISIS) advanced.",
			/* 5 */ "Daesh fighters were seen near Mosul.", /* 6 */ "ISIL claimed the attack.",
			/* 7 */ "A source close to the Islamic Revolutionary Guards Corps said so.",
			/* 8 */ "The IRGC daily Javan wrote an editorial.",
			/* 9 */ "President Bush called Iran part of the axis of evil.",
			/* 10 */ "The U.S. and Iran share an interest.", /* 11 */ "Let us see what happens.",
			/* 12 */ "Hamas fired rockets from Gaza.", /* 13 */ "Protests spread to Hama and Homs.",
			/* 14 */ "Fars news agency reported the speech.", /* 15 */ "They were far from the border.",
			/* 16 */ "Iranian strategic commanders collaborated with their American counterparts.",
			/* 17 */ "President Erdoğan met the Houthis' delegation.", /* 18 */ "Ansar Allah spokesmen denied it.",
			/* 19 */ "Hizbullah leader Hassan Nasrallah gave a speech.",
			/* 20 */ "The United States imposed sanctions.");

	private static final Analyzer INDEX = ArchiveAnalyzers.english();

	private static final Analyzer QUERY = ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map());

	@Test
	void apostrophesInAllTheirFormsAreOneWord() throws IOException {
		for (String spelling : List.of("Shi'ite", "Shiite", "Shi’ite", "Shiʿite", "Shi`ite", "Shiʼite", "SHI'ITE")) {
			assertThat(tokens(INDEX, spelling)).as(spelling).containsExactly("shiite");
		}
		assertThat(hits("Shiite")).containsExactlyInAnyOrder(0, 1, 2);
		assertThat(hits("Shi'ites")).containsExactlyInAnyOrder(0, 1, 2);
	}

	@Test
	void hyphenatedArticleIsSplitSoTheBareNameMatches() throws IOException {
		assertThat(tokens(INDEX, "Al-Maliki")).containsExactly("al", "maliki");
		assertThat(hits("Maliki")).containsExactly(3);
		assertThat(hits("al-Maliki")).containsExactly(3);
		assertThat(phraseHits("Nouri al-Maliki")).containsExactly(3);
		assertThat(phraseHits("Nouri Maliki")).as("a phrase keeps the article's position").isEmpty();
	}

	@Test
	void possessivesAndInflectionsAreConflated() throws IOException {
		assertThat(tokens(INDEX, "Iran's")).containsExactly("iran");
		assertThat(hits("collaborating")).containsExactly(16);
		assertThat(hits("commander")).containsExactly(16);
	}

	@Test
	void namesEndingInSAreNotStemmedIntoOtherWords() throws IOException {
		assertThat(hits("Hamas")).containsExactly(12);
		assertThat(hits("Hama")).containsExactly(13);
		assertThat(hits("Fars")).containsExactly(14);
		assertThat(hits("far")).containsExactly(15);
		assertThat(tokens(INDEX, "ISIS Abbas Homs")).containsExactly("isis", "abbas", "homs");
	}

	@Test
	void diacriticsAreFolded() throws IOException {
		assertThat(hits("Erdogan")).containsExactly(17);
		assertThat(hits("ERDOĞAN")).containsExactly(17);
	}

	@Test
	void usAcronymIsNotThePronoun() throws IOException {
		assertThat(tokens(INDEX, "U.S. US USA U.S.A. us")).containsExactly("usa", "usa", "usa", "usa", "us");
		// "America" is in the group, and KStem makes "American" "america"
		assertThat(hits("US")).containsExactlyInAnyOrder(10, 16, 20);
		assertThat(hits("United States")).containsExactlyInAnyOrder(10, 16, 20);
		assertThat(hits("us")).containsExactly(11);
	}

	@Test
	void domainSynonymsApplyAtQueryTime() throws IOException {
		assertThat(hits("Daesh")).containsExactlyInAnyOrder(4, 5, 6);
		assertThat(hits("ISIS")).containsExactlyInAnyOrder(4, 5, 6);
		assertThat(phraseHits("Islamic State")).containsExactlyInAnyOrder(4, 5, 6);
		assertThat(hits("IRGC")).containsExactlyInAnyOrder(7, 8);
		assertThat(hits("Revolutionary Guards")).containsExactlyInAnyOrder(7, 8);
		assertThat(hits("Houthis")).containsExactlyInAnyOrder(17, 18);
		assertThat(hits("Hezbollah")).containsExactly(19);
		// the index itself holds only the words as written
		assertThat(tokens(INDEX, "Daesh")).containsExactly("daesh");
	}

	@Test
	void phrasesMatchOnlyInOrder() throws IOException {
		assertThat(phraseHits("axis of evil")).containsExactly(9);
		assertThat(phraseHits("evil of axis")).isEmpty();
	}

	@Test
	void adminSynonymsAreAddedToTheShippedOnes(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("synonyms.txt");
		Files.writeString(file, "# local rule\nJavan, Tehran daily\n");
		DomainSynonyms synonyms = DomainSynonyms.load(file);
		assertThat(synonyms.problem()).isNull();
		assertThat(synonyms.adminRules()).isEqualTo(1);
		Analyzer query = ArchiveAnalyzers.englishQuery(synonyms.map());
		assertThat(hits(query, "Tehran daily", false)).containsExactly(8);
		assertThat(hits(query, "Daesh", false)).as("shipped rules still apply").containsExactlyInAnyOrder(4, 5, 6);
	}

	@Test
	void aBrokenAdminFileKeepsTheShippedSynonymsAndSaysWhy(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("synonyms.txt");
		Files.writeString(file, "good, fine\n => nothing on the left\n");
		DomainSynonyms synonyms = DomainSynonyms.load(file);
		assertThat(synonyms.problem()).contains(file.toString()).contains("line");
		assertThat(hits(ArchiveAnalyzers.englishQuery(synonyms.map()), "Daesh", false)).containsExactlyInAnyOrder(4, 5,
				6);
	}

	@Test
	void foldedNormalizerKeepsOneToken() throws IOException {
		assertThat(tokens(ArchiveAnalyzers.folded(), "Asr-e Iran’s Erdoğan")).containsExactly("asr-e irans erdogan");
	}

	private static List<Integer> hits(String query) throws IOException {
		return hits(QUERY, query, false);
	}

	private static List<Integer> phraseHits(String query) throws IOException {
		return hits(QUERY, query, true);
	}

	private static List<Integer> hits(Analyzer queryAnalyzer, String text, boolean phrase) throws IOException {
		try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(dir,
					new IndexWriterConfig(new PerFieldAnalyzerWrapper(INDEX, Map.of())))) {
				for (int i = 0; i < SENTENCES.size(); i++) {
					Document doc = new Document();
					doc.add(new StoredField("n", i));
					doc.add(new TextField("text", SENTENCES.get(i), Field.Store.NO));
					writer.addDocument(doc);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(dir)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				QueryBuilder builder = new QueryBuilder(queryAnalyzer);
				builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
				Query query = phrase ? builder.createPhraseQuery("text", text)
						: builder.createBooleanQuery("text", text, BooleanClause.Occur.MUST);
				List<Integer> found = new ArrayList<>();
				if (query == null) {
					return found;
				}
				for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
					found.add(searcher.storedFields().document(hit.doc).getField("n").numericValue().intValue());
				}
				return found;
			}
		}
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
