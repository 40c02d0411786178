package org.analecta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.analecta.report.Report;
import org.analecta.search.ReportResults.FacetValue;
import org.analecta.search.ReportResults.Facets;
import org.analecta.search.ReportResults.Hit;
import org.analecta.search.ReportResults.Passage;
import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * The report search: text (see {@link QuerySyntax} for the syntax), filters, facet counts
 * over the whole result, sorting, pages, and for each hit its best passages with the
 * section they are in. Never throws for what a user typed: broken syntax is repaired and
 * explained in the result.
 * <p>
 * A search joins its caller's transaction but begins none ({@code SUPPORTS}, as the quote
 * search): it reads the index and, for the passages, a few rows that Spring reads through
 * one connection bound for the call. A transaction begun and committed for each search
 * was 5 to 8% of a quote search's CPU, and held a pooled connection through the Lucene
 * work.
 */
@Service
public class ReportSearch {

	/**
	 * Title matches weigh most; a name in any spelling finds the reports quoting or
	 * naming that person (their keys, see {@link NameKeys}).
	 */
	static final Map<String, Float> FIELDS = Map.of(Reports.TEXT, 1f, Reports.TITLE, 3f, TextQueries.NAME_FIELD, 1f,
			Reports.NAME_KEYS, 1f);
	static final int FACET_SIZE = 30;
	static final int PASSAGES_PER_HIT = 3;

	private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("countries");

	private static final AggregationKey<Map<String, Long>> SERIES = AggregationKey.of("series");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speakers");

	private static final AggregationKey<Map<String, Long>> OUTLETS = AggregationKey.of("outlets");

	/** Every hit, counted exactly: those without a year make the "undated" bucket. */
	private static final AggregationKey<Long> MATCHED = AggregationKey.of("matched");

	/** The value of the year facet for reports without a date. */
	static final String UNDATED = "undated";

	private final EntityManager entityManager;

	private final SearchAnalysis analysis;

	private final IndexRepair repair;

	private final FacetCounts facetCounts;

	private final HitTexts texts;

	private final ReportRows reportRows;

	private final int exactTotalUpTo;

	ReportSearch(EntityManager entityManager, SearchAnalysis analysis, IndexRepair repair, FacetCounts facetCounts,
			ReportRows reportRows, SearchSettings settings, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.analysis = analysis;
		this.repair = repair;
		this.facetCounts = facetCounts;
		this.reportRows = reportRows;
		this.texts = new HitTexts(jdbc, settings.sectionTextCache());
		this.exactTotalUpTo = settings.exactTotalUpTo();
	}

	/**
	 * A page of hits, counted exactly up to {@link SearchSettings#exactTotalUpTo()}: past
	 * it the total is a lower bound ({@link ReportResults#totalExact()} false), and
	 * Lucene skips the documents that cannot make the page instead of scoring every one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ReportResults search(ReportQuery query) {
		return search(query, exactTotalUpTo);
	}

	/**
	 * As {@link #search(ReportQuery)} with the total always exact, for those that need it
	 * (a download that must know how many rows it holds).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ReportResults searchCountingAll(ReportQuery query) {
		// Integer.MAX_VALUE, not Long's: OpenSearch reads track_total_hits as an int.
		return search(query, Integer.MAX_VALUE);
	}

	private ReportResults search(ReportQuery query, long exactUpTo) {
		repair.ensureSearchable();
		SearchSession session = Search.session(entityManager);
		// One view of the index for the search, opened before the hits: its generation
		// keys the kept rows and facet counts, which are then never older than the state
		// they are kept for; it also places the words for the passages.
		try (IndexReading.View index = analysis.openIndex(session, Report.class)) {
			OptionalLong generation = index.generation();
			boolean idsOnly = reportRows.keepFor(generation);
			SearchAnalysis.Outcome<ReportRows.Found> outcome = analysis.search(query.q(), FIELDS,
					text -> run(session, query, text, exactUpTo, idsOnly), session, Report.class,
					"Nothing matched exactly; showing reports with similar spellings.");
			SearchResult<ReportRows.Found> result = outcome.result();
			boolean exact = result.total().isHitCountExact();
			// One hit more than the page was fetched: when it came, the next page exists,
			// and the lower bound says so to the pager.
			List<ReportRow> rows = reportRows.of(session,
					result.hits().subList(0, Math.min(result.hits().size(), query.size())), generation);
			long total = exact ? result.total().hitCount()
					: Math.max(result.total().hitCountLowerBound(), offset(query) + result.hits().size());
			Facets facets = facetCounts.of(query, outcome.text(), exact ? total : -1, generation,
					() -> countFacets(session, query, outcome.text()));
			List<Hit> hits = outcome.text() == null || rows.isEmpty() ? withoutHighlights(rows)
					: highlighted(index, rows, outcome.matched(), outcome.automata());
			return new ReportResults(query, total, exact, hits, facets, outcome.messages(), outcome.didYouMean(),
					outcome.approximate());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** When no words were given: each report with how it opens. */
	private List<Hit> withoutHighlights(List<ReportRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<SectionText>> sections = texts.sections(ids(rows), 1);
		List<Hit> hits = new ArrayList<>();
		for (ReportRow row : rows) {
			hits.add(row.hit(analysis.prose().whole(null, row.title()),
					opening(sections.getOrDefault(row.id(), List.of()))));
		}
		return hits;
	}

