package org.analecta.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.analecta.report.IndexFields.Quotes;
import org.analecta.report.Quote;
import org.analecta.parser.ParsedReport.QuoteKind;
import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.search.QuoteResults.Hit;
import org.analecta.search.QuoteRows.Found;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.persistence.EntityManager;

/**
 * The quote search: who said it (any spelling of the speaker's name, or a part of it),
 * what was said, when, where and in which outlet; and speaker names as the user types.
 * Unattributed terms (scare quotes, slogans) are nobody's statement and are left out.
 */
@Service
public class QuoteSearch {

	static final Map<String, Float> FIELDS = Map.of(Quotes.TEXT, 1f);

	/**
	 * Every field a speaker's name can be matched in; all hold name keys
	 * ({@link NameKeys}).
	 */
	static final String[] SPEAKER_NAME_FIELDS = { Quotes.SPEAKER_NAME, Quotes.SPEAKER_ALIAS,
			Quotes.SPEAKER_AS_WRITTEN_KEYS };

	private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speakers");

	private static final AggregationKey<Map<String, Long>> SPEAKER_SLUGS = AggregationKey.of("speakerSlugs");

	private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("countries");

	private static final AggregationKey<Map<String, Long>> SERIES = AggregationKey.of("series");

	private static final AggregationKey<Map<String, Long>> OUTLETS = AggregationKey.of("outlets");

	private static final AggregationKey<Map<Boolean, Long>> VERIFIED = AggregationKey.of("verified");

	private static final int FACET_SIZE = 30;

	/** What a slug looks like ({@link org.analecta.report.Slugs}). */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	/** Every kind of quote that is someone's statement. */
	private static final List<QuoteKind> STATEMENT_KINDS = List
		.copyOf(EnumSet.complementOf(EnumSet.of(QuoteKind.TERM)));

	private static final String LOOSE = "Nothing matched exactly; showing quotes with similar spellings.";

	/**
	 * Name keys already made ({@link NameKeys}), matched as the index holds them. The key
	 * fields' bridge makes the keys of any value it is given, and a key is not always its
	 * own key (Jacques → jackoas → jakoas, Madhhabi → madhabi → madabi): a key passed
	 * through it again would miss.
	 */
	private static final ValueModel AS_KEYS = ValueModel.INDEX;

	/** More words than a person's name has: not looked up as one. */
	static final int NAME_WORDS = 4;

	/** The gaps between the words of a name as typed, to count them. */
	private static final Pattern SPACES = Pattern.compile(" +");

	/**
	 * Words that could be a name as typed: letters (any script), marks, apostrophes,
	 * hyphens, dots and spaces. Anything else (quotes, operators, wildcards, digits) is a
	 * query written on purpose, not a name.
	 */
	private static final Pattern NAME_LIKE = Pattern.compile("[\\p{L}\\p{M}'\u2019.\\- ]+");

	private final EntityManager entityManager;

	private final SearchAnalysis analysis;

	private final IndexRepair repair;

	private final Analyzer nameAnalyzer = ArchiveAnalyzers.name();

	private final FacetCounts facetCounts;

	private final QuoteRows rows;

	/**
	 * What {@link #personNamed} found for name keys on a state of the quote index (its
	 * generation in the key, so an answer never outlives the state it was read from),
	 * empty for nobody. A search page asks for every query of up to four words, and most
	 * are asked again.
	 */
	private final Cache<NamedKeys, Optional<SpeakerSuggestion>> personsNamed = Caffeine.newBuilder()
		.maximumSize(2_000)
		.build();

	private record NamedKeys(String keys, long generation) {
	}

