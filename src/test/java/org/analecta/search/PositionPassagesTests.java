package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Passages cut at the index's word positions mark the same words as the analysing
 * highlighter, on texts indexed by Lucene as Hibernate Search indexes a report's text
 * (one value per part), and decline when the text is not what was indexed.
 */
class PositionPassagesTests {

	private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

	private static final List<String> WORDS = List.of("Iran", "Iran's", "Iranians", "U.S.", "US", "us", "Shi’ite",
			"Shi'ites", "al-Maliki", "Erdoğan", "collaborating", "collaborate", "Hamas", "militias", "militia", "2014",
			"3.5", "said", "the", "of", "axis", "evil", "IRGC", "I.R.G.C.", "Rohani", "ʿAli", "e-mail",
			"https://example.org/a", "foo@example.org", "…", "—", "'", "\"quoted\"", "«Tasnim»", "don't", "x86_64");

	private final TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
			ArchiveAnalyzers.english());

	private final Highlights analysing = new Highlights(queries.indexAnalyzer(), Reports.TEXT);

	@Test
	void marksWhatTheAnalysingHighlighterMarksOnRandomTexts() throws IOException {
		long seed = System.nanoTime();
		System.out.println("PositionPassagesTests seed " + seed);
		Random random = new Random(seed);
		for (int round = 0; round < 40; round++) {
			List<String> parts = new ArrayList<>();
			int count = 1 + random.nextInt(8);
			for (int i = 0; i < count; i++) {
				parts.add(random.nextInt(10) == 0 ? "" : text(random));
			}
			String word = WORDS.get(random.nextInt(WORDS.size()));
			Query query = queries.parse(QuerySyntax.clean(word.replace("\"", "")).query(), Map.of(Reports.TEXT, 1f));
			checkEveryPart(parts, query, "seed " + seed + " round " + round + " query " + query);
		}
	}

	@Test
	void aPhraseIsMarkedOnlyWhereItsWordsStandTogether() throws IOException {
		String text = "The axis was named. Evil was done. Then the axis of evil returned, an axis of evil indeed.";
		Query query = queries.parse("\"axis of evil\"", Map.of(Reports.TEXT, 1f));
		List<String> marked = passages(List.of(text), query).get(0);
		assertThat(marked).containsExactly("axis", "of", "evil", "axis", "of", "evil");
	}

	@Test
	void aTextThatIsNotWhatWasIndexedIsLeftToTheAnalysingHighlighter() throws IOException {
		String indexed = "Militias fought near Mosul while the army waited.";
		Query query = queries.parse("army", Map.of(Reports.TEXT, 1f));
		Map<Integer, TextParts.Match> parts = matching(List.of(indexed), query);
		PositionPassages byPosition = PositionPassages.forQuery(query, queries.indexAnalyzer()).orElseThrow();
		String edited = "Militias fought near Mosul while the navy and the army waited.";
		assertThat(byPosition.passages(edited, 0, 0, parts.get(0).positions(), 3)).isEmpty();
		assertThat(byPosition.passages(indexed, 0, 0, parts.get(0).positions(), 3)).isPresent();
	}

	@Test
	void aWordOnlyInTheHeadingIsReportedAsSuch() throws IOException {
		String heading = "Army reforms";
		String text = "Nothing here names the force.";
		Query query = queries.parse("army", Map.of(Reports.TEXT, 1f));
		String indexed = heading + "\n\n" + text;
		Map<Integer, TextParts.Match> parts = matching(List.of(indexed), query);
		PositionPassages.Found found = PositionPassages.forQuery(query, queries.indexAnalyzer())
			.orElseThrow()
			.passages(indexed, heading.length() + 2, 0, parts.get(0).positions(), 3)
			.orElseThrow();
		assertThat(found.inHeading()).isTrue();
		assertThat(found.passages()).isEmpty();
	}

	@Test
	void queriesThatMatchOtherwiseThanByTermsAreLeftToTheAnalysingHighlighter() {
		assertThat(PositionPassages.forQuery(queries.parse("Mali*", Map.of(Reports.TEXT, 1f)), queries.indexAnalyzer()))
			.isEmpty();
		assertThat(PositionPassages.forQuery(queries.parse("\"axis evil\"~2", Map.of(Reports.TEXT, 1f)),
				queries.indexAnalyzer()))
			.isEmpty();
	}

	private void checkEveryPart(List<String> parts, Query query, String context) throws IOException {
		List<List<String>> byPosition = passages(parts, query);
		for (int i = 0; i < parts.size(); i++) {
			List<String> expected = new ArrayList<>();
			Matcher m = MARK.matcher(analysing.whole(query, parts.get(i)));
			while (m.find()) {
				expected.add(m.group(1));
			}
			// Passages come best first, not in reading order.
			assertThat(byPosition.get(i)).as(context + " part " + i + ": " + parts.get(i))
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	/** The marked words of each part, in order, from passages cut at the positions. */
	private List<List<String>> passages(List<String> parts, Query query) throws IOException {
		Map<Integer, TextParts.Match> matches = matching(parts, query);
		long[] starts = PartWords.starts(Arrays.stream(PartWords.of(parts)).boxed().toList());
		PositionPassages byPosition = PositionPassages.forQuery(query, queries.indexAnalyzer()).orElseThrow();
		List<List<String>> out = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			TextParts.Match match = matches.get(i);
			if (match == null) {
				out.add(List.of());
				continue;
			}
			Optional<PositionPassages.Found> found = byPosition.passages(parts.get(i), 0, starts[i], match.positions(),
					10_000);
			assertThat(found).as("part %d placed: %s", i, parts.get(i)).isPresent();
			List<String> marked = new ArrayList<>();
			for (Highlights.Fragment passage : found.get().passages()) {
				marked.addAll(marks(passage.html()));
			}
			out.add(marked);
		}
		return out;
	}

	private static List<String> marks(String html) {
		List<String> out = new ArrayList<>();
		Matcher m = MARK.matcher(html);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	/** The parts' matches, from a real index holding the parts as one report's text. */
	private Map<Integer, TextParts.Match> matching(List<String> parts, Query query) throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(queries.indexAnalyzer()))) {
			Document document = new Document();
			document.add(new StringField("__HSEARCH_id", "7", Field.Store.NO));
			for (String part : parts) {
				document.add(new TextField(Reports.TEXT, part, Field.Store.NO));
			}
			writer.addDocument(document);
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				return TextParts.matching(reader, List.of(7L), query).orElseThrow().getOrDefault(7L, Map.of());
			}
		}
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		int words = random.nextInt(120);
		for (int i = 0; i < words; i++) {
			if (random.nextInt(300) == 0) {
				text.append("x".repeat(256 + random.nextInt(40))).append(' ');
				continue;
			}
			text.append(WORDS.get(random.nextInt(WORDS.size())));
			int gap = random.nextInt(20);
			text.append(gap == 0 ? ", " : gap == 1 ? ". " : gap == 2 ? "\n\n" : gap == 3 ? "-" : " ");
		}
		return text.toString();
	}

}