	private static List<Long> ids(List<ReportRow> rows) {
		return rows.stream().map(ReportRow::id).toList();
	}

	/**
	 * Each hit with its best passages: those of its sections first, then of its footnotes
	 * when the sections have fewer; the texts come from the database ({@link HitTexts}).
	 * The highlight queries have their fuzzy and wildcard words expanded once against the
	 * index, not again for every text (per text, it is most of the search time for
	 * "name~").
	 */
	private List<Hit> highlighted(IndexReading.View index, List<ReportRow> rows, String matched, FuzzyAutomata automata)
			throws IOException {
		TextQueries queries = analysis.queries();
		Query inText = index.expand(queries.parse(matched, Map.of(Reports.TEXT, 1f), automata));
		Highlights.ForQuery highlight = analysis.prose().forQuery(inText);
		Optional<PositionPassages> byPosition = PositionPassages.forQuery(inText, analysis.queries().indexAnalyzer());
		Optional<Map<Long, Map<Integer, TextParts.Match>>> parts = index.partsMatching(ids(rows), inText);
		Map<Long, HitTexts.PartLayout> layouts = new HashMap<>();
		for (ReportRow row : rows) {
			HitTexts.PartLayout layout = HitTexts.PartLayout.of(row.sectionCount(), row.partWords());
			if (layout != null) {
				layouts.put(row.id(), layout);
			}
		}
		HitTexts.Found inSections = texts.passages(ids(rows), parts, layouts, highlight, byPosition, PASSAGES_PER_HIT,
				index.generation());
		Map<Long, List<Passage>> passages = new HashMap<>();
		List<ReportRow> needNotes = new ArrayList<>();
		for (ReportRow row : rows) {
			List<Passage> found = new ArrayList<>(
					sectionPassages(inSections.sections().getOrDefault(row.id(), List.of())));
			passages.put(row.id(), found);
			Set<Integer> notesWithWords = inSections.notesToHighlight(row.id());
			if (found.size() < PASSAGES_PER_HIT && (notesWithWords == null || !notesWithWords.isEmpty())) {
				needNotes.add(row);
			}
		}
		// Of the reports whose notes the positions placed, only those notes are read.
		Map<Long, Set<Integer>> placed = new HashMap<>();
		for (ReportRow row : needNotes) {
			Set<Integer> places = inSections.notesToHighlight(row.id());
			if (places != null) {
				placed.put(row.id(), places);
			}
		}
		Map<Long, Map<Integer, SectionText>> placedNotes = texts.footnotesAt(placed);
		Map<Long, List<SectionText>> notes = new HashMap<>(
				texts.footnotes(ids(needNotes).stream().filter(id -> !placed.containsKey(id)).toList()));
		for (ReportRow row : needNotes) {
			NoteMarks marks = new NoteMarks(layouts.get(row.id()), parts.map(found -> found.get(row.id())).orElse(null),
					byPosition);
			int room = PASSAGES_PER_HIT - passages.get(row.id()).size();
			passages.get(row.id())
				.addAll(placed.containsKey(row.id())
						? placedNotePassages(placedNotes.getOrDefault(row.id(), Map.of()), highlight, marks, room)
						: best(notes.getOrDefault(row.id(), List.of()), highlight, room));
		}
		// Hits without a passage matched through a speaker's other spelling
		// ("Rouhani" for a text that says Rohani), which the prose index cannot
		// tell, or on the title only: only the former are worth reading whole for the
		// name highlighter; the others show how they open.
		List<Long> unmarked = rows.stream().map(ReportRow::id).filter(id -> passages.get(id).isEmpty()).toList();
		Query inNames = unmarked.isEmpty() ? null : index
			.expand(queries.parse(matched, Map.of(TextQueries.NAME_FIELD, 1f, Reports.NAME_KEYS, 1f), automata));
		Set<Long> byName = unmarked.isEmpty() ? Set.of()
				: index.reportsHolding(unmarked, inNames, List.of(TextQueries.NAME_FIELD, Reports.NAME_KEYS))
					.orElse(Set.copyOf(unmarked));
		Highlights.ForQuery nameHighlight = byName.isEmpty() ? null : analysis.names().forQuery(inNames);
		Map<Long, List<Passage>> told = namingPartPassages(index, rows, byName, nameHighlight);
		List<Long> readWhole = byName.stream().filter(id -> !told.containsKey(id)).toList();
		List<Long> openingOnly = unmarked.stream()
			.filter(id -> !byName.contains(id) || told.containsKey(id) && told.get(id).isEmpty())
			.toList();
		Map<Long, List<SectionText>> unmarkedSections = new HashMap<>(texts.sections(readWhole));
		unmarkedSections.putAll(texts.sections(openingOnly, 1));
		notes.putAll(texts.footnotes(readWhole.stream().filter(id -> !notes.containsKey(id)).toList()));
		List<Hit> hits = new ArrayList<>();
		for (ReportRow row : rows) {
			List<Passage> found = passages.get(row.id());
			boolean byItsNames = found.isEmpty() && byName.contains(row.id());
			if (found.isEmpty()) {
				found = told.getOrDefault(row.id(), List.of());
			}
			if (found.isEmpty()) {
				List<SectionText> all = new ArrayList<>(unmarkedSections.getOrDefault(row.id(), List.of()));
				if (byItsNames && !told.containsKey(row.id())) {
					all.addAll(notes.getOrDefault(row.id(), List.of()));
					found = best(all, nameHighlight, PASSAGES_PER_HIT);
					if (found.isEmpty()) {
						found = openingUnderMarkedHeading(all, nameHighlight);
					}
				}
				if (found.isEmpty()) {
					found = opening(all);
				}
			}
			Highlights.ForQuery labels = byItsNames ? nameHighlight : highlight;
			hits.add(row.hit(highlight.whole(row.title()),
					found.stream().map(passage -> passage.withHeadingMarked(labels)).toList()));
		}
		return hits;
	}

