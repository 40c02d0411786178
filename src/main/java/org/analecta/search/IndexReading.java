package org.analecta.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What a search reads from the index beyond its hits — the index terms a fuzzy or prefix
 * word stands for, the terms a misspelled word is close to — in the form the configured
 * backend allows (the text of a hit's passages comes from the database, see
 * {@link HitTexts}): {@link LuceneIndexReading} reads the embedded index directly,
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
		 * For each report, the parts of its text (its sections, then its footnotes) where
		 * a word of the query occurs ({@link TextParts}); empty when the backend cannot
		 * tell, and every part is highlighted to find out.
		 * @param query a query on the text field, fuzzy words {@link #expand expanded}
		 */
		Optional<Map<Long, Map<Integer, TextParts.Match>>> partsMatching(List<Long> reportIds, Query query)
				throws IOException;

		/**
		 * Whether the index keeps the offsets of the text's words, so that
		 * {@link #passagesAtOffsets} can answer (worth reading the hits' whole text for).
		 */
		default boolean keepsOffsets() {
			return false;
		}

		/**
		 * For each report, its best passages where the index keeps the offsets of the
		 * query's words ({@link OffsetPassages}): a report with no word of the query in
		 * its text maps to none, one whose text no longer fits the index is left out.
		 * Empty when the backend keeps no offsets.
		 * @param parts each report's parts of text, as Report.getTextParts gives them
		 * @param query a query on the text field, fuzzy words {@link #expand expanded}
		 */
		default Optional<Map<Long, List<OffsetPassages.InPart>>> passagesAtOffsets(Map<Long, List<String>> parts,
				Query query, int max) throws IOException {
			return Optional.empty();
		}

		/**
		 * Of these reports, those where one of the fields holds a word of the query;
		 * empty when the index cannot tell.
		 * @param query a query on those fields, fuzzy words {@link #expand expanded}
		 */
		Optional<Set<Long>> reportsHolding(List<Long> reportIds, Query query, List<String> fields) throws IOException;

		/** The terms of a field, for spelling suggestions. */
		Spelling.Terms terms(String field);

		@Override
		void close() throws IOException;

	}

}
