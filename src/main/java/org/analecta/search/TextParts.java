package org.analecta.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.analecta.report.IndexFields;
import org.analecta.report.IndexFields.Reports;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Which parts of a hit's text (its sections, then its footnotes: Report.getTextParts)
 * hold the query's words, read from the positions of the report's {@code text} field:
 * each part starts {@link IndexFields#PART} positions after the one before. So only the
 * parts worth it are read from the database and highlighted, as when the sections were
 * documents of their own, without keeping their text in the index twice.
 *
 * <p>
 * It relies on how Hibernate Search writes a document: its id in {@value #ROOT_ID}.
 * {@code SearchTests} checks that passages name their section, which fails if that
 * changes.
 */
final class TextParts {

	private static final String ROOT_ID = "__HSEARCH_id";

	private TextParts() {
	}

	/**
	 * How well a part matched: how many of the query's words it has, how often, and at
	 * which index positions each (for {@link PositionPassages}).
	 */
	record Match(int words, int occurrences, Map<String, int[]> positions) {

		static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::words)
			.thenComparingInt(Match::occurrences)
			.reversed();

		Match plus(Match other) {
			Map<String, int[]> both = new HashMap<>(positions);
			both.putAll(other.positions);
			return new Match(words + other.words, occurrences + other.occurrences, both);
		}

	}

	/**
	 * For each report, the parts where a word of {@code query} (on the {@code text}
	 * field, fuzzy and prefix words already expanded) occurs, by part number; a report
	 * whose text has none of them maps to no part. Empty when the query has a part that
	 * is not a set of terms (then every part must be highlighted to find out).
	 */
	static Optional<Map<Long, Map<Integer, Match>>> matching(IndexReader reader, List<Long> reportIds, Query query)
			throws IOException {
		return matching(reader, reportIds, query, Reports.TEXT);
	}

	/**
	 * As {@link #matching(IndexReader, List, Query)}, in another field that holds a value
	 * for each part of the text with the same position gap ({@link TextPartFields}).
	 */
	static Optional<Map<Long, Map<Integer, Match>>> matching(IndexReader reader, List<Long> reportIds, Query query,
			String field) throws IOException {
		Set<String> terms = Highlights.termsOf(query, field);
		if (terms == null) {
			return Optional.empty();
		}
		List<BytesRef> words = terms.stream().map(BytesRef::new).toList();
		Map<Long, Map<Integer, Match>> out = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader segment = leaf.reader();
			Terms text = segment.terms(field);
			for (long id : reportIds) {
				int doc = liveDoc(segment, id);
				if (doc == DocIdSetIterator.NO_MORE_DOCS) {
					continue;
				}
				Map<Integer, Match> parts = out.computeIfAbsent(id, k -> new HashMap<>());
				if (text != null) {
					count(text.iterator(), doc, words, parts);
				}
			}
		}
		return Optional.of(out);
	}

	/**
	 * Of these reports, those where one of {@code fields} holds a word of {@code query}
	 * on that field (fuzzy and prefix words already expanded); empty when the query has a
	 * part that is not a set of terms.
	 */
	static Optional<Set<Long>> holding(IndexReader reader, List<Long> reportIds, Query query, List<String> fields)
			throws IOException {
		Map<String, Set<String>> terms = new HashMap<>();
		for (String field : fields) {
			Set<String> ofField = Highlights.termsOf(query, field);
			if (ofField == null) {
				return Optional.empty();
			}
			terms.put(field, ofField);
		}
		Set<Long> out = new HashSet<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader segment = leaf.reader();
			for (String field : fields) {
				Terms words = segment.terms(field);
				if (words == null) {
					continue;
				}
				TermsEnum iterator = words.iterator();
				for (long id : reportIds) {
					int doc = out.contains(id) ? DocIdSetIterator.NO_MORE_DOCS : liveDoc(segment, id);
					if (doc != DocIdSetIterator.NO_MORE_DOCS && holds(iterator, doc, terms.get(field))) {
						out.add(id);
					}
				}
			}
		}
		return Optional.of(out);
	}

	private static boolean holds(TermsEnum iterator, int doc, Set<String> terms) throws IOException {
		PostingsEnum docs = null;
		for (String term : terms) {
			if (iterator.seekExact(new BytesRef(term))) {
				docs = iterator.postings(docs, PostingsEnum.NONE);
				if (docs.advance(doc) == doc) {
					return true;
				}
			}
		}
		return false;
	}

	private static void count(TermsEnum terms, int doc, List<BytesRef> words, Map<Integer, Match> parts)
			throws IOException {
		PostingsEnum positions = null;
		for (BytesRef word : words) {
			if (!terms.seekExact(word)) {
				continue;
			}
			positions = terms.postings(positions, PostingsEnum.POSITIONS);
			if (positions.advance(doc) != doc) {
				continue;
			}
			// Positions come in increasing order, so each part's are a run.
			int[] all = new int[positions.freq()];
			for (int i = 0; i < all.length; i++) {
				all[i] = positions.nextPosition();
			}
			String term = word.utf8ToString();
			for (int from = 0; from < all.length;) {
				int part = all[from] / IndexFields.PART;
				int to = from + 1;
				while (to < all.length && all[to] / IndexFields.PART == part) {
					to++;
				}
				parts.merge(part, new Match(1, to - from, Map.of(term, Arrays.copyOfRange(all, from, to))),
						Match::plus);
				from = to;
			}
		}
	}

	/** The report's live document in this segment, if it has one. */
	private static int liveDoc(LeafReader segment, long id) throws IOException {
		PostingsEnum docs = segment.postings(new Term(ROOT_ID, Long.toString(id)), PostingsEnum.NONE);
		if (docs == null) {
			return DocIdSetIterator.NO_MORE_DOCS;
		}
		Bits live = segment.getLiveDocs();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			if (live == null || live.get(doc)) {
				return doc;
			}
		}
		return DocIdSetIterator.NO_MORE_DOCS;
	}

}
