package org.analecta.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.analecta.report.Quote;
import org.analecta.report.QuoteKind;
import org.analecta.search.QuoteResults.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * The quote search: who said it (any spelling of the speaker's name, or a part of it), what was
 * said, when, where and in which outlet; and speaker names as the user types. Unattributed terms
 * (scare quotes, slogans) are nobody's statement and are left out.
 */
@Service
public class QuoteSearch {

	static final Map<String, Float> FIELDS = Map.of("text", 1f);
	/** Every field a speaker's name can be matched in; all are read by the "name" analyzer. */
	static final String[] SPEAKER_NAME_FIELDS = { "speaker.name", "speaker.aliases.spelling", "speakerAsWritten" };

	private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speakers");
	private static final AggregationKey<Map<String, Long>> SPEAKER_SLUGS = AggregationKey.of("speakerSlugs");

	private final EntityManager entityManager;
	private final SearchAnalysis analysis;

	private final IndexRepair repair;
	private final Analyzer nameAnalyzer = ArchiveAnalyzers.name();

	QuoteSearch(EntityManager entityManager, SearchAnalysis analysis, IndexRepair repair) {
		this.entityManager = entityManager;
		this.analysis = analysis;
		this.repair = repair;
	}

	@Transactional(readOnly = true)
	public QuoteResults search(QuoteQuery query) {
		repair.ensureSearchable();
		SearchSession session = Search.session(entityManager);
		SearchAnalysis.Outcome<Hit> outcome = analysis.search(query.q(), FIELDS, text -> run(session, query, text),
				session, Quote.class, "Nothing matched exactly; showing quotes with similar spellings.");
		SearchResult<Hit> result = outcome.result();
		return new QuoteResults(query, result.total().hitCount(), result.hits(),
				ReportSearch.values(result.aggregation(SPEAKERS)), outcome.messages(), outcome.didYouMean(),
				outcome.approximate());
	}

	/**
	 * Speakers whose name or any alias has a word starting with what was typed ("Rouh", "khamen",
	 * "Firouzabadi"), most quoted first.
	 */
	@Transactional(readOnly = true)
	public List<SpeakerSuggestion> suggestSpeakers(String prefix, int limit) {
		repair.ensureSearchable();
		List<String> keys = nameKeys(prefix);
		if (keys.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(entityManager);
		SearchResult<Quote> result = session.search(Quote.class)
			.where(f -> {
				BooleanPredicateClausesStep<?, ?> bool = f.bool();
				for (int i = 0; i < keys.size() - 1; i++) {
					bool.must(f.match().fields("speaker.name", "speaker.aliases.spelling").matching(keys.get(i)));
				}
				String last = keys.getLast();
				bool.must(f.bool()
					.should(f.match().fields("speaker.name", "speaker.aliases.spelling").matching(last))
					.should(f.wildcard().fields("speaker.name", "speaker.aliases.spelling").matching(last + "*")));
				return bool;
			})
			.aggregation(SPEAKER_SLUGS, f -> f.terms().field("speaker.slug", String.class).maxTermCount(limit))
			.fetch(0);
		Map<String, Long> counts = result.aggregation(SPEAKER_SLUGS);
		if (counts.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = new LinkedHashMap<>();
		entityManager
			.createQuery("select s.slug, s.canonicalName from Speaker s where s.slug in :slugs", Object[].class)
			.setParameter("slugs", counts.keySet())
			.getResultList()
			.forEach(row -> names.put((String) row[0], (String) row[1]));
		return counts.entrySet()
			.stream()
			.filter(e -> names.containsKey(e.getKey()))
			.map(e -> new SpeakerSuggestion(names.get(e.getKey()), e.getKey(), e.getValue()))
			.sorted(java.util.Comparator.comparing(SpeakerSuggestion::quotes)
				.reversed()
				.thenComparing(SpeakerSuggestion::name))
			.limit(limit)
			.toList();
	}

	private SearchResult<Hit> run(SearchSession session, QuoteQuery query, Query text) {
		// One highlighter for the page: its scorer is built once, not for every quote.
		Highlights.ForQuery highlight = text == null ? null : analysis.prose().forQuery(text);
		return session.search(Quote.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field("text", String.class), f.field("speaker.name", String.class),
						f.field("speaker.slug", String.class), f.field("role", String.class),
						f.field("speakerAsWritten", String.class), f.field("report.slug", String.class),
						f.field("report.title", String.class), f.field("report.publishedOn", LocalDate.class),
						f.field("report.series.name", String.class), f.field("report.seriesNumber", String.class),
						f.field("section.anchor", String.class), f.field("number", Integer.class),
						f.field("footnote.number", Integer.class), f.field("footnote.outlet.name_keyword", String.class),
						f.field("footnote.date", LocalDate.class))
				.asArray(v -> toHit(v, highlight)))
			.where(f -> predicate(f, query, text))
			.sort(f -> switch (query.sort()) {
				case NEWEST -> f.field("report.publishedOn").desc().missing().last().then().field("number").asc();
				case OLDEST -> f.field("report.publishedOn").asc().missing().last().then().field("number").asc();
				case RELEVANCE -> f.score().then().field("report.publishedOn").desc().missing().last();
			})
			.aggregation(SPEAKERS, f -> f.terms().field("speaker.name_keyword", String.class).maxTermCount(30))
			.fetch((query.page() - 1) * query.size(), query.size());
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, QuoteQuery query, Query text) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		bool.mustNot(f.match().field("kind").matching(QuoteKind.TERM));
		if (text == null) {
			bool.must(f.matchAll());
		}
		else {
			bool.must(f.extension(LuceneExtension.get()).fromLuceneQuery(text));
		}
		if (query.speaker() != null && !query.speaker().isBlank()) {
			bool.must(speaker(f, query.speaker().strip()));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter(f.range().field("report.publishedOn").between(query.from(), query.to()));
		}
		if (!query.countries().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			query.countries()
				.forEach(c -> any.should(ReportSearch.nameOrSlug(f, "report.countries.name", "report.countries.slug", c)));
			bool.filter(any);
		}
		if (!query.series().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			query.series()
				.forEach(s -> any.should(ReportSearch.nameOrSlug(f, "report.series.name", "report.series.slug", s)));
			bool.filter(any);
		}
		if (!query.outlets().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			query.outlets()
				.forEach(o -> any.should(f.match().field("footnote.outlet.name_keyword").matching(o))
					.should(f.match().field("footnote.outlet.slug").matching(o))
					.should(f.match().field("footnote.outlet.name").matching(o).minimumShouldMatchPercent(100)));
			bool.filter(any);
		}
		return bool;
	}

	/** The speaker's slug, or every word of what was typed in one of the name fields. */
	private static SearchPredicate speaker(SearchPredicateFactory f, String speaker) {
		BooleanPredicateClausesStep<?, ?> any = f.bool().should(f.match().field("speaker.slug").matching(speaker));
		for (String field : SPEAKER_NAME_FIELDS) {
			any.should(f.match().field(field).matching(speaker).minimumShouldMatchPercent(100));
		}
		return any.toPredicate();
	}

	private Hit toHit(Object[] v, Highlights.ForQuery highlight) {
		String quote = (String) v[1];
		Integer number = (Integer) v[12];
		return new Hit((Long) v[0], quote, highlight == null ? analysis.prose().whole(null, quote) : highlight.whole(quote), (String) v[2], (String) v[3], (String) v[4],
				(String) v[5], (String) v[6], (String) v[7], (LocalDate) v[8], (String) v[9], (String) v[10],
				(String) v[11], number == null ? null : "q" + number, (Integer) v[13], (String) v[14], (LocalDate) v[15]);
	}

	private List<String> nameKeys(String text) {
		List<String> keys = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return keys;
		}
		try (TokenStream stream = nameAnalyzer.tokenStream("name", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				keys.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			return List.of();
		}
		return keys;
	}

}
