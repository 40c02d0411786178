package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passages placed by the offsets in a real index on disk, written as the application
 * writes the report text: each part a value of its own, with the prose analyzer.
 */
class OffsetPassagesTests {

	private static final List<String> REPORT_1 = List.of("Lead\n\nThe minister spoke in Tehran about trade.",
			"Army\n\nChief of Staff Hassan Firouzabadi said the Supreme Leader decides; the leader of the supreme court did not.",
			"[1] Kayhan (Iran), May 3, 2015.");

	private static final List<String> REPORT_2 = List.of("Nothing about the army chief here.", "Or here.");

	@TempDir
	Path temp;

	private final TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
			ArchiveAnalyzers.english());

	@Test
	void aWordIsFoundInItsPartAndMarkedWhereItIsWritten() throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(index(true))) {
			Map<Long, List<OffsetPassages.InPart>> found = find(reader, queries.parse("Firouzabadi", text()),
					Map.of(1L, REPORT_1, 2L, REPORT_2));

			assertThat(found.get(2L)).as("a report without the word has no passage").isEmpty();
			OffsetPassages.InPart passage = found.get(1L).get(0);
			assertThat(passage.part()).isEqualTo(1);
			String html = OffsetPassages.html(REPORT_1.get(1), passage, "Army\n\n".length());
			assertThat(html).startsWith("Chief of Staff Hassan <mark>Firouzabadi</mark> said").doesNotContain("Army");
		}
	}

	@Test
	void aPhraseIsMarkedOnlyWhereItsWordsStandTogether() throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(index(true))) {
			OffsetPassages.InPart passage = find(reader, queries.parse("\"supreme leader\"", text()),
					Map.of(1L, REPORT_1))
				.get(1L)
				.get(0);
			String html = OffsetPassages.html(REPORT_1.get(1), passage, 0);
			assertThat(html).contains("the <mark>Supreme Leader</mark> decides")
				.contains("the leader of the supreme court");
		}
	}

	@Test
	void aMisspeltNameMarksTheSpellingTheTextHas() throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(index(true))) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query fuzzy = Highlights.expand(queries.parse("Firouzabady~", text()), searcher);
			OffsetPassages.InPart passage = find(reader, fuzzy, Map.of(1L, REPORT_1)).get(1L).get(0);
			assertThat(OffsetPassages.html(REPORT_1.get(1), passage, 0)).contains("<mark>Firouzabadi</mark>");
		}
	}

	@Test
	void aReportWhoseTextChangedSinceItWasIndexedIsLeftToTheAnalysingHighlighter() throws IOException {
		List<String> edited = List.of("Lead\n\nThe minister spoke at length in Tehran about trade.", REPORT_1.get(1),
				REPORT_1.get(2));
		try (DirectoryReader reader = DirectoryReader.open(index(true))) {
			Map<Long, List<OffsetPassages.InPart>> found = find(reader, queries.parse("Firouzabadi", text()),
					Map.of(1L, edited, 2L, REPORT_2));
			assertThat(found).doesNotContainKey(1L).containsKey(2L);
		}
	}

	@Test
	void anIndexWithoutOffsetsIsNotReadForThem() throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(index(false))) {
			assertThat(OffsetPassages.available(reader)).isFalse();
		}
		try (DirectoryReader reader = DirectoryReader.open(index(true))) {
			assertThat(OffsetPassages.available(reader)).isTrue();
		}
	}

	@Test
	void aLongSentenceIsCutAroundItsFirstMatchAndEscaped() {
		String text = "Words & more words ".repeat(40) + "then <Firouzabadi> spoke " + "and went on ".repeat(60);
		int at = text.indexOf("Firouzabadi");
		OffsetPassages.InPart passage = new OffsetPassages.InPart(0, 0, text.length(), 1f, new int[] { at },
				new int[] { at + "Firouzabadi".length() });
		String html = OffsetPassages.html(text, passage, 0);
		assertThat(html).startsWith("… ")
			.endsWith(" …")
			.contains("&lt;<mark>Firouzabadi</mark>&gt; spoke")
			.doesNotContain("<Firouzabadi");
		assertThat(html.length()).isLessThan(2 * Highlights.PASSAGE_CHARS);
	}

	private static Map<String, Float> text() {
		return Map.of(Reports.TEXT, 1f);
	}

	private static Map<Long, List<OffsetPassages.InPart>> find(DirectoryReader reader, Query query,
			Map<Long, List<String>> parts) throws IOException {
		Map<Long, Integer> docs = TextParts.documents(reader, List.copyOf(parts.keySet()));
		return OffsetPassages.find(new IndexSearcher(reader), query, docs, parts, 3);
	}

	private Directory index(boolean offsets) throws IOException {
		Directory directory = FSDirectory.open(temp.resolve(offsets ? "with" : "without"));
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setStoreTermVectors(offsets);
		type.setStoreTermVectorPositions(offsets);
		type.setStoreTermVectorOffsets(offsets);
		type.freeze();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveAnalyzers.english()))) {
			writer.addDocument(document(1, REPORT_1, type));
			writer.addDocument(document(2, REPORT_2, type));
		}
		return directory;
	}

	private static Document document(long id, List<String> parts, FieldType type) {
		Document document = new Document();
		document.add(new StringField("__HSEARCH_id", Long.toString(id), Field.Store.NO));
		parts.forEach(part -> document.add(new Field(Reports.TEXT, part, type)));
		return document;
	}

}
