package org.analecta.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.analecta.report.Report;
import org.analecta.search.ReportResults.FacetValue;
import org.analecta.search.ReportResults.Facets;
import org.analecta.search.ReportResults.Hit;
import org.analecta.search.ReportResults.Passage;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * The report search: text (see {@link QuerySyntax} for the syntax), filters, facet counts over
 * the whole result, sorting, pages, and for each hit its best passages with the section they are
 * in. Never throws for what a user typed: broken syntax is repaired and explained in the result.
 */
@Service
public class ReportSearch {

	private static final Logger log = LoggerFactory.getLogger(ReportSearch.class);

	/** Title matches weigh most; a speaker's name in any spelling finds the reports quoting them. */
	static final Map<String, Float> FIELDS = Map.of("text", 1f, "title", 3f, TextQueries.NAME_FIELD, 1f);
	static final int FACET_SIZE = 30;
	static final int PASSAGES_PER_HIT = 3;

	private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("countries");
	private static final AggregationKey<Map<String, Long>> SERIES = AggregationKey.of("series");
	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
	private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speakers");
	private static final AggregationKey<Map<String, Long>> OUTLETS = AggregationKey.of("outlets");

	private final EntityManager entityManager;
	private final TextQueries queries;
	private final Highlights highlights;
	/** Marks a speaker's name as the text spells it when the query spelled it otherwise. */
	private final Highlights nameHighlights = new Highlights(ArchiveAnalyzers.name(), TextQueries.NAME_FIELD);
	private final Spelling spelling;

	ReportSearch(EntityManager entityManager, ArchiveAnalysisConfigurer analysis) {
		this.entityManager = entityManager;
		this.queries = new TextQueries(ArchiveAnalyzers.englishQuery(analysis.synonyms().map()),
				ArchiveAnalyzers.english());
		this.highlights = new Highlights(queries.indexAnalyzer(), "text");
		this.spelling = new Spelling(queries.indexAnalyzer());
	}

	@Transactional(readOnly = true)
	public ReportResults search(ReportQuery query) {
		QuerySyntax.Cleaned cleaned = QuerySyntax.clean(query.q());
		List<String> messages = new ArrayList<>(cleaned.problems());
		SearchSession session = Search.session(entityManager);
		Query text = cleaned.matchAll() ? null : queries.parse(cleaned.query(), FIELDS);
		SearchResult<ReportRow> result = run(session, query, text);
		boolean approximate = false;
		String didYouMean = null;
		if (!cleaned.matchAll()) {
			didYouMean = suggest(session, cleaned.query());
			if (result.total().hitCount() == 0) {
				String loose = TextQueries.fuzzy(cleaned.query());
				if (loose != null) {
					Query fuzzy = queries.parse(loose, FIELDS);
					SearchResult<ReportRow> fuzzyResult = run(session, query, fuzzy);
					if (fuzzyResult.total().hitCount() > 0) {
						result = fuzzyResult;
						text = fuzzy;
						approximate = true;
						messages.add("Nothing matched exactly; showing reports with similar spellings.");
					}
				}
			}
		}
		String matched = approximate ? TextQueries.fuzzy(cleaned.query()) : cleaned.query();
		Highlights.ForQuery highlight = null;
		Highlights.ForQuery nameHighlight = null;
		if (text != null && !result.hits().isEmpty()) {
			Query[] expanded = expandForHighlighting(session, queries.parse(matched, Map.of("text", 1f)),
					queries.parse(matched, Map.of(TextQueries.NAME_FIELD, 1f)));
			highlight = highlights.forQuery(expanded[0]);
			nameHighlight = nameHighlights.forQuery(expanded[1]);
		}
		Map<Long, List<SectionText>> notes = highlight == null ? Map.of() : footnotes(result.hits());
		List<Hit> hits = new ArrayList<>();
		for (ReportRow row : result.hits()) {
			hits.add(toHit(row, notes.getOrDefault(row.id(), List.of()), highlight, nameHighlight));
		}
		return new ReportResults(query, result.total().hitCount(), hits, facets(result), messages, didYouMean,
				approximate);
	}

