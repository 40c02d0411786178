package org.analecta.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Minimal definitions of the analyzer names the mapping uses, so the application starts; the
 * search work replaces this file with the real analysis chain.
 */
public class ArchiveAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("english").custom().tokenizer("standard").tokenFilter("lowercase")
			.tokenFilter("asciiFolding").tokenFilter("porterStem");
		context.analyzer("english_query").custom().tokenizer("standard").tokenFilter("lowercase")
			.tokenFilter("asciiFolding").tokenFilter("porterStem");
		context.analyzer("name").custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.normalizer("folded").custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
