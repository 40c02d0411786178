package org.analecta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A query the application parsed ({@link TextQueries}: its analyzers already folded,
 * stemmed and expanded the words with synonyms) in OpenSearch's query language, term for
 * term: no text is analysed again on the cluster, so both backends search for the same
 * terms. Phrases become span queries over those terms.
 *
 * <p>
 * Covers every query the simple query parser builds; anything else is refused rather than
 * searched for differently.
 */
final class OpenSearchQueryJson {

	private OpenSearchQueryJson() {
	}

	static JsonObject of(Query query) {
		return switch (query) {
			case TermQuery term -> term(term.getTerm());
			case BoostQuery boost -> withBoost(of(boost.getQuery()), boost.getBoost());
			case BooleanQuery bool -> bool(bool);
			case PhraseQuery phrase -> phrase(phrase);
			case MultiPhraseQuery phrase -> multiPhrase(phrase);
			case SynonymQuery synonyms -> anyTerm(synonyms.getTerms());
			case FuzzyQuery fuzzy -> fuzzy(fuzzy);
			case PrefixQuery prefix -> single("prefix", prefix.getPrefix());
			case WildcardQuery wildcard -> single("wildcard", wildcard.getTerm());
			case MatchAllDocsQuery all -> named("match_all", new JsonObject());
			case MatchNoDocsQuery none -> named("match_none", new JsonObject());
			default -> throw new IllegalArgumentException(
					"No OpenSearch form for the query part " + query.getClass().getSimpleName() + ": " + query);
		};
	}

	private static JsonObject term(Term term) {
		return single("term", term);
	}

	private static JsonObject single(String type, Term term) {
		JsonObject value = new JsonObject();
		value.addProperty("value", term.text());
		JsonObject field = new JsonObject();
		field.add(term.field(), value);
		return named(type, field);
	}

	private static JsonObject fuzzy(FuzzyQuery fuzzy) {
		JsonObject value = new JsonObject();
		value.addProperty("value", fuzzy.getTerm().text());
		value.addProperty("fuzziness", fuzzy.getMaxEdits());
		value.addProperty("prefix_length", fuzzy.getPrefixLength());
		value.addProperty("transpositions", fuzzy.getTranspositions());
		JsonObject field = new JsonObject();
		field.add(fuzzy.getTerm().field(), value);
		return named("fuzzy", field);
	}

	private static JsonObject bool(BooleanQuery bool) {
		JsonObject body = new JsonObject();
		boolean positive = false;
		for (BooleanClause clause : bool.clauses()) {
			String occur = switch (clause.occur()) {
				case MUST -> "must";
				case SHOULD -> "should";
				case FILTER -> "filter";
				case MUST_NOT -> "must_not";
			};
			positive |= clause.occur() != BooleanClause.Occur.MUST_NOT;
			if (!body.has(occur)) {
				body.add(occur, new JsonArray());
			}
			body.getAsJsonArray(occur).add(of(clause.query()));
		}
		if (!positive) {
			// Lucene matches nothing with only exclusions; OpenSearch would match the
			// rest.
			return named("match_none", new JsonObject());
		}
		if (bool.getMinimumNumberShouldMatch() > 0) {
			body.addProperty("minimum_should_match", bool.getMinimumNumberShouldMatch());
		}
		return named("bool", body);
	}

	private static JsonObject anyTerm(List<Term> terms) {
		JsonArray should = new JsonArray();
		terms.forEach(term -> should.add(term(term)));
		JsonObject body = new JsonObject();
		body.add("should", should);
		return named("bool", body);
	}

	private static JsonObject phrase(PhraseQuery phrase) {
		Map<Integer, List<Term>> byPosition = new TreeMap<>();
		Term[] terms = phrase.getTerms();
		int[] positions = phrase.getPositions();
		for (int i = 0; i < terms.length; i++) {
			byPosition.computeIfAbsent(positions[i], p -> new ArrayList<>()).add(terms[i]);
		}
		return spanNear(byPosition, phrase.getSlop());
	}

	private static JsonObject multiPhrase(MultiPhraseQuery phrase) {
		Map<Integer, List<Term>> byPosition = new TreeMap<>();
		Term[][] terms = phrase.getTermArrays();
		int[] positions = phrase.getPositions();
		for (int i = 0; i < terms.length; i++) {
			byPosition.computeIfAbsent(positions[i], p -> new ArrayList<>()).addAll(List.of(terms[i]));
		}
		return spanNear(byPosition, phrase.getSlop());
	}

	/**
	 * Terms at their positions, as close as the phrase allows: gaps between positions
	 * (left by the analyzer) count as slop, as they do in a Lucene phrase.
	 */
	private static JsonObject spanNear(Map<Integer, List<Term>> byPosition, int slop) {
		if (byPosition.isEmpty()) {
			return named("match_none", new JsonObject());
		}
		if (byPosition.size() == 1) {
			return anyTerm(byPosition.values().iterator().next());
		}
		JsonArray clauses = new JsonArray();
		for (List<Term> atPosition : byPosition.values()) {
			clauses.add(spanAny(atPosition));
		}
		List<Integer> positions = new ArrayList<>(byPosition.keySet());
		int gaps = positions.get(positions.size() - 1) - positions.get(0) - (positions.size() - 1);
		JsonObject body = new JsonObject();
		body.add("clauses", clauses);
		body.addProperty("slop", slop + gaps);
		body.addProperty("in_order", slop == 0);
		return named("span_near", body);
	}

	private static JsonObject spanAny(List<Term> terms) {
		if (terms.size() == 1) {
			return spanTerm(terms.get(0));
		}
		JsonArray clauses = new JsonArray();
		terms.forEach(term -> clauses.add(spanTerm(term)));
		JsonObject body = new JsonObject();
		body.add("clauses", clauses);
		return named("span_or", body);
	}

	private static JsonObject spanTerm(Term term) {
		JsonObject field = new JsonObject();
		field.addProperty(term.field(), term.text());
		return named("span_term", field);
	}

	private static JsonObject withBoost(JsonObject query, float boost) {
		JsonObject body = new JsonObject();
		JsonArray must = new JsonArray();
		must.add(query);
		body.add("must", must);
		body.addProperty("boost", boost);
		return named("bool", body);
	}

	private static JsonObject named(String type, JsonObject body) {
		JsonObject query = new JsonObject();
		query.add(type, body);
		return query;
	}

}
