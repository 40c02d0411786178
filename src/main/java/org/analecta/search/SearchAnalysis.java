package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the report and the quote search share: the query parser, the highlighters and the
 * spelling suggestions, built once (analyzers are thread-safe and keep their token
 * streams per thread), and the flow every text search follows — clean what was typed,
 * parse it, run it, and when nothing matched run it again with similar spellings and
 * suggest a spelling.
 */
@Component
class SearchAnalysis {

	private static final Logger log = LoggerFactory.getLogger(SearchAnalysis.class);

	/**
	 * With this many exact hits or more no spelling is suggested: the suggestion replaces
	 * words found nowhere, which the user rarely needs when the search found something.
	 */
	static final int FEW_HITS = 3;

	private final TextQueries queries;

	private final Highlights prose;

	/**
	 * Marks a speaker's name as the text spells it when the query spelled it otherwise.
	 */
	private final Highlights names;

	private final Spelling spelling;

	private final TextPredicate textPredicate;

	private final IndexReading indexReading;

	SearchAnalysis(ArchiveAnalysisConfigurer analysis, TextPredicate textPredicate, IndexReading indexReading) {
		this.textPredicate = textPredicate;
		this.indexReading = indexReading;
		this.queries = new TextQueries(ArchiveAnalyzers.englishQuery(analysis.synonyms().map()),
				ArchiveAnalyzers.english());
		this.prose = new Highlights(queries.indexAnalyzer(), Reports.TEXT);
		this.names = new Highlights(ArchiveAnalyzers.namesInProse(), TextQueries.NAME_FIELD);
		this.spelling = new Spelling(queries.indexAnalyzer());
	}

	TextQueries queries() {
		return queries;
	}

	Highlights prose() {
		return prose;
	}

	/** The index read beyond hits, for one search. */
	IndexReading.View openIndex(SearchSession session, Class<?> indexed) {
		return indexReading.open(session, indexed);
	}

	/** See {@link IndexReading#generation}. */
	OptionalLong indexGeneration(SearchSession session, Class<?> indexed) {
		return indexReading.generation(session, indexed);
	}

	Highlights names() {
		return names;
	}

	/** A parsed text query as a predicate of the configured backend. */
	PredicateFinalStep predicate(SearchPredicateFactory f, Query text) {
		return textPredicate.of(f, text);
	}

	/**
	 * One text search as a user expects it.
	 * @param run runs the search for a parsed text query (null: match everything)
	 * @param indexed the entity type whose index holds the field "text", for spelling
	 * suggestions
	 * @param looseMessage what to tell the user when similar spellings were searched
	 * instead
	 */
	<R> Outcome<R> search(String typed, Map<String, Float> fields, Function<Query, SearchResult<R>> run,
			SearchSession session, Class<?> indexed, String looseMessage) {
		QuerySyntax.Cleaned cleaned = QuerySyntax.clean(typed);
		List<String> messages = new ArrayList<>(cleaned.problems());
		FuzzyAutomata automata = new FuzzyAutomata();
		Query text = cleaned.matchAll() ? null : queries.parse(cleaned.query(), fields, automata);
		SearchResult<R> result = run.apply(text);
		if (text == null) {
			return new Outcome<>(result, null, null, messages, null, false, automata);
		}
		String matched = cleaned.query();
		boolean approximate = false;
		String didYouMean = null;
		if (result.total().hitCountLowerBound() < FEW_HITS) {
			didYouMean = suggest(session, indexed, cleaned.query());
		}
		if (result.total().hitCountLowerBound() == 0) {
			String loose = TextQueries.fuzzy(cleaned.query());
			if (loose != null) {
				Query fuzzy = queries.parse(loose, fields, automata);
				SearchResult<R> fuzzyResult = run.apply(fuzzy);
				if (fuzzyResult.total().hitCountLowerBound() > 0) {
					result = fuzzyResult;
					text = fuzzy;
					matched = loose;
					approximate = true;
					messages.add(looseMessage);
				}
			}
		}
		return new Outcome<>(result, text, matched, messages, didYouMean, approximate, automata);
	}

	private String suggest(SearchSession session, Class<?> indexed, String cleanedQuery) {
		try (IndexReading.View index = indexReading.open(session, indexed)) {
			return spelling.suggest(cleanedQuery, index.terms(Reports.TEXT));
		}
		catch (IOException | RuntimeException ex) {
			// A suggestion is a nicety: never let it fail a search.
			log.warn("No spelling suggestion for '{}': {}", cleanedQuery, ex.toString());
			return null;
		}
	}

	/**
	 * @param text the query that gave the result, null when everything matched
	 * @param matched the cleaned query text behind {@code text} (the loosened one when
	 * approximate)
	 * @param automata the fuzzy words' automata of this search, for parsing
	 * {@code matched} again (for highlighting) without building them again
	 */
	record Outcome<R>(SearchResult<R> result, Query text, String matched, List<String> messages, String didYouMean,
			boolean approximate, FuzzyAutomata automata) {
	}

}