	/**
	 * The name-marked passages of the hits found by a name in another spelling, where the
	 * index tells which parts of their text hold a name the name highlighter marks
	 * ({@link TextPartFields}): only those parts are read and marked (reading and marking
	 * every section and note of such a hit was a tenth of a search for a misspelled
	 * name). An empty list for a hit whose text the highlighter would mark nowhere (it
	 * matched through a quoted speaker's other spelling, or through another name of the
	 * text that no speaker has): it shows how it opens. A hit is left out, to be read
	 * whole, where the index cannot tell.
	 * <p>
	 * The highlighter marks the words written with a capital whose key is one of the
	 * query's on the speaker names field; the parts are those whose name keys hold one.
	 * Name keys leave out a word the report also writes in lower case ("Said" opening a
	 * sentence of a report that says "said"), so such a word is not marked.
	 */
	private Map<Long, List<Passage>> namingPartPassages(IndexReading.View index, List<ReportRow> rows, Set<Long> byName,
			Highlights.ForQuery nameHighlight) throws IOException {
		Map<Long, Integer> sectionCounts = new HashMap<>();
		for (ReportRow row : rows) {
			if (byName.contains(row.id()) && row.sectionCount() != null) {
				sectionCounts.put(row.id(), row.sectionCount());
			}
		}
		Set<String> marked = sectionCounts.isEmpty() ? null : nameHighlight.terms();
		if (marked == null) {
			return Map.of();
		}
		BooleanQuery.Builder anyMarked = new BooleanQuery.Builder();
		marked
			.forEach(key -> anyMarked.add(new TermQuery(new Term(Reports.NAME_KEYS, key)), BooleanClause.Occur.SHOULD));
		Optional<Map<Long, Map<Integer, TextParts.Match>>> found = index
			.partsMatching(List.copyOf(sectionCounts.keySet()), anyMarked.build(), Reports.NAME_KEYS);
		if (found.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Passage>> out = new HashMap<>();
		Map<Long, Set<Integer>> naming = new HashMap<>();
		found.get().forEach((id, parts) -> {
			if (parts.isEmpty()) {
				out.put(id, List.of());
			}
			else {
				naming.put(id, parts.keySet());
			}
		});
		texts.partsAt(naming, sectionCounts, index.generation()).forEach((id, parts) -> {
			List<Passage> passages = best(parts, nameHighlight, PASSAGES_PER_HIT);
			out.put(id, passages.isEmpty() ? openingUnderMarkedHeading(parts, nameHighlight) : passages);
		});
		return out;
	}

	/**
	 * The best passages of the best-matching sections, best first, the best of each
	 * section before a second of any: a hit shows where in the report its words are.
	 */
	private static List<Passage> sectionPassages(List<HitTexts.Passages> sections) {
		record Scored(Passage passage, float score, boolean firstOfSection) {
		}
		List<Scored> scored = new ArrayList<>();
		for (HitTexts.Passages section : sections) {
			SectionText s = section.section();
			boolean first = true;
			for (Highlights.Fragment fragment : section.fragments()) {
				scored.add(new Scored(new Passage(s.anchor(), s.heading(), fragment.html()), fragment.score(), first));
				first = false;
			}
		}
		return scored.stream()
			.sorted(Comparator.comparing(Scored::firstOfSection).thenComparing(Scored::score).reversed())
			.limit(PASSAGES_PER_HIT)
			.map(Scored::passage)
			.toList();
	}

	/**
	 * The opening of the first section whose heading holds a query word (a name in a
	 * heading only), or nothing.
	 */
	private static List<Passage> openingUnderMarkedHeading(List<SectionText> sections, Highlights.ForQuery highlight) {
		for (SectionText section : sections) {
			List<Highlights.Fragment> opening = highlight.openingUnderMatchingHeading(section.heading(),
					section.text());
			if (!opening.isEmpty()) {
				return List.of(new Passage(section.anchor(), section.heading(), opening.get(0).html()));
			}
		}
		return List.of();
	}

	/** Matched on the title only, or no words were given: how the report opens. */
	private static List<Passage> opening(List<SectionText> sections) {
		if (sections.isEmpty() || sections.get(0).anchor().startsWith("fn")) {
			return List.of();
		}
		SectionText lead = sections.get(0);
		return List.of(new Passage(lead.anchor(), lead.heading(), Highlights.opening(lead.text())));
	}

	/**
	 * Top hits only, their rows read with them unless they are to come from the kept ones
	 * ({@link ReportRows}, then only ids, from doc values): no aggregation here, as one
	 * would make Lucene collect every matching document; the facets are counted apart
	 * ({@link #countFacets}) and kept.
	 */
	private SearchResult<ReportRows.Found> run(SearchSession session, ReportQuery query, Query text, long exactUpTo,
			boolean idsOnly) {
		return session.search(Report.class)
			.select(f -> idsOnly ? f.composite().from(f.id(Long.class)).as(id -> new ReportRows.Found(id, null))
					: f.composite()
						.from(f.composite().as(ReportRow.class))
						.as(row -> new ReportRows.Found(row.id(), row)))
			.where(f -> predicate(f, query, text))
			.sort(f -> switch (query.sort()) {
				case NEWEST -> f.field(Reports.PUBLISHED_ON).desc().missing().last().then().score();
				case OLDEST -> f.field(Reports.PUBLISHED_ON).asc().missing().last().then().score();
				case RELEVANCE -> f.score().then().field(Reports.PUBLISHED_ON).desc().missing().last();
			})
			.totalHitCountThreshold(exactUpTo)
			.fetch(offset(query), query.size() + 1);
	}

	private static int offset(ReportQuery query) {
		return (query.page() - 1) * query.size();
	}

	/** The five facets over every matching report (no hits fetched). */
	private Facets countFacets(SearchSession session, ReportQuery query, Query text) {
		SearchResult<Report> counted = session.search(Report.class)
			.where(f -> predicate(f, query, text))
			.aggregation(COUNTRIES, f -> f.terms().field(Reports.COUNTRY_NAME, String.class).maxTermCount(FACET_SIZE))
			.aggregation(SERIES, f -> f.terms().field(Reports.SERIES_NAME, String.class).maxTermCount(FACET_SIZE))
			.aggregation(YEARS, f -> f.terms().field(Reports.YEAR, Integer.class).maxTermCount(1000))
			.aggregation(MATCHED, f -> f.count().documents())
			.aggregation(SPEAKERS, f -> f.terms().field(Reports.SPEAKER, String.class).maxTermCount(FACET_SIZE))
			.aggregation(OUTLETS, f -> f.terms().field(Reports.OUTLET, String.class).maxTermCount(FACET_SIZE))
			.fetch(0);
		return facets(counted);
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, ReportQuery query, Query text) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (text == null) {
			bool.must(f.matchAll());
		}
		else {
			bool.must(analysis.predicate(f, text));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter(f.range().field(Reports.PUBLISHED_ON).between(query.from(), query.to()));
		}
		// A report has many countries, speakers and outlets: each chosen one narrows.
		for (String country : query.countries()) {
			bool.filter(nameOrSlug(f, Reports.COUNTRY_NAME, Reports.COUNTRY_SLUG, country));
		}
		for (String speaker : query.speakers()) {
			bool.filter(nameOrSlug(f, Reports.SPEAKER, Reports.SPEAKER_SLUG, speaker));
		}
		for (String outlet : query.outlets()) {
			bool.filter(f.match().field(Reports.OUTLET).matching(outlet));
		}
		// A report is in one series and of one year: choosing several means any of them.
		if (!query.series().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			query.series().forEach(s -> any.should(nameOrSlug(f, Reports.SERIES_NAME, Reports.SERIES_SLUG, s)));
			bool.filter(any);
		}
		if (!query.years().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			List<Integer> dated = query.years().stream().filter(y -> y != ReportQuery.UNDATED).toList();
			if (!dated.isEmpty()) {
				any.should(f.terms().field(Reports.YEAR).matchingAny(dated));
			}
			if (dated.size() < query.years().size()) {
				any.should(f.not(f.exists().field(Reports.YEAR)));
			}
			bool.filter(any);
		}
		return bool;
	}

