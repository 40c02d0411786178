package org.analecta.report;

/**
 * The names under which the search index's analyzers and normalizer are registered
 * ({@code search.ArchiveAnalysisConfigurer}) and by which the mapping annotations of the
 * entities refer to them. Kept here, beside the mapping, because annotations need
 * compile-time constants and this package depends on no search class; what each chain
 * does and why is in {@code search.ArchiveAnalyzers}.
 */
public final class AnalyzerNames {

	/** Prose at index time: words, possessives, acronyms, folding, stemming. */
	public static final String ENGLISH = "english";

	/** Prose at query time: the index chain plus the synonyms. */
	public static final String ENGLISH_QUERY = "english_query";

	/** The normalizer of sort and keyword fields: case and accents folded. */
	public static final String FOLDED = "folded";

	private AnalyzerNames() {
	}

}
