package org.analecta.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What a search reads from the index beyond its hits — the sections of a hit and their
 * best passages, the index terms a fuzzy or prefix word stands for, the terms a
 * misspelled word is close to — in the form the configured backend allows:
 * {@link LuceneIndexReading} reads the embedded index directly,
 * {@link OpenSearchIndexReading} asks the cluster.
 */
interface IndexReading {

	/** A view for one search, on the index of {@code indexed}. */
	View open(SearchSession session, Class<?> indexed);

	interface View extends Closeable {

		/**
		 * The query with fuzzy, prefix and wildcard words replaced by the index terms
		 * they match, for highlighting; the query itself where that cannot be done.
		 */
		Query expand(Query query) throws IOException;

		/**
		 * For each report, the best passages of its best-matching sections, best first.
		 * @param anyPart {@link SectionLookup#anyPart} of the query on section text
		 * @param highlight the same query's highlighter for prose
		 */
		Map<Long, List<SectionLookup.Passages>> passages(List<Long> reportIds, Query anyPart,
				Highlights.ForQuery highlight, int max) throws IOException;

		/** A report's sections, in order, at most {@code max}. */
		List<ReportSearch.SectionText> sections(long reportId, int max) throws IOException;

		/** The terms of a field, for spelling suggestions. */
		Spelling.Terms terms(String field);

		@Override
		void close() throws IOException;

	}

}
