package org.analecta.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded index read directly: sections from their nested documents and passages
 * from the offsets the index keeps ({@link SectionLookup}), fuzzy words expanded against
 * the term dictionary, spelling from the term dictionary.
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "lucene", matchIfMissing = true)
class LuceneIndexReading implements IndexReading {

	/**
	 * The prose analyzer, for highlighting an index written without offsets (slower, same
	 * result).
	 */
	private final Analyzer prose = ArchiveAnalyzers.english();

	@Override
	public View open(SearchSession session, Class<?> indexed) {
		IndexReader reader = session.scope(indexed).extension(LuceneExtension.get()).openIndexReader();
		IndexSearcher searcher = new IndexSearcher(reader);
		SectionLookup sections = new SectionLookup(searcher, prose);
		return new View() {

			@Override
			public Query expand(Query query) throws IOException {
				return Highlights.expand(query, searcher);
			}

			@Override
			public Map<Long, List<SectionLookup.Passages>> passages(List<Long> reportIds, Query anyPart,
					Highlights.ForQuery highlight, int max) throws IOException {
				return sections.passages(reportIds, anyPart, max);
			}

			@Override
			public List<ReportSearch.SectionText> sections(long reportId, int max) throws IOException {
				return sections.all(reportId, max);
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