	static SearchPredicate nameOrSlug(SearchPredicateFactory f, String nameField, String slugField, String value) {
		return f.bool()
			.should(f.match().field(nameField).matching(value))
			.should(f.match().field(slugField).matching(value))
			.toPredicate();
	}

	/**
	 * The best passages of the footnotes the index says hold a query word, by place (0
	 * for the first).
	 */
	private static List<Passage> placedNotePassages(Map<Integer, SectionText> notes, Highlights.ForQuery highlighter,
			NoteMarks marks, int max) {
		List<Scored> scored = new ArrayList<>();
		for (int place : new TreeSet<>(notes.keySet())) {
			SectionText note = notes.get(place);
			for (Highlights.Fragment fragment : marks.passages(place, note.text(), max)
				.orElseGet(() -> highlighter.passagesOfMatchingText(note.text(), max))) {
				scored.add(new Scored(new Passage(note.anchor(), note.heading(), fragment.html()), fragment.score()));
			}
		}
		return bestFirst(scored, max);
	}

	/**
	 * Where the index placed the query's words in a report's footnotes, to cut their
	 * passages there ({@link PositionPassages}); empty where that cannot be done.
	 */
	private record NoteMarks(HitTexts.PartLayout layout, Map<Integer, TextParts.Match> parts,
			Optional<PositionPassages> byPosition) {

		Optional<List<Highlights.Fragment>> passages(int place, String text, int max) {
			if (layout == null || parts == null || byPosition.isEmpty()) {
				return Optional.empty();
			}
			int part = layout.sectionCount() + place;
			TextParts.Match match = parts.get(part);
			long start = layout.start(part);
			if (match == null || start < 0) {
				return Optional.empty();
			}
			return byPosition.get()
				.passages(text, 0, start, match.positions(), max)
				.map(PositionPassages.Found::passages);
		}

	}