	private SearchResult<ReportRow> run(SearchSession session, ReportQuery query, Query text) {
		return session.search(Report.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field("slug", String.class), f.field("title", String.class),
						f.field("publishedOn", LocalDate.class), f.field("series.name", String.class),
						f.field("seriesNumber", String.class), f.field("countries.name", String.class).list(),
						f.object("sections")
							.from(f.field("sections.anchor", String.class), f.field("sections.heading", String.class),
									f.field("sections.text", String.class))
							.as(SectionText::new)
							.list())
				.asArray(ReportRow::of))
			.where(f -> predicate(f, query, text))
			.sort(f -> switch (query.sort()) {
				case NEWEST -> f.field("publishedOn").desc().missing().last().then().score();
				case OLDEST -> f.field("publishedOn").asc().missing().last().then().score();
				case RELEVANCE -> f.score().then().field("publishedOn").desc().missing().last();
			})
			.aggregation(COUNTRIES, f -> f.terms().field("countries.name", String.class).maxTermCount(FACET_SIZE))
			.aggregation(SERIES, f -> f.terms().field("series.name", String.class).maxTermCount(FACET_SIZE))
			.aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(100))
			.aggregation(SPEAKERS, f -> f.terms().field("speaker", String.class).maxTermCount(FACET_SIZE))
			.aggregation(OUTLETS, f -> f.terms().field("outlet", String.class).maxTermCount(FACET_SIZE))
			.fetch((query.page() - 1) * query.size(), query.size());
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, ReportQuery query, Query text) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (text == null) {
			bool.must(f.matchAll());
		}
		else {
			bool.must(f.extension(LuceneExtension.get()).fromLuceneQuery(text));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter(f.range().field("publishedOn").between(query.from(), query.to()));
		}
		// A report has many countries, speakers, outlets and authors: each chosen one narrows.
		for (String country : query.countries()) {
			bool.filter(nameOrSlug(f, "countries.name", "countries.slug", country));
		}
		for (String speaker : query.speakers()) {
			bool.filter(nameOrSlug(f, "speaker", "speaker_slug", speaker));
		}
		for (String outlet : query.outlets()) {
			bool.filter(f.match().field("outlet").matching(outlet));
		}
		for (String author : query.authors()) {
			bool.filter(nameOrSlug(f, "authors.name_keyword", "authors.slug", author));
		}
		// A report is in one series and of one year: choosing several means any of them.
		if (!query.series().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			query.series().forEach(s -> any.should(nameOrSlug(f, "series.name", "series.slug", s)));
			bool.filter(any);
		}
		if (!query.years().isEmpty()) {
			bool.filter(f.terms().field("year").matchingAny(query.years()));
		}
		return bool;
	}

	static SearchPredicate nameOrSlug(SearchPredicateFactory f, String nameField, String slugField, String value) {
		return f.bool().should(f.match().field(nameField).matching(value)).should(f.match().field(slugField).matching(value))
			.toPredicate();
	}

	/**
	 * The footnotes of a page of hits, read from the database (a few rows per report) rather than
	 * stored in the index a second time; each as a "section" anchored at its note (fn3).
	 */
	private Map<Long, List<SectionText>> footnotes(List<ReportRow> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<SectionText>> notes = new java.util.HashMap<>();
		entityManager
			.createQuery("select f.report.id, f.number, f.text from Footnote f where f.report.id in :ids order by f.number",
					Object[].class)
			.setParameter("ids", rows.stream().map(ReportRow::id).toList())
			.getResultList()
			.forEach(row -> notes.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add(new SectionText("fn" + row[1], "Note " + row[1], (String) row[2])));
		return notes;
	}

	/**
	 * The highlight queries with their fuzzy and wildcard words expanded once against the index,
	 * not again for every section of every hit (that was most of the search time for "name~").
	 */
	private static Query[] expandForHighlighting(SearchSession session, Query... queries) {
		Query[] out = queries.clone();
		try (IndexReader reader = session.scope(Report.class).extension(LuceneExtension.get()).openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (int i = 0; i < out.length; i++) {
				out[i] = Highlights.expand(out[i], searcher);
			}
		}
		catch (IOException | RuntimeException ex) {
			// Unexpanded queries highlight the same words, only more slowly.
			log.warn("Highlight queries not expanded: {}", ex.toString());
			return queries;
		}
		return out;
	}

	private Hit toHit(ReportRow row, List<SectionText> notes, Highlights.ForQuery highlight,
			Highlights.ForQuery nameHighlight) {
		List<SectionText> parts = new ArrayList<>(row.sections());
		parts.addAll(notes);
		List<Passage> passages = highlight == null ? new ArrayList<>() : best(parts, highlight);
		if (passages.isEmpty() && nameHighlight != null) {
			// Matched through a speaker's other spelling ("Rouhani" for a text that says Rohani).
			passages = best(parts, nameHighlight);
		}
		if (passages.isEmpty() && !row.sections().isEmpty()) {
			// Matched on the title only, or no words were given: show how the report opens.
			SectionText lead = row.sections().get(0);
			passages.add(new Passage(lead.anchor(), lead.heading(), Highlights.opening(lead.text())));
		}
		return new Hit(row.id(), row.slug(), row.title(), highlight == null ? highlights.whole(null, row.title()) : highlight.whole(row.title()), row.publishedOn(),
				row.series(), row.seriesNumber(), row.countries(), passages);
	}

	private static List<Passage> best(List<SectionText> parts, Highlights.ForQuery highlighter) {
		record Scored(Passage passage, float score) {
		}
		List<Scored> scored = new ArrayList<>();
		for (SectionText part : parts) {
			for (Highlights.Fragment fragment : highlighter.passages(part.text(), PASSAGES_PER_HIT)) {
				scored.add(new Scored(new Passage(part.anchor(), part.heading(), fragment.html()), fragment.score()));
			}
		}
		return new ArrayList<>(scored.stream()
			.sorted(Comparator.comparing(Scored::score).reversed())
			.limit(PASSAGES_PER_HIT)
			.map(Scored::passage)
			.toList());
	}

	private String suggest(SearchSession session, String cleanedQuery) {
		try (IndexReader reader = session.scope(Report.class).extension(LuceneExtension.get()).openIndexReader()) {
			return spelling.suggest(cleanedQuery, reader, "text");
		}
		catch (IOException | RuntimeException ex) {
			// A suggestion is a nicety: never let it fail a search.
			log.warn("No spelling suggestion for '{}': {}", cleanedQuery, ex.toString());
			return null;
		}
	}

	private static Facets facets(SearchResult<?> result) {
		return new Facets(values(result.aggregation(COUNTRIES)), values(result.aggregation(SERIES)),
				values(result.aggregation(YEARS)), values(result.aggregation(SPEAKERS)),
				values(result.aggregation(OUTLETS)));
	}

	static <K> List<FacetValue> values(Map<K, Long> counts) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> new FacetValue(String.valueOf(e.getKey()), e.getValue()))
			.sorted(Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::value))
			.toList();
	}

	record SectionText(String anchor, String heading, String text) {
	}

	private record ReportRow(long id, String slug, String title, LocalDate publishedOn, String series,
			String seriesNumber, List<String> countries, List<SectionText> sections) {

		@SuppressWarnings("unchecked")
		static ReportRow of(Object[] v) {
			return new ReportRow((Long) v[0], (String) v[1], (String) v[2], (LocalDate) v[3], (String) v[4],
					(String) v[5], (List<String>) v[6], (List<SectionText>) v[7]);
		}

	}

}
