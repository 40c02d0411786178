package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.report.IndexFields.Reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene queries from cleaned search box text ({@link QuerySyntax}), with Lucene's simple
 * query parser: it never throws, and it has the syntax we document (+ | - "…" * ~ and
 * parentheses). All words are required by default: people typing several words into a
 * search box expect results with all of them, and OR is there when they want either.
 *
 * <p>
 * Fields are index field names of the Lucene documents Hibernate Search writes; speaker
 * name fields are analyzed with the "name" analyzer, everything else as prose with the
 * synonyms.
 */
final class TextQueries {

	/** The report field of speakers' name keys, queried through the "name" analyzer. */
	static final String NAME_FIELD = Reports.SPEAKER_NAMES;

	private static final Pattern QUERY_TOKEN = Pattern.compile("\"[^\"]*\"(?:~\\d*)?|\\S+");

	private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-.]*");

	/** A word marked fuzzy without a number of edits ("Rohani~"), outside quotes. */
	private static final Pattern BARE_FUZZY = Pattern
		.compile("(\"[^\"]*\")|([\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-.]*)~(?!\\d)");

	/**
	 * From this many letters a fuzzy word without a number of edits may differ by two.
	 */
	static final int TWO_EDITS_FROM = 8;

	/** Shorter words are not loosened when nothing matched: too many words are near. */
	static final int LOOSENED_FROM = 4;

	/**
	 * The edits a word loosened without a number may differ by: one under
	 * {@value #TWO_EDITS_FROM} letters, two from there. The one rule of a bare
	 * {@code word~}, of the retry of a query that matched nothing and of a speaker's name
	 * nobody has.
	 */
	static int edits(String word) {
		return word.codePointCount(0, word.length()) >= TWO_EDITS_FROM ? 2 : 1;
	}

	/** How many leading characters a fuzzy word keeps as typed. */
	static final int FUZZY_PREFIX = 1;

	private final Analyzer perField;

	private final Analyzer index;

	/**
	 * Parsed queries without fuzzy words, by text and fields. Parsing (the analysis with
	 * stems and synonyms, three times a search page) was a twelfth of a search page's
	 * work, and the same text comes back with every page turned, filter clicked or order
	 * changed. Invariant: only text without {@code ~} is kept, whose query depends on the
	 * text, the fields and the analyzers alone (Lucene's queries are immutable); a fuzzy
	 * word's query holds the terms the index had at that search ({@link FuzzyAutomata}).
	 */
	private final Cache<Parsed, Query> parsed = Caffeine.newBuilder().maximumSize(2_000).build();

	private record Parsed(String text, Map<String, Float> weights) {
	}

	TextQueries(Analyzer proseQueryAnalyzer, Analyzer proseIndexAnalyzer) {
		// Analyzers are thread-safe and keep per-thread token streams: build them once.
		Analyzer names = ArchiveAnalyzers.name();
		this.perField = new PerFieldAnalyzerWrapper(proseQueryAnalyzer,
				Map.of(NAME_FIELD, names, Reports.NAME_KEYS, names));
		this.index = proseIndexAnalyzer;
	}

	/**
	 * @param weights field → boost; the fields of name keys ({@value #NAME_FIELD},
	 * {@value Reports#NAME_KEYS}) are read as keys with the name analyzer, all others as
	 * prose
	 */
	Query parse(String cleanedQuery, Map<String, Float> weights) {
		return parse(cleanedQuery, weights, new FuzzyAutomata());
	}

	/**
	 * As {@link #parse(String, Map)}, the fuzzy words' automata taken from (or built
	 * into) those of the search.
	 */
	Query parse(String cleanedQuery, Map<String, Float> weights, FuzzyAutomata automata) {
		if (cleanedQuery.indexOf('~') < 0) {
			return parsed.get(new Parsed(cleanedQuery, Map.copyOf(weights)),
					key -> parseAnew(cleanedQuery, weights, automata));
		}
		return parseAnew(cleanedQuery, weights, automata);
	}

	private Query parseAnew(String cleanedQuery, Map<String, Float> weights, FuzzyAutomata automata) {
		SimpleQueryParser parser = new SimpleQueryParser(perField, weights) {

			// As the parser's own, but a fuzzy word keeps its first letter: a
			// misspelling rarely changes it, and Lucene then walks only the terms that
			// start with it instead of the whole dictionary of each field (most of a
			// fuzzy search's time).
			@Override
			protected Query newFuzzyQuery(String text, int fuzziness) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				for (Map.Entry<String, Float> field : weights.entrySet()) {
					BytesRef term = getAnalyzer().normalize(field.getKey(), text);
					Query fuzzy = automata.query(new Term(field.getKey(), term), fuzziness, FUZZY_PREFIX);
					any.add(field.getValue() == 1f ? fuzzy : new BoostQuery(fuzzy, field.getValue()),
							BooleanClause.Occur.SHOULD);
				}
				return simplify(any.build());
			}

			// A synonym's longer names that hold a shorter one are left out: they find
			// nothing more (SubsumedAlternatives).
			@Override
			protected Query analyzeGraphBoolean(String field, TokenStream source, BooleanClause.Occur operator)
					throws IOException {
				return SubsumedAlternatives.prune(super.analyzeGraphBoolean(field, source, operator));
			}

			@Override
			protected Query analyzeGraphPhrase(TokenStream source, String field, int phraseSlop) throws IOException {
				return SubsumedAlternatives.prune(super.analyzeGraphPhrase(source, field, phraseSlop));
			}

		};
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		// "Islamic State" as a synonym of Daesh must match as a phrase, not as two loose
		// words.
		parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		return parser.parse(editsByLength(cleanedQuery));
	}

	/**
	 * The query with each word marked fuzzy without a number ("Rohani~") given one by its
	 * length: one edit under {@value #TWO_EDITS_FROM} letters, two from there, as the
	 * retry of a query that matched nothing loosens its words ({@link #fuzzy}). Lucene's
	 * parser allows two to every word, and two edits of a short name find many words
	 * ("Abas~" finds atlas and amass as well as Abbas) and make every fuzzy search walk
	 * and score them. A number given ("Abas~2") is kept.
	 */
	static String editsByLength(String cleanedQuery) {
		Matcher m = BARE_FUZZY.matcher(cleanedQuery);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String replacement = m.group(1) != null ? m.group(1) : m.group(2) + "~" + edits(m.group(2));
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The analyzer the index used for prose, for highlighting and spell checking. */
	Analyzer indexAnalyzer() {
		return index;
	}

	/**
	 * The same query with every plain word of four letters or more made fuzzy (one edit,
	 * two from eight letters): the fallback when nothing matched exactly — usually a
	 * misspelled name. Null when there is no word to loosen.
	 */
	static String fuzzy(String cleanedQuery) {
		List<String> out = new ArrayList<>();
		boolean changed = false;
		Matcher m = QUERY_TOKEN.matcher(cleanedQuery);
		while (m.find()) {
			String token = m.group();
			String sign = token.startsWith("-") ? "-" : "";
			String word = sign.isEmpty() ? token : token.substring(1);
			if (sign.isEmpty() && PLAIN_WORD.matcher(word).matches() && word.length() >= LOOSENED_FROM) {
				out.add(word + "~" + edits(word));
				changed = true;
			}
			else {
				out.add(token);
			}
		}
		return changed ? String.join(" ", out) : null;
	}

	/** The plain words of a query (not phrases, operators, prefixes or fuzzy terms). */
	static List<String> plainWords(String cleanedQuery) {
		List<String> words = new ArrayList<>();
		Matcher m = QUERY_TOKEN.matcher(cleanedQuery);
		while (m.find()) {
			String token = m.group();
			if (PLAIN_WORD.matcher(token).matches()) {
				words.add(token);
			}
		}
		return words;
	}

}
