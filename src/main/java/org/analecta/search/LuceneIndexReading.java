package org.analecta.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded index read directly: fuzzy words expanded against the term dictionary, the
 * parts of a hit's text that hold the query's words from their positions, spelling from
 * the term dictionary.
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "lucene", matchIfMissing = true)
class LuceneIndexReading implements IndexReading {

	@Override
	public View open(SearchSession session, Class<?> indexed) {
		IndexReader reader = session.scope(indexed).extension(LuceneExtension.get()).openIndexReader();
		IndexSearcher searcher = new IndexSearcher(reader);
		return new View() {

			@Override
			public Query expand(Query query) throws IOException {
				return Highlights.expand(query, searcher);
			}

			@Override
			public Optional<Map<Long, Map<Integer, TextParts.Match>>> partsMatching(List<Long> reportIds, Query query)
					throws IOException {
				return TextParts.matching(reader, reportIds, query);
			}

			@Override
			public Optional<Map<Long, Map<Integer, TextParts.Match>>> partsMatching(List<Long> reportIds, Query query,
					String field) throws IOException {
				return TextParts.matching(reader, reportIds, query, field);
			}

			@Override
			public Optional<Set<Long>> reportsHolding(List<Long> reportIds, Query query, List<String> fields)
					throws IOException {
				return TextParts.holding(reader, reportIds, query, fields);
			}

			/**
			 * The versions of the shards' readers: a reader opened after a change that a
			 * search can see has another. Empty if a shard is not a directory reader.
			 */
			@Override
			public OptionalLong generation() {
				long generation = 17;
				List<IndexReaderContext> shards = reader.getContext().children();
				for (IndexReaderContext shard : shards == null ? List.of(reader.getContext()) : shards) {
					if (!(shard.reader() instanceof DirectoryReader directory)) {
						return OptionalLong.empty();
					}
					generation = generation * 31 + directory.getVersion();
				}
				return OptionalLong.of(generation);
			}

			@Override
			public Spelling.Terms terms(String field) {
				return Spelling.of(reader, field);
			}

			@Override
			public void close() throws IOException {
				reader.close();
			}

		};
	}

}