	QuoteSearch(EntityManager entityManager, SearchAnalysis analysis, IndexRepair repair, FacetCounts facetCounts,
			QuoteRows rows) {
		this.entityManager = entityManager;
		this.analysis = analysis;
		this.repair = repair;
		this.facetCounts = facetCounts;
		this.rows = rows;
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public QuoteResults search(QuoteQuery query) {
		repair.ensureSearchable();
		SearchSession session = Search.session(entityManager);
		// Read before the hits: what is kept for this state is then never older than it.
		OptionalLong generation = analysis.indexGeneration(session, Quote.class);
		boolean idsOnly = rows.keepFor(generation);
		SearchAnalysis.Outcome<Found> outcome = analysis.search(query.q(), FIELDS,
				text -> run(session, query, text, idsOnly), session, Quote.class, LOOSE);
		String similarSpeaker = null;
		QuoteQuery searched = query;
		if (outcome.result().total().hitCount() == 0 && query.speaker() != null && !query.speaker().isBlank()) {
			// No speaker is called that: the most quoted one whose name is spelled
			// alike (Nasrullah → Hassan Nasrallah), searched instead and suggested.
			similarSpeaker = similarSpeaker(session, query.speaker().strip());
			if (similarSpeaker != null) {
				QuoteQuery instead = query.withSpeaker(similarSpeaker);
				SearchAnalysis.Outcome<Found> retried = analysis.search(instead.q(), FIELDS,
						text -> run(session, instead, text, idsOnly), session, Quote.class, LOOSE);
				if (retried.result().total().hitCount() > 0) {
					List<String> messages = new ArrayList<>(retried.messages());
					messages.add("No speaker is called \u201C" + query.speaker().strip() + "\u201D; showing quotes of "
							+ similarSpeaker + ".");
					outcome = new SearchAnalysis.Outcome<>(retried.result(), retried.text(), retried.matched(),
							messages, retried.didYouMean(), true, retried.automata());
					searched = instead;
				}
				else {
					similarSpeaker = null;
				}
			}
		}
		SearchResult<Found> result = outcome.result();
		long total = result.total().hitCount();
		QuoteQuery counted = searched;
		Query text = outcome.text();
		// One highlighter for the page: its scorer is built once, not for every quote.
		Highlights.ForQuery highlight = text == null ? null : analysis.prose().forQuery(text);
		List<Hit> hits = rows.of(session, result.hits(), generation)
			.stream()
			.map(kept -> kept.row().hit(highlight == null ? kept.escapedText() : highlight.whole(kept.row().text())))
			.toList();
		FacetCounts.QuoteFacets facets = total == 0 ? new FacetCounts.QuoteFacets(ReportResults.Facets.NONE, List.of())
				: facetCounts.ofQuotes(counted, text, total, generation, () -> countFacets(session, counted, text));
		return new QuoteResults(query, total, hits, facets.facets().speakers(), outcome.messages(),
				outcome.didYouMean(), outcome.approximate(), facets.facets(), facets.verified(), similarSpeaker);
	}

	/**
	 * The facets over every quote found (no hits fetched): counted apart from the page of
	 * hits, and kept ({@link FacetCounts}), as the report search's.
	 */
	private FacetCounts.QuoteFacets countFacets(SearchSession session, QuoteQuery query, Query text) {
		SearchResult<Quote> counted = session.search(Quote.class)
			.where(f -> predicate(f, query, text))
			.aggregation(SPEAKERS,
					f -> f.terms().field(Quotes.SPEAKER_NAME_KEYWORD, String.class).maxTermCount(FACET_SIZE))
			.aggregation(COUNTRIES,
					f -> f.terms().field(Quotes.REPORT_COUNTRY_NAME, String.class).maxTermCount(FACET_SIZE))
			.aggregation(SERIES, f -> f.terms().field(Quotes.REPORT_SERIES_NAME, String.class).maxTermCount(FACET_SIZE))
			.aggregation(OUTLETS,
					f -> f.terms().field(Quotes.FOOTNOTE_OUTLET_NAME_KEYWORD, String.class).maxTermCount(FACET_SIZE))
			.aggregation(VERIFIED, f -> f.terms().field(Quotes.VERIFIED, Boolean.class))
			.fetch(0);
		ReportResults.Facets facets = new ReportResults.Facets(ReportSearch.values(counted.aggregation(COUNTRIES)),
				ReportSearch.values(counted.aggregation(SERIES)), List.of(),
				ReportSearch.values(counted.aggregation(SPEAKERS)), ReportSearch.values(counted.aggregation(OUTLETS)));
		return new FacetCounts.QuoteFacets(facets, ReportSearch.values(counted.aggregation(VERIFIED)));
	}

	/**
	 * The canonical name of the most quoted speaker with a name, alias or written form
	 * whose keys are all within an edit or two of those typed (two from eight letters,
	 * none below four, as the report search loosens words); null when there is none.
	 */
	private static String similarSpeaker(SearchSession session, String typed) {
		String keys = NameKeys.ofName(typed);
		if (keys == null) {
			return null;
		}
		return mostQuoted(session, f -> {
			BooleanPredicateClausesStep<?, ?> all = f.bool().filter(statements(f));
			for (String key : keys.split(" ")) {
				int edits = key.length() >= TextQueries.LOOSENED_FROM ? TextQueries.edits(key) : 0;
				all.must(f.match().fields(SPEAKER_NAME_FIELDS).matching(key, AS_KEYS).fuzzy(edits));
			}
			return all;
		});
	}

	/**
	 * The canonical name of the speaker with the most quotes {@code found}; else null.
	 */
	private static String mostQuoted(SearchSession session,
			Function<? super SearchPredicateFactory, ? extends PredicateFinalStep> found) {
		Map<String, Long> names = session.search(Quote.class)
			.where(found)
			.aggregation(SPEAKERS, f -> f.terms().field(Quotes.SPEAKER_NAME_KEYWORD, String.class).maxTermCount(1))
			.fetch(0)
			.aggregation(SPEAKERS);
		return names.isEmpty() ? null : names.keySet().iterator().next();
	}

	/**
	 * The person whose name the words typed for a search are ("Firouzabadi", "hassan
	 * rouhani", "Rowhani"): every word is a key of one of their spellings (canonical
	 * name, alias, or as a report wrote it), the keys the speaker box matches. A
	 * researcher who types a name among the words most likely wants what that person
	 * said, which the words find only where a quote mentions the name. The most quoted
	 * such person, with the number of quotes the speaker box finds for their name (the
	 * page links there); null for more than {@value #NAME_WORDS} words, anything but
	 * letters, or words that are no person's name. Outlets and institutions are left out:
	 * their names are ordinary words ("Iran", "Foreign Ministry").
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SpeakerSuggestion personNamed(String words) {
		if (words == null || words.isBlank() || !NAME_LIKE.matcher(words).matches()
				|| SPACES.split(words.strip()).length > NAME_WORDS) {
			return null;
		}
		String keys = NameKeys.ofName(words);
		if (keys == null) {
			return null;
		}
		repair.ensureSearchable();
		SearchSession session = Search.session(entityManager);
		OptionalLong generation = analysis.indexGeneration(session, Quote.class);
		if (generation.isEmpty()) {
			return personNamed(session, keys);
		}
		return personsNamed
			.get(new NamedKeys(keys, generation.getAsLong()), key -> Optional.ofNullable(personNamed(session, keys)))
			.orElse(null);
	}

	private static SpeakerSuggestion personNamed(SearchSession session, String keys) {
		String name = mostQuoted(session, f -> {
			BooleanPredicateClausesStep<?, ?> all = f.bool()
				.filter(statements(f))
				.filter(f.match().field(Quotes.SPEAKER_KIND).matching(SpeakerKind.PERSON));
			for (String key : keys.split(" ")) {
				all.filter(f.match().field(Quotes.SPEAKER_SPELLING_KEYS).matching(key, AS_KEYS).skipAnalysis());
			}
			return all;
		});
		if (name == null) {
			return null;
		}
		SearchResult<Quote> theirs = session.search(Quote.class)
			.where(f -> f.bool().filter(statements(f)).filter(speaker(f, name)))
			.aggregation(SPEAKER_SLUGS, f -> f.terms().field(Quotes.SPEAKER_SLUG, String.class).maxTermCount(1))
			.fetch(0);
		Map<String, Long> slugs = theirs.aggregation(SPEAKER_SLUGS);
		return slugs.isEmpty() ? null
				: new SpeakerSuggestion(name, slugs.keySet().iterator().next(), theirs.total().hitCount());
	}

	/**
	 * Speakers whose name or any alias has a word starting with what was typed ("Rouh",
	 * "khamen", "Firouzabadi"), most quoted first.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SpeakerSuggestion> suggestSpeakers(String prefix, int limit) {
		repair.ensureSearchable();
		List<String> keys = nameKeys(prefix);
		if (keys.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(entityManager);
		SearchResult<Quote> result = session.search(Quote.class).where(f -> {
			BooleanPredicateClausesStep<?, ?> bool = f.bool();
			for (int i = 0; i < keys.size() - 1; i++) {
				bool.must(f.match().fields(Quotes.SPEAKER_NAME, Quotes.SPEAKER_ALIAS).matching(keys.get(i), AS_KEYS));
			}
			String last = keys.getLast();
			bool.must(f.bool()
				.should(f.match().fields(Quotes.SPEAKER_NAME, Quotes.SPEAKER_ALIAS).matching(last, AS_KEYS))
				.should(f.wildcard().fields(Quotes.SPEAKER_NAME, Quotes.SPEAKER_ALIAS).matching(last + "*")));
			return bool;
		})
			.aggregation(SPEAKER_SLUGS, f -> f.terms().field(Quotes.SPEAKER_SLUG, String.class).maxTermCount(limit))
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
			.sorted(Comparator.comparing(SpeakerSuggestion::quotes).reversed().thenComparing(SpeakerSuggestion::name))
			.limit(limit)
			.toList();
	}

	/**
	 * One page of quotes: their ids only (read from doc values) when their rows are kept
	 * ({@link QuoteRows}), else their rows too.
	 */
	private SearchResult<Found> run(SearchSession session, QuoteQuery query, Query text, boolean idsOnly) {
		return session.search(Quote.class)
			.select(f -> idsOnly ? f.composite().from(f.id(Long.class)).as(id -> new Found(id, null))
					: f.composite().from(f.composite().as(QuoteRow.class)).as(row -> new Found(row.id(), row)))
			.where(f -> predicate(f, query, text))
			.sort(f -> switch (order(query, text)) {
				case NEWEST ->
					f.field(Quotes.REPORT_PUBLISHED_ON).desc().missing().last().then().field(Quotes.NUMBER).asc();
				case OLDEST ->
					f.field(Quotes.REPORT_PUBLISHED_ON).asc().missing().last().then().field(Quotes.NUMBER).asc();
				case RELEVANCE -> f.score().then().field(Quotes.REPORT_PUBLISHED_ON).desc().missing().last();
			})
			.fetch((query.page() - 1) * query.size(), query.size());
	}

	/**
	 * The order hits are shown in. Without words to rank by there is no relevance: a
	 * speaker's quotes or a filter's are the newest first, and Lucene then computes no
	 * score at all (a speaker's every quote would otherwise be scored only to rank one
	 * spelling of the name above another).
	 */
	static SearchSort order(QuoteQuery query, Query text) {
		return text == null && query.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST : query.sort();
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, QuoteQuery query, Query text) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		// Without words, the filters alone tell the quotes found.
		bool.filter(statements(f));
		if (text != null) {
			bool.must(analysis.predicate(f, text));
		}
		if (query.speaker() != null && !query.speaker().isBlank()) {
			bool.must(speaker(f, query.speaker().strip()));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter(f.range().field(Quotes.REPORT_PUBLISHED_ON).between(query.from(), query.to()));
		}
		if (!query.countries().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			query.countries()
				.forEach(c -> any
					.should(ReportSearch.nameOrSlug(f, Quotes.REPORT_COUNTRY_NAME, Quotes.REPORT_COUNTRY_SLUG, c)));
			bool.filter(any);
		}
		if (!query.series().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			query.series()
				.forEach(s -> any
					.should(ReportSearch.nameOrSlug(f, Quotes.REPORT_SERIES_NAME, Quotes.REPORT_SERIES_SLUG, s)));
			bool.filter(any);
		}
		if (!query.outlets().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			for (String o : query.outlets()) {
				any.should(f.match().field(Quotes.FOOTNOTE_OUTLET_NAME_KEYWORD).matching(o))
					.should(f.match().field(Quotes.FOOTNOTE_OUTLET_SLUG).matching(o));
				String keys = NameKeys.ofName(o);
				if (keys != null) {
					any.should(f.match()
						.field(Quotes.FOOTNOTE_OUTLET_NAME)
						.matching(keys, AS_KEYS)
						.minimumShouldMatchPercent(100));
				}
			}
			bool.filter(any);
		}
		if (query.verified() != null) {
			bool.filter(verified(f, query.verified()));
		}
		return bool;
	}

