package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A word marked fuzzy ("Nasrulah~") finds the spellings a few edits away that start with
 * the same letter as typed.
 */
class FuzzyWordsTests {

	private final TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
			ArchiveAnalyzers.english());

	@Test
	void aFuzzyWordFindsSpellingsThatKeepItsFirstLetter() throws IOException {
		searchOver(List.of("Hassan Nasrallah spoke in Beirut."), searcher -> {
			assertThat(hits(searcher, "Nasrulah~")).isEqualTo(1);
			assertThat(hits(searcher, "Nasralah~1")).isEqualTo(1);
			assertThat(hits(searcher, "Masrallah~")).isZero();
		});
	}

	@Test
	void aFuzzyWordWithoutANumberMayDifferByOneEditUnderEightLettersAndByTwoFromThere() throws IOException {
		searchOver(List.of("Mahmoud Abbas spoke.", "The atlas held.", "Hassan Nasrallah spoke."), searcher -> {
			// abas → abbas is one edit, abas → atlas two.
			assertThat(hits(searcher, "Abas~")).isEqualTo(1);
			assertThat(hits(searcher, "Abas~2")).isEqualTo(2);
			// Eight letters: nasrulah → nasrallah is two edits.
			assertThat(hits(searcher, "Nasrulah~")).isEqualTo(1);
			assertThat(hits(searcher, "Nasrulah~1")).isZero();
		});
	}

	@Test
	void editsAreGivenToBareFuzzyWordsOnlyOutsideQuotes() {
		assertThat(TextQueries.editsByLength("Abas~ Nasrulah~ Rohani~2 \"axis evil\"~ al-Maliki~"))
			.isEqualTo("Abas~1 Nasrulah~2 Rohani~2 \"axis evil\"~ al-Maliki~2");
		assertThat(TextQueries.editsByLength("-Abas~ (Erdoğan~ OR Rouhani~)"))
			.isEqualTo("-Abas~1 (Erdoğan~1 OR Rouhani~1)");
		assertThat(TextQueries.editsByLength("\"Abas~\" Iran")).isEqualTo("\"Abas~\" Iran");
	}

	@Test
	void aQueryWithoutFuzzyWordsIsParsedOnceForItsFieldsAndAFuzzyOneForEachIndex() throws IOException {
		String typed = "Nasrallah \"axis of evil\"";
		Query first = queries.parse(typed, Map.of(Reports.TEXT, 1f));

		assertThat(queries.parse(typed, Map.of(Reports.TEXT, 1f))).isSameAs(first);
		assertThat(first).isEqualTo(new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
				ArchiveAnalyzers.english())
			.parse(typed, Map.of(Reports.TEXT, 1f)));
		assertThat(queries.parse(typed, Map.of(Reports.TEXT, 2f))).isNotEqualTo(first);
		// The same fuzzy word over two archives finds each one's own spelling.
		searchOver(List.of("Hassan Nasrallah spoke."),
				searcher -> assertThat(hits(searcher, "Nasrulah~")).isEqualTo(1));
		searchOver(List.of("Hassan Nasrullah spoke."),
				searcher -> assertThat(hits(searcher, "Nasrulah~")).isEqualTo(1));
	}

	/** Runs {@code check} on an index of {@code texts}, one document each, in memory. */
	private void searchOver(List<String> texts, SearcherCheck check) throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(queries.indexAnalyzer()))) {
			for (String text : texts) {
				Document document = new Document();
				document.add(new TextField(Reports.TEXT, text, Field.Store.NO));
				writer.addDocument(document);
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				check.accept(new IndexSearcher(reader));
			}
		}
	}

	private interface SearcherCheck {

		void accept(IndexSearcher searcher) throws IOException;

	}

	private int hits(IndexSearcher searcher, String query) throws IOException {
		return searcher.count(queries.parse(query, Map.of(Reports.TEXT, 1f)));
	}

}
