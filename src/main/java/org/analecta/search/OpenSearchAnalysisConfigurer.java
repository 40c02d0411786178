package org.analecta.search;

import java.util.Arrays;
import java.util.List;

import org.analecta.report.AnalyzerNames;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The archive's analyzers for OpenSearch, built from its standard components (the
 * analysis-common module; no ICU plugin): the same chains as {@link ArchiveAnalyzers},
 * step for step, so that the terms the application puts in a query (it parses queries
 * itself, see {@link OpenSearchTextPredicate}) are the terms OpenSearch indexed.
 *
 * <p>
 * Where a standard component is narrower than the embedded chain: {@code asciifolding}
 * instead of ICU folding (the same for Latin letters with diacritics, which is what
 * transliterated names carry; ICU also folds compatibility forms such as ﬁ). Names are
 * matched through transliteration keys the application computes ({@link NameKeys}),
 * indexed by whitespace only on both backends.
 */
@Component
@ConditionalOnProperty(name = "analecta.search.backend", havingValue = "opensearch")
class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	private static final String APOSTROPHES = "apostrophes";

	private static final String POSSESSIVE = "possessive";

	private static final String UNITED_STATES = "united_states";

	private static final String ACRONYM_DOTS = "acronym_dots";

	private static final String NO_APOSTROPHES = "no_apostrophes";

	private static final String NO_APOSTROPHE_CHARS = "no_apostrophe_chars";

	private static final String SYNONYMS = "domain_synonyms";

	private static final String PROTECTED = "protected_words";

	private final DomainSynonyms synonyms;

	OpenSearchAnalysisConfigurer(ArchiveAnalysisConfigurer analysis) {
		this.synonyms = analysis.synonyms();
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter(APOSTROPHES)
			.type("mapping")
			.param("mappings",
					ArchiveAnalyzers.apostropheVariants().stream().map(c -> c + "=>'").toArray(String[]::new));
		// Normalizers take no pattern_replace token filter: the folded values lose their
		// apostrophes, in every variant, before anything else.
		context.charFilter(NO_APOSTROPHE_CHARS)
			.type("pattern_replace")
			.param("pattern", "['" + String.join("", ArchiveAnalyzers.apostropheVariants()) + "]")
			.param("replacement", "");
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		// AcronymFilter: U.S., US, U.S.A., USA (case-sensitive, the tokenizer dropped a
		// final dot) are one word; dots between letters go (U.N. = UN).
		context.tokenFilter(UNITED_STATES)
			.type("pattern_replace")
			.param("pattern", "^(?:U\\.S|U\\.S\\.A|US|USA)$")
			.param("replacement", "USA");
		context.tokenFilter(ACRONYM_DOTS)
			.type("pattern_replace")
			.param("pattern", "(?<=\\p{L})\\.(?=\\p{L})")
			.param("replacement", "");
		context.tokenFilter(NO_APOSTROPHES).type("pattern_replace").param("pattern", "'").param("replacement", "");
		context.tokenFilter(SYNONYMS)
			.type("synonym_graph")
			.param("synonyms", synonyms.rules().toArray(String[]::new))
			// a rule that analyses to nothing is skipped, as the embedded parser does
			.param("lenient", true);
		context.tokenFilter(PROTECTED)
			.type("keyword_marker")
			.param("keywords", ArchiveAnalyzers.protectedWords().toArray(String[]::new))
			.param("ignore_case", true);

		List<String> folding = List.of("lowercase", "asciifolding", NO_APOSTROPHES);
		String[] prose = concat(List.of(POSSESSIVE, UNITED_STATES, ACRONYM_DOTS), folding, List.of(PROTECTED, "kstem"));
		String[] proseQuery = concat(List.of(POSSESSIVE, UNITED_STATES, ACRONYM_DOTS), folding,
				List.of(SYNONYMS, PROTECTED, "kstem"));
		context.analyzer(AnalyzerNames.ENGLISH)
			.custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			.tokenFilters(prose);
		context.analyzer(AnalyzerNames.ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			.tokenFilters(proseQuery);
		// The keys of a report's text, a part a value: OpenSearch puts its own gap
		// between
		// values, so it matches them but cannot tell the parts (TextPartFields).
		context.analyzer(TextPartFields.KEYS_BY_PART).custom().tokenizer("whitespace");
		context.normalizer(AnalyzerNames.FOLDED)
			.custom()
			.charFilters(NO_APOSTROPHE_CHARS)
			.tokenFilters("lowercase", "asciifolding");
	}

	@SafeVarargs
	private static String[] concat(List<String>... parts) {
		return Arrays.stream(parts).flatMap(List::stream).toArray(String[]::new);
	}

}
