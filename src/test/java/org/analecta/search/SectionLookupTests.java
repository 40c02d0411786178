package org.analecta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** Which parts of a query make a section worth highlighting. */
class SectionLookupTests {

	private final TextQueries queries = new TextQueries(ArchiveAnalyzers.englishQuery(DomainSynonyms.load(null).map()),
			ArchiveAnalyzers.english());

	@Test
	void anyWordOrPhraseButNotAnExcludedWord() {
		Query query = queries.parse("Hamas \"axis of evil\" -Brotherhood", Map.of(SectionLookup.FIELD, 1f));
		String any = SectionLookup.anyPart(query).toString();
		assertThat(any).contains("sections.text:hamas")
			.contains("sections.text:\"axis of evil\"")
			.doesNotContain("brotherhood")
			// each part is optional: a section with only one of the words still has a
			// passage
			.doesNotContain("+");
	}

	@Test
	void aQueryOfExcludedWordsOnlyMarksNothing() {
		Query query = queries.parse("-Brotherhood", Map.of(SectionLookup.FIELD, 1f));
		assertThat(SectionLookup.anyPart(query).toString()).doesNotContain("brotherhood");
	}

}