	private record Scored(Passage passage, float score) {
	}

	private static List<Passage> bestFirst(List<Scored> scored, int max) {
		return new ArrayList<>(scored.stream()
			.sorted(Comparator.comparing(Scored::score).reversed())
			.limit(max)
			.map(Scored::passage)
			.toList());
	}

	private static List<Passage> best(List<SectionText> parts, Highlights.ForQuery highlighter, int max) {
		return best(parts, highlighter::passages, max);
	}

	private static List<Passage> best(List<SectionText> parts,
			BiFunction<String, Integer, List<Highlights.Fragment>> highlighter, int max) {
		if (max <= 0) {
			return List.of();
		}
		List<Scored> scored = new ArrayList<>();
		for (SectionText part : parts) {
			for (Highlights.Fragment fragment : highlighter.apply(part.text(), max)) {
				scored.add(new Scored(new Passage(part.anchor(), part.heading(), fragment.html()), fragment.score()));
			}
			if (scored.size() >= max) {
				break;
			}
		}
		return bestFirst(scored, max);
	}

	private static Facets facets(SearchResult<?> result) {
		return new Facets(values(result.aggregation(COUNTRIES)), values(result.aggregation(SERIES)),
				years(result.aggregation(YEARS), result.aggregation(MATCHED)), values(result.aggregation(SPEAKERS)),
				values(result.aggregation(OUTLETS)));
	}

