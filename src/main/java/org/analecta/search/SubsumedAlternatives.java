package org.analecta.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Drops the alternatives of a synonym group that can only match where a shorter one does:
 * "Islamic State" stands for ISIS, ISIL, Daesh and three longer names that all begin with
 * "Islamic State", and a report holding "Islamic State of Iraq and the Levant" holds
 * "Islamic State". Searching the longer phrases too finds no other report; it only reads
 * the positions of six more frequent words for every candidate, which made such a synonym
 * the slowest query of its kind.
 *
 * <p>
 * Invariant: only a disjunction (SHOULD clauses, no required ones, no minimum to match)
 * is pruned, and a clause goes only when another kept clause matches every document it
 * matches: an exact phrase (slop 0) whose words, at their relative positions, include
 * those of a word, a set of synonymous words or another exact phrase of the same field.
 * So the reports found are the same; only their scores lose the longer names' share.
 */
final class SubsumedAlternatives {

	private SubsumedAlternatives() {
	}

	static Query prune(Query query) {
		if (!(query instanceof BooleanQuery bool)) {
			return query;
		}
		List<BooleanClause> clauses = new ArrayList<>(bool.clauses().size());
		boolean changed = false;
		for (BooleanClause clause : bool.clauses()) {
			Query inner = prune(clause.query());
			changed |= inner != clause.query();
			clauses.add(new BooleanClause(inner, clause.occur()));
		}
		if (isDisjunction(bool)) {
			List<BooleanClause> kept = withoutSubsumed(clauses);
			changed |= kept.size() != clauses.size();
			clauses = kept;
		}
		if (!changed) {
			return query;
		}
		if (clauses.size() == 1 && isDisjunction(bool)) {
			return clauses.getFirst().query();
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder()
			.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
		clauses.forEach(builder::add);
		return builder.build();
	}

	private static boolean isDisjunction(BooleanQuery bool) {
		return bool.getMinimumNumberShouldMatch() == 0
				&& bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
	}

	/**
	 * The clauses, in their order, without those another kept clause subsumes; shorter
	 * alternatives are considered first so that of two equal phrases the first stays.
	 */
	private static List<BooleanClause> withoutSubsumed(List<BooleanClause> clauses) {
		List<Integer> byLength = new ArrayList<>();
		for (int i = 0; i < clauses.size(); i++) {
			byLength.add(i);
		}
		byLength.sort(Comparator.comparingInt(i -> length(clauses.get(i).query())));
		boolean[] dropped = new boolean[clauses.size()];
		List<Query> kept = new ArrayList<>();
		for (int i : byLength) {
			Query candidate = clauses.get(i).query();
			if (candidate instanceof PhraseQuery phrase && phrase.getSlop() == 0
					&& kept.stream().anyMatch(k -> holds(phrase, k))) {
				dropped[i] = true;
			}
			else {
				kept.add(candidate);
			}
		}
		List<BooleanClause> out = new ArrayList<>();
		for (int i = 0; i < clauses.size(); i++) {
			if (!dropped[i]) {
				out.add(clauses.get(i));
			}
		}
		return out;
	}

	private static int length(Query query) {
		return query instanceof PhraseQuery phrase ? phrase.getTerms().length : 1;
	}

	/** Whether every document matching {@code phrase} matches {@code other}. */
	private static boolean holds(PhraseQuery phrase, Query other) {
		Term[] terms = phrase.getTerms();
		return switch (other) {
			case TermQuery term -> contains(terms, term.getTerm());
			case SynonymQuery synonyms -> synonyms.getTerms().stream().anyMatch(t -> contains(terms, t));
			case PhraseQuery shorter when shorter.getSlop() == 0 -> holdsPhrase(phrase, shorter);
			default -> false;
		};
	}

	private static boolean contains(Term[] terms, Term term) {
		for (Term t : terms) {
			if (t.equals(term)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the shorter phrase's words occur in the longer one at the same distances
	 * from each other: then wherever the longer matches, so does the shorter.
	 */
	private static boolean holdsPhrase(PhraseQuery longer, PhraseQuery shorter) {
		Term[] lt = longer.getTerms();
		int[] lp = longer.getPositions();
		Term[] st = shorter.getTerms();
		int[] sp = shorter.getPositions();
		if (st.length == 0 || st.length > lt.length || !st[0].field().equals(lt[0].field())) {
			return false;
		}
		for (int start = 0; start < lt.length; start++) {
			if (!lt[start].equals(st[0])) {
				continue;
			}
			int shift = lp[start] - sp[0];
			boolean all = true;
			for (int j = 1; j < st.length && all; j++) {
				all = hasAt(lt, lp, st[j], sp[j] + shift);
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasAt(Term[] terms, int[] positions, Term term, int position) {
		for (int i = 0; i < terms.length; i++) {
			if (positions[i] == position && terms[i].equals(term)) {
				return true;
			}
		}
		return false;
	}

}
