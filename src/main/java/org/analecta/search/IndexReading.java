package org.analecta.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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

	/**
	 * The {@link View#generation generation} of the index of {@code indexed}, from a view
	 * opened for it alone.
	 */
	default OptionalLong generation(SearchSession session, Class<?> indexed) {
		try (View view = open(session, indexed)) {
			return view.generation();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

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
		 * As {@link #partsMatching(List, Query)}, in a field that holds a value for each
		 * part of the text a position gap apart, as the text does
		 * ({@link TextPartFields}).
		 */
		Optional<Map<Long, Map<Integer, TextParts.Match>>> partsMatching(List<Long> reportIds, Query query,
				String field) throws IOException;

		/**
		 * Of these reports, those where one of the fields holds a word of the query;
		 * empty when the index cannot tell.
		 * @param query a query on those fields, fuzzy words {@link #expand expanded}
		 */
		Optional<Set<Long>> reportsHolding(List<Long> reportIds, Query query, List<String> fields) throws IOException;

		/**
		 * A number that changes whenever what a search sees in the index changes (an
		 * upload, an edit, a deletion), for keeping what was counted on it; empty when
		 * the backend cannot tell.
		 */
		OptionalLong generation();

		/** The terms of a field, for spelling suggestions. */
		Spelling.Terms terms(String field);

		@Override
		void close() throws IOException;

	}

}
