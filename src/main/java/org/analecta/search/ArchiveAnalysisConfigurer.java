package org.analecta.search;

import org.analecta.report.AnalyzerNames;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registers the archive's analyzers with Hibernate Search under the names the mapping
 * uses. The chains themselves, and why each step is there, are in
 * {@link ArchiveAnalyzers}; the synonyms in {@link DomainSynonyms}.
 *
 * <p>
 * A Spring bean (Hibernate Search asks Spring's bean container for it) so that it can
 * read the admin's synonym file named in the settings.
 */
@Component
public class ArchiveAnalysisConfigurer implements LuceneAnalysisConfigurer {

	private final DomainSynonyms synonyms;

	ArchiveAnalysisConfigurer(SearchSettings settings) {
		this.synonyms = DomainSynonyms.load(settings.synonymsFile());
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		// Prose: stemmed, folded; synonyms only at query time so that editing them needs
		// no reindex.
		context.analyzer(AnalyzerNames.ENGLISH).instance(ArchiveAnalyzers.english());
		context.analyzer(AnalyzerNames.ENGLISH_QUERY).instance(ArchiveAnalyzers.englishQuery(synonyms.map()));
		// Names are not analysed by the index: ComputedFieldMapping indexes their keys,
		// those of a report's text a part a value.
		context.analyzer(TextPartFields.KEYS_BY_PART).instance(ArchiveAnalyzers.keysByPart());
		// Exact values (filters, sorting): one folded token.
		context.normalizer(AnalyzerNames.FOLDED).instance(ArchiveAnalyzers.folded());
	}

	DomainSynonyms synonyms() {
		return synonyms;
	}

}