	/**
	 * Years newest first, as a reader scans an archive, then the reports without a date
	 * (which every hit not in a year is).
	 */
	static List<FacetValue> years(Map<Integer, Long> counts, long matched) {
		List<FacetValue> years = new ArrayList<>(counts.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
			.map(e -> new FacetValue(String.valueOf(e.getKey()), e.getValue()))
			.toList());
		long undated = matched - counts.values().stream().mapToLong(Long::longValue).sum();
		if (undated > 0) {
			years.add(new FacetValue(UNDATED, undated));
		}
		return years;
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

	/**
	 * What a report hit reads from the index, projected by Hibernate Search into this
	 * record.
	 */
	@ProjectionConstructor
	record ReportRow(@IdProjection Long id, @FieldProjection(path = Reports.SLUG) String slug,
			@FieldProjection(path = Reports.TITLE) String title,
			@FieldProjection(path = Reports.PUBLISHED_ON) LocalDate publishedOn,
			@FieldProjection(path = Reports.SERIES_NAME) String series,
			@FieldProjection(path = Reports.SERIES_NUMBER) String seriesNumber,
			@FieldProjection(path = Reports.COUNTRY_NAME) List<String> countries,
			@FieldProjection(path = Reports.AUTHOR_NAME) List<String> authors,
			@FieldProjection(path = Reports.SECTION_COUNT) Integer sectionCount,
			@FieldProjection(path = Reports.PART_WORDS) List<Integer> partWords) {

		Hit hit(String titleHtml, List<Passage> passages) {
			return new Hit(id, slug, title, titleHtml, publishedOn, series, seriesNumber, countries, authors, passages);
		}

	}

}