	/**
	 * Quotes that are someone's statement: every kind but the unattributed term. Asked
	 * for as the kinds kept, not as the one left out: Lucene leaves out a term's quotes
	 * (a fifth of all) by splitting the search into the gaps between them, some fifty
	 * thousand on ten thousand reports, and a speaker's hundred quotes cost that many
	 * steps.
	 */
	private static SearchPredicate statements(SearchPredicateFactory f) {
		return f.terms().field(Quotes.KIND).matchingAny(STATEMENT_KINDS).toPredicate();
	}

	/** Quotes whose attribution an admin has (or has not) checked. */
	private static SearchPredicate verified(SearchPredicateFactory f, boolean verified) {
		return f.match().field(Quotes.VERIFIED).matching(verified).toPredicate();
	}

	/**
	 * The speaker's slug, or the key of every word of what was typed among the keys of
	 * the speaker's spellings (canonical name, aliases, the report's own). The keys are
	 * the field's own terms: they are matched as they are, with no analysis, in one field
	 * (three fields, one per kind of name, cost Lucene some 40% more on a speaker's
	 * quotes). The slug is looked for only where what was typed could be one.
	 */
	private static SearchPredicate speaker(SearchPredicateFactory f, String speaker) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		if (SLUG.matcher(speaker).matches()) {
			any.should(f.match().field(Quotes.SPEAKER_SLUG).matching(speaker));
		}
		String keys = NameKeys.ofName(speaker);
		if (keys != null) {
			BooleanPredicateClausesStep<?, ?> all = f.bool();
			for (String key : keys.split(" ")) {
				all.must(f.match().field(Quotes.SPEAKER_SPELLING_KEYS).matching(key, AS_KEYS).skipAnalysis());
			}
			any.should(all);
		}
		if (!any.hasClause()) {
			return f.matchNone().toPredicate();
		}
		return any.toPredicate();
	}

	/**
	 * What a quote hit reads from the index, projected by Hibernate Search into this
	 * record.
	 */
	@ProjectionConstructor
	record QuoteRow(@IdProjection Long id, @FieldProjection(path = Quotes.TEXT) String text,
			@FieldProjection(path = Quotes.SPEAKER_NAME_KEYWORD) String speakerName,
			@FieldProjection(path = Quotes.SPEAKER_SLUG) String speakerSlug,
			@FieldProjection(path = Quotes.ROLE) String role,
			@FieldProjection(path = Quotes.SPEAKER_AS_WRITTEN) String speakerAsWritten,
			@FieldProjection(path = Quotes.REPORT_SLUG) String reportSlug,
			@FieldProjection(path = Quotes.REPORT_TITLE) String reportTitle,
			@FieldProjection(path = Quotes.REPORT_PUBLISHED_ON) LocalDate reportDate,
			@FieldProjection(path = Quotes.REPORT_SERIES_NAME) String series,
			@FieldProjection(path = Quotes.REPORT_SERIES_NUMBER) String seriesNumber,
			@FieldProjection(path = Quotes.SECTION_ANCHOR) String sectionAnchor,
			@FieldProjection(path = Quotes.NUMBER) Integer number,
			@FieldProjection(path = Quotes.FOOTNOTE_NUMBER) Integer footnoteNumber,
			@FieldProjection(path = Quotes.FOOTNOTE_OUTLET_NAME_KEYWORD) String outlet,
			@FieldProjection(path = Quotes.FOOTNOTE_DATE) LocalDate sourceDate,
			@FieldProjection(path = Quotes.SECTION_HEADING) String sectionHeading,
			@FieldProjection(path = Quotes.VERIFIED) Boolean verified) {

		/** The hit, its text as the page shows it (escaped, query words marked). */
		Hit hit(String html) {
			return new Hit(id, text, html, speakerName, speakerSlug, role, speakerAsWritten, reportSlug, reportTitle,
					reportDate, series, seriesNumber, sectionAnchor, number == null ? null : "q" + number,
					footnoteNumber, outlet, sourceDate, sectionHeading, Boolean.TRUE.equals(verified));
		}

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
